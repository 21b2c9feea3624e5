package plugintest

import (
	"context"
	"encoding/hex"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/shegong/shegong/plugins/sdk"
)

var (
	farPast   = sdk.MustDate("1900-01-01")
	farFuture = sdk.MustDate("9999-12-31")
)

// Check runs every conformance check against p (in process or through a host).
func Check(t *testing.T, p sdk.Policy) { check(goTest{t}, p) }

// tester is what the checks need from a test: testing.TB and named subtests. The kit's
// own tests pass a recorder, to prove that the checks fail on broken policies.
type tester interface {
	testing.TB
	subtest(name string, f func(tester))
}

// goTest runs the checks under the go test framework.
type goTest struct{ *testing.T }

func (g goTest) subtest(name string, f func(tester)) {
	g.Run(name, func(t *testing.T) { f(goTest{t}) })
}

func check(t tester, p sdk.Policy) {
	ctx := context.Background()
	d, err := p.Describe(ctx)
	if err != nil {
		t.Fatalf("Describe: %v", err)
	}
	today := sdk.DateOf(time.Now())
	t.subtest("describe", func(t tester) { checkDescription(t, p, d) })
	t.subtest("catalog", func(t tester) { checkCatalog(t, p, today) })
	domain := sampleDomain(d)
	t.subtest("batches", func(t tester) { checkBatches(t, p, d, domain, today) })
	t.subtest("bad-input", func(t tester) { checkBadInput(t, p, domain, today) })
	t.subtest("not-in-force", func(t tester) { checkNotInForce(t, p, d, domain) })
}

func checkDescription(t testing.TB, p sdk.Policy, d *sdk.Description) {
	r := d.Region
	if r.Code == "" || (r.NameZh == "" && r.NameEn == "") {
		t.Errorf("region needs a code and a name: %+v", r)
	}
	if d.PluginVersion == "" {
		t.Error("PluginVersion is empty")
	}
	if d.ProtocolVersion != sdk.ProtocolVersion {
		t.Errorf("ProtocolVersion %d, want %d", d.ProtocolVersion, sdk.ProtocolVersion)
	}
	if b, err := hex.DecodeString(d.RulesetHash); err != nil || len(b) != 32 {
		t.Errorf("RulesetHash %q is not a hex SHA-256", d.RulesetHash)
	}
	if again, err := p.Describe(context.Background()); err != nil || again.RulesetHash != d.RulesetHash {
		t.Errorf("RulesetHash is not stable across Describe calls: %v", err)
	}
	if len(d.Documents) == 0 {
		t.Error("no documents")
	}
	docs := map[string]bool{}
	for _, doc := range d.Documents {
		if doc.Key == "" || docs[doc.Key] {
			t.Errorf("document key %q empty or duplicate", doc.Key)
		}
		docs[doc.Key] = true
		if doc.TitleZh == "" {
			t.Errorf("document %s has no Chinese title", doc.Key)
		}
	}
	citation := func(what string, c sdk.Citation) {
		if c.Quote == "" {
			t.Errorf("%s: citation has no quote", what)
		}
		if !docs[c.Document] {
			t.Errorf("%s: citation names document %q, not in Documents", what, c.Document)
		}
	}
	rules := map[string]bool{}
	for _, rule := range d.Rules {
		if rule.ID == "" || rules[rule.ID] {
			t.Errorf("rule id %q empty or duplicate", rule.ID)
		}
		rules[rule.ID] = true
		citation("rule "+rule.ID, rule.Citation)
	}
	params := map[string][]sdk.Validity{}
	for _, prm := range d.Parameters {
		what := "parameter " + prm.ID
		// One parameter may have several dated values, but never two on the same day.
		if prm.ID == "" || slices.ContainsFunc(params[prm.ID], func(v sdk.Validity) bool { return overlap(v, prm.Validity) }) {
			t.Errorf("parameter id %q empty, or two of its values overlap in time", prm.ID)
		}
		params[prm.ID] = append(params[prm.ID], prm.Validity)
		if prm.Concept == "" || prm.Unit == "" {
			t.Errorf("%s: needs a concept and a unit (concept %q, unit %q)", what, prm.Concept, prm.Unit)
		}
		if prm.Validity.From.IsZero() {
			t.Errorf("%s: validity has no From", what)
		}
		if prm.RuleID != "" && !rules[prm.RuleID] {
			t.Errorf("%s: rule %q not in Rules", what, prm.RuleID)
		}
		citation(what, prm.Citation)
		switch prm.Kind {
		case sdk.KindRatio:
			if r, err := sdk.ParseRatio(prm.Value); err != nil || !r.Valid() {
				t.Errorf("%s: ratio %q does not parse or is outside [0,1]", what, prm.Value)
			}
		case sdk.KindMoney:
			if _, err := sdk.ParseYuan(prm.Value); err != nil {
				t.Errorf("%s: money %q: %v", what, prm.Value, err)
			}
		case sdk.KindDate:
			if _, err := sdk.ParseDate(prm.Value); err != nil {
				t.Errorf("%s: %v", what, err)
			}
		}
	}
	concepts := map[string]bool{}
	for _, c := range d.Coverage {
		if concepts[c.Concept] {
			t.Errorf("coverage lists concept %q twice", c.Concept)
		}
		concepts[c.Concept] = true
		switch c.Status {
		case sdk.CoverageDefined, sdk.CoverageNotRegulated, sdk.CoverageNotModelled:
		default:
			t.Errorf("coverage %s: unknown status %q", c.Concept, c.Status)
		}
	}
}

