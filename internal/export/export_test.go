package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/shegong/shegong/internal/evaluate"
	"github.com/shegong/shegong/internal/export"
	"github.com/shegong/shegong/internal/matrix"
	"github.com/shegong/shegong/internal/policysync"
	"github.com/shegong/shegong/internal/testdb"
	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/regions"
)

// readCSV checks the BOM and parses the rest into maps keyed by the header.
func readCSV(t *testing.T, data []byte) []map[string]string {
	t.Helper()
	if !bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		t.Fatalf("no UTF-8 BOM: % x", data[:min(8, len(data))])
	}
	recs, err := csv.NewReader(bytes.NewReader(data[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) == 0 {
		t.Fatal("empty CSV")
	}
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

func find(rows []map[string]string, match map[string]string) map[string]string {
	for _, r := range rows {
		ok := true
		for k, v := range match {
			ok = ok && r[k] == v
		}
		if ok {
			return r
		}
	}
	return nil
}

func newService(t *testing.T) *evaluate.Service {
	t.Helper()
	h, err := host.NewInProcess(regions.Builtin(), testdb.Logger())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return evaluate.New(h)
}

func project(total sdk.Fen) sdk.Subject {
	eight := 8
	return sdk.Subject{Project: &sdk.ProjectSpec{Domain: "社会救助", Headcount: 10, ProfessionalPosts: &eight, SupervisedWorkers: &eight,
		Budget: []sdk.BudgetLine{{Category: sdk.BudgetLabor, Amount: sdk.Yuan(1385500)}, {Category: sdk.BudgetSupervision, Amount: total - sdk.Yuan(1385500)}}}}
}

func TestWriteEvaluations(t *testing.T) {
	svc := newService(t)
	names := []string{"恰为下限 / at the floor", "差一分 / one fen short"}
	rows, err := svc.Batch(context.Background(), []sdk.Subject{project(sdk.Yuan(1630000)), project(sdk.Yuan(1630000) - 1)},
		[]string{"shenzhen", "zhuzhou"}, sdk.MustDate("2024-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := export.WriteEvaluations(&buf, names, rows); err != nil {
		t.Fatal(err)
	}
	recs := readCSV(t, buf.Bytes())
	// One summary per scenario × region, plus one line per finding.
	want := 0
	for _, row := range rows {
		for _, ev := range row {
			want += 1 + len(ev.Findings)
		}
	}
	if len(recs) != want {
		t.Errorf("%d lines, want %d", len(recs), want)
	}
	sum := find(recs, map[string]string{"scenario": names[1], "region": "shenzhen", "row": export.RowSummary})
	if sum == nil || sum["status"] != "NON_COMPLIANT" || sum["minimum_total"] != "1630000.00" || sum["as_of"] != "2024-01-01" ||
		!strings.HasPrefix(sum["plugin_versions"], "shenzhen=1.") || len(sum["ruleset_hashes"]) != len("shenzhen=")+64 {
		t.Errorf("summary = %v", sum)
	}
	// The summary counts what was checked and, for missing input, names the rule and the field
	// (no workers, contract date, purchase mode, evaluations, project library dates or design are
	// given in these scenarios).
	counts := func(m map[string]string) [3]string {
		return [3]string{m["pass_count"], m["fail_count"], m["insufficient_input_count"]}
	}
	if got := counts(sum); got != [3]string{"5", "1", "9"} {
		t.Errorf("one fen short: pass/fail/insufficient = %v, want 5/1/9", got)
	}
	floor := find(recs, map[string]string{"scenario": names[0], "region": "shenzhen", "row": export.RowSummary})
	if got := counts(floor); floor["status"] != "INCOMPLETE" || got != [3]string{"6", "0", "9"} ||
		!strings.Contains(floor["missing_inputs"], "SZ-STAFF-CERT-REQUIRED (project.contractSignedOn)") ||
		!strings.Contains(floor["missing_inputs"], "SZ-STAFF-CE-80H (project.workers)") ||
		!strings.Contains(floor["missing_inputs"], "SZ-CONTRACT-CYCLE-3Y (project.contractSignedOn, project.purchaseMode)") ||
		!strings.Contains(floor["missing_inputs"], "SZ-REPORT-PROFESSIONAL-EVAL (project.evaluations, project.contractSignedOn)") ||
		!strings.Contains(floor["missing_inputs"], "SZ-GOV-PROJECT-LIBRARY (project.establishedOn)") {
		t.Errorf("at the floor: status %s, pass/fail/insufficient %v, missing %q", floor["status"], got, floor["missing_inputs"])
	}
	// A finding line leaves the summary columns empty.
	if f := find(recs, map[string]string{"scenario": names[0], "row": export.RowFinding}); f == nil || f["pass_count"] != "" || f["missing_inputs"] != "" {
		t.Errorf("finding line carries summary columns: %v", f)
	}
	fail := find(recs, map[string]string{"scenario": names[1], "rule_id": "SZ-BUDGET-PACKAGE-MIN"})
	if fail == nil || fail["finding_status"] != "FAIL" || fail["actual"] != "1629999.99" || fail["required"] != ">= 1630000.00" ||
		fail["finding_region"] != "shenzhen" || fail["concept"] != "budget.package_per_worker_year_min" ||
		fail["document"] != "SZ-2020" || fail["clause"] != "十三" || fail["quote"] != "政府购买社会工作服务整体打包费标准不低于16.3万元/人/年" ||
		!strings.Contains(fail["message_zh"], "元") || fail["message_en"] == "" {
		t.Errorf("failing finding = %v", fail)
	}
	pass := find(recs, map[string]string{"scenario": names[0], "rule_id": "SZ-BUDGET-PACKAGE-MIN"})
	if pass == nil || pass["finding_status"] != "PASS" || pass["actual"] != "1630000.00" {
		t.Errorf("passing finding = %v", pass)
	}
	// Zhuzhou's evaluation carries Hunan's plugin too (the chain).
	zz := find(recs, map[string]string{"scenario": names[0], "region": "zhuzhou", "row": export.RowSummary})
	if zz == nil || !strings.Contains(zz["plugin_versions"], "zhuzhou=") || !strings.Contains(zz["plugin_versions"], "hunan=") || zz["minimum_total"] != "" {
		t.Errorf("zhuzhou summary = %v", zz)
	}
}

func TestWriteMatrix(t *testing.T) {
	d := sdk.MustDate("2020-11-12")
	to := sdk.MustDate("2025-11-11")
	cells := []matrix.Cell{
		{Region: "shenzhen", Concept: "budget.package_per_worker_year_min", Status: sdk.CoverageDefined, Value: "163000.00", Unit: "CNY/person/year",
			ValidFrom: &d, ValidTo: &to, InForce: true, RuleIDs: []string{"SZ-BUDGET-PACKAGE-MIN"},
			Citation: &sdk.Citation{Document: "SZ-2020", Title: "深圳市关于提升社会工作服务水平的若干措施", Clause: "十三", Quote: "不低于16.3万元/人/年, \"引号\""}},
		{Region: "sichuan", Concept: "budget.labor_share_min", Status: sdk.CoverageNotRegulated, Reason: "通知未规定经费结构 / the notice sets no budget structure"},
	}
	var buf bytes.Buffer
	if err := export.WriteMatrix(&buf, cells); err != nil {
		t.Fatal(err)
	}
	recs := readCSV(t, buf.Bytes())
	if len(recs) != 2 {
		t.Fatalf("%d lines", len(recs))
	}
	sz := recs[0]
	if sz["value"] != "163000.00" || sz["concept_zh"] != "项目经费下限(每人每年)" || sz["valid_from"] != "2020-11-12" || sz["valid_to"] != "2025-11-11" ||
		sz["in_force"] != "true" || sz["valid_from_latest"] != "" || sz["quote"] != "不低于16.3万元/人/年, \"引号\"" || sz["document_title"] != "深圳市关于提升社会工作服务水平的若干措施" {
		t.Errorf("shenzhen = %v", sz)
	}
	if sc := recs[1]; sc["status"] != "NOT_REGULATED" || sc["reason"] != "通知未规定经费结构 / the notice sets no budget structure" || sc["in_force"] != "" || sc["value"] != "" || sc["inherited_from"] != "" {
		t.Errorf("sichuan = %v", sc)
	}
	if sz["inherited_from"] != "" {
		t.Errorf("shenzhen inherits: %v", sz)
	}
}

func TestWriteMatrixInherited(t *testing.T) {
	from, latest := sdk.MustDate("2018-01-01"), sdk.MustDate("2018-12-31")
	var buf bytes.Buffer
	if err := export.WriteMatrix(&buf, []matrix.Cell{{Region: "zhuzhou", Concept: "staffing.worker_age_max", Status: matrix.StatusInherited,
		InheritedFrom: "hunan", Value: "40", Unit: "years", ValidFrom: &from, ValidFromLatest: &latest, InForce: true, RuleIDs: []string{"HN-STAFF-AGE-MAX-40"},
		Citation: &sdk.Citation{Document: "HN-2018", Clause: "五(三)"}}}); err != nil {
		t.Fatal(err)
	}
	recs := readCSV(t, buf.Bytes())
	if len(recs) != 1 || recs[0]["status"] != "INHERITED" || recs[0]["inherited_from"] != "hunan" || recs[0]["in_force"] != "true" ||
		recs[0]["value"] != "40" || recs[0]["clause"] != "五(三)" || recs[0]["rule_ids"] != "HN-STAFF-AGE-MAX-40" ||
		recs[0]["valid_from"] != "2018-01-01" || recs[0]["valid_from_latest"] != "2018-12-31" {
		t.Errorf("inherited line = %v", recs)
	}
}

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	svc := newService(t)
	db := testdb.Open(t, testdb.SQLite)
	if err := policysync.Sync(context.Background(), db, svc.Host(), testdb.Logger()); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/export/", export.Handler(svc, db.Client, testdb.Logger()))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

type errorBody struct {
	Error struct {
		Code, Field, Message string
		Accepted             []string
	}
}

func checkError(t *testing.T, resp *http.Response, status int, code, field string) errorBody {
	t.Helper()
	defer resp.Body.Close()
	var body errorBody
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatalf("error body: %v", err)
	}
	if resp.StatusCode != status || body.Error.Code != code || body.Error.Field != field || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		t.Errorf("got %d %+v, want %d %s on %q", resp.StatusCode, body.Error, status, code, field)
	}
	return body
}

func TestHandlerMatrix(t *testing.T) {
	srv := newServer(t)
	resp, err := http.Get(srv.URL + "/export/matrix.csv?concepts=budget.package_per_worker_year_min,staffing.worker_age_max&regions=shenzhen,hunan&asOf=2024-01-01")
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/csv; charset=utf-8" ||
		resp.Header.Get("Content-Disposition") != `attachment; filename="policy-matrix-2024-01-01.csv"` {
		t.Fatalf("%d %v: %s", resp.StatusCode, resp.Header, data)
	}
	recs := readCSV(t, data)
	if len(recs) != 4 {
		t.Fatalf("%d cells", len(recs))
	}
	if r := find(recs, map[string]string{"region": "shenzhen", "concept": "budget.package_per_worker_year_min"}); r == nil ||
		r["status"] != "DEFINED" || r["value"] != "163000.00" || r["unit"] != "CNY/person/year" || r["clause"] != "十三" {
		t.Errorf("shenzhen package = %v", r)
	}
	if r := find(recs, map[string]string{"region": "hunan", "concept": "staffing.worker_age_max"}); r == nil || r["value"] != "40" || r["clause"] != "五(三)" {
		t.Errorf("hunan age = %v", r)
	}
	if r := find(recs, map[string]string{"region": "shenzhen", "concept": "staffing.worker_age_max"}); r == nil || r["status"] != "NOT_REGULATED" {
		t.Errorf("shenzhen age = %v", r)
	}

	// Zhuzhou, silent on the worker's age, shows Hunan's limit through the chain.
	resp, err = http.Get(srv.URL + "/export/matrix.csv?concepts=staffing.worker_age_max,reporting.disclosure&regions=zhuzhou&asOf=2024-01-01")
	if err != nil {
		t.Fatal(err)
	}
	data, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	recs = readCSV(t, data)
	if r := find(recs, map[string]string{"region": "zhuzhou", "concept": "staffing.worker_age_max"}); r == nil || r["status"] != "INHERITED" ||
		r["inherited_from"] != "hunan" || r["value"] != "40" || r["unit"] != "years" || r["in_force"] != "true" || r["clause"] != "五(三)" || r["document"] != "HN-2018" {
		t.Errorf("zhuzhou age = %v", r)
	}
	if r := find(recs, map[string]string{"region": "zhuzhou", "concept": "reporting.disclosure"}); r == nil || r["status"] != "DEFINED" || r["inherited_from"] != "" {
		t.Errorf("zhuzhou disclosure = %v", r)
	}

	// Expired on the day after the measures' last day.
	resp, err = http.Get(srv.URL + "/export/matrix.csv?concepts=budget.package_per_worker_year_min&regions=shenzhen&asOf=2025-11-12")
	if err != nil {
		t.Fatal(err)
	}
	data, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if r := readCSV(t, data); len(r) != 1 || r[0]["value"] != "" || r[0]["in_force"] != "false" || !strings.HasPrefix(r[0]["reason"], "not in force on 2025-11-12") {
		t.Errorf("expired = %v", r)
	}

	for _, tc := range []struct{ query, field string }{
		{"?regions=shenzhen,beijing", "regions[1]"},
		{"?concepts=budget.nope", "concepts[0]"},
		{"?asOf=2024-02-30", "asOf"},
	} {
		resp, err := http.Get(srv.URL + "/export/matrix.csv" + tc.query)
		if err != nil {
			t.Fatal(err)
		}
		checkError(t, resp, http.StatusBadRequest, "BAD_USER_INPUT", tc.field)
	}
	resp, err = http.Post(srv.URL+"/export/matrix.csv", "text/plain", nil)
	if err != nil {
		t.Fatal(err)
	}
	checkError(t, resp, http.StatusMethodNotAllowed, "BAD_USER_INPUT", "")
}

func TestHandlerCompare(t *testing.T) {
	srv := newServer(t)
	example, err := os.ReadFile("../../cmd/shegong/testdata/compare-example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(srv.URL+"/export/compare.csv", "application/yaml", bytes.NewReader(example))
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Disposition") != `attachment; filename="policy-compare-2024-01-01.csv"` {
		t.Fatalf("%d %v: %s", resp.StatusCode, resp.Header, data)
	}
	recs := readCSV(t, data)
	short := "社会救助 10 人，差一分 / social assistance, 10 posts, one fen short"
	if r := find(recs, map[string]string{"scenario": short, "region": "shenzhen", "row": "summary"}); r == nil || r["status"] != "NON_COMPLIANT" || r["minimum_total"] != "1630000.00" {
		t.Errorf("one fen short = %v", r)
	}
	if r := find(recs, map[string]string{"scenario": short, "rule_id": "SZ-BUDGET-PACKAGE-MIN"}); r == nil || r["actual"] != "1629999.99" || r["finding_status"] != "FAIL" {
		t.Errorf("one fen short finding = %v", r)
	}
	station := "社工站，驻站社工 41 岁 / station with a 41-year-old worker"
	if r := find(recs, map[string]string{"scenario": station, "region": "zhuzhou", "rule_id": "HN-STAFF-AGE-MAX-40"}); r == nil || r["finding_region"] != "hunan" || r["finding_status"] != "FAIL" {
		t.Errorf("zhuzhou station = %v", r)
	}

	// JSON body, with query overrides.
	body := `{"scenarios": [{"name": "甲", "subject": {"worker": {"age": 41}}}]}`
	resp, err = http.Post(srv.URL+"/export/compare.csv?regions=hunan&asOf=2019-06-01", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	data, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	recs = readCSV(t, data)
	if r := find(recs, map[string]string{"scenario": "甲", "row": "summary"}); r == nil || r["region"] != "hunan" || r["as_of"] != "2019-06-01" {
		t.Errorf("json body = %v", recs)
	}

	for _, tc := range []struct{ query, body, field string }{
		{"", "scenarios: [{name: a, subject: {project: {domain: x, headcount: 1, budget: [{category: LABOR, amount: '1.234'}]}}}]", "scenarios[0].subject.project.budget[0].amount"},
		{"", "scenarios: [{name: a, subject: {project: {domain: 社会救济, headcount: 1}}}]", "scenarios[0].subject.project.domain"},
		{"", "regions: [shenzhen, beijing]\nscenarios: [{name: a, subject: {worker: {age: 30}}}]", "regions[1]"},
		{"?regions=nowhere", "scenarios: [{name: a, subject: {worker: {age: 30}}}]", "regions[0]"},
		{"?asOf=tomorrow", "scenarios: [{name: a, subject: {worker: {age: 30}}}]", "asOf"},
		{"", "", "scenarios"},
	} {
		resp, err := http.Post(srv.URL+"/export/compare.csv"+tc.query, "application/yaml", strings.NewReader(tc.body))
		if err != nil {
			t.Fatal(err)
		}
		b := checkError(t, resp, http.StatusBadRequest, "BAD_USER_INPUT", tc.field)
		if tc.field == "scenarios[0].subject.project.domain" && len(b.Error.Accepted) == 0 {
			t.Errorf("unknown domain: no accepted terms in %+v", b.Error)
		}
	}
	resp, err = http.Get(srv.URL + "/export/compare.csv")
	if err != nil {
		t.Fatal(err)
	}
	checkError(t, resp, http.StatusMethodNotAllowed, "BAD_USER_INPUT", "")
	resp, err = http.Get(srv.URL + "/export/nothing.csv")
	if err != nil {
		t.Fatal(err)
	}
	checkError(t, resp, http.StatusNotFound, "NOT_FOUND", "")
}

// postCompare posts a scenario file to the compare export with a query string and returns the
// response and its body.
func postCompare(t *testing.T, srv string, query, body string) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.Post(srv+"/export/compare.csv"+query, "application/yaml", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	return resp, data
}

// projects writes a scenario file of n Shenzhen-style projects, scenario i with i+1 posts and a
// budget that falls short of the floor on every third; bad, when ≥ 0, is a scenario whose domain
// no region knows.
func projects(n, bad int) string {
	var b strings.Builder
	b.WriteString("as_of: 2024-01-01\nscenarios:\n")
	for i := range n {
		domain := "社会救助"
		if i == bad {
			domain = "不存在的领域"
		}
		labor := (i + 1) * 138550
		supervision := (i + 1) * 24450
		cents := "00"
		if i%3 == 0 {
			supervision--
			cents = "99"
		}
		fmt.Fprintf(&b, "  - name: 项目 %d\n    subject: {project: {domain: %s, headcount: %d, budget: [{category: LABOR, amount: \"%d.00\"}, {category: SUPERVISION, amount: \"%d.%s\"}]}}\n",
			i, domain, i+1, labor, supervision, cents)
	}
	return b.String()
}

// TestHandlerCompareRange: from and count run a file part by part over HTTP; the parts, their
// header lines dropped after the first, are the whole export byte for byte; every answer gives
// the file's number of scenarios; bad values are 400s naming the parameter; a scenario a region
// cannot read is named by its place in the file; the evaluation budget counts the part.
func TestHandlerCompareRange(t *testing.T) {
	srv := newServer(t)
	const n, part = 7, 3
	file := projects(n, -1)
	resp, whole := postCompare(t, srv.URL, "", file)
	if resp.StatusCode != http.StatusOK || resp.Header.Get(export.ScenarioCountHeader) != strconv.Itoa(n) {
		t.Fatalf("whole file: %d, %s %q: %s", resp.StatusCode, export.ScenarioCountHeader, resp.Header.Get(export.ScenarioCountHeader), whole)
	}
	var joined []byte
	for from := 0; from < n; from += part {
		resp, data := postCompare(t, srv.URL, fmt.Sprintf("?from=%d&count=%d", from, part), file)
		if resp.StatusCode != http.StatusOK || resp.Header.Get(export.ScenarioCountHeader) != strconv.Itoa(n) {
			t.Fatalf("from=%d: %d, %s %q: %s", from, resp.StatusCode, export.ScenarioCountHeader, resp.Header.Get(export.ScenarioCountHeader), data)
		}
		recs := readCSV(t, data)
		names := map[string]bool{}
		for _, r := range recs {
			names[r["scenario"]] = true
		}
		if want := min(part, n-from); len(names) != want || !names[fmt.Sprintf("项目 %d", from)] || !names[fmt.Sprintf("项目 %d", from+want-1)] {
			t.Errorf("from=%d&count=%d: scenarios %v, want 项目 %d to 项目 %d", from, part, names, from, from+want-1)
		}
		if from > 0 {
			_, rest, _ := bytes.Cut(data, []byte("\n"))
			data = rest
		}
		joined = append(joined, data...)
	}
	if !bytes.Equal(joined, whole) {
		t.Errorf("the parts joined (%d bytes) are not the whole export (%d bytes)", len(joined), len(whole))
	}
	// count past the end: the rest of the file.
	if resp, data := postCompare(t, srv.URL, "?from=6&count=50", file); resp.StatusCode != http.StatusOK || len(readCSV(t, data)) == 0 ||
		find(readCSV(t, data), map[string]string{"scenario": "项目 5"}) != nil || find(readCSV(t, data), map[string]string{"scenario": "项目 6"}) == nil {
		t.Errorf("from=6&count=50: %d: %s", resp.StatusCode, data)
	}

	for _, tc := range []struct{ query, field string }{
		{"?from=-1", "from"},
		{"?from=x", "from"},
		{"?from=1.5", "from"},
		{"?count=0", "count"},
		{"?count=-3", "count"},
		{"?count=ten", "count"},
		{"?from=7", "from"}, // the file's scenarios are 0 to 6
		{"?from=70&count=1", "from"},
	} {
		resp, err := http.Post(srv.URL+"/export/compare.csv"+tc.query, "application/yaml", strings.NewReader(file))
		if err != nil {
			t.Fatal(err)
		}
		b := checkError(t, resp, http.StatusBadRequest, "BAD_USER_INPUT", tc.field)
		if !strings.HasPrefix(b.Error.Message, tc.field+": ") {
			t.Errorf("%s: the message %q does not start with the parameter", tc.query, b.Error.Message)
		}
	}
	// from=6 is the last scenario: accepted (both sides of the bound above).
	if resp, data := postCompare(t, srv.URL, "?from=6", file); resp.StatusCode != http.StatusOK {
		t.Errorf("from=6: %d: %s", resp.StatusCode, data)
	}

	// A domain no region knows in scenario 5: the part holding it names scenarios[5], without
	// the value; the part before it is fine.
	bad := projects(n, 5)
	if resp, data := postCompare(t, srv.URL, "?from=0&count=3", bad); resp.StatusCode != http.StatusOK {
		t.Errorf("the part before the bad scenario: %d: %s", resp.StatusCode, data)
	}
	resp, err := http.Post(srv.URL+"/export/compare.csv?from=3&count=3", "application/yaml", strings.NewReader(bad))
	if err != nil {
		t.Fatal(err)
	}
	b := checkError(t, resp, http.StatusBadRequest, "BAD_USER_INPUT", "scenarios[5].subject.project.domain")
	if strings.Contains(b.Error.Message, "不存在的领域") {
		t.Errorf("the error echoes the value: %q", b.Error.Message)
	}

	// The evaluation budget counts the part: one scenario more than an anonymous caller's budget
	// allows under every region is refused as a whole file, and accepted a part at the budget.
	atBudget := evaluate.AnonymousBudget / len(regions.Builtin())
	big := projects(atBudget+1, -1)
	resp, err = http.Post(srv.URL+"/export/compare.csv", "application/yaml", strings.NewReader(big))
	if err != nil {
		t.Fatal(err)
	}
	checkError(t, resp, http.StatusBadRequest, "LIMIT_EXCEEDED", "scenarios")
	if resp, data := postCompare(t, srv.URL, fmt.Sprintf("?count=%d", atBudget), big); resp.StatusCode != http.StatusOK || resp.Header.Get(export.ScenarioCountHeader) != strconv.Itoa(atBudget+1) {
		t.Errorf("count=%d of %d: %d, %s %q: %s", atBudget, atBudget+1, resp.StatusCode, export.ScenarioCountHeader, resp.Header.Get(export.ScenarioCountHeader), data)
	} else if recs := readCSV(t, data); find(recs, map[string]string{"scenario": fmt.Sprintf("项目 %d", atBudget-1)}) == nil || find(recs, map[string]string{"scenario": fmt.Sprintf("项目 %d", atBudget)}) != nil {
		t.Errorf("count=%d of %d: not the first %d scenarios", atBudget, atBudget+1, atBudget)
	}
}
