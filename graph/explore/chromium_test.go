package explore_test

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/browsertest"
)

func TestMain(m *testing.M) {
	apptest.MaybeServePlugin()
	os.Exit(m.Run())
}

const width, height = 1366, 768

// The Shenzhen mental-health project of docs/policy.md: 精神卫生 is a high-risk domain there, with a
// floor of 169,000 yuan per person-year; this budget is one fen under it.
var scenario = map[string]any{"project": map[string]any{
	"domain": "精神卫生", "headcount": 1, "professionalPosts": 1, "supervisedWorkers": 1, "months": 12,
	"budget": []map[string]any{{"category": "LABOR", "amount": "143650.00"}, {"category": "ACTIVITIES", "amount": "25349.99"}},
}}

const asOf = "2023-06-01"

// TestWorkbenchInChromium opens /explore/ of a real server (real plugin processes) in headless
// Chromium that can reach nothing but that server: the matrix with the five regions and a cell's
// citation, a concept's timeline, then the compare form filled for the scenario above, with its FAIL, remedy, bar
// chart and stamp; the scenario's link reproduces the result. A screenshot of each view at
// 1366×768 goes to the test's artifact directory (go test -artifacts keeps it).
func TestWorkbenchInChromium(t *testing.T) {
	s := apptest.Start(t, apptest.Options{})
	ctx, guard := browsertest.Open(t, s.URL, chromedp.WindowSize(width, height))
	shots := t.ArtifactDir()
	t.Logf("screenshots in %s", shots)
	screenshot := func(ctx context.Context, name string) {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(shots, name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	text := func(ctx context.Context, sel string) string {
		t.Helper()
		got, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("read %s: %v (blocked requests: %v)", sel, err, guard.Blocked())
		}
		return got
	}

	// What the API says, to compare the page with.
	var want struct {
		PolicyMatrix []struct {
			Region   string
			Citation struct{ Document, Clause, Quote string }
		}
		Plugins          []struct{ Region, Version, RulesetHash string }
		PolicyParameters struct {
			Edges []struct {
				Node struct {
					Value, ValidFrom string
					Region           struct{ Code string }
				}
			}
		}
		Compare []struct {
			Region, Status string
			Findings       []struct{ RuleID, Status, Remedy string }
		}
		Worker []struct {
			Region, Status string
			Findings       []struct{ RuleID, Status string }
		}
	}
	const timeline = "budget.package_per_worker_year_min"
	s.GQL.MustData(t, `query($asOf: Date, $s: SubjectInput!, $timeline: String!) {
		policyMatrix(asOf: $asOf, concepts: ["budget.package_per_worker_year_min_high_risk"], regions: ["shenzhen"]) {
			region citation { document clause quote }
		}
		plugins { region version rulesetHash }
		policyParameters(first: 10, where: {concept: $timeline}) { edges { node { value validFrom region { code } } } }
		compare(asOf: $asOf, subject: $s) { region status findings { ruleId status remedy } }
		worker: compare(asOf: $asOf, subject: {worker: {age: 41, education: BACHELOR, certificate: ASSISTANT}}) {
			region status findings { ruleId status }
		}
	}`, map[string]any{"asOf": asOf, "s": scenario, "timeline": timeline}, &want)
	if len(want.PolicyMatrix) != 1 || want.PolicyMatrix[0].Citation.Quote == "" {
		t.Fatalf("the API has no cited Shenzhen high-risk floor: %+v", want.PolicyMatrix)
	}
	var remedy string
	for _, ev := range want.Compare {
		for _, f := range ev.Findings {
			if ev.Region == "shenzhen" && f.RuleID == "SZ-BUDGET-PACKAGE-MIN-HIGH-RISK" && f.Status == "FAIL" {
				remedy = f.Remedy
			}
		}
	}
	if remedy == "" {
		t.Fatalf("the API does not fail the scenario on SZ-BUDGET-PACKAGE-MIN-HIGH-RISK: %+v", want.Compare)
	}
	stampsShown := func(ctx context.Context, view string) {
		t.Helper()
		stamp := text(ctx, `[data-testid=stamp]`)
		for _, p := range want.Plugins {
			if !strings.Contains(stamp, p.Version) || !strings.Contains(stamp, p.RulesetHash[:16]) {
				t.Errorf("%s: the stamp does not show %s's plugin %s, ruleset %s…:\n%s", view, p.Region, p.Version, p.RulesetHash[:16], stamp)
			}
		}
	}

	tctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()

	// The matrix: five regions, and a cell's citation on click.
	const cell = `button.cell[data-concept="budget.package_per_worker_year_min_high_risk"][data-region="shenzhen"]`
	err := chromedp.Do(tctx,
		chromedp.EmulateViewport(width, height),
		chromedp.Navigate(s.URL+"/explore/?asOf="+asOf),
		chromedp.WaitVisible(chromedp.CSS(cell)),
	)
	if err != nil {
		t.Fatalf("open the matrix: %v (blocked requests: %v)", err, guard.Blocked())
	}
	regions, err := chromedp.Run(tctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("table.matrix thead th[data-region]")].map(th => th.dataset.region)`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(regions, ",") != "hunan,shenzhen,sichuan,yunnan,zhuzhou" {
		t.Errorf("the matrix's regions are %v, want the five", regions)
	}
	if got := text(tctx, `button.cell.status-INHERITED[data-region="zhuzhou"]`); !strings.Contains(got, "hunan") {
		t.Errorf("an inherited Zhuzhou cell does not name Hunan: %q", got)
	}
	stampsShown(tctx, "matrix")
	screenshot(tctx, "1-matrix")
	if err := chromedp.Do(tctx, chromedp.Click(chromedp.CSS(cell)), chromedp.WaitVisible(chromedp.CSS(`[data-testid=citation]`))); err != nil {
		t.Fatalf("open the citation: %v", err)
	}
	c := want.PolicyMatrix[0].Citation
	if got := text(tctx, `[data-testid=citation]`); !strings.Contains(got, c.Document) || !strings.Contains(got, c.Clause) || !strings.Contains(got, c.Quote) {
		t.Errorf("the citation shows %q, want document %q, clause %q and the quote %q", got, c.Document, c.Clause, c.Quote)
	}
	if got := text(tctx, `[data-testid=cell-detail]`); !strings.Contains(got, "有效期") {
		t.Errorf("the cell's detail has no validity: %q", got)
	}
	screenshot(tctx, "2-matrix-citation")

	// The timeline of a concept picked from the list: a step chart and its validity windows.
	if len(want.PolicyParameters.Edges) == 0 {
		t.Fatalf("the API has no parameters of %s", timeline)
	}
	err = chromedp.Do(tctx,
		chromedp.Click(chromedp.CSS(`a.tab[data-view="timeline"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid=timeline-table]`)),
		chromedp.Evaluate[chromedp.Void](`(() => { const s = document.querySelector("select[name=concept]"); s.value = "`+timeline+`"; s.dispatchEvent(new Event("change")); })()`),
	)
	if err != nil {
		t.Fatalf("open the timeline and pick %s: %v", timeline, err)
	}
	for _, e := range want.PolicyParameters.Edges {
		row := `[data-testid=timeline-table] tr[data-region="` + e.Node.Region.Code + `"]`
		pctx, cancel := context.WithTimeout(tctx, 20*time.Second)
		_, err := chromedp.Run(pctx, chromedp.Poll[chromedp.Void](`(document.querySelector('`+row+`') || {}).innerText?.includes("`+e.Node.Value+`")`))
		cancel()
		if err != nil {
			t.Fatalf("the timeline of %s does not show %s's %s: %v", timeline, e.Node.Region.Code, e.Node.Value, err)
		}
		if got := text(tctx, row); !strings.Contains(got, e.Node.ValidFrom) {
			t.Errorf("the timeline row of %s shows %q, want its validity from %s", e.Node.Region.Code, got, e.Node.ValidFrom)
		}
	}
	canvas := func(ctx context.Context, box, how string) {
		t.Helper()
		pctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		defer cancel()
		if _, err := chromedp.Run(pctx, chromedp.Poll[chromedp.Void](`(() => { const c = document.querySelector("[data-testid=`+box+`] canvas"); return c && c.width > 0 && c.height > 0; })()`)); err != nil {
			t.Errorf("%s: no chart canvas in %s: %v", how, box, err)
		}
	}
	canvas(tctx, "timeline-chart", "timeline")
	stampsShown(tctx, "timeline")
	screenshot(tctx, "3-timeline")

	// Compare: the form filled as a researcher would, run, then the result.
	const shenzhen = `article.region[data-region="shenzhen"]`
	err = chromedp.Do(tctx,
		chromedp.Click(chromedp.CSS(`a.tab[data-view="compare"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid=compare-form]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name=domain]`), "精神卫生"),
		chromedp.SendKeys(chromedp.CSS(`input[name=headcount]`), "1"),
		chromedp.SendKeys(chromedp.CSS(`input[name=professionalPosts]`), "1"),
		chromedp.SendKeys(chromedp.CSS(`input[name=supervisedWorkers]`), "1"),
		chromedp.SendKeys(chromedp.CSS(`input[name=months]`), "12"),
		chromedp.SetValue(chromedp.CSS(`input[name=asOf]`), asOf),
		chromedp.SetValue(chromedp.CSS(`.line:nth-child(1) select`), "LABOR"),
		chromedp.SendKeys(chromedp.CSS(`.line:nth-child(1) input`), "143650.00"),
		chromedp.Click(chromedp.CSS(`button.add`)),
		chromedp.SetValue(chromedp.CSS(`.line:nth-child(2) select`), "ACTIVITIES"),
		chromedp.SendKeys(chromedp.CSS(`.line:nth-child(2) input`), "25349.99"),
		chromedp.Click(chromedp.CSS(`button.run`)),
		chromedp.WaitVisible(chromedp.CSS(shenzhen)),
	)
	if err != nil {
		t.Fatalf("fill and run the compare form: %v (blocked requests: %v)", err, guard.Blocked())
	}
	checkCompare := func(ctx context.Context, how string) {
		t.Helper()
		if got := text(ctx, shenzhen+` [data-testid=overall]`); !strings.Contains(got, "NON_COMPLIANT") {
			t.Errorf("%s: Shenzhen's overall status is %q, want NON_COMPLIANT", how, got)
		}
		finding := text(ctx, shenzhen+` li[data-rule="SZ-BUDGET-PACKAGE-MIN-HIGH-RISK"]`)
		if !strings.Contains(finding, "FAIL") || !strings.Contains(finding, remedy) {
			t.Errorf("%s: the high-risk floor finding shows %q, want FAIL and the remedy %q", how, finding, remedy)
		}
		if got := len(want.Compare); got != 5 {
			t.Errorf("the API compared %d regions, want 5", got)
		}
		columns, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("article.region").length`))
		if err != nil || columns != len(want.Compare) {
			t.Errorf("%s: %d region columns (%v), want %d", how, columns, err, len(want.Compare))
		}
		canvas(ctx, "minima-chart", how)
		stampsShown(ctx, how)
	}
	checkCompare(tctx, "after the form")
	screenshot(tctx, "4-compare")

	// The link is the scenario: opening it again shows the same result.
	link, err := chromedp.Run(tctx, chromedp.Evaluate[string](`location.href`))
	if err != nil {
		t.Fatal(err)
	}
	for _, part := range []string{"view=compare", "headcount=1", "months=12", "budget=LABOR%3A143650.00%2CACTIVITIES%3A25349.99"} {
		if !strings.Contains(link, part) {
			t.Errorf("the page's link %s does not hold %s", link, part)
		}
	}
	if err := chromedp.Do(tctx, chromedp.Navigate("about:blank"), chromedp.Navigate(link+"&lang=en"), chromedp.WaitVisible(chromedp.CSS(shenzhen))); err != nil {
		t.Fatalf("open the shared link: %v", err)
	}
	checkCompare(tctx, "from the shared link")
	if got := text(tctx, "header h1"); got != "Social-work policy workbench" {
		t.Errorf("lang=en: the title is %q", got)
	}
	screenshot(tctx, "5-compare-en")

	// Another subject kind: a worker, picked from the form's list.
	err = chromedp.Do(tctx,
		chromedp.Evaluate[chromedp.Void](`(() => { const s = document.querySelector("select[name=kind]"); s.value = "worker"; s.dispatchEvent(new Event("change")); })()`),
		chromedp.WaitVisible(chromedp.CSS(`input[name=age]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name=age]`), "41"),
		chromedp.SetValue(chromedp.CSS(`select[name=education]`), "BACHELOR"),
		chromedp.SetValue(chromedp.CSS(`select[name=certificate]`), "ASSISTANT"),
		chromedp.Click(chromedp.CSS(`button.run`)),
		chromedp.WaitVisible(chromedp.CSS(`article.region[data-region="hunan"]`)),
	)
	if err != nil {
		t.Fatalf("compare a worker: %v", err)
	}
	failed := 0
	for _, ev := range want.Worker {
		column := `article.region[data-region="` + ev.Region + `"]`
		if got := text(tctx, column+` [data-testid=overall]`); !strings.Contains(got, ev.Status) {
			t.Errorf("worker: %s's overall status shows %q, want %s", ev.Region, got, ev.Status)
		}
		for _, f := range ev.Findings {
			if f.Status == "FAIL" {
				failed++
				if got := text(tctx, column+` li[data-rule="`+f.RuleID+`"]`); !strings.Contains(got, "FAIL") {
					t.Errorf("worker: %s's finding %s shows %q, want FAIL", ev.Region, f.RuleID, got)
				}
			}
		}
	}
	if failed == 0 {
		t.Errorf("the API fails no rule for a 41-year-old worker: %+v", want.Worker)
	}
	screenshot(tctx, "5b-compare-worker")

	// Batch: a scenario file uploaded, its outcomes charted, its CSV the server's.
	const file = "../../cmd/shegong/testdata/compare-example.yaml"
	abs, err := filepath.Abs(file)
	if err != nil {
		t.Fatal(err)
	}
	wantCSV := exportCSV(t, s.URL, abs)
	err = chromedp.Do(tctx,
		chromedp.Click(chromedp.CSS(`a.tab[data-view="batch"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid=batch-form]`)),
		chromedp.SetUploadFiles(chromedp.CSS(`input[name=file]`), []string{abs}),
		chromedp.Click(chromedp.CSS(`[data-testid=batch-form] button.run`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid=batch-summary]`)),
	)
	if err != nil {
		t.Fatalf("upload and run the batch: %v (blocked requests: %v)", err, guard.Blocked())
	}
	canvas(tctx, "batch-outcomes", "batch")
	canvas(tctx, "batch-rules", "batch")
	shownRules := text(tctx, `[data-testid=batch-top-rules]`)
	if len(wantCSV.topRules) == 0 {
		t.Fatal("the example scenario file fails no rule")
	}
	for _, r := range wantCSV.topRules {
		if !strings.Contains(shownRules, r) {
			t.Errorf("the most frequent failing rules shown (%q) lack %s", shownRules, r)
		}
	}
	summary := text(tctx, `[data-testid=batch-summary]`)
	if want := fmt.Sprintf("%d scenarios × %d regions", wantCSV.scenarios, wantCSV.regions); !strings.Contains(summary, want) {
		t.Errorf("the batch summary is %q, want %q", summary, want)
	}
	downloaded, err := chromedp.Run(tctx, chromedp.Evaluate[string](`fetch(document.querySelector("[data-testid=batch-download]").href).then(r => r.text())`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("read the CSV offered for download: %v", err)
	}
	if strings.TrimPrefix(downloaded, "\ufeff") != strings.TrimPrefix(wantCSV.text, "\ufeff") {
		t.Errorf("the CSV offered for download (%d bytes) is not the export's (%d bytes)", len(downloaded), len(wantCSV.text))
	}
	screenshot(tctx, "6-batch")

	if b := guard.Blocked(); len(b) != 0 {
		t.Errorf("the page asked for %d resources outside the server: %v", len(b), b)
	}
	// The guard is in force: a request elsewhere fails and is recorded.
	_, _ = chromedp.Run(tctx, chromedp.Evaluate[chromedp.Void](`fetch("http://cdn.example.invalid/x.js").catch(() => null)`, chromedp.EvalAwaitPromise))
	if b := guard.Blocked(); len(b) != 1 || !strings.Contains(b[0], "cdn.example.invalid") {
		t.Errorf("a request outside the server was not blocked: blocked %v", b)
	}
}

type exported struct {
	text               string
	scenarios, regions int
	topRules           []string // the rules that fail most often, all of them when tied
}

// exportCSV posts the scenario file to the server's CSV export, as curl would, and counts what
// the page should show.
func exportCSV(t *testing.T, server, file string) exported {
	t.Helper()
	body, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer body.Close()
	resp, err := http.Post(server+"/export/compare.csv", "application/yaml", body)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var sb strings.Builder
	rows, err := csv.NewReader(io.TeeReader(resp.Body, &sb)).ReadAll()
	if err != nil || resp.StatusCode != http.StatusOK || len(rows) < 2 {
		t.Fatalf("POST /export/compare.csv: %d, %d rows, %v", resp.StatusCode, len(rows), err)
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[strings.TrimPrefix(name, "\ufeff")] = i
	}
	scenarios, regions, fails := map[string]bool{}, map[string]bool{}, map[string]int{}
	for _, r := range rows[1:] {
		switch r[col["row"]] {
		case "summary":
			scenarios[r[col["scenario"]]] = true
			regions[r[col["region"]]] = true
		case "finding":
			if r[col["finding_status"]] == "FAIL" {
				fails[r[col["rule_id"]]]++
			}
		}
	}
	most := 0
	for _, n := range fails {
		most = max(most, n)
	}
	var top []string
	for rule, n := range fails {
		if n == most {
			top = append(top, rule)
		}
	}
	return exported{sb.String(), len(scenarios), len(regions), top}
}
