package seed_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/budgetline"
	"github.com/shegong/shegong/ent/contractorreport"
	"github.com/shegong/shegong/ent/organization"
	"github.com/shegong/shegong/ent/performanceevaluation"
	"github.com/shegong/shegong/ent/project"
	"github.com/shegong/shegong/ent/projectfiling"
	"github.com/shegong/shegong/ent/region"
	"github.com/shegong/shegong/ent/socialworker"
	"github.com/shegong/shegong/ent/station"
	"github.com/shegong/shegong/ent/trainingrecord"
	"github.com/shegong/shegong/internal/creditcode"
	"github.com/shegong/shegong/internal/seed"
	"github.com/shegong/shegong/internal/testdb"
)

// dump renders the seeded data canonically (no ids or timestamps), so two
// runs can be compared byte for byte.
func dump(t *testing.T, c *ent.Client) string {
	t.Helper()
	ctx := context.Background()
	var b strings.Builder
	for _, r := range c.Region.Query().WithParent().Order(region.ByCode()).AllX(ctx) {
		p := ""
		if r.Edges.Parent != nil {
			p = r.Edges.Parent.Code
		}
		fmt.Fprintf(&b, "region %s %s %s %s %s parent=%s\n", r.Code, r.NameZh, r.NameEn, r.Level, r.AdminCode, p)
	}
	for _, o := range c.Organization.Query().Order(organization.ByUnifiedSocialCreditCode()).AllX(ctx) {
		fmt.Fprintf(&b, "org %d %s %s %s %v %d %d %d %v\n", o.ID, o.UnifiedSocialCreditCode, o.Name, o.RegistrationLevel, o.Grade, o.FullTimeStaff, o.QualifiedStaff, o.PartyMembers, o.HasPartyOrganization)
		fmt.Fprintf(&b, "  facts %s %s %s %s %s %s disclosures=%s board=%s supervisory=%s\n", opt(o.RegisteredDirectly), opt(o.Category), opt(o.OperatesWithinCommunity), list(o.RegistrationConditions), opt(o.PartyOrganizationMode), opt(o.AnnualInspection),
			list(o.Disclosures), opt(o.HasBoard), opt(o.HasSupervisoryBoard))
	}
	for _, w := range c.SocialWorker.Query().WithOrganization().WithTrainingRecords(func(q *ent.TrainingRecordQuery) {
		q.Order(trainingrecord.ByDate(), trainingrecord.ByHours(), trainingrecord.ByTitle())
	}).Order(socialworker.ByID()).AllX(ctx) {
		fmt.Fprintf(&b, "worker %s %s %s %s %s %v %v org=%s\n", w.Name, w.BirthDate.Format("2006-01-02"), w.Education, w.Major, w.CertificateLevel, w.LocalHukou, w.PartyMember, w.Edges.Organization.UnifiedSocialCreditCode)
		fmt.Fprintf(&b, "  facts %s %s %s %s %s %s %s %s\n", day(w.HiredOn), opt(w.PlatformFiled), opt(w.RecruitedViaPlatform), opt(w.LaborContract), opt(w.PaidMonthly), list(w.SocialInsurance), opt(w.EmployedByContractor), opt(w.TrainedBeforeService))
		for _, tr := range w.Edges.TrainingRecords {
			fmt.Fprintf(&b, "  training %d %s %s %s %s\n", tr.Hours, tr.Unit, tr.Date.Format("2006-01-02"), tr.Kind, tr.Title)
		}
	}
	for _, s := range c.Station.Query().WithWorkers().Order(station.ByID()).AllX(ctx) {
		fmt.Fprintf(&b, "station %s %s %s %v workers=%d agreed=%s systems=%s\n", s.Name, s.Township, s.County, s.Facilities, len(s.Edges.Workers), opt(s.AgreedHeadcount), list(s.Systems))
	}
	for _, p := range c.Project.Query().WithBudgetLines(func(q *ent.BudgetLineQuery) { q.Order(budgetline.ByCategory()) }).
		WithEvaluations().WithWorkers(func(q *ent.SocialWorkerQuery) { q.Order(socialworker.ByID()) }).
		WithFilings(func(q *ent.ProjectFilingQuery) { q.Order(projectfiling.ByID()) }).
		WithReports(func(q *ent.ContractorReportQuery) { q.Order(contractorreport.ByID()) }).
		Order(project.ByID()).AllX(ctx) {
		fmt.Fprintf(&b, "project %d %s %s %s %s %s..%s %d/%d workers=%d\n", p.ID, p.Name, p.Purchaser, p.Domain, p.PurchaseMode, p.StartsOn.Format("2006-01-02"), p.EndsOn.Format("2006-01-02"), p.ProfessionalPosts, p.Headcount, len(p.Edges.Workers))
		fmt.Fprintf(&b, "  facts %s/%s parties=%s clauses=%s spec=%s %s %s sources=%s year=%s level=%s %s %s %s %s\n",
			opt(p.PurchaserLevel), opt(p.PurchaserType), opt(p.ContractParties), list(p.ContractClauses), list(p.Specification),
			opt(p.ProcurementMethod), opt(p.ProcurementException), list(p.FundingSources), opt(p.FundingYear), opt(p.ServiceLevel),
			day(p.EstablishedOn), day(p.LibraryApprovedOn), day(p.BudgetDeclaredOn), opt(p.LocalPackageStandard))
		for _, f := range p.Edges.Filings {
			fmt.Fprintf(&b, "  filing %s %s %s\n", f.Document, opt(f.FiledWith), day(f.FiledOn))
		}
		for _, r := range p.Edges.Reports {
			fmt.Fprintf(&b, "  report %s %s\n", r.Kind, day(r.SubmittedOn))
		}
		for _, l := range p.Edges.BudgetLines {
			fmt.Fprintf(&b, "  line %s %d\n", l.Category, l.Amount)
		}
		for _, e := range p.Edges.Evaluations {
			fmt.Fprintf(&b, "  eval %s %v %v %s\n", e.Kind, e.Rating, *e.Score, e.EvaluatedOn.Format("2006-01-02"))
		}
	}
	return b.String()
}