func checkCatalog(t testing.TB, p sdk.Policy, day sdk.Date) {
	c, err := p.Catalog(context.Background(), day)
	if err != nil {
		t.Fatalf("Catalog: %v", err)
	}
	for _, it := range c.Items {
		if !it.Validity.Contains(day) {
			t.Errorf("catalog item %s returned for %s but valid only %s", it.Code, day, it.Validity)
		}
	}
	for _, s := range c.PilotSites {
		if !s.Validity.Contains(day) {
			t.Errorf("pilot site %s returned for %s but valid only %s", s.Code, day, s.Validity)
		}
	}
}

// sampleDomain picks a domain the region accepts: its first domain-like catalog entry.
func sampleDomain(d *sdk.Description) string {
	for _, it := range d.Catalog {
		if it.Kind == "domain" || it.Kind == "service-area" {
			if len(it.SharedCodes) > 0 {
				return it.SharedCodes[0]
			}
			return it.TermZh
		}
	}
	if len(d.Catalog) > 0 {
		return d.Catalog[0].TermZh
	}
	return "DOM-MENTAL"
}

func sampleProjects(n int, domain string) []sdk.ProjectSpec {
	out := make([]sdk.ProjectSpec, n)
	for i := range out {
		posts := i % 4
		out[i] = sdk.ProjectSpec{
			Domain: domain, Headcount: i + 1, ProfessionalPosts: &posts, Months: 12,
			Budget: []sdk.BudgetLine{
				{Category: sdk.BudgetLabor, Amount: sdk.Yuan(int64(80000 * (i + 1)))},
				{Category: sdk.BudgetActivities, Amount: sdk.Yuan(int64(5000 * (i % 7)))},
			},
			Workers:      sampleWorkers(i%5 + 1),
			PurchaseMode: []string{"", sdk.PurchasePost, sdk.PurchaseProject}[i%3],
			Evaluations:  sampleEvaluations(i),
		}
	}
	return out
}

// sampleEvaluations varies evaluations across projects: not given, none held, one, two.
func sampleEvaluations(i int) []sdk.EvaluationSpec {
	day := sdk.MustDate("2022-06-30")
	switch i % 4 {
	case 0:
		return nil
	case 1:
		return []sdk.EvaluationSpec{}
	case 2:
		return []sdk.EvaluationSpec{{Kind: sdk.EvaluationProfessional, Rating: sdk.RatingExcellent, EvaluatedOn: &day}}
	}
	return []sdk.EvaluationSpec{{Kind: sdk.EvaluationPerformance, Rating: sdk.RatingGood, EvaluatedOn: &day}, {Kind: sdk.EvaluationSelf}}
}

func sampleWorkers(n int) []sdk.WorkerSpec {
	out := make([]sdk.WorkerSpec, n)
	for i := range out {
		age, hours := 25+i*4, 20+i*10
		out[i] = sdk.WorkerSpec{Age: &age, Education: sdk.EducationLevels[3+i%5],
			Certificate:          []sdk.CertificateLevel{sdk.CertificateNone, sdk.CertificateAssistant, sdk.CertificateIntermediate}[i%3],
			TrainingHoursPerYear: &hours, Major: "社会工作"}
	}
	return out
}

func sampleSubjects(domain string) []sdk.Subject {
	ps := sampleProjects(6, domain)
	var out []sdk.Subject
	for i := range ps {
		q, m, yes := i, i%3, i%2 == 0
		ws := sampleWorkers(i + 1)
		out = append(out,
			sdk.Subject{Project: &ps[i]},
			sdk.Subject{Station: &sdk.StationSpec{Township: fmt.Sprintf("镇%d", i), Workers: ws}},
			sdk.Subject{Organization: &sdk.OrganizationSpec{FullTimeStaff: 3 * (i + 1), QualifiedStaff: &q, PartyMembers: &m, HasPartyOrganization: &yes,
				Disclosures: sampleDisclosures(i), HasBoard: &yes, HasSupervisoryBoard: []*bool{nil, &yes}[i%2]}},
			sdk.Subject{Worker: &ws[i]},
		)
	}
	return out
}

