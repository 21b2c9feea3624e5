package transport

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	pb "github.com/shegong/shegong/plugins/proto/policyv1"
	"github.com/shegong/shegong/plugins/sdk"
)

// FeatureReform is the protocol feature (revision 1.2) of a plugin that evaluates under the
// parameter overrides an Evaluate call carries (EvaluateRequest.reform). Serve announces it
// only for a policy that offers reforms (sdk.CanReform).
const FeatureReform = "reform"

// servedFeatures is features without those policy cannot serve.
func servedFeatures(policy sdk.Policy, features []string) []string {
	if sdk.CanReform(policy) || !slices.Contains(features, FeatureReform) {
		return features
	}
	return slices.DeleteFunc(slices.Clone(features), func(f string) bool { return f == FeatureReform })
}

func overridesToPB(in []sdk.Override) []*pb.ParameterOverride {
	out := make([]*pb.ParameterOverride, len(in))
	for i, o := range in {
		out[i] = &pb.ParameterOverride{Parameter: o.Parameter, Value: o.Value, From: dateToPB(o.From), To: dateToPB(o.To)}
	}
	return out
}

func overridesFromPB(in []*pb.ParameterOverride) ([]sdk.Override, error) {
	out := make([]sdk.Override, len(in))
	for i, o := range in {
		from, err := dateFromPB(o.GetFrom(), "from")
		if err != nil {
			return nil, &sdk.OverrideError{Index: i, Field: "from", Message: err.Error()}
		}
		to, err := dateFromPB(o.GetTo(), "to")
		if err != nil {
			return nil, &sdk.OverrideError{Index: i, Field: "to", Message: err.Error()}
		}
		out[i] = sdk.Override{Parameter: o.GetParameter(), Value: o.GetValue(), From: from, To: to}
	}
	return out, nil
}

// reformed returns the served policy under the request's overrides (the policy itself when
// there are none); a refusal is an InvalidArgument status naming the override's field.
func (s *policyServer) reformed(req []*pb.ParameterOverride) (sdk.Policy, error) {
	if len(req) == 0 {
		return s.impl, nil
	}
	if !slices.Contains(s.features, FeatureReform) {
		return nil, status.Error(codes.InvalidArgument, "reform: this plugin does not evaluate reforms (feature reform not announced)")
	}
	overrides, err := overridesFromPB(req)
	if err == nil {
		var p sdk.Policy
		if p, err = s.impl.(sdk.Reformer).Reform(overrides); err == nil {
			return p, nil
		}
	}
	var oe *sdk.OverrideError
	if !errors.As(err, &oe) {
		return nil, s.toStatus("Evaluate", err)
	}
	st := status.New(codes.InvalidArgument, oe.Error())
	if d, derr := st.WithDetails(&errdetails.BadRequest{FieldViolations: []*errdetails.BadRequest_FieldViolation{
		{Field: oe.Path(), Description: oe.Message}}}); derr == nil {
		st = d
	}
	return nil, st.Err()
}

// overridePath reads a BadRequest field path "reform[3].value".
var overridePath = regexp.MustCompile(`^reform\[(\d+)\]\.(parameter|value|from|to)$`)

// overrideErrorFromStatus returns the *sdk.OverrideError a plugin's refusal carries, if any.
func overrideErrorFromStatus(st *status.Status) (*sdk.OverrideError, bool) {
	for _, d := range st.Details() {
		br, ok := d.(*errdetails.BadRequest)
		if !ok {
			continue
		}
		for _, v := range br.GetFieldViolations() {
			if m := overridePath.FindStringSubmatch(v.GetField()); m != nil {
				i, err := strconv.Atoi(m[1])
				if err == nil {
					return &sdk.OverrideError{Index: i, Field: m[2], Message: v.GetDescription()}, true
				}
			}
		}
	}
	return nil, false
}

// Reforms reports whether the plugin announced FeatureReform when last pinged.
func (r *RemotePolicy) Reforms() bool { return r.reforms.Load() }

// Reform returns the plugin's policy under overrides: its Evaluate calls carry them, and the
// plugin applies (and checks) them on every call. Nothing is kept in the plugin between calls.
func (r *RemotePolicy) Reform(overrides []sdk.Override) (sdk.Policy, error) {
	if !r.Reforms() {
		return nil, fmt.Errorf("plugin does not announce feature %s", FeatureReform)
	}
	return &reformedRemote{RemotePolicy: r, overrides: overridesToPB(overrides)}, nil
}

// reformedRemote is a RemotePolicy under a reform. Only Evaluate carries overrides on the wire,
// so Budget and Staffing refuse rather than answer the baseline.
type reformedRemote struct {
	*RemotePolicy
	overrides []*pb.ParameterOverride
}

var errReformEvaluateOnly = errors.New("a reform is evaluated with Evaluate only")

func (r *reformedRemote) Budget(context.Context, sdk.Date, []sdk.ProjectSpec) ([]sdk.BudgetResult, error) {
	return nil, errReformEvaluateOnly
}

func (r *reformedRemote) Staffing(context.Context, sdk.Date, []sdk.Subject) ([]sdk.StaffingResult, error) {
	return nil, errReformEvaluateOnly
}

func (r *reformedRemote) Evaluate(ctx context.Context, asOf sdk.Date, subjects []sdk.Subject, _ *sdk.Checked) ([]sdk.EvaluateResult, error) {
	return r.evaluate(ctx, asOf, subjects, r.overrides)
}
