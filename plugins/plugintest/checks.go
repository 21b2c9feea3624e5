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
	t.subtest("evaluate", func(t tester) { checkEvaluate(t, p, domain, today) })
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
		posts, months := i%4, 12
		out[i] = sdk.ProjectSpec{
			Domain: domain, Headcount: i + 1, ProfessionalPosts: &posts, Months: &months,
			Budget: []sdk.BudgetLine{
				{Category: sdk.BudgetLabor, Amount: sdk.Yuan(int64(80000 * (i + 1)))},
				{Category: sdk.BudgetActivities, Amount: sdk.Yuan(int64(5000 * (i % 7)))},
			},
			Workers:      sampleWorkers(i%5 + 1),
			PurchaseMode: []string{"", sdk.PurchasePost, sdk.PurchaseProject}[i%3],
			Programme:    []string{"", "", "", sdk.ProgrammeStation, sdk.ProgrammePartyMassCentre}[i%5],
			Evaluations:  sampleEvaluations(i),
		}
		addProjectFacts(&out[i], i)
	}
	return out
}

// addProjectFacts varies a project's procurement, filing and reporting facts: not given
// (i%3 == 0), given as none or the least (1), given in full (2).
func addProjectFacts(p *sdk.ProjectSpec, i int) {
	day := func(s string) *sdk.Date { d := sdk.MustDate(s); return &d }
	n := func(v int) *int { return &v }
	fen := func(f sdk.Fen) *sdk.Fen { return &f }
	switch i % 3 {
	case 1:
		p.Purchaser = &sdk.PurchaserSpec{}
		p.ContractParties = n(2)
		p.ContractClauses, p.Specification, p.FundingSources = []string{}, []string{}, []string{}
		p.ProcurementMethod = sdk.ProcurementSingleSource
		p.FundingYear = n(2019)
		p.ServiceLevel = sdk.LevelCounty
		p.Filings, p.Reports = []sdk.FilingSpec{}, []sdk.ReportSpec{}
		p.LocalPackageStandard = fen(0)
	case 2:
		p.Purchaser = &sdk.PurchaserSpec{Level: sdk.AdminLevels[i%len(sdk.AdminLevels)], Type: sdk.PurchaserTypes[i%len(sdk.PurchaserTypes)]}
		p.ContractParties = n(3)
		p.ContractClauses = []string{"服务内容", "目标任务", "服务期限", "资金支付方式", "违约责任"}
		p.Specification = []string{"需求调查", "岗位数量", "服务标准", "服务评价标准", "承接主体资格条件"}
		p.ProcurementMethod = sdk.ProcurementMethods[i%len(sdk.ProcurementMethods)]
		p.ProcurementException = sdk.ProcurementExceptions[i%len(sdk.ProcurementExceptions)]
		p.FundingSources = []string{"福彩公益金", "财政预算经费"}
		p.FundingYear = n(2022)
		p.ServiceLevel = sdk.LevelTownship
		p.Filings = []sdk.FilingSpec{
			{Document: "政府购买服务协议", FiledWith: sdk.LevelCounty, FiledOn: day("2022-02-01")},
			{Document: "年度实施计划", FiledWith: sdk.LevelCity},
		}
		p.Reports = []sdk.ReportSpec{
			{Kind: sdk.ReportMonthlyBrief, SubmittedOn: day("2022-02-05")},
			{Kind: sdk.ReportMidTerm, SubmittedOn: day("2022-07-01")},
			{Kind: sdk.ReportFinal},
		}
		p.EstablishedOn, p.LibraryApprovedOn, p.BudgetDeclaredOn = day("2021-10-01"), day("2021-11-01"), day("2021-09-01")
		p.ContractSignedOn = day("2022-01-10")
		p.LocalPackageStandard = fen(sdk.Yuan(163000))
	}
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
		// Employment facts: not given, given as none / no, given in full.
		switch i % 3 {
		case 1:
			no := false
			hired := sdk.MustDate("2021-03-01")
			w := &out[i]
			w.HiredOn, w.SocialInsurance = &hired, []string{}
			w.PlatformFiled, w.RecruitedViaPlatform, w.LaborContract, w.PaidMonthly = &no, &no, &no, &no
			w.EmployedByContractor, w.TrainedBeforeService = &no, &no
		case 2:
			yes := true
			hired := sdk.MustDate("2019-09-01")
			w := &out[i]
			w.HiredOn, w.SocialInsurance = &hired, slices.Clone(sdk.SocialInsurances)
			w.PlatformFiled, w.RecruitedViaPlatform, w.LaborContract, w.PaidMonthly = &yes, &yes, &yes, &yes
			w.EmployedByContractor, w.TrainedBeforeService = &yes, &yes
		}
	}
	return out
}

