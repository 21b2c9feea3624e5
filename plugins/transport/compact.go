package transport

import (
	"fmt"

	pb "github.com/shegong/shegong/plugins/proto/policyv1"
	"github.com/shegong/shegong/plugins/sdk"
)

// Evaluate answers are sent compactly: a batch repeats the same rule texts, citations and
// often whole findings for thousands of subjects, so each distinct string and each distinct
// finding crosses the wire once per response and results refer to them by index. The host
// then decodes and checks each string once instead of once per finding, and the findings it
// builds share their strings.

// findingTable interns the findings of one Evaluate response (plugin side).
type findingTable struct {
	strings   []string
	stringAt  map[string]uint32
	findings  []*pb.CompactFinding
	findingAt map[sdk.Finding]uint32
}

func newFindingTable() *findingTable {
	// Index 0 is "", so that an empty field costs nothing on the wire.
	return &findingTable{strings: []string{""}, stringAt: map[string]uint32{"": 0}, findingAt: map[sdk.Finding]uint32{}}
}

func (t *findingTable) str(s string) uint32 {
	if i, ok := t.stringAt[s]; ok {
		return i
	}
	i := uint32(len(t.strings))
	t.strings = append(t.strings, s)
	t.stringAt[s] = i
	return i
}

func (t *findingTable) finding(f sdk.Finding) uint32 {
	if i, ok := t.findingAt[f]; ok {
		return i
	}
	i := uint32(len(t.findings))
	t.findings = append(t.findings, &pb.CompactFinding{
		RuleId: t.str(f.RuleID), Region: t.str(f.Region), Concept: t.str(f.Concept), Status: t.str(string(f.Status)),
		Actual: t.str(f.Actual), Required: t.str(f.Required), Remedy: t.str(f.Remedy),
		MessageZh: t.str(f.MessageZh), MessageEn: t.str(f.MessageEn),
		CitationDocument: t.str(f.Citation.Document), CitationTitle: t.str(f.Citation.Title),
		CitationClause: t.str(f.Citation.Clause), CitationQuote: t.str(f.Citation.Quote),
	})
	t.findingAt[f] = i
	return i
}

func (t *findingTable) refs(fs []sdk.Finding) []uint32 {
	if len(fs) == 0 {
		return nil
	}
	out := make([]uint32, len(fs))
	for i, f := range fs {
		out[i] = t.finding(f)
	}
	return out
}

func evaluateResponseToPB(results []sdk.EvaluateResult) *pb.EvaluateResponse {
	t := newFindingTable()
	resp := &pb.EvaluateResponse{Results: make([]*pb.EvaluateResult, len(results))}
	for i, r := range results {
		out := &pb.EvaluateResult{StaffingFindings: t.refs(r.Staffing.Findings), Invalid: inputErrorToPB(r.Staffing.Invalid)}
		if b := r.Budget; b != nil {
			out.BudgetFindings = t.refs(b.Findings)
			out.BudgetInvalid = inputErrorToPB(b.Invalid)
			out.Requirement = budgetRequirementToPB(b.Requirement)
		}
		resp.Results[i] = out
	}
	resp.Strings, resp.Findings = t.strings, t.findings
	return resp
}

// evaluateResponseFromPB rebuilds the results (host side); projects[i] says whether subject i
// is a project, i.e. has a Budget result. A reference out of range is a malformed reply.
func evaluateResponseFromPB(resp *pb.EvaluateResponse, projects []bool) ([]sdk.EvaluateResult, error) {
	strs := resp.GetStrings()
	str := func(i uint32, bad *bool) string {
		if int(i) >= len(strs) {
			*bad = true
			return ""
		}
		return strs[i]
	}
	findings := make([]sdk.Finding, len(resp.GetFindings()))
	for i, c := range resp.GetFindings() {
		bad := false
		findings[i] = sdk.Finding{
			RuleID: str(c.GetRuleId(), &bad), Region: str(c.GetRegion(), &bad), Concept: str(c.GetConcept(), &bad),
			Status: sdk.FindingStatus(str(c.GetStatus(), &bad)), Actual: str(c.GetActual(), &bad), Required: str(c.GetRequired(), &bad),
			Remedy: str(c.GetRemedy(), &bad), MessageZh: str(c.GetMessageZh(), &bad), MessageEn: str(c.GetMessageEn(), &bad),
			Citation: sdk.Citation{Document: str(c.GetCitationDocument(), &bad), Title: str(c.GetCitationTitle(), &bad),
				Clause: str(c.GetCitationClause(), &bad), Quote: str(c.GetCitationQuote(), &bad)},
		}
		if bad {
			return nil, fmt.Errorf("finding %d refers to a string beyond the %d sent", i, len(strs))
		}
	}
	refs := func(idx []uint32) ([]sdk.Finding, error) {
		if len(idx) == 0 {
			return nil, nil
		}
		out := make([]sdk.Finding, len(idx))
		for k, i := range idx {
			if int(i) >= len(findings) {
				return nil, fmt.Errorf("result refers to finding %d of %d sent", i, len(findings))
			}
			out[k] = findings[i]
		}
		return out, nil
	}
	out := make([]sdk.EvaluateResult, len(resp.GetResults()))
	for i, r := range resp.GetResults() {
		fs, err := refs(r.GetStaffingFindings())
		if err != nil {
			return nil, err
		}
		out[i].Staffing = sdk.StaffingResult{Findings: fs, Invalid: inputErrorFromPB(r.GetInvalid())}
		if i < len(projects) && projects[i] {
			bs, err := refs(r.GetBudgetFindings())
			if err != nil {
				return nil, err
			}
			out[i].Budget = &sdk.BudgetResult{Findings: bs, Invalid: inputErrorFromPB(r.GetBudgetInvalid()),
				Requirement: budgetRequirementFromPB(r.GetRequirement())}
		}
	}
	return out, nil
}