// opt renders an optional value, "nil" when not given.
func opt[T any](p *T) string {
	if p == nil {
		return "nil"
	}
	return fmt.Sprint(*p)
}

// list renders a list, keeping nil (not given) apart from [] (none).
func list[T any](l []T) string {
	if l == nil {
		return "nil"
	}
	b, _ := json.Marshal(l)
	return string(b)
}

func day(t *time.Time) string {
	if t == nil {
		return "nil"
	}
	return t.Format(time.DateOnly)
}

func TestSeedIsDeterministic(t *testing.T) {
	ctx := context.Background()
	dumps := map[testdb.Kind]string{}
	for _, k := range testdb.Kinds {
		t.Run(string(k), func(t *testing.T) {
			var runs [2]string
			for i := range runs {
				db := testdb.Open(t, k)
				if err := seed.Generate(ctx, db.Client, 2, testdb.Logger()); err != nil {
					t.Fatal(err)
				}
				runs[i] = dump(t, db.Client)
			}
			if runs[0] != runs[1] {
				t.Fatal("two seeds of empty databases differ")
			}
			dumps[k] = runs[0]
		})
	}
	if len(dumps) == 2 && dumps[testdb.SQLite] != dumps[testdb.Postgres] {
		t.Error("SQLite and PostgreSQL seeds differ")
	}
}

