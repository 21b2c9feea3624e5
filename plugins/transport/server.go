package transport

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"sync/atomic"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	pb "github.com/shegong/shegong/plugins/proto/policyv1"
	"github.com/shegong/shegong/plugins/sdk"
)

// policyServer serves the protocol from a normalised sdk.Policy (plugin side).
type policyServer struct {
	pb.UnimplementedRegionPolicyServer
	impl     sdk.Policy // always sdk.InProcess-wrapped
	log      Logger
	features []string // announced in Ping; Evaluate is served only when FeatureEvaluate is among them
	// released is set once the start-up's garbage has been returned (releaseAfterStart).
	released atomic.Bool
}

// releaseAfterStart collects the garbage of the plugin's start (package initialisation, the
// ruleset parsed for the host's first Describe) and returns it to the operating system at
// once, in the background: a region process then holds what it serves with, not its start-up
// peak, until its first batch. The scavenger would return it only over minutes.
func (s *policyServer) releaseAfterStart() {
	if s.released.CompareAndSwap(false, true) {
		go debug.FreeOSMemory()
	}
}

func (s *policyServer) Ping(ctx context.Context, _ *pb.PingRequest) (*pb.PingResponse, error) {
	d, err := s.describeOnce(ctx)
	if err != nil {
		return nil, s.toStatus("Ping", err)
	}
	return &pb.PingResponse{
		ProtocolVersion: sdk.ProtocolVersion, Region: d.Region.Code,
		PluginVersion: d.PluginVersion, RulesetHash: d.RulesetHash, Features: s.features,
	}, nil
}

// describeOnce returns the description the plugin already computed, describing on first
// use: Ping must stay cheap, but it also tells the host which version it is talking to.
func (s *policyServer) describeOnce(ctx context.Context) (*sdk.Description, error) {
	if n, ok := s.impl.(interface{ Described() *sdk.Description }); ok {
		if d := n.Described(); d != nil {
			return d, nil
		}
	}
	return s.impl.Describe(ctx)
}

func (s *policyServer) Describe(ctx context.Context, _ *pb.DescribeRequest) (*pb.DescribeResponse, error) {
	d, err := s.impl.Describe(ctx)
	if err != nil {
		return nil, s.toStatus("Describe", err)
	}
	defer s.releaseAfterStart()
	return &pb.DescribeResponse{Description: descriptionToPB(d)}, nil
}

func (s *policyServer) Budget(ctx context.Context, req *pb.BudgetRequest) (*pb.BudgetResponse, error) {
	asOf, err := parseAsOf(req.GetAsOf())
	if err != nil {
		return nil, err
	}
	projects := make([]sdk.ProjectSpec, len(req.GetProjects()))
	for i, p := range req.GetProjects() {
		projects[i] = projectFromPB(p)
	}
	sctx, span := s.evaluationSpan(ctx, "Budget", len(projects))
	results, err := s.impl.Budget(sctx, asOf, projects)
	endSpan(span, err)
	if err != nil {
		return nil, s.toStatus("Budget", err)
	}
	resp := &pb.BudgetResponse{Results: make([]*pb.BudgetResult, len(results))}
	for i, r := range results {
		resp.Results[i] = budgetResultToPB(r)
	}
	return resp, nil
}

func (s *policyServer) Staffing(ctx context.Context, req *pb.StaffingRequest) (*pb.StaffingResponse, error) {
	asOf, err := parseAsOf(req.GetAsOf())
	if err != nil {
		return nil, err
	}
	subjects := make([]sdk.Subject, len(req.GetSubjects()))
	for i, sub := range req.GetSubjects() {
		subjects[i] = subjectFromPB(sub)
	}
	sctx, span := s.evaluationSpan(ctx, "Staffing", len(subjects))
	results, err := s.impl.Staffing(sctx, asOf, subjects)
	endSpan(span, err)
	if err != nil {
		return nil, s.toStatus("Staffing", err)
	}
	resp := &pb.StaffingResponse{Results: make([]*pb.StaffingResult, len(results))}
	for i, r := range results {
		resp.Results[i] = &pb.StaffingResult{Findings: findingsToPB(r.Findings), Invalid: inputErrorToPB(r.Invalid)}
	}
	return resp, nil
}

func (s *policyServer) Evaluate(ctx context.Context, req *pb.EvaluateRequest) (*pb.EvaluateResponse, error) {
	if !slices.Contains(s.features, FeatureEvaluate) {
		return nil, status.Error(codes.Unimplemented, "method Evaluate not implemented")
	}
	asOf, err := parseAsOf(req.GetAsOf())
	if err != nil {
		return nil, err
	}
	subjects := make([]sdk.Subject, len(req.GetSubjects()))
	for i, sub := range req.GetSubjects() {
		subjects[i] = subjectFromPB(sub)
	}
	p, err := s.reformed(req.GetReform())
	if err != nil {
		return nil, err
	}
	sctx, span := s.evaluationSpan(ctx, "Evaluate", len(subjects))
	results, err := p.(sdk.Evaluator).Evaluate(sctx, asOf, subjects, nil)
	endSpan(span, err)
	if err != nil {
		return nil, s.toStatus("Evaluate", err)
	}
	return evaluateResponseToPB(results), nil
}

func (s *policyServer) Catalog(ctx context.Context, req *pb.CatalogRequest) (*pb.CatalogResponse, error) {
	asOf, err := parseAsOf(req.GetAsOf())
	if err != nil {
		return nil, err
	}
	sctx, span := s.evaluationSpan(ctx, "Catalog", 0)
	c, err := s.impl.Catalog(sctx, asOf)
	endSpan(span, err)
	if err != nil {
		return nil, s.toStatus("Catalog", err)
	}
	return &pb.CatalogResponse{Items: catalogItemsToPB(c.Items), PilotSites: pilotSitesToPB(c.PilotSites)}, nil
}

func parseAsOf(s string) (sdk.Date, error) {
	d, err := sdk.ParseDate(s)
	if err != nil {
		return sdk.Date{}, status.Errorf(codes.InvalidArgument, "as_of: %v", err)
	}
	return d, nil
}

// toStatus maps a policy error to a gRPC status the host can classify: the caller's fault
// (InvalidArgument), a bug in the rules (Internal), or the region's own error (Unknown).
func (s *policyServer) toStatus(method string, err error) error {
	var argErr *sdk.ArgumentError
	var panicErr *sdk.PanicError
	switch {
	case errors.As(err, &argErr):
		return status.Error(codes.InvalidArgument, argErr.Msg)
	case errors.As(err, &panicErr):
		if s.log != nil {
			s.log.Error("policy panicked", "method", method, "panic", fmt.Sprint(panicErr.Value), "stack", string(panicErr.Stack))
		}
		return status.Error(codes.Internal, panicErr.Error())
	case errors.Is(err, context.Canceled):
		return status.Error(codes.Canceled, err.Error())
	case errors.Is(err, context.DeadlineExceeded):
		return status.Error(codes.DeadlineExceeded, err.Error())
	}
	if s.log != nil {
		s.log.Warn("policy call failed", "method", method, "error", err.Error())
	}
	return status.Error(codes.Unknown, err.Error())
}