func sampleSubjects(domain string) []sdk.Subject {
	ps := sampleProjects(6, domain)
	var out []sdk.Subject
	for i := range ps {
		q, m, yes := i, i%3, i%2 == 0
		ws := sampleWorkers(i + 1)
		st := &sdk.StationSpec{Township: fmt.Sprintf("镇%d", i), Workers: ws}
		org := &sdk.OrganizationSpec{FullTimeStaff: 3 * (i + 1), QualifiedStaff: &q, PartyMembers: &m, HasPartyOrganization: &yes,
			Disclosures: sampleDisclosures(i), HasBoard: &yes, HasSupervisoryBoard: []*bool{nil, &yes}[i%2]}
		switch i % 3 { // station and organisation facts: not given, none, in full
		case 1:
			agreed := 0
			st.AgreedHeadcount, st.Systems = &agreed, []string{}
			org.RegistrationLevel, org.RegisteredDirectly, org.Category = sdk.LevelCounty, &yes, sdk.CategoryOther
			org.OperatesWithinCommunity, org.RegistrationConditions = &yes, []string{}
			org.AnnualInspection = sdk.InspectionNotInspected
		case 2:
			agreed := i + 1
			st.AgreedHeadcount = &agreed
			st.Systems = []string{"人员管理制度", "服务对象数据库", "服务档案"}
			org.RegistrationLevel = sdk.GovernmentLevels[i%len(sdk.GovernmentLevels)]
			org.RegisteredDirectly, org.OperatesWithinCommunity = &yes, &yes
			org.Category = sdk.OrganizationCategories[i%len(sdk.OrganizationCategories)]
			org.RegistrationConditions = []string{"内部治理结构", "固定住所", "专职工作人员"}
			org.PartyOrganizationMode = sdk.PartyOrganizationModes[i%len(sdk.PartyOrganizationModes)]
			org.AnnualInspection = sdk.AnnualInspectionResults[i%len(sdk.AnnualInspectionResults)]
		}
		out = append(out,
			sdk.Subject{Project: &ps[i]},
			sdk.Subject{Station: st},
			sdk.Subject{Organization: org},
			sdk.Subject{Worker: &ws[i]},
			sdk.Subject{Government: sampleGovernment(i)},
		)
	}
	return out
}