func TestSeedContent(t *testing.T) {
	ctx := context.Background()
	db := testdb.Open(t, testdb.SQLite)
	c := db.Client
	if err := seed.DemoIfEmpty(ctx, c, testdb.Logger()); err != nil {
		t.Fatal(err)
	}
	// Loading again into a non-empty database does nothing.
	if err := seed.DemoIfEmpty(ctx, c, testdb.Logger()); err != nil {
		t.Fatal(err)
	}
	if n := c.Organization.Query().CountX(ctx); n != seed.OrgsPerRegion*len(seed.Regions) {
		t.Errorf("organisations = %d after two DemoIfEmpty, want %d", n, seed.OrgsPerRegion*len(seed.Regions))
	}
	zz := c.Region.Query().Where(region.Code("zhuzhou")).WithParent().OnlyX(ctx)
	if zz.Edges.Parent == nil || zz.Edges.Parent.Code != "hunan" || zz.AdminCode != "430200" {
		t.Errorf("zhuzhou: parent %v admin code %s", zz.Edges.Parent, zz.AdminCode)
	}
	for _, o := range c.Organization.Query().AllX(ctx) {
		if err := creditcode.Validate(o.UnifiedSocialCreditCode); err != nil {
			t.Errorf("%s: %v", o.Name, err)
		}
		if !o.Synthetic || !strings.HasSuffix(o.Name, "（示例）") {
			t.Errorf("%s: not marked synthetic", o.Name)
		}
	}
	// Shenzhen packages sit near the 163,000 yuan per person-year floor.
	for _, p := range c.Project.Query().Where(project.HasRegionWith(region.Code("shenzhen"))).WithBudgetLines().AllX(ctx) {
		var total int64
		for _, l := range p.Edges.BudgetLines {
			total += l.Amount
		}
		perPerson := total / 100 / int64(p.Headcount)
		if perPerson < 155000 || perPerson > 180000 {
			t.Errorf("%s: %d yuan per person-year, want near 163000", p.Name, perPerson)
		}
	}
	// Shenzhen's measures require project purchase for contracts from 2020-11-12, and every
	// demo contract is later: the demo's Shenzhen projects are all PROJECT.
	szModes := func() map[project.PurchaseMode]int {
		out := map[project.PurchaseMode]int{}
		for _, p := range c.Project.Query().Where(project.HasRegionWith(region.Code("shenzhen"))).AllX(ctx) {
			out[p.PurchaseMode]++
			if p.ContractSignedOn == nil || p.ContractSignedOn.Before(time.Date(2020, 11, 12, 0, 0, 0, 0, time.UTC)) {
				t.Errorf("%s: contract signed %v, want a date from 2020-11-12", p.Name, p.ContractSignedOn)
			}
		}
		return out
	}
	if m := szModes(); m[project.PurchaseModePOST] != 0 || m[project.PurchaseModePROJECT] != seed.ProjectsPerRegion {
		t.Errorf("demo Shenzhen purchase modes %v, want all %d PROJECT", m, seed.ProjectsPerRegion)
	}
	// Clause 十四 asks for a professional and a performance evaluation within the service cycle
	// (contract date for cycle_years): szEvaluated counts the Shenzhen projects holding both.
	szEvaluated := func() (complete, total int) {
		for _, p := range c.Project.Query().Where(project.HasRegionWith(region.Code("shenzhen"))).WithEvaluations().AllX(ctx) {
			end := p.ContractSignedOn.AddDate(p.CycleYears, 0, -1)
			in := map[performanceevaluation.Kind]bool{}
			for _, e := range p.Edges.Evaluations {
				if !e.EvaluatedOn.Before(*p.ContractSignedOn) && !e.EvaluatedOn.After(end) {
					in[e.Kind] = true
				}
			}
			total++
			if in[performanceevaluation.KindPROFESSIONAL] && in[performanceevaluation.KindPERFORMANCE] {
				complete++
			}
		}
		return complete, total
	}
	if n, total := szEvaluated(); n != total || total != seed.ProjectsPerRegion {
		t.Errorf("demo Shenzhen projects with both evaluations in the cycle: %d of %d, want all %d", n, total, seed.ProjectsPerRegion)
	}
	// A second unit continues with fresh credit codes.
	if err := seed.Generate(ctx, c, 1, testdb.Logger()); err != nil {
		t.Fatalf("second unit: %v", err)
	}
	// A third makes ten Shenzhen projects and more: the tenth is a per-post purchase, so scaled
	// data shows the failing purchase-mode finding too.
	if err := seed.Generate(ctx, c, 1, testdb.Logger()); err != nil {
		t.Fatalf("third unit: %v", err)
	}
	if m := szModes(); m[project.PurchaseModePOST] != 1 || m[project.PurchaseModePROJECT] != 3*seed.ProjectsPerRegion-1 {
		t.Errorf("three units: Shenzhen purchase modes %v, want 1 POST and %d PROJECT", m, 3*seed.ProjectsPerRegion-1)
	}
	// ... and the ninth lacks an evaluation, so scaled data shows a failing evaluation finding.
	if n, total := szEvaluated(); n != total-1 || total != 3*seed.ProjectsPerRegion {
		t.Errorf("three units: Shenzhen projects with both evaluations in the cycle: %d of %d, want all but one", n, total)
	}
	seededFacts(t, c)
}

