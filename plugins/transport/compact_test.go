package transport

import (
	"reflect"
	"strings"
	"testing"

	pb "github.com/shegong/shegong/plugins/proto/policyv1"
	"github.com/shegong/shegong/plugins/sdk"
)

// evaluateResults is the answer of a region whose every project gets one budget finding
// naming its headcount and every subject one staffing finding naming its kind: five subjects,
// the first and the last the same project, the fourth invalid.
func evaluateResults() []sdk.EvaluateResult {
	budget := func(headcount int) *sdk.BudgetResult {
		min := sdk.Fen(headcount * 100)
		return &sdk.BudgetResult{Requirement: &sdk.BudgetRequirement{MinimumTotal: &min},
			Findings: []sdk.Finding{{Region: "echo", RuleID: "B", Status: sdk.StatusPass, Actual: strings.Repeat("x", headcount),
				MessageZh: "预算", Citation: sdk.Citation{Document: "D", Quote: "引文"}}}}
	}
	staffing := func(kind sdk.SubjectKind) sdk.StaffingResult {
		return sdk.StaffingResult{Findings: []sdk.Finding{{Region: "echo", RuleID: "S", Status: sdk.StatusFail, Actual: string(kind), MessageZh: "人员"}}}
	}
	invalid := &sdk.InputError{Field: "project.headcount", Message: "人数须至少为 1 / headcount must be at least 1"}
	return []sdk.EvaluateResult{
		{Budget: budget(1), Staffing: staffing(sdk.SubjectProject)},
		{Staffing: staffing(sdk.SubjectOrganization)},
		{Budget: budget(2), Staffing: staffing(sdk.SubjectProject)},
		{Budget: &sdk.BudgetResult{Invalid: invalid}, Staffing: sdk.StaffingResult{Invalid: invalid}},
		{Budget: budget(1), Staffing: staffing(sdk.SubjectProject)},
	}
}

// The compact answer carries each distinct string and finding once and decodes to the
// results it encodes; a reference beyond the tables is a malformed reply, not a panic.
func TestEvaluateResponseCompact(t *testing.T) {
	results := evaluateResults()
	resp := evaluateResponseToPB(results)
	// Distinct findings: B×"x", B×"xx", S×project, S×organization (subjects 0 and 4 share theirs).
	if len(resp.Findings) != 4 {
		t.Errorf("%d distinct findings sent, want 4", len(resp.Findings))
	}
	seen := map[string]bool{}
	for _, s := range resp.Strings {
		if seen[s] {
			t.Errorf("string %q sent twice", s)
		}
		seen[s] = true
	}
	projects := []bool{true, false, true, true, true}
	back, err := evaluateResponseFromPB(resp, projects)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, results) {
		t.Errorf("decoded %+v\nwant %+v", back, results)
	}

	bad := &pb.EvaluateResponse{Strings: resp.Strings, Findings: resp.Findings, Results: resp.Results}
	bad.Findings = append([]*pb.CompactFinding{{MessageZh: uint32(len(resp.Strings))}}, resp.Findings[1:]...)
	if _, err := evaluateResponseFromPB(bad, projects); err == nil || !strings.Contains(err.Error(), "beyond") {
		t.Errorf("string index out of range: %v", err)
	}
	bad = &pb.EvaluateResponse{Strings: resp.Strings, Findings: resp.Findings,
		Results: []*pb.EvaluateResult{{StaffingFindings: []uint32{uint32(len(resp.Findings))}}}}
	if _, err := evaluateResponseFromPB(bad, projects[:1]); err == nil {
		t.Error("finding index out of range accepted")
	}
}
