package e2e

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/executor"

	"github.com/shegong/shegong/graph"
	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/auth"
	evaluatesvc "github.com/shegong/shegong/internal/evaluate"
)

// batchSummary: compareBatchSummary over real HTTP agrees with compareBatch's findings on every
// count, rule id and status, and totals them per region; it costs the same evaluation budget,
// and a scenario a region cannot read past the first chunk is named by its own index.
func batchSummary(t *testing.T, s *apptest.Server) {
	scenarios := []map[string]any{
		{"name": "at floor", "subject": project1("社会救助", [2]string{"LABOR", "138550.00"}, [2]string{"ACTIVITIES", "24450.00"})},
		{"name": "below floor", "subject": project1("社会救助", [2]string{"LABOR", "138550.00"}, [2]string{"ACTIVITIES", "24449.99"})},
		{"name": "one third", "subject": map[string]any{"organization": map[string]any{"fullTimeStaff": 9, "qualifiedStaff": 3, "partyMembers": 0}}},
		{"name": "worker 41", "subject": map[string]any{"worker": map[string]any{"age": 41, "education": "BACHELOR"}}},
	}
	vars := map[string]any{"s": scenarios}
	var full struct {
		CompareBatch []struct {
			Name        string
			Evaluations []evaluation
		}
	}
	s.GQL.MustData(t, `query($s: [ScenarioInput!]!) { compareBatch(scenarios: $s, regions: ["shenzhen", "zhuzhou"], asOf: "2023-06-01") { name evaluations { `+evaluationFields+` } } }`,
		vars, &full)
	type ruleCount struct {
		RuleID, Region string
		Scenarios      int
	}
	var out struct {
		CompareBatchSummary struct {
			AsOf    string
			Regions []struct {
				Region   string
				Statuses []struct {
					Status string
					Count  int
				}
				Errors, Pass, Fail, InsufficientInput int
				FailingRules                          []ruleCount
			}
			Scenarios []struct {
				Name        string
				Evaluations []struct {
					Region, Status                 string
					Budget                         *struct{ MinimumTotal *string }
					Pass, Fail, InsufficientInput  int
					FailedRules, InsufficientRules []string
					Error                          *struct{ Code string }
				}
			}
		}
	}
	s.GQL.MustData(t, `query($s: [ScenarioInput!]!) { compareBatchSummary(scenarios: $s, regions: ["shenzhen", "zhuzhou"], asOf: "2023-06-01") {
		asOf
		regions { region statuses { status count } errors pass fail insufficientInput failingRules { ruleId region scenarios } }
		scenarios { name evaluations { region status budget { minimumTotal } pass fail insufficientInput failedRules insufficientRules error { code } } } } }`,
		vars, &out)
	sum := out.CompareBatchSummary
	if sum.AsOf != "2023-06-01" || len(sum.Scenarios) != len(scenarios) || len(sum.Regions) != 2 || sum.Regions[0].Region != "shenzhen" || sum.Regions[1].Region != "zhuzhou" {
		t.Fatalf("summary shape: asOf %s, %d scenarios, regions %+v", sum.AsOf, len(sum.Scenarios), sum.Regions)
	}
	type totals struct {
		statuses                      map[string]int
		pass, fail, insufficientInput int
		failing                       map[string]ruleCount
	}
	want := []totals{{statuses: map[string]int{}, failing: map[string]ruleCount{}}, {statuses: map[string]int{}, failing: map[string]ruleCount{}}}
	for i, res := range full.CompareBatch {
		got := sum.Scenarios[i]
		if got.Name != res.Name || len(got.Evaluations) != len(res.Evaluations) {
			t.Fatalf("scenario %d: %s with %d evaluations, want %s with %d", i, got.Name, len(got.Evaluations), res.Name, len(res.Evaluations))
		}
		for j, ev := range res.Evaluations {
			es := got.Evaluations[j]
			var failed, missing []string
			pass := 0
			for _, f := range ev.Findings {
				switch f.Status {
				case "PASS":
					pass++
				case "FAIL":
					failed = append(failed, f.RuleID)
					if !slices.Contains(failed[:len(failed)-1], f.RuleID) {
						rc := want[j].failing[f.RuleID]
						want[j].failing[f.RuleID] = ruleCount{RuleID: f.RuleID, Region: f.Region, Scenarios: rc.Scenarios + 1}
					}
				case "INSUFFICIENT_INPUT":
					missing = append(missing, f.RuleID)
				}
			}
			if es.Region != ev.Region || es.Status != ev.Status || es.Pass != pass || es.Fail != len(failed) || es.InsufficientInput != len(missing) ||
				!slices.Equal(es.FailedRules, orEmpty(failed)) || !slices.Equal(es.InsufficientRules, orEmpty(missing)) || (es.Error == nil) != (ev.Error == nil) {
				t.Errorf("%s under %s: summary %+v, findings say status %s pass %d failed %v missing %v", res.Name, ev.Region, es, ev.Status, pass, failed, missing)
			}
			if (es.Budget == nil) != (ev.Budget == nil) || es.Budget != nil && str(es.Budget.MinimumTotal) != str(ev.Budget.MinimumTotal) {
				t.Errorf("%s under %s: budget %+v, want %+v", res.Name, ev.Region, es.Budget, ev.Budget)
			}
			want[j].statuses[ev.Status]++
			want[j].pass += pass
			want[j].fail += len(failed)
			want[j].insufficientInput += len(missing)
		}
	}
	if got := sum.Scenarios[1].Evaluations[0]; got.Status != "NON_COMPLIANT" || !slices.Contains(got.FailedRules, "SZ-BUDGET-PACKAGE-MIN") {
		t.Errorf("below floor under Shenzhen: %+v", got)
	}
	for j, rs := range sum.Regions {
		var order []string
		for _, sc := range rs.Statuses {
			order = append(order, sc.Status)
			if sc.Count != want[j].statuses[sc.Status] {
				t.Errorf("%s: %d %s, want %d", rs.Region, sc.Count, sc.Status, want[j].statuses[sc.Status])
			}
		}
		if !slices.Equal(order, []string{"NON_COMPLIANT", "INCOMPLETE", "COMPLIANT", "NOT_IN_FORCE", "NOT_REGULATED"}) {
			t.Errorf("%s: statuses in order %v", rs.Region, order)
		}
		if rs.Pass != want[j].pass || rs.Fail != want[j].fail || rs.InsufficientInput != want[j].insufficientInput || rs.Errors != 0 {
			t.Errorf("%s totals: %+v, want %+v", rs.Region, rs, want[j])
		}
		if len(rs.FailingRules) != len(want[j].failing) {
			t.Errorf("%s: failing rules %+v, want %v", rs.Region, rs.FailingRules, want[j].failing)
		}
		for k, rc := range rs.FailingRules {
			if rc != want[j].failing[rc.RuleID] {
				t.Errorf("%s: failing rule %+v, want %+v", rs.Region, rc, want[j].failing[rc.RuleID])
			}
			if k > 0 && (rc.Scenarios > rs.FailingRules[k-1].Scenarios || rc.Scenarios == rs.FailingRules[k-1].Scenarios && rc.RuleID < rs.FailingRules[k-1].RuleID) {
				t.Errorf("%s: failing rules not by scenarios, then id: %+v", rs.Region, rs.FailingRules)
			}
		}
	}
	if rc := want[0].failing["SZ-BUDGET-PACKAGE-MIN"]; rc.Scenarios != 1 {
		t.Errorf("Shenzhen package floor failed for %d scenarios, want 1 (below floor)", rc.Scenarios)
	}

	// The evaluation budget counts it as compareBatch: anonymous, 201 scenarios × 5 regions is
	// over the 1,000 evaluations.
	many := workers(evaluatesvc.AnonymousBudget/5 + 1)
	expectError(t, s.GQL.Do(t, `query($s: [ScenarioInput!]!) { compareBatchSummary(scenarios: $s) { asOf } }`, map[string]any{"s": many}), "LIMIT_EXCEEDED", "")
	// A scenario in the second chunk that a region cannot read is named by its index in the
	// request, not in its chunk.
	many = workers(evaluatesvc.ChunkSize + 10)
	many[evaluatesvc.ChunkSize+5] = map[string]any{"name": "bad", "subject": map[string]any{"project": map[string]any{"domain": "火星探索", "headcount": 1}}}
	researcher := s.As(s.Token(t, auth.Researcher, "", "batch summary"))
	for _, field := range []string{"compareBatchSummary(scenarios: $s, regions: [\"shenzhen\"]) { asOf }", "compareBatch(scenarios: $s, regions: [\"shenzhen\"]) { name }"} {
		r := researcher.Do(t, `query($s: [ScenarioInput!]!) { `+field+` }`, map[string]any{"s": many})
		expectError(t, r, "BAD_USER_INPUT", fmt.Sprintf("scenarios[%d].subject.project.domain", evaluatesvc.ChunkSize+5))
	}
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// workers is n worker scenarios that every region reads.
func workers(n int) []map[string]any {
	out := make([]map[string]any, n)
	for i := range out {
		out[i] = map[string]any{"name": fmt.Sprintf("w%d", i), "subject": map[string]any{"worker": map[string]any{"age": 25 + i%20}}}
	}
	return out
}

// csvStreamed: the compare export of more scenarios than one chunk, plain and gzipped (the
// same bytes once decompressed), every scenario's summary line in order; an error in the first
// chunk is a coded 400, one in a later chunk cuts the download short.
func csvStreamed(t *testing.T, s *apptest.Server) {
	researcher := s.Token(t, auth.Researcher, "", "csv streamed")
	// The transport's own gzip handling is off, so that what the server sent is what is read.
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	post := func(scenarios []map[string]any, gz bool) (*http.Response, []byte, error) {
		t.Helper()
		file := map[string]any{"as_of": "2024-01-01", "regions": []string{"hunan"}, "scenarios": scenarios}
		body, _ := json.Marshal(file)
		req, _ := http.NewRequest(http.MethodPost, s.URL+"/export/compare.csv", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+researcher)
		if gz {
			req.Header.Set("Accept-Encoding", "br;q=1, gzip;q=0.5")
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		data, err := io.ReadAll(resp.Body)
		return resp, data, err
	}
	n := evaluatesvc.ChunkSize + 7
	scenarios := workers(n)
	resp, plain, err := post(scenarios, false)
	if err != nil || resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Encoding") != "" {
		t.Fatalf("plain export: HTTP %d, encoding %q, %v", resp.StatusCode, resp.Header.Get("Content-Encoding"), err)
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(plain, []byte("\xef\xbb\xbf")))).ReadAll()
	if err != nil {
		t.Fatalf("plain export is not CSV: %v", err)
	}
	var names []string
	for _, r := range recs[1:] {
		if r[4] == "summary" {
			names = append(names, r[0])
		}
	}
	if len(names) != n || names[0] != "w0" || names[evaluatesvc.ChunkSize] != fmt.Sprintf("w%d", evaluatesvc.ChunkSize) || names[n-1] != fmt.Sprintf("w%d", n-1) {
		t.Errorf("%d summary lines (want %d, one per scenario in order): first %v", len(names), n, names[:min(3, len(names))])
	}

	resp, zipped, err := post(scenarios, true)
	if err != nil || resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Encoding") != "gzip" || !strings.Contains(resp.Header.Get("Vary"), "Accept-Encoding") {
		t.Fatalf("gzip export: HTTP %d, encoding %q, vary %q, %v", resp.StatusCode, resp.Header.Get("Content-Encoding"), resp.Header.Get("Vary"), err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(zipped))
	if err != nil {
		t.Fatal(err)
	}
	unzipped, err := io.ReadAll(zr)
	if err != nil || !bytes.Equal(unzipped, plain) {
		t.Errorf("gzipped export decompresses to %d bytes (%v), the plain one is %d", len(unzipped), err, len(plain))
	}
	if len(zipped)*5 > len(plain) {
		t.Errorf("gzipped %d bytes for %d plain: not compressed", len(zipped), len(plain))
	}

	bad := map[string]any{"name": "bad", "subject": map[string]any{"project": map[string]any{"domain": "火星探索", "headcount": 1}}}
	// In the first chunk: nothing is sent yet, a coded error naming the scenario.
	early := workers(5)
	early[3] = bad
	for _, gz := range []bool{false, true} {
		resp, body, _ := post(early, gz)
		if resp.StatusCode != http.StatusBadRequest || resp.Header.Get("Content-Encoding") != "" ||
			!strings.Contains(string(body), `"BAD_USER_INPUT"`) || !strings.Contains(string(body), `"field":"scenarios[3].subject.project.domain"`) {
			t.Errorf("bad scenario in the first chunk (gzip %v): HTTP %d %s", gz, resp.StatusCode, body)
		}
	}
	// In a later chunk: rows are sent; the response ends without its last chunk, and the
	// client reads an error, not a file that looks complete.
	late := workers(n)
	late[evaluatesvc.ChunkSize+3] = bad
	for _, gz := range []bool{false, true} {
		resp, body, err := post(late, gz)
		if resp.StatusCode != http.StatusOK || err == nil {
			t.Errorf("bad scenario in a later chunk (gzip %v): HTTP %d, %d bytes read, error %v; want 200 cut short", gz, resp.StatusCode, len(body), err)
		}
	}
}