// seededFacts checks the facts the later rules read, over every unit seeded: they follow the
// documents (internal/e2e runs the rules over them), and none is left "not given" where a
// region's rule reads it.
func seededFacts(t *testing.T, c *ent.Client) {
	t.Helper()
	ctx := context.Background()
	szFrom := time.Date(2020, 11, 12, 0, 0, 0, 0, time.UTC)
	for _, w := range c.SocialWorker.Query().WithRegion().AllX(ctx) {
		if w.HiredOn == nil || w.HiredOn.Before(w.BirthDate.AddDate(21, 0, 0)) || w.LaborContract == nil || !*w.LaborContract ||
			w.PaidMonthly == nil || !*w.PaidMonthly || len(w.SocialInsurance) != 5 || w.EmployedByContractor == nil || w.TrainedBeforeService == nil {
			t.Errorf("worker %s: employment facts %+v", w.Name, w)
		}
		sz := w.Edges.Region.Code == "shenzhen"
		switch {
		case !sz && (w.PlatformFiled != nil || w.RecruitedViaPlatform != nil):
			t.Errorf("worker %s outside Shenzhen has Shenzhen's platform facts", w.Name)
		case sz && (w.PlatformFiled == nil || !*w.PlatformFiled || w.RecruitedViaPlatform == nil || *w.RecruitedViaPlatform != !w.HiredOn.Before(szFrom)):
			t.Errorf("Shenzhen worker %s hired %s: platform filed %v, recruited %v", w.Name, w.HiredOn.Format(time.DateOnly), w.PlatformFiled, w.RecruitedViaPlatform)
		}
	}
	for _, st := range c.Station.Query().WithRegion().WithWorkers().AllX(ctx) {
		scheme := st.Edges.Region.Code == "hunan" || st.Edges.Region.Code == "zhuzhou"
		if st.AgreedHeadcount == nil || *st.AgreedHeadcount != len(st.Edges.Workers) || (len(st.Systems) == 8) != scheme {
			t.Errorf("station %s: agreed %v for %d workers, systems %q", st.Name, st.AgreedHeadcount, len(st.Edges.Workers), st.Systems)
		}
	}
	// Disclosure items per region whose rules read them: Shenzhen's six, Hunan's four, and
	// Zhuzhou's six with Hunan's four (the chain).
	disclosed := map[string]int{"shenzhen": 6, "hunan": 4, "zhuzhou": 10}
	orgs, governed := map[string]int{}, map[string]int{}
	for _, o := range c.Organization.Query().WithRegion().AllX(ctx) {
		county := o.RegistrationLevel == organization.RegistrationLevelCOUNTY
		code := o.Edges.Region.Code
		if o.RegisteredDirectly == nil || o.Category == nil || (string(*o.Category) == "COMMUNITY_SERVICE") != county ||
			(o.PartyOrganizationMode != nil) != o.HasPartyOrganization || o.AnnualInspection == nil ||
			(len(o.RegistrationConditions) == 12) != (code == "zhuzhou") {
			t.Errorf("organisation %s: registration facts %+v", o.Name, o)
		}
		orgs[code]++
		switch {
		case o.Disclosures == nil && o.HasBoard == nil && o.HasSupervisoryBoard == nil:
		case disclosed[code] > 0 && len(o.Disclosures) == disclosed[code] && o.HasBoard != nil && *o.HasBoard &&
			o.HasSupervisoryBoard != nil && *o.HasSupervisoryBoard:
			governed[code]++
		default:
			t.Errorf("%s organisation %s: disclosures %q, board %s, supervisory board %s", code, o.Name, o.Disclosures, opt(o.HasBoard), opt(o.HasSupervisoryBoard))
		}
	}
	// Half of them state their disclosures and boards, half do not say (INSUFFICIENT_INPUT).
	for code, n := range orgs {
		if want := map[bool]int{true: n / 2}[disclosed[code] > 0]; governed[code] != want {
			t.Errorf("%s: %d of %d organisations state disclosures and boards, want %d", code, governed[code], n, want)
		}
	}
	for _, p := range c.Project.Query().WithRegion().WithFilings().WithReports().AllX(ctx) {
		signed := *p.ContractSignedOn
		if p.PurchaserLevel == nil || string(*p.PurchaserLevel) != "COUNTY" || p.PurchaserType == nil || string(*p.PurchaserType) != "CIVIL_AFFAIRS" ||
			p.ContractParties == nil || *p.ContractParties != 2 || p.FundingYear == nil || *p.FundingYear != p.StartsOn.Year() ||
			p.ProcurementMethod == nil || p.ProcurementException != nil || p.LocalPackageStandard != nil ||
			!p.EstablishedOn.Before(*p.LibraryApprovedOn) || p.BudgetDeclaredOn.Before(*p.LibraryApprovedOn) || !p.BudgetDeclaredOn.Before(signed) {
			t.Errorf("project %s: facts %+v", p.Name, p)
		}
		switch r := p.Edges.Region.Code; {
		case r == "zhuzhou" && string(*p.ProcurementMethod) != "OPEN_TENDER":
			t.Errorf("Zhuzhou project %s bought by %s, not by open tender", p.Name, *p.ProcurementMethod)
		case r == "hunan":
			if len(p.ContractClauses) != 7 || len(p.FundingSources) == 0 || p.ServiceLevel == nil || len(p.Edges.Filings) != 3 || len(p.Edges.Reports) != 14 {
				t.Errorf("Hunan station project %s: clauses %q, sources %q, %d filings, %d reports", p.Name, p.ContractClauses, p.FundingSources, len(p.Edges.Filings), len(p.Edges.Reports))
			}
			for _, f := range p.Edges.Filings {
				if f.Document == "政府购买服务协议" && (!f.FiledOn.After(signed) || f.FiledOn.After(signed.AddDate(0, 0, 7))) {
					t.Errorf("Hunan station project %s: agreement signed %s filed %s", p.Name, signed.Format(time.DateOnly), f.FiledOn.Format(time.DateOnly))
				}
			}
		case r == "sichuan" && (len(p.Specification) != 3 || len(p.FundingSources) == 0 || p.ServiceLevel == nil):
			t.Errorf("Sichuan project %s: specification %q, sources %q, level %v", p.Name, p.Specification, p.FundingSources, p.ServiceLevel)
		case r == "shenzhen" && len(p.Specification) != 5:
			t.Errorf("Shenzhen project %s: specification %q", p.Name, p.Specification)
		case r != "hunan" && (len(p.Edges.Filings) != 0 || len(p.Edges.Reports) != 0 || p.ContractClauses != nil):
			t.Errorf("project %s outside Hunan's scheme has Hunan's agreement records", p.Name)
		}
	}
}
