package e2e

import (
	"bytes"
	"encoding/csv"
	"io"
	"net/http"
	"testing"

	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/testdb"
)

// TestInheritedAndImpossibleInput: over real HTTP, the matrix shows Hunan's rules binding
// Zhuzhou as INHERITED (GraphQL and CSV), and evaluate, compare and compareBatch refuse input
// that cannot be true on one side of each boundary and evaluate the other.
func TestInheritedAndImpossibleInput(t *testing.T) {
	for _, k := range testdb.Kinds {
		t.Run(string(k), func(t *testing.T) {
			t.Parallel()
			s := apptest.Start(t, apptest.Options{Kind: k, FastRestart: true})
			t.Run("MatrixInherited", func(t *testing.T) { matrixInherited(t, s) })
			t.Run("ImpossibleInput", func(t *testing.T) { impossibleInput(t, s) })
			t.Run("InferredStart", func(t *testing.T) { inferredStart(t, s) })
		})
	}
}

func matrixInherited(t *testing.T, s *apptest.Server) {
	type inheritedCell struct {
		cell
		InheritedFrom *string
	}
	concepts := []string{"staffing.worker_age_max", "staffing.education_min", "contract.cycle_years", "contract.deploy_within_months", "reporting.disclosure"}
	var out struct{ PolicyMatrix []inheritedCell }
	s.GQL.MustData(t, `query($c: [String!]) { policyMatrix(concepts: $c, regions: ["zhuzhou", "hunan"], asOf: "2024-01-01") {
		region concept status inheritedFrom value unit reason validFrom validTo inForce ruleIds citation { document title clause quote } } }`,
		map[string]any{"c": concepts}, &out)
	cells := map[string]inheritedCell{}
	for _, c := range out.PolicyMatrix {
		cells[c.Region+"/"+c.Concept] = c
	}
	for _, concept := range concepts[:4] {
		hn, zz := cells["hunan/"+concept], cells["zhuzhou/"+concept]
		if hn.Status != "DEFINED" || hn.InheritedFrom != nil || hn.Value == nil || hn.Citation == nil {
			t.Errorf("hunan %s: %+v", concept, hn)
			continue
		}
		if zz.Status != "INHERITED" || str(zz.InheritedFrom) != "hunan" || str(zz.Value) != str(hn.Value) || str(zz.Unit) != str(hn.Unit) ||
			!zz.InForce || zz.Citation == nil || *zz.Citation != *hn.Citation || str(zz.ValidFrom) != str(hn.ValidFrom) {
			t.Errorf("zhuzhou %s: %+v, want hunan's %+v", concept, zz, hn)
		}
	}
	if zz := cells["zhuzhou/contract.deploy_within_months"]; str(zz.Value) != "1" || str(zz.Unit) != "calendar month" {
		t.Errorf("zhuzhou deployment: %+v", zz)
	}
	if zz := cells["zhuzhou/reporting.disclosure"]; zz.Status != "DEFINED" || zz.InheritedFrom != nil || zz.Citation == nil || zz.Citation.Document == cells["hunan/reporting.disclosure"].Citation.Document {
		t.Errorf("zhuzhou's own disclosure list: %+v", zz)
	}

	resp, err := http.Get(s.URL + "/export/matrix.csv?asOf=2024-01-01&regions=zhuzhou&concepts=staffing.worker_age_max")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))).ReadAll()
	if err != nil || resp.StatusCode != http.StatusOK || len(recs) != 2 {
		t.Fatalf("matrix CSV: HTTP %d, %v: %.300s", resp.StatusCode, err, data)
	}
	row := map[string]string{}
	for i, h := range recs[0] {
		row[h] = recs[1][i]
	}
	if row["status"] != "INHERITED" || row["inherited_from"] != "hunan" || row["value"] != "40" || row["clause"] != "五(三)" {
		t.Errorf("matrix CSV zhuzhou age: %v", row)
	}
}

