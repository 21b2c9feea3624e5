package explore_test

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
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
		Worker, Station, Organization []subjectResult
	}
	const timeline = "budget.package_per_worker_year_min"
	s.GQL.MustData(t, `query($asOf: Date, $s: SubjectInput!, $timeline: String!, $station: SubjectInput!, $organization: SubjectInput!) {
		policyMatrix(asOf: $asOf, concepts: ["budget.package_per_worker_year_min_high_risk"], regions: ["shenzhen"]) {
			region citation { document clause quote }
		}
		plugins { region version rulesetHash }
		policyParameters(first: 10, where: {concept: $timeline}) { edges { node { value validFrom region { code } } } }
		compare(asOf: $asOf, subject: $s) { region status findings { ruleId status remedy } }
		worker: compare(asOf: $asOf, subject: {worker: {age: 41, education: BACHELOR, certificate: ASSISTANT}}) {
			region status findings { ruleId status }
		}
		station: compare(asOf: $asOf, subject: $station) { region status findings { ruleId status } }
		organization: compare(asOf: $asOf, subject: $organization) { region status findings { ruleId status } }
	}`, map[string]any{"asOf": asOf, "s": scenario, "timeline": timeline, "station": station, "organization": organization}, &want)
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
	chartsLoaded := func(ctx context.Context) []string {
		t.Helper()
		got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`performance.getEntriesByType("resource").map(e => new URL(e.name).pathname).filter(p => /\/assets\/(echarts|bar|step)\.js$/.test(p)).map(p => p.split("/").pop()).sort()`))
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	// The first load (the matrix, which draws no chart) carries no chart code and no ECharts.
	if got := chartsLoaded(tctx); len(got) != 0 {
		t.Errorf("the first load fetched chart code: %v", got)
	}
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
	// The timeline loaded its step chart and ECharts' core on demand, not the bar chart.
	if got := strings.Join(chartsLoaded(tctx), ","); got != "echarts.js,step.js" {
		t.Errorf("after the timeline the page has loaded %q, want echarts.js,step.js", got)
	}
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
		// A date as an en-US date picker would write it: refused with the format, nothing run.
		chromedp.SetValue(chromedp.CSS(`input[name=asOf]`), "06/01/2023"),
		chromedp.Click(chromedp.CSS(`button.run`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid=asOf-error]`)),
	)
	if err != nil {
		t.Fatalf("fill the compare form with a date in the wrong format: %v (blocked requests: %v)", err, guard.Blocked())
	}
	// The domain field offers every region's accepted terms, read within the server's page size.
	pctx, pcancel := context.WithTimeout(tctx, 20*time.Second)
	_, err = chromedp.Run(pctx, chromedp.Poll[chromedp.Void](`[...document.querySelectorAll("#domain-terms option")].some(o => o.value === "精神卫生") && [...document.querySelectorAll("#domain-terms option")].some(o => o.value === "DOM-MENTAL")`))
	pcancel()
	if err != nil {
		t.Errorf("the domain field does not offer 精神卫生 and DOM-MENTAL: %v", err)
	}
	if got := text(tctx, `[data-testid=asOf-error]`); !strings.Contains(got, "YYYY-MM-DD") {
		t.Errorf("the date error says %q, want the format YYYY-MM-DD", got)
	}
	if got, err := chromedp.Run(tctx, chromedp.Evaluate[[]any](`[location.search.includes("headcount"), document.querySelector("input[name=asOf]").type, document.querySelectorAll("input[type=date]").length]`)); err != nil ||
		got[0] != false || got[1] != "text" || got[2] != float64(0) {
		t.Errorf("after a bad date: [ran, asOf input type, date inputs] = %v (%v), want [false text 0]", got, err)
	}
	screenshot(tctx, "4a-compare-date-error")
	err = chromedp.Do(tctx,
		chromedp.SetValue(chromedp.CSS(`input[name=asOf]`), asOf),
		chromedp.SetValue(chromedp.CSS(`.line:nth-child(1) select`), "LABOR"),
		chromedp.SendKeys(chromedp.CSS(`.line:nth-child(1) input`), "143650.00"),
		chromedp.Click(chromedp.CSS(`button.add`)),
		chromedp.SetValue(chromedp.CSS(`.line:nth-child(2) select`), "ACTIVITIES"),
		chromedp.SendKeys(chromedp.CSS(`.line:nth-child(2) input`), "25349.99"),
		chromedp.Click(chromedp.CSS(`button.run`)),
		chromedp.WaitVisible(chromedp.CSS(shenzhen)),
	)
	if b, err := chromedp.Run(tctx, chromedp.Evaluate[bool](`document.querySelector("[data-testid=asOf-error]")?.hidden ?? true`)); err != nil || !b {
		t.Errorf("the date error is still shown after the date was mended (%v)", err)
	}
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
	checkSubject(t, tctx, "worker", want.Worker, text)
	screenshot(tctx, "5b-compare-worker")

	// A station: its township, a worker line, and a facility ticked among those the regions name.
	err = chromedp.Do(tctx,
		chromedp.Evaluate[chromedp.Void](`(() => { const s = document.querySelector("select[name=kind]"); s.value = "station"; s.dispatchEvent(new Event("change")); })()`),
		chromedp.WaitVisible(chromedp.CSS(`input[name=township]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name=township]`), "示例镇"),
		chromedp.SendKeys(chromedp.CSS(`.line.worker input[name=age]`), "41"),
		chromedp.SetValue(chromedp.CSS(`.line.worker select[name=education]`), "BACHELOR"),
		chromedp.SetValue(chromedp.CSS(`.line.worker select[name=certificate]`), "ASSISTANT"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid=terms-facilities] input[value="电脑"]`)),
		chromedp.Click(chromedp.CSS(`[data-testid=terms-facilities] input[value="电脑"]`)),
		chromedp.Click(chromedp.CSS(`button.run`)),
		chromedp.WaitVisible(chromedp.CSS(`article.region[data-region="hunan"]`)),
	)
	if err != nil {
		t.Fatalf("compare a station: %v (blocked requests: %v)", err, guard.Blocked())
	}
	checkSubject(t, tctx, "station", want.Station, text)
	checkLink(t, tctx, "station", "kind=station", "township=", "workers=41%3ABACHELOR%3AASSISTANT", "facilities=%E7%94%B5%E8%84%91")
	screenshot(tctx, "5c-compare-station")
	// The station's link (its worker line and ticked facility) reproduces the result.
	stationLink, err := chromedp.Run(tctx, chromedp.Evaluate[string](`location.href`))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(tctx, chromedp.Navigate("about:blank"), chromedp.Navigate(stationLink), chromedp.WaitVisible(chromedp.CSS(`article.region[data-region="hunan"]`))); err != nil {
		t.Fatalf("open the station's link: %v", err)
	}
	checkSubject(t, tctx, "station from its link", want.Station, text)
	if got, err := chromedp.Run(tctx, chromedp.Evaluate[[]any](`[document.querySelector(".line.worker input[name=age]").value, document.querySelector('[data-testid=terms-facilities] input[value="电脑"]').checked]`)); err != nil || got[0] != "41" || got[1] != true {
		t.Errorf("the station's link fills the form with %v (%v), want the worker of 41 and 电脑 ticked", got, err)
	}

	// An organisation: staff, a board, and a disclosure ticked among those the regions name.
	err = chromedp.Do(tctx,
		chromedp.Evaluate[chromedp.Void](`(() => { const s = document.querySelector("select[name=kind]"); s.value = "organization"; s.dispatchEvent(new Event("change")); })()`),
		chromedp.WaitVisible(chromedp.CSS(`input[name=fullTimeStaff]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name=fullTimeStaff]`), "12"),
		chromedp.SendKeys(chromedp.CSS(`input[name=qualifiedStaff]`), "4"),
		chromedp.SetValue(chromedp.CSS(`select[name=hasBoard]`), "true"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid=terms-disclosures] input[value="组织机构"]`)),
		chromedp.Click(chromedp.CSS(`[data-testid=terms-disclosures] input[value="组织机构"]`)),
		chromedp.Click(chromedp.CSS(`button.run`)),
		chromedp.WaitVisible(chromedp.CSS(`article.region[data-region="shenzhen"]`)),
	)
	if err != nil {
		t.Fatalf("compare an organisation: %v (blocked requests: %v)", err, guard.Blocked())
	}
	checkSubject(t, tctx, "organization", want.Organization, text)
	checkLink(t, tctx, "organization", "kind=organization", "fullTimeStaff=12", "qualifiedStaff=4", "hasBoard=true", "disclosures=%E7%BB%84%E7%BB%87%E6%9C%BA%E6%9E%84")
	screenshot(tctx, "5d-compare-organization")

	// Batch: a scenario file of more than one part uploaded, its progress counted in scenarios,
	// its outcomes charted, its CSV the server's for the whole file.
	abs := filepath.Join(t.TempDir(), "batch.yaml")
	if err := os.WriteFile(abs, []byte(batchFile(batchScenarios, -1)), 0o644); err != nil {
		t.Fatal(err)
	}
	wantCSV := exportCSV(t, s.URL, abs)
	err = chromedp.Do(tctx,
		chromedp.Click(chromedp.CSS(`a.tab[data-view="batch"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid=batch-form]`)),
		// Every text the progress shows, in order.
		chromedp.Evaluate[chromedp.Void](`(() => { window.progressSeen = []; new MutationObserver(() => { const c = document.querySelector("[data-testid=batch-progress-count]"); if (c && window.progressSeen.at(-1) !== c.textContent) window.progressSeen.push(c.textContent); }).observe(document.querySelector("[data-testid=batch-progress]"), { subtree: true, childList: true, characterData: true }); })()`),
		chromedp.SetUploadFiles(chromedp.CSS(`input[name=file]`), []string{abs}),
		chromedp.Click(chromedp.CSS(`[data-testid=batch-form] button.run`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid=batch-summary]`)),
	)
	if err != nil {
		t.Fatalf("upload and run the batch: %v (blocked requests: %v)", err, guard.Blocked())
	}
	seen, err := chromedp.Run(tctx, chromedp.Evaluate[[]string](`window.progressSeen`))
	if err != nil {
		t.Fatal(err)
	}
	var wantSeen []string
	for done := partSize; ; done += partSize {
		wantSeen = append(wantSeen, fmt.Sprintf("%d / %d scenarios", min(done, batchScenarios), batchScenarios))
		if done >= batchScenarios {
			break
		}
	}
	if len(seen) == 0 || !slices.Equal(seen[1:], wantSeen) { // seen[0] is "Running…"
		t.Errorf("the progress showed %q, want %q after each part", seen, wantSeen)
	}
	if got := text(tctx, `[data-testid=batch-progress]`); !strings.Contains(got, fmt.Sprintf("%d / %d", batchScenarios, batchScenarios)) {
		t.Errorf("the progress ends at %q", got)
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

	// A scenario in the second part that no region can read: named by its place in the file,
	// never by its name or its values; the parts before it were done.
	const badAt = partSize + 7
	if err := os.WriteFile(abs, []byte(batchFile(partSize+20, badAt)), 0o644); err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(tctx,
		chromedp.SetUploadFiles(chromedp.CSS(`input[name=file]`), []string{abs}),
		chromedp.Click(chromedp.CSS(`[data-testid=batch-form] button.run`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid=batch-results] .error`)),
	)
	if err != nil {
		t.Fatalf("run a batch with a bad scenario: %v", err)
	}
	alert := text(tctx, `[data-testid=batch-results] .error`)
	if !strings.Contains(alert, fmt.Sprintf("Scenario %d", badAt+1)) || !strings.Contains(alert, "subject.project.domain") ||
		!strings.Contains(alert, fmt.Sprintf("stopped after %d scenarios", partSize)) {
		t.Errorf("the batch error is %q, want scenario %d by its place, its field and the %d scenarios done", alert, badAt+1, partSize)
	}
	if strings.Contains(alert, badDomain) || strings.Contains(alert, badName) {
		t.Errorf("the batch error echoes the scenario's values: %q", alert)
	}
	screenshot(tctx, "6b-batch-error")

	if b := guard.Blocked(); len(b) != 0 {
		t.Errorf("the page asked for %d resources outside the server: %v", len(b), b)
	}
	// The guard is in force: a request elsewhere fails and is recorded.
	_, _ = chromedp.Run(tctx, chromedp.Evaluate[chromedp.Void](`fetch("http://cdn.example.invalid/x.js").catch(() => null)`, chromedp.EvalAwaitPromise))
	if b := guard.Blocked(); len(b) != 1 || !strings.Contains(b[0], "cdn.example.invalid") {
		t.Errorf("a request outside the server was not blocked: blocked %v", b)
	}
}

// The station and the organisation the compare form is filled with: a Hunan station worker of
// 41 (over Hunan's 40, which Zhuzhou inherits) with one of the facilities Hunan lists; an
// organisation with a third of its staff qualified, a board, and one item of Zhuzhou's
// disclosures but none of Shenzhen's pay items.
var (
	station = map[string]any{"station": map[string]any{
		"township": "示例镇", "workers": []map[string]any{{"age": 41, "education": "BACHELOR", "certificate": "ASSISTANT"}}, "facilities": []string{"电脑"},
	}}
	organization = map[string]any{"organization": map[string]any{
		"fullTimeStaff": 12, "qualifiedStaff": 4, "hasBoard": true, "disclosures": []string{"组织机构"},
	}}
)

type subjectResult struct {
	Region, Status string
	Findings       []struct{ RuleID, Status string }
}

// checkSubject checks the compare view against the API's answer for the same subject: each
// region's overall status and each failing rule; the API must fail at least one.
func checkSubject(t *testing.T, ctx context.Context, kind string, want []subjectResult, text func(context.Context, string) string) {
	t.Helper()
	failed := 0
	for _, ev := range want {
		column := `article.region[data-region="` + ev.Region + `"]`
		if got := text(ctx, column+` [data-testid=overall]`); !strings.Contains(got, ev.Status) {
			t.Errorf("%s: %s's overall status shows %q, want %s", kind, ev.Region, got, ev.Status)
		}
		for _, f := range ev.Findings {
			if f.Status == "FAIL" {
				failed++
				if got := text(ctx, column+` li[data-rule="`+f.RuleID+`"]`); !strings.Contains(got, "FAIL") {
					t.Errorf("%s: %s's finding %s shows %q, want FAIL", kind, ev.Region, f.RuleID, got)
				}
			}
		}
	}
	if failed == 0 {
		t.Errorf("the API fails no rule for the %s: %+v", kind, want)
	}
}

// checkLink checks that the page's link holds the scenario.
func checkLink(t *testing.T, ctx context.Context, kind string, parts ...string) {
	t.Helper()
	link, err := chromedp.Run(ctx, chromedp.Evaluate[string](`location.href`))
	if err != nil {
		t.Fatal(err)
	}
	for _, part := range parts {
		if !strings.Contains(link, part) {
			t.Errorf("%s: the page's link %s does not hold %s", kind, link, part)
		}
	}
}

// The batch file: more scenarios than the page sends in one part (partSize, web/src/batch.ts),
// so the progress moves part by part.
const (
	partSize       = 50
	batchScenarios = 2*partSize + 20
	badDomain      = "不存在的领域"
	badName        = "保密名称 13800138000"
)

// batchFile writes n scenarios: Shenzhen-style projects, every third one fen under the floor,
// and every fifth a station with a worker of 41; scenario bad (when ≥ 0) has a domain no region
// knows and a name that must not be shown.
func batchFile(n, bad int) string {
	var b strings.Builder
	b.WriteString("as_of: 2024-01-01\nscenarios:\n")
	for i := range n {
		name, domain := fmt.Sprintf("项目 %d", i), "社会救助"
		if i == bad {
			name, domain = badName, badDomain
		}
		if i%5 == 4 && i != bad {
			fmt.Fprintf(&b, "  - name: 社工站 %d\n    subject: {station: {township: 示例镇, workers: [{age: %d, education: BACHELOR}]}}\n", i, 38+i%4)
			continue
		}
		supervision, cents := (i+1)*24450, "00"
		if i%3 == 0 {
			supervision, cents = supervision-1, "99"
		}
		fmt.Fprintf(&b, "  - name: %s\n    subject: {project: {domain: %s, headcount: %d, budget: [{category: LABOR, amount: \"%d.00\"}, {category: SUPERVISION, amount: \"%d.%s\"}]}}\n",
			name, domain, i+1, (i+1)*138550, supervision, cents)
	}
	return b.String()
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
