package transport

import (
	"context"
	"fmt"
	"slices"
	"sync/atomic"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	pb "github.com/shegong/shegong/plugins/proto/policyv1"
	"github.com/shegong/shegong/plugins/sdk"
)

// RemotePolicy is an sdk.Policy served by a plugin process, as dispensed by go-plugin on the host
// side. Its errors keep their gRPC status (status.FromError works on them), except that an
// InvalidArgument comes back as *sdk.ArgumentError, as it would in process.
type RemotePolicy struct {
	client pb.RegionPolicyClient
	// evaluates records whether the plugin's last Ping announced FeatureEvaluate: the host
	// pings a plugin before its first call, and a process never changes what it serves.
	evaluates atomic.Bool
	reforms   atomic.Bool // FeatureReform announced, as evaluates
}

var _ sdk.Evaluator = (*RemotePolicy)(nil)

// PingInfo is what a plugin answers to Ping.
type PingInfo struct {
	Region          string
	PluginVersion   string
	ProtocolVersion int
	RulesetHash     string
	Features        []string // optional protocol parts served (revision 1.1); none from an older plugin
}

// Ping checks that the plugin process answers, without running any rule.
func (r *RemotePolicy) Ping(ctx context.Context) (PingInfo, error) {
	resp, err := r.client.Ping(ctx, &pb.PingRequest{})
	if err != nil {
		return PingInfo{}, remoteErr("Ping", err)
	}
	r.evaluates.Store(slices.Contains(resp.GetFeatures(), FeatureEvaluate))
	r.reforms.Store(slices.Contains(resp.GetFeatures(), FeatureReform) && r.evaluates.Load())
	return PingInfo{Region: resp.GetRegion(), PluginVersion: resp.GetPluginVersion(), ProtocolVersion: int(resp.GetProtocolVersion()),
		RulesetHash: resp.GetRulesetHash(), Features: resp.GetFeatures()}, nil
}

// Evaluates reports whether the plugin announced FeatureEvaluate when last pinged.
func (r *RemotePolicy) Evaluates() bool { return r.evaluates.Load() }

// Evaluate calls the plugin's Evaluate. checked is ignored: the plugin validates what it
// receives itself, as it would any caller's input.
func (r *RemotePolicy) Evaluate(ctx context.Context, asOf sdk.Date, subjects []sdk.Subject, _ *sdk.Checked) ([]sdk.EvaluateResult, error) {
	return r.evaluate(ctx, asOf, subjects, nil)
}

// evaluate calls the plugin's Evaluate under the overrides (none: the baseline).
func (r *RemotePolicy) evaluate(ctx context.Context, asOf sdk.Date, subjects []sdk.Subject, reform []*pb.ParameterOverride) ([]sdk.EvaluateResult, error) {
	if err := sdk.ValidCall(asOf, len(subjects)); err != nil {
		return nil, err
	}
	req := &pb.EvaluateRequest{AsOf: asOf.String(), Subjects: make([]*pb.Subject, len(subjects)), Reform: reform}
	projects := make([]bool, len(subjects))
	for i, s := range subjects {
		req.Subjects[i] = subjectToPB(s)
		projects[i] = s.Project != nil
	}
	resp, err := r.client.Evaluate(ctx, req)
	if err != nil {
		return nil, remoteErr("Evaluate", err)
	}
	if len(resp.GetResults()) != len(subjects) {
		return nil, fmt.Errorf("Evaluate: plugin returned %d results for %d subjects", len(resp.GetResults()), len(subjects))
	}
	out, err := evaluateResponseFromPB(resp, projects)
	if err != nil {
		return nil, fmt.Errorf("Evaluate: malformed reply: %w", err)
	}
	return out, nil
}

func (r *RemotePolicy) Describe(ctx context.Context) (*sdk.Description, error) {
	resp, err := r.client.Describe(ctx, &pb.DescribeRequest{AsOf: sdk.DateOf(time.Now()).String()})
	if err != nil {
		return nil, remoteErr("Describe", err)
	}
	d, err := descriptionFromPB(resp.GetDescription())
	if err != nil {
		return nil, fmt.Errorf("Describe: malformed reply: %w", err)
	}
	return d, nil
}

func (r *RemotePolicy) Budget(ctx context.Context, asOf sdk.Date, projects []sdk.ProjectSpec) ([]sdk.BudgetResult, error) {
	if err := sdk.ValidCall(asOf, len(projects)); err != nil {
		return nil, err
	}
	req := &pb.BudgetRequest{AsOf: asOf.String(), Projects: make([]*pb.ProjectSpec, len(projects))}
	for i, p := range projects {
		req.Projects[i] = projectToPB(p)
	}
	resp, err := r.client.Budget(ctx, req)
	if err != nil {
		return nil, remoteErr("Budget", err)
	}
	if len(resp.GetResults()) != len(projects) {
		return nil, fmt.Errorf("Budget: plugin returned %d results for %d projects", len(resp.GetResults()), len(projects))
	}
	out := make([]sdk.BudgetResult, len(projects))
	for i, res := range resp.GetResults() {
		out[i] = budgetResultFromPB(res)
	}
	return out, nil
}

func (r *RemotePolicy) Staffing(ctx context.Context, asOf sdk.Date, subjects []sdk.Subject) ([]sdk.StaffingResult, error) {
	if err := sdk.ValidCall(asOf, len(subjects)); err != nil {
		return nil, err
	}
	req := &pb.StaffingRequest{AsOf: asOf.String(), Subjects: make([]*pb.Subject, len(subjects))}
	for i, s := range subjects {
		req.Subjects[i] = subjectToPB(s)
	}
	resp, err := r.client.Staffing(ctx, req)
	if err != nil {
		return nil, remoteErr("Staffing", err)
	}
	if len(resp.GetResults()) != len(subjects) {
		return nil, fmt.Errorf("Staffing: plugin returned %d results for %d subjects", len(resp.GetResults()), len(subjects))
	}
	out := make([]sdk.StaffingResult, len(subjects))
	for i, res := range resp.GetResults() {
		out[i] = sdk.StaffingResult{Findings: findingsFromPB(res.GetFindings()), Invalid: inputErrorFromPB(res.GetInvalid())}
	}
	return out, nil
}

func (r *RemotePolicy) Catalog(ctx context.Context, asOf sdk.Date) (*sdk.CatalogResult, error) {
	if err := sdk.ValidAsOf(asOf); err != nil {
		return nil, err
	}
	resp, err := r.client.Catalog(ctx, &pb.CatalogRequest{AsOf: asOf.String()})
	if err != nil {
		return nil, remoteErr("Catalog", err)
	}
	items, err := catalogItemsFromPB(resp.GetItems())
	if err != nil {
		return nil, fmt.Errorf("Catalog: malformed reply: %w", err)
	}
	sites, err := pilotSitesFromPB(resp.GetPilotSites())
	if err != nil {
		return nil, fmt.Errorf("Catalog: malformed reply: %w", err)
	}
	return &sdk.CatalogResult{Items: items, PilotSites: sites}, nil
}

func remoteErr(method string, err error) error {
	if st, ok := status.FromError(err); ok && st.Code() == codes.InvalidArgument {
		if oe, ok := overrideErrorFromStatus(st); ok {
			return oe
		}
		return &sdk.ArgumentError{Msg: st.Message()}
	}
	return fmt.Errorf("%s: %w", method, err)
}
