package sdk

import "testing"

func TestOverall(t *testing.T) {
	f := func(ss ...FindingStatus) []Finding {
		out := make([]Finding, len(ss))
		for i, s := range ss {
			out[i] = Finding{RuleID: "R", Status: s}
		}
		return out
	}
	for _, tc := range []struct {
		name     string
		findings []Finding
		want     ComplianceStatus
	}{
		{"no findings at all: nothing regulates the subject", nil, NotRegulated},
		{"only informational findings are not a pass", f(StatusNotApplicable, StatusNotApplicable), NotRegulated},
		{"one pass makes it compliant", f(StatusNotApplicable, StatusPass), Compliant},
		{"a fail wins over everything", f(StatusPass, StatusInsufficientInput, StatusNotInForce, StatusFail), NonCompliant},
		{"missing input wins over a pass", f(StatusPass, StatusInsufficientInput), Incomplete},
		{"all out of force", f(StatusNotInForce, StatusNotInForce), NotInForce},
		{"out of force plus not applicable is out of force, not compliant", f(StatusNotApplicable, StatusNotInForce), NotInForce},
		{"a pass wins over rules out of force", f(StatusNotInForce, StatusPass), Compliant},
	} {
		if got := Overall(tc.findings); got != tc.want {
			t.Errorf("%s: Overall = %s, want %s", tc.name, got, tc.want)
		}
	}
}

// TestComplianceStatusesMatchOverall: every status Overall can return is listed (GraphQL and
// the stored Assessment enum are kept in step with this list).
func TestComplianceStatusesMatchOverall(t *testing.T) {
	seen := map[ComplianceStatus]bool{}
	all := []FindingStatus{StatusPass, StatusFail, StatusNotApplicable, StatusInsufficientInput, StatusNotInForce}
	for i := range 1 << len(all) {
		var ss []Finding
		for j, s := range all {
			if i&(1<<j) != 0 {
				ss = append(ss, Finding{Status: s})
			}
		}
		seen[Overall(ss)] = true
	}
	if len(seen) != len(ComplianceStatuses) {
		t.Errorf("Overall returns %d statuses, ComplianceStatuses lists %d", len(seen), len(ComplianceStatuses))
	}
	for _, s := range ComplianceStatuses {
		if !seen[s] {
			t.Errorf("%s is listed but never returned", s)
		}
	}
}