// sampleDisclosures varies an organisation's disclosures: not given, nothing disclosed, some.
func sampleDisclosures(i int) []string {
	switch i % 3 {
	case 0:
		return nil
	case 1:
		return []string{}
	}
	return []string{"年度财务报告", "组织机构", "薪酬管理制度"}
}

// checkBatches feeds distinct subjects one by one and as one batch: results must match
// subject by subject, in order.
func checkBatches(t testing.TB, p sdk.Policy, d *sdk.Description, domain string, day sdk.Date) {
	ctx := context.Background()
	ps := sampleProjects(24, domain)
	batch, err := p.Budget(ctx, day, ps)
	if err != nil {
		t.Fatalf("Budget: %v", err)
	}
	if len(batch) != len(ps) {
		t.Fatalf("Budget returned %d results for %d projects", len(batch), len(ps))
	}
	for i := range ps {
		one, err := p.Budget(ctx, day, ps[i:i+1])
		if err != nil {
			t.Fatalf("Budget of project %d alone: %v", i, err)
		}
		if !reflect.DeepEqual(one[0], batch[i]) {
			t.Errorf("project %d: result in a batch differs from alone:\n batch %+v\n alone %+v", i, batch[i], one[0])
		}
		checkFindings(t, d, fmt.Sprintf("budget project %d", i), batch[i].Findings)
	}
	subjects := sampleSubjects(domain)
	sbatch, err := p.Staffing(ctx, day, subjects)
	if err != nil {
		t.Fatalf("Staffing: %v", err)
	}
	if len(sbatch) != len(subjects) {
		t.Fatalf("Staffing returned %d results for %d subjects", len(sbatch), len(subjects))
	}
	for i := range subjects {
		one, err := p.Staffing(ctx, day, subjects[i:i+1])
		if err != nil {
			t.Fatalf("Staffing of subject %d alone: %v", i, err)
		}
		if !reflect.DeepEqual(one[0], sbatch[i]) {
			t.Errorf("subject %d (%s): result in a batch differs from alone", i, subjects[i].Kind())
		}
		checkFindings(t, d, fmt.Sprintf("staffing subject %d (%s)", i, subjects[i].Kind()), sbatch[i].Findings)
	}
}

var statuses = []sdk.FindingStatus{sdk.StatusPass, sdk.StatusFail, sdk.StatusNotApplicable, sdk.StatusInsufficientInput, sdk.StatusNotInForce}

func checkFindings(t testing.TB, d *sdk.Description, what string, fs []sdk.Finding) {
	for _, f := range fs {
		w := what + " finding " + f.RuleID
		if !slices.ContainsFunc(d.Rules, func(r sdk.Rule) bool { return r.ID == f.RuleID }) {
			t.Errorf("%s: rule id not in Describe's rules", w)
		}
		if f.Region != d.Region.Code {
			t.Errorf("%s: region %q, want %q", w, f.Region, d.Region.Code)
		}
		if !slices.Contains(statuses, f.Status) {
			t.Errorf("%s: unknown status %q", w, f.Status)
		}
		if f.MessageZh == "" || f.MessageEn == "" {
			t.Errorf("%s: needs messages in Chinese and English", w)
		}
		if f.Citation.Quote == "" {
			t.Errorf("%s: citation has no quote", w)
		}
	}
}

