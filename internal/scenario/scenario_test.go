package scenario_test

import (
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shegong/shegong/internal/evaluate"
	"github.com/shegong/shegong/internal/scenario"
	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/regions"
)

func TestLoadExampleFile(t *testing.T) {
	fh, err := os.Open("../../cmd/shegong/testdata/compare-example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	f, err := scenario.Load(fh)
	if err != nil {
		t.Fatal(err)
	}
	if f.AsOf != sdk.MustDate("2024-01-01") || !slices.Equal(f.Regions, []string{"shenzhen", "hunan", "zhuzhou", "sichuan", "yunnan"}) || len(f.Scenarios) != 5 {
		t.Fatalf("file = %+v", f)
	}
	p := f.Scenarios[1].Subject.Project
	if p == nil || p.Domain != "社会救助" || p.Headcount != 10 || *p.ProfessionalPosts != 8 ||
		len(p.Budget) != 2 || p.Budget[1].Amount != sdk.Fen(24449999) || p.Budget[1].Category != sdk.BudgetSupervision {
		t.Errorf("scenario 1 project = %+v", p)
	}
	if st := f.Scenarios[3].Subject.Station; st == nil || len(st.Workers) != 1 || *st.Workers[0].Age != 41 {
		t.Errorf("scenario 3 station = %+v", st)
	}
	if f.Scenarios[0].Name != "社会救助 10 人，经费恰为下限 / social assistance, 10 posts, budget at the floor" {
		t.Errorf("name = %q", f.Scenarios[0].Name)
	}
}

// JSON with tab indentation and integers too large for a float's short form reads the same.
func TestLoadJSON(t *testing.T) {
	doc := "{\n\t\"as_of\": \"2024-01-01\",\n\t\"regions\": [\"shenzhen\"],\n\t\"scenarios\": [\n\t\t{\"name\": \"true\", \"subject\": {\"project\": {\"domain\": \"社会救助\", \"headcount\": 10,\n\t\t\t\"budget\": [{\"category\": \"LABOR\", \"amount\": 1630000}]}}}\n\t]\n}\n"
	f, err := scenario.Load(strings.NewReader("\ufeff" + doc))
	if err != nil {
		t.Fatal(err)
	}
	if f.Scenarios[0].Name != "true" || f.Scenarios[0].Subject.Project.Budget[0].Amount != sdk.Yuan(1630000) || f.AsOf != sdk.MustDate("2024-01-01") {
		t.Errorf("file = %+v", f.Scenarios[0])
	}
}

// JSON's own escapes, which YAML does not share ("\/", a surrogate pair), and characters that
// mean something in YAML read as the JSON says.
func TestLoadJSONEscapes(t *testing.T) {
	doc := `{"scenarios": [{"name": "a\/b \ud83d\ude00 #c: - <d> & 'e'", "subject": {"worker": {"age": 30}}}]}`
	f, err := scenario.Load(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if want := "a/b 😀 #c: - <d> & 'e'"; f.Scenarios[0].Name != want {
		t.Errorf("name = %q, want %q", f.Scenarios[0].Name, want)
	}
}

func TestLoadErrorsNameTheField(t *testing.T) {
	for _, tc := range []struct {
		doc, field, msg string
	}{
		{"as_of: 2024-13-01\nscenarios: [{name: a, subject: {worker: {age: 30}}}]", "as_of", "YYYY-MM-DD"},
		{"scenarios: []", "scenarios", "at least one"},
		{"", "scenarios", "empty"},
		{"scenarios: [{name: a, subject: {worker: {age: 30}}}, {name: a, subject: {worker: {age: 31}}}]", "scenarios[1].name", "already used"},
		{"scenarios: [{name: ' ', subject: {worker: {age: 30}}}]", "scenarios[0].name", "needs a name"},
		{"scenarios: [{name: a, subject: {}}]", "scenarios[0].subject", "exactly one"},
		{"scenarios: [{name: a, subject: {worker: {age: 1}, organization: {full_time_staff: 3}}}]", "scenarios[0].subject", "exactly one"},
		{"scenarios: [{name: a, subject: {project: {domain: x, headcount: 1, budget: [{category: LABOR, amount: '1.234'}]}}}]", "scenarios[0].subject.project.budget[0].amount", "two decimals"},
		{"scenarios: [{name: a, subject: {station: {workers: [{birth_date: 1990-02-30}]}}}]", "scenarios[0].subject.station.workers[0].birth_date", "YYYY-MM-DD"},
		{"scenarios: [{name: a, subject: {government: {level: CITY, acts: [{kind: ANNUAL_PLAN, on: 2020-02-30}]}}}]", "scenarios[0].subject.government.acts[0].on", "YYYY-MM-DD"},
		{"scenarios: [{name: a, subject: {project: {domain: x, headcount: 1, local_package_standard: '1.234'}}}]", "scenarios[0].subject.project.local_package_standard", "two decimals"},
		{"regions: [shenzhen, '']\nscenarios: [{name: a, subject: {worker: {age: 30}}}]", "regions[1]", "empty"},
		{"scenarios: [{name: a, subject: {project: {domian: x}}}]", "", "domian"},
		{"{\"scenarios\": [", "", "JSON"},
	} {
		_, err := scenario.Load(strings.NewReader(tc.doc))
		var se *scenario.Error
		if !errors.As(err, &se) || se.Field != tc.field || !strings.Contains(se.Message, tc.msg) {
			t.Errorf("%q: err = %#v, want field %q with %q", tc.doc, err, tc.field, tc.msg)
		}
	}
}

func TestEvaluate(t *testing.T) {
	h, err := host.NewInProcess(regions.Builtin(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	svc := evaluate.New(h)
	ctx := context.Background()
	load := func(doc string) *scenario.File {
		t.Helper()
		f, err := scenario.Load(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	f := load(`
as_of: 2024-01-01
regions: [shenzhen, zhuzhou]
scenarios:
  - {name: a, subject: {project: {domain: 社会救助, headcount: 2, budget: [{category: LABOR, amount: "326000"}]}}}
  - {name: b, subject: {worker: {age: 41}}}
`)
	regs, day, rows, err := f.Evaluate(ctx, svc, nil, sdk.Date{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(regs, []string{"shenzhen", "zhuzhou"}) || day != sdk.MustDate("2024-01-01") || len(rows) != 2 || len(rows[0]) != 2 {
		t.Fatalf("regions %v, day %s, %d rows", regs, day, len(rows))
	}
	if b := rows[0][0].Budget; b == nil || b.MinimumTotal == nil || b.MinimumTotal.String() != "326000.00" {
		t.Errorf("shenzhen budget = %+v", rows[0][0].Budget)
	}
	// Overrides win over the file.
	regs, day, _, err = f.Evaluate(ctx, svc, []string{"hunan"}, sdk.MustDate("2019-06-01"))
	if err != nil || !slices.Equal(regs, []string{"hunan"}) || day != sdk.MustDate("2019-06-01") {
		t.Errorf("overrides: %v %s %v", regs, day, err)
	}
	// A domain no region knows names the scenario's key and lists the accepted terms.
	bad := load(`
scenarios:
  - {name: ok, subject: {worker: {age: 30}}}
  - {name: typo, subject: {project: {domain: 社会救济, headcount: 2, cycle_years: 3}}}
`)
	_, _, _, err = bad.Evaluate(ctx, svc, []string{"shenzhen"}, sdk.MustDate("2024-01-01"))
	var se *scenario.Error
	if !errors.As(err, &se) || se.Field != "scenarios[1].subject.project.domain" || len(se.Accepted) == 0 || !strings.Contains(se.Message, "shenzhen") {
		t.Errorf("unknown domain: %#v", err)
	}
	_, _, _, err = f.Evaluate(ctx, svc, []string{"shenzhen", "beijing"}, sdk.Date{})
	var ie *sdk.InputError
	if !errors.As(err, &ie) || ie.Field != "regions[1]" {
		t.Errorf("unknown region: %#v", err)
	}
}