// batchStreamed: compareBatch's answer, whose list the server writes to the client element by
// element (graph/streamlist), is byte for byte the answer of the same request executed without
// streaming (gqlgen marshalling the whole list into the data), over more than one chunk of
// scenarios with findings, with the same plugin calls.
func batchStreamed(t *testing.T, s *apptest.Server) {
	n := evaluatesvc.ChunkSize + 7
	scenarios := workers(n)
	for i := 0; i < n; i += 3 {
		scenarios[i] = map[string]any{"name": fmt.Sprintf("p%d", i), "subject": project1("社会救助", [2]string{"LABOR", fmt.Sprintf("%d.00", 100000+i)}, [2]string{"ACTIVITIES", "24450.00"})}
	}
	query := `query($s: [ScenarioInput!]!) { compareBatch(scenarios: $s, asOf: "2024-01-01") { name evaluations { region asOf status budget { minimumTotal minimumLabor } findings { ruleId region status actual required remedy messageZh citation { document clause quote } } evaluatedBy { region pluginVersion } error { code } } } }`
	body, err := json.Marshal(map[string]any{"query": query, "variables": map[string]any{"s": scenarios}})
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+s.Token(t, auth.Researcher, "", "batch streamed"))
	before := s.App.Evaluator.Batches()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	streamed, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("compareBatch: HTTP %d, %v", resp.StatusCode, err)
	}
	httpBatches := s.App.Evaluator.Batches() - before

	// The same request through gqlgen's executor with no transport to stream to: every list
	// is marshalled into the data.
	var params graphql.RawParams
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&params); err != nil {
		t.Fatal(err)
	}
	exec := executor.New(graph.NewSchemaWith(graph.Config{Client: s.App.DB.Client, Evaluator: s.App.Evaluator}))
	ctx := graphql.StartOperationTrace(context.Background())
	oc, errs := exec.CreateOperationContext(ctx, &params)
	if errs != nil {
		t.Fatal(errs)
	}
	before = s.App.Evaluator.Batches()
	handler, ctx := exec.DispatchOperation(ctx, oc)
	whole := handler(ctx)
	if len(whole.Errors) > 0 {
		t.Fatal(whole.Errors)
	}
	if got := s.App.Evaluator.Batches() - before; got != httpBatches || got != 2 {
		t.Errorf("batches: %d over HTTP, %d in process; want 2 each (one per chunk)", httpBatches, got)
	}
	want := append(append([]byte(`{"data":`), whole.Data...), '}')
	if !bytes.Equal(streamed, want) {
		i := 0
		for i < min(len(streamed), len(want)) && streamed[i] == want[i] {
			i++
		}
		t.Fatalf("streamed answer (%d bytes) differs from the unstreamed one (%d bytes) at byte %d", len(streamed), len(want), i)
	}
	if len(streamed) < n*1000 || !bytes.Contains(streamed, []byte(`"ruleId":"SZ-BUDGET-PACKAGE-MIN"`)) {
		t.Errorf("answer of %d bytes for %d scenarios: findings missing", len(streamed), n)
	}
}