func checkBadInput(t testing.TB, p sdk.Policy, domain string, day sdk.Date) {
	ctx := context.Background()
	good := sampleProjects(1, domain)[0]
	bad := map[string]sdk.ProjectSpec{}
	neg := good
	neg.Headcount = -1
	bad["negative headcount"] = neg
	huge := good
	huge.Headcount = 1_000_000_000
	bad["headcount 10^9"] = huge
	unknown := good
	unknown.Domain = "DOM-NO-SUCH-DOMAIN-42"
	bad["unknown domain"] = unknown
	cat := good
	cat.Budget = []sdk.BudgetLine{{Category: "BRIBES", Amount: 1}}
	bad["unknown budget category"] = cat
	money := good
	money.Budget = []sdk.BudgetLine{{Category: sdk.BudgetLabor, Amount: -100}}
	bad["negative amount"] = money
	mode := good
	mode.PurchaseMode = "SERVICE"
	bad["unknown purchase mode"] = mode
	ev := good
	ev.Evaluations = []sdk.EvaluationSpec{{Kind: sdk.EvaluationProfessional}, {Kind: "AUDIT"}}
	bad["unknown evaluation kind"] = ev
	for name, pr := range bad {
		res, err := p.Budget(ctx, day, []sdk.ProjectSpec{good, pr, good})
		if err != nil {
			t.Errorf("%s: the whole batch failed (%v); want Invalid on that project only", name, err)
			continue
		}
		if res[1].Invalid == nil || res[1].Invalid.Field == "" || res[1].Invalid.Message == "" {
			t.Errorf("%s: want Invalid with field and message, got %+v", name, res[1])
		}
		if res[0].Invalid != nil || res[2].Invalid != nil {
			t.Errorf("%s: a bad project spoiled its neighbours: %+v", name, res)
		}
	}
	res, err := p.Staffing(ctx, day, []sdk.Subject{{}, {Project: &good, Worker: &sdk.WorkerSpec{}}})
	if err != nil || len(res) != 2 || res[0].Invalid == nil || res[1].Invalid == nil {
		t.Errorf("subjects with no shape or two shapes: want Invalid, got %+v, %v", res, err)
	}
	age := -3
	res, err = p.Staffing(ctx, day, []sdk.Subject{{Worker: &sdk.WorkerSpec{Age: &age}}})
	if err != nil || res[0].Invalid == nil {
		t.Errorf("negative age: want Invalid, got %+v, %v", res, err)
	}
	// Over MaxBatch a plugin refuses the call; a host splits it instead. Either way every
	// answer is accounted for and nothing crashes.
	if res, err := p.Budget(ctx, day, make([]sdk.ProjectSpec, sdk.MaxBatch+1)); err == nil && len(res) != sdk.MaxBatch+1 {
		t.Errorf("a batch of MaxBatch+1 projects returned %d results", len(res))
	}
	if _, err := p.Budget(ctx, sdk.Date{}, []sdk.ProjectSpec{good}); err == nil {
		t.Errorf("a zero asOf was accepted")
	}
	// The policy must still answer after all that.
	if _, err := p.Budget(ctx, day, []sdk.ProjectSpec{good}); err != nil {
		t.Errorf("policy broken after bad input: %v", err)
	}
}

// checkNotInForce evaluates outside every document's validity: no rule may apply, and the
// result must say NOT_IN_FORCE rather than pass or fail silently.
func checkNotInForce(t testing.TB, p sdk.Policy, d *sdk.Description, domain string) {
	var days []sdk.Date
	bounded := func(get func(sdk.Validity) sdk.Date) bool {
		return !slices.ContainsFunc(d.Documents, func(doc sdk.Document) bool { return get(doc.Validity).IsZero() })
	}
	if bounded(func(v sdk.Validity) sdk.Date { return v.From }) {
		days = append(days, farPast)
	}
	if bounded(func(v sdk.Validity) sdk.Date { return v.To }) {
		days = append(days, farFuture)
	}
	if len(days) == 0 {
		t.Skip("a document has an open-ended validity at both ends")
	}
	ctx := context.Background()
	for _, day := range days {
		var all []sdk.Finding
		bres, err := p.Budget(ctx, day, sampleProjects(3, domain))
		if err != nil {
			t.Fatalf("Budget on %s: %v", day, err)
		}
		for _, r := range bres {
			all = append(all, r.Findings...)
			if r.Requirement != nil {
				t.Errorf("Budget on %s (no document in force) sets a requirement %+v", day, r.Requirement)
			}
		}
		sres, err := p.Staffing(ctx, day, sampleSubjects(domain))
		if err != nil {
			t.Fatalf("Staffing on %s: %v", day, err)
		}
		for _, r := range sres {
			all = append(all, r.Findings...)
		}
		notInForce := 0
		for _, f := range all {
			switch f.Status {
			case sdk.StatusNotInForce:
				notInForce++
			case sdk.StatusNotApplicable:
			default:
				t.Errorf("on %s no document is in force, but rule %s says %s", day, f.RuleID, f.Status)
			}
		}
		if notInForce == 0 {
			t.Errorf("on %s no document is in force, but no finding says NOT_IN_FORCE", day)
		}
	}
}

// overlap reports whether two validity windows share a day (a zero end is open).
func overlap(a, b sdk.Validity) bool {
	endsBefore := func(x, y sdk.Validity) bool { return !x.To.IsZero() && !y.From.IsZero() && x.To.Before(y.From) }
	return !endsBefore(a, b) && !endsBefore(b, a)
}