// inferredStart: Hunan's scheme states no date of effect, so its start is inferred, and the
// policy documents, the matrix (Hunan's own cells and Zhuzhou's inherited ones) and the matrix
// CSV say so; Shenzhen's dated document and cells do not.
func inferredStart(t *testing.T, s *apptest.Server) {
	var docs struct {
		PolicyDocuments struct {
			Edges []struct {
				Node struct {
					Key                        string
					ValidFrom, ValidFromLatest *string
				}
			}
		}
	}
	s.GQL.MustData(t, `{ policyDocuments(first: 50, where: {keyIn: ["HN-2018", "SZ-2020"]}) { edges { node { key validFrom validFromLatest } } } }`, nil, &docs)
	latest := map[string]string{}
	for _, e := range docs.PolicyDocuments.Edges {
		latest[e.Node.Key] = str(e.Node.ValidFromLatest)
	}
	if latest["HN-2018"] != "2018-12-31" || latest["SZ-2020"] != "<nil>" {
		t.Errorf("policyDocuments validFromLatest: %v", latest)
	}

	type inferredCell struct {
		Region, Concept   string
		ValidFrom         *string
		ValidFromInferred bool
		ValidFromLatest   *string
	}
	var out struct{ PolicyMatrix []inferredCell }
	s.GQL.MustData(t, `{ policyMatrix(concepts: ["staffing.worker_age_max", "budget.package_per_worker_year_min"], regions: ["hunan", "zhuzhou", "shenzhen"], asOf: "2024-01-01") {
		region concept validFrom validFromInferred validFromLatest } }`, nil, &out)
	cells := map[string]inferredCell{}
	for _, c := range out.PolicyMatrix {
		cells[c.Region+"/"+c.Concept] = c
	}
	for _, k := range []string{"hunan/staffing.worker_age_max", "zhuzhou/staffing.worker_age_max"} {
		if c := cells[k]; !c.ValidFromInferred || str(c.ValidFrom) != "2018-01-01" || str(c.ValidFromLatest) != "2018-12-31" {
			t.Errorf("%s: %+v, want validFrom 2018-01-01 inferred, 2018-12-31 at the latest", k, c)
		}
	}
	if c := cells["shenzhen/budget.package_per_worker_year_min"]; c.ValidFromInferred || c.ValidFromLatest != nil || str(c.ValidFrom) != "2020-11-12" {
		t.Errorf("shenzhen's dated cell: %+v", c)
	}

	resp, err := http.Get(s.URL + "/export/matrix.csv?asOf=2024-01-01&regions=hunan,shenzhen&concepts=staffing.worker_age_max,budget.package_per_worker_year_min")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))).ReadAll()
	if err != nil || resp.StatusCode != http.StatusOK || len(recs) != 5 {
		t.Fatalf("matrix CSV: HTTP %d, %v: %.300s", resp.StatusCode, err, data)
	}
	rows := map[string]map[string]string{}
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, h := range recs[0] {
			row[h] = rec[i]
		}
		rows[row["region"]+"/"+row["concept"]] = row
	}
	if r := rows["hunan/staffing.worker_age_max"]; r["valid_from"] != "2018-01-01" || r["valid_from_latest"] != "2018-12-31" {
		t.Errorf("matrix CSV hunan age: %v", r)
	}
	if r := rows["shenzhen/budget.package_per_worker_year_min"]; r["valid_from"] != "2020-11-12" || r["valid_from_latest"] != "" {
		t.Errorf("matrix CSV shenzhen package: %v", r)
	}
}

func impossibleInput(t *testing.T, s *apptest.Server) {
	const q = `query($s: SubjectInput!) { evaluate(region: "shenzhen", subject: $s, asOf: "2023-06-01") { status } }`
	project := func(fields map[string]any) map[string]any {
		p := map[string]any{"domain": "社会救助", "headcount": 2, "professionalPosts": 2}
		for k, v := range fields {
			p[k] = v
		}
		return map[string]any{"project": p}
	}
	workers := func(births ...string) []map[string]any {
		out := []map[string]any{}
		for _, b := range births {
			out = append(out, map[string]any{"birthDate": b, "certificate": "ASSISTANT"})
		}
		return out
	}
	for _, c := range []struct {
		name    string
		subject map[string]any
		field   string // "" = evaluated
	}{
		{"months 0", project(map[string]any{"months": 0}), "subject.project.months"},
		{"months 1", project(map[string]any{"months": 1}), ""},
		{"headcount 0", project(map[string]any{"headcount": 0, "professionalPosts": 0}), "subject.project.headcount"},
		{"workers == headcount", project(map[string]any{"workers": workers("1990-01-01", "1991-01-01")}), ""},
		{"workers == headcount+1", project(map[string]any{"workers": workers("1990-01-01", "1991-01-01", "1992-01-01")}), "subject.project.workers"},
		{"born on asOf", project(map[string]any{"workers": workers("2023-06-01")}), ""},
		{"born the day after asOf", project(map[string]any{"workers": workers("2023-06-02")}), "subject.project.workers[0].birthDate"},
		{"a worker born the day after asOf", map[string]any{"worker": map[string]any{"birthDate": "2023-06-02"}}, "subject.worker.birthDate"},
	} {
		r := s.GQL.Do(t, q, map[string]any{"s": c.subject})
		if c.field == "" {
			if len(r.Errors) > 0 {
				t.Errorf("%s: refused: %s", c.name, r.ErrorString())
			}
			continue
		}
		e := expectError(t, r, "BAD_USER_INPUT", c.field)
		if bytes.Contains([]byte(e.Message), []byte("2023-06-02")) {
			t.Errorf("%s: the message echoes the value: %s", c.name, e.Message)
		}
	}
	// compare and compareBatch read subjects through the same checks.
	r := s.GQL.Do(t, `query($s: SubjectInput!) { compare(subject: $s, asOf: "2023-06-01") { region } }`,
		map[string]any{"s": project(map[string]any{"months": 0})})
	expectError(t, r, "BAD_USER_INPUT", "subject.project.months")
	r = s.GQL.Do(t, `query($s: [ScenarioInput!]!) { compareBatch(scenarios: $s, asOf: "2023-06-01") { name } }`,
		map[string]any{"s": []map[string]any{
			{"name": "ok", "subject": project(map[string]any{"months": 1})},
			{"name": "born later", "subject": map[string]any{"worker": map[string]any{"birthDate": "2023-06-02"}}},
		}})
	expectError(t, r, "BAD_USER_INPUT", "scenarios[1].subject.worker.birthDate")
}
