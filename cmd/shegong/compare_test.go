package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
)

const example = "testdata/compare-example.yaml"

func compare(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := compareTo(context.Background(), args, &out, &errOut)
	if errOut.Len() > 0 {
		t.Logf("stderr: %s", errOut.String())
	}
	return out.String(), err
}

// Governments (the example file for researchers) through real plugin processes: each region
// answers for the levels its document binds, and leaves the others alone.
func TestCompareGovernmentsExample(t *testing.T) {
	out, err := compare(t, "--scenario", "testdata/compare-governments.yaml", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Scenarios []struct {
			Name        string
			Evaluations []struct {
				Region, Status string
				Findings       []struct{ RuleID, Status string }
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	got := map[string]string{} // "scenario#region" → status, "scenario#region#rule" → finding status
	for i, sc := range doc.Scenarios {
		for _, ev := range sc.Evaluations {
			got[fmt.Sprintf("%d#%s", i, ev.Region)] = ev.Status
			for _, f := range ev.Findings {
				got[fmt.Sprintf("%d#%s#%s", i, ev.Region, f.RuleID)] = f.Status
			}
		}
	}
	for key, want := range map[string]string{
		"0#zhuzhou":                                "COMPLIANT",     // 40 organisations is 40家以上
		"0#zhuzhou#ZZ-TARGET-ORGS-CITY-40":         "PASS",          //
		"0#zhuzhou#HN-REPORT-CITY-SEMIANNUAL":      "PASS",          // Hunan's duty reaches Zhuzhou through the chain
		"0#shenzhen":                               "NOT_REGULATED", // a district standard binds districts only
		"1#zhuzhou#ZZ-TARGET-ORGS-PER-COUNTY-3":    "FAIL",          // 2 < 3
		"1#sichuan#SC-PILOT-TOWNSHIPS-1-2":         "FAIL",          // 3 > 2
		"1#hunan":                                  "INCOMPLETE",    // no acts given: reporting duties cannot be judged
		"2#sichuan#SC-PILOT-PROVINCE-2-3-COUNTIES": "PASS",
		"2#yunnan#YN-TARGET-TALENT-70K-2020":       "FAIL",          // 69,000 < 70,000
		"2#hunan":                                  "NON_COMPLIANT", // a deadline does not end the rule:
		"2#hunan#HN-TARGET-FULL-COVERAGE-2019":     "FAIL",          // 1000/1940 a year after 2019-12-31
	} {
		if got[key] != want {
			t.Errorf("%s = %q, want %q", key, got[key], want)
		}
	}
}

// The default: real plugin processes (this test binary re-executed, see TestMain).
func TestCompareTableWithPluginProcesses(t *testing.T) {
	out, err := compare(t, "--scenario", example)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "as of 2024-01-01 · 5 scenario(s) × 5 region(s)\n") {
		t.Errorf("header:\n%s", out)
	}
	lines := strings.Split(out, "\n")
	line := func(scenario, region string) string {
		t.Helper()
		for _, l := range lines {
			if strings.HasPrefix(l, scenario) && strings.Fields(l[len(scenario):])[0] == region {
				return strings.Join(strings.Fields(l[len(scenario):]), " ")
			}
		}
		t.Fatalf("no line for %s × %s in\n%s", scenario, region, out)
		return ""
	}
	for _, tc := range []struct{ scenario, region, want string }{
		// REGION STATUS BUDGET-MIN PASS FAIL INSUFFICIENT FAILED-RULES MISSING-INPUT
		{"社会救助 10 人，差一分 / social assistance, 10 posts, one fen short", "shenzhen", "shenzhen NON_COMPLIANT 1630000.00 5 1 9 SZ-BUDGET-PACKAGE-MIN SZ-STAFF-CERT-REQUIRED (project.contractSignedOn); SZ-TARGET-CERT-ALL-BY-2023 (project.workers[].certificate); SZ-STAFF-CE-80H (project.workers); SZ-CONTRACT-CYCLE-3Y (project.contractSignedOn, project.purchaseMode); SZ-REPORT-PROFESSIONAL-EVAL (project.evaluations, project.contractSignedOn); SZ-REPORT-PERFORMANCE-EVAL (project.evaluations, project.contractSignedOn); SZ-STAFF-RECRUIT-PLATFORM (project.workers); SZ-GOV-PROJECT-LIBRARY (project.establishedOn); SZ-GOV-PROJECT-DESIGN (project.specification)"},
		// INCOMPLETE names what to add: the contract date, the workers and their certificates,
		// the purchase mode, the evaluations, the hiring facts, the library dates, the design
		{"社会救助 10 人，经费恰为下限 / social assistance, 10 posts, budget at the floor", "shenzhen", "shenzhen INCOMPLETE 1630000.00 6 0 9 - SZ-STAFF-CERT-REQUIRED (project.contractSignedOn); SZ-TARGET-CERT-ALL-BY-2023 (project.workers[].certificate); SZ-STAFF-CE-80H (project.workers); SZ-CONTRACT-CYCLE-3Y (project.contractSignedOn, project.purchaseMode); SZ-REPORT-PROFESSIONAL-EVAL (project.evaluations, project.contractSignedOn); SZ-REPORT-PERFORMANCE-EVAL (project.evaluations, project.contractSignedOn); SZ-STAFF-RECRUIT-PLATFORM (project.workers); SZ-GOV-PROJECT-LIBRARY (project.establishedOn); SZ-GOV-PROJECT-DESIGN (project.specification)"},
		{"精神卫生 10 人，按普通标准 / mental health, 10 posts, at the ordinary floor", "shenzhen", "shenzhen NON_COMPLIANT 1690000.00 5 1 9 SZ-BUDGET-PACKAGE-MIN-HIGH-RISK SZ-STAFF-CERT-REQUIRED (project.contractSignedOn); SZ-TARGET-CERT-ALL-BY-2023 (project.workers[].certificate); SZ-STAFF-CE-80H (project.workers); SZ-CONTRACT-CYCLE-3Y (project.contractSignedOn, project.purchaseMode); SZ-REPORT-PROFESSIONAL-EVAL (project.evaluations, project.contractSignedOn); SZ-REPORT-PERFORMANCE-EVAL (project.evaluations, project.contractSignedOn); SZ-STAFF-RECRUIT-PLATFORM (project.workers); SZ-GOV-PROJECT-LIBRARY (project.establishedOn); SZ-GOV-PROJECT-DESIGN (project.specification)"},
		{"社工站，驻站社工 41 岁 / station with a 41-year-old worker", "zhuzhou", "zhuzhou NON_COMPLIANT - 1 1 5 HN-STAFF-AGE-MAX-40 HN-STAFF-FULL-PER-AGREEMENT (station.agreedHeadcount, station.workers[].employedByContractor); HN-CONTRACT-LABOR-PAY-INSURANCE (station.workers[].laborContract, station.workers[].paidMonthly, station.workers[].socialInsurance); HN-STATION-HARDWARE (station.facilities); HN-STATION-SYSTEMS (station.systems); HN-STATION-SIGNAGE (station.facilities)"},
		// Sichuan has no rule for stations: not regulated, never "compliant"
		{"社工站，驻站社工 41 岁 / station with a 41-year-old worker", "sichuan", "sichuan NOT_REGULATED - 0 0 0 - -"},
		// one third qualified, Zhuzhou's and Hunan's disclosures, both governance bodies, registration conditions: 5 PASS
		{"机构 12 人，4 人持证 / organisation, 12 staff, 4 qualified", "zhuzhou", "zhuzhou COMPLIANT - 5 0 0 - -"},
		// none of Shenzhen's pay items disclosed (clause 十六)
		{"机构 12 人，4 人持证 / organisation, 12 staff, 4 qualified", "shenzhen", "shenzhen NON_COMPLIANT - 0 1 0 SZ-REPORT-ORG-PAY-DISCLOSURE -"},
	} {
		if got := line(tc.scenario, tc.region); got != tc.want {
			t.Errorf("%s × %s: %q, want %q", tc.scenario, tc.region, got, tc.want)
		}
	}
	// Columns line up in terminal cells: every REGION column starts at the same display column.
	col := -1
	for _, l := range lines[2:27] {
		i := strings.Index(l, "  ")
		for i < len(l) && l[i] == ' ' {
			i++
		}
		if w := runewidth.StringWidth(l[:i]); col == -1 {
			col = w
		} else if w != col {
			t.Errorf("misaligned (%d vs %d): %q", w, col, l)
		}
	}
	if !strings.Contains(out, "evaluated by: hunan 1.") {
		t.Errorf("no plugin versions:\n%s", out)
	}
}

func TestCompareCSVAndJSON(t *testing.T) {
	out, err := compare(t, "--scenario", example, "--plugins", "inprocess", "--format", "csv", "--regions", "shenzhen", "--as-of", "2025-11-12")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "\ufeff") {
		t.Fatal("csv without BOM")
	}
	recs, err := csv.NewReader(strings.NewReader(out[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// After the Shenzhen measures expired, nothing of Shenzhen applies.
	if len(recs) < 6 || recs[1][1] != "shenzhen" || recs[1][2] != "2025-11-12" || recs[1][3] != "NOT_IN_FORCE" {
		t.Errorf("csv = %v", recs[:min(3, len(recs))])
	}

	out, err = compare(t, "--scenario", example, "--plugins", "inprocess", "--format", "json", "--regions", "shenzhen,zhuzhou")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		AsOf      string
		Regions   []string
		Scenarios []struct {
			Name        string
			Evaluations []struct {
				Region, Status string
				Budget         *struct{ MinimumTotal *string }
				Findings       []struct{ RuleID, Status, Actual, Region string }
				EvaluatedBy    []struct{ Region, PluginVersion, RulesetHash string }
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	ev := doc.Scenarios[1].Evaluations[0]
	if doc.AsOf != "2024-01-01" || len(doc.Regions) != 2 || ev.Status != "NON_COMPLIANT" || ev.Budget == nil || *ev.Budget.MinimumTotal != "1630000.00" {
		t.Errorf("json = %+v", doc)
	}
	zz := doc.Scenarios[3].Evaluations[1]
	if zz.Region != "zhuzhou" || len(zz.EvaluatedBy) != 2 || len(zz.EvaluatedBy[0].RulesetHash) != 64 {
		t.Errorf("zhuzhou station = %+v", zz)
	}
}

func TestCompareErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("scenarios:\n  - name: a\n    subject: {project: {domain: 社会救助, headcount: 2, budget: [{category: LABOR, amount: '1.234'}]}}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	typo := filepath.Join(dir, "typo.yaml")
	if err := os.WriteFile(typo, []byte("scenarios:\n  - name: a\n    subject: {project: {domain: 社会救济, headcount: 2}}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args  []string
		usage bool
		want  string
	}{
		{nil, true, "--scenario"},
		{[]string{"--scenario", example, "--format", "xml"}, true, "--format"},
		{[]string{"--scenario", example, "--plugins", "docker"}, true, "--plugins"},
		{[]string{"--scenario", example, "--as-of", "2024-02-30"}, true, "--as-of"},
		{[]string{"--scenario", filepath.Join(dir, "missing.yaml")}, false, "missing.yaml"},
		{[]string{"--scenario", bad}, false, bad + ": scenarios[0].subject.project.budget[0].amount: "},
		{[]string{"--scenario", typo, "--plugins", "inprocess"}, false, typo + ": scenarios[0].subject.project.domain: "},
		{[]string{"--scenario", example, "--plugins", "inprocess", "--regions", "shenzhen,beijing"}, true, "--regions"},
	} {
		_, err := compare(t, tc.args...)
		if err == nil || errors.Is(err, errUsage) != tc.usage || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: err = %v, want usage=%v containing %q", tc.args, err, tc.usage, tc.want)
		}
	}
	out, err := compare(t, "-h")
	if !errors.Is(err, flag.ErrHelp) || !strings.Contains(out, "Usage: shegong compare --scenario FILE") || !strings.Contains(out, "-plugins") {
		t.Errorf("-h: %v\n%s", err, out)
	}
}