// sampleGovernment varies a government across levels, with its facts not given (i%3 == 0),
// given as none or nothing yet (1), or given in full (2).
func sampleGovernment(i int) *sdk.GovernmentSpec {
	g := &sdk.GovernmentSpec{Level: sdk.GovernmentLevels[i%len(sdk.GovernmentLevels)], Name: fmt.Sprintf("单位%d", i)}
	n := func(v int) *int { return &v }
	b := func(v bool) *bool { return &v }
	day := func(s string) *sdk.Date { d := sdk.MustDate(s); return &d }
	switch i % 3 {
	case 1:
		g.Townships, g.TownshipsWithStation, g.SocialWorkers, g.PrivateSocialWorkOrganizations = n(12), n(0), n(0), n(0)
		g.HasIndustryAssociation, g.HasIncubator, g.IsPilot = b(false), b(false), b(false)
		g.PilotCounties, g.PilotTownships = n(0), n(0)
		g.Catalog = &sdk.GuidanceCatalogSpec{ItemLevels: []string{}}
		g.Acts = []sdk.GovernmentActSpec{}
	case 2:
		fen := sdk.Yuan(80000)
		g.Townships, g.TownshipsWithStation, g.SocialWorkers, g.PrivateSocialWorkOrganizations = n(20), n(20), n(400), n(5)
		g.HasIndustryAssociation, g.HasIncubator, g.IsPilot = b(true), b(true), b(true)
		g.PilotCounties, g.PilotTownships, g.PackageStandard = n(3), n(5), &fen
		g.Catalog = &sdk.GuidanceCatalogSpec{CompletedOn: day("2018-06-30"), PublishedOn: day("2018-07-15"),
			ItemLevels: []string{sdk.LevelCounty, sdk.LevelTownship, sdk.LevelVillage}}
		g.Acts = []sdk.GovernmentActSpec{
			{Kind: sdk.ActAnnualPlan, On: day("2019-02-01"), Authority: sdk.LevelProvince, Sections: []string{"项目背景", "项目目标", "实施内容"}},
			{Kind: sdk.ActProgressReport, On: day("2019-12-20"), Authority: sdk.LevelProvince},
			{Kind: sdk.ActSelfEvaluation, On: day("2020-01-10")},
			{Kind: sdk.ActInspection, On: day("2020-06-01"), Authority: sdk.LevelProvince},
		}
	}
	return g
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

// checkEvaluate checks that Evaluate (protocol revision 1.1: every kind of rule in one call,
// findings sent as tables) answers what Budget and Staffing answer, for projects and every
// other kind of subject.
func checkEvaluate(t testing.TB, p sdk.Policy, domain string, day sdk.Date) {
	e, ok := p.(sdk.Evaluator)
	if !ok || !e.Evaluates() {
		t.Skip("the policy does not serve Evaluate")
	}
	ctx := context.Background()
	var subjects []sdk.Subject
	for _, pr := range sampleProjects(12, domain) {
		subjects = append(subjects, sdk.Subject{Project: &pr})
	}
	subjects = append(subjects, sampleSubjects(domain)...)
	got, err := e.Evaluate(ctx, day, subjects, nil)
	if err != nil {
		t.Fatalf("Evaluate: %v", err)
	}
	want, err := sdk.EvaluateSeparately(ctx, p, day, subjects)
	if err != nil {
		t.Fatalf("Budget and Staffing: %v", err)
	}
	if len(got) != len(subjects) {
		t.Fatalf("Evaluate returned %d results for %d subjects", len(got), len(subjects))
	}
	for i := range subjects {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("subject %d (%s): Evaluate differs from Budget and Staffing:\n evaluate %+v\n per kind %+v", i, subjects[i].Kind(), got[i], want[i])
		}
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
	proc := good
	proc.ProcurementMethod = "AUCTION"
	bad["unknown procurement method"] = proc
	filing := good
	filing.Filings = []sdk.FilingSpec{{Document: "政府购买服务协议", FiledWith: "NATION"}}
	bad["unknown filing authority"] = filing
	report := good
	report.Reports = []sdk.ReportSpec{{Kind: "WEEKLY"}}
	bad["unknown report kind"] = report
	pkg := good
	minus := sdk.Fen(-1)
	pkg.LocalPackageStandard = &minus
	bad["negative local package standard"] = pkg
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
	goodGov := sdk.Subject{Government: sampleGovernment(2)}
	more, negative := 21, -1
	for name, s := range map[string]sdk.Subject{
		"government without level":         {Government: &sdk.GovernmentSpec{Name: "无级别"}},
		"government level TOWNSHIP":        {Government: &sdk.GovernmentSpec{Level: sdk.LevelTownship}},
		"unknown government act kind":      {Government: &sdk.GovernmentSpec{Level: sdk.LevelCity, Acts: []sdk.GovernmentActSpec{{Kind: "MEMO"}}}},
		"more stations than townships":     {Government: func() *sdk.GovernmentSpec { g := *goodGov.Government; g.TownshipsWithStation = &more; return &g }()},
		"negative pilot townships":         {Government: &sdk.GovernmentSpec{Level: sdk.LevelCounty, PilotTownships: &negative}},
		"unknown catalogue item level":     {Government: &sdk.GovernmentSpec{Level: sdk.LevelCity, Catalog: &sdk.GuidanceCatalogSpec{ItemLevels: []string{"GALAXY"}}}},
		"unknown social insurance":         {Worker: &sdk.WorkerSpec{SocialInsurance: []string{"HOUSING_FUND"}}},
		"blank station system":             {Station: &sdk.StationSpec{Systems: []string{" "}}},
		"unknown organisation category":    {Organization: &sdk.OrganizationSpec{Category: "SPORTS"}},
		"registration level TOWNSHIP":      {Organization: &sdk.OrganizationSpec{RegistrationLevel: sdk.LevelTownship}},
		"unknown annual inspection result": {Organization: &sdk.OrganizationSpec{AnnualInspection: "PASSED"}},
	} {
		res, err := p.Staffing(ctx, day, []sdk.Subject{goodGov, s, goodGov})
		if err != nil {
			t.Errorf("%s: the whole batch failed (%v); want Invalid on that subject only", name, err)
			continue
		}
		if len(res) != 3 || res[1].Invalid == nil || res[1].Invalid.Field == "" || res[1].Invalid.Message == "" {
			t.Errorf("%s: want Invalid with field and message, got %+v", name, res)
			continue
		}
		if res[0].Invalid != nil || res[2].Invalid != nil {
			t.Errorf("%s: a bad subject spoiled its neighbours: %+v", name, res)
		}
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
