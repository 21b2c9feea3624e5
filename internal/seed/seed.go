// Package seed loads the demo data set: the five built-in regions and a
// deterministic (fixed-seed), realistic but synthetic (示例) set of
// organisations, workers, stations, projects and budgets. The same call on
// an empty database always produces the same rows.
package seed

import (
	"context"
	"fmt"
	"github.com/shegong/shegong/internal/auth"
	"log/slog"
	"math/rand/v2"
	"time"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/budgetline"
	"github.com/shegong/shegong/ent/organization"
	"github.com/shegong/shegong/ent/performanceevaluation"
	"github.com/shegong/shegong/ent/project"
	"github.com/shegong/shegong/ent/socialworker"
	"github.com/shegong/shegong/ent/trainingrecord"
	"github.com/shegong/shegong/internal/audit"
	"github.com/shegong/shegong/internal/creditcode"
)

// Sizes of one unit of demo data per region; Generate's scale multiplies them.
const (
	OrgsPerRegion     = 4
	WorkersPerOrg     = 6
	StationsPerRegion = 3
	ProjectsPerRegion = 4
)

// rngSeed fixes the pseudo-random stream so every run produces the same data.
const rngSeed = 20201112 // SZ-2020 came into force on 2020-11-12

// Shenzhen's 2020 floors in yuan per funded person per year
// (SZ-BUDGET-PACKAGE-MIN / -HIGH-RISK): 16.3万 and 16.9万.
const (
	szFloorYuan         = 163000
	szHighRiskFloorYuan = 169000
	szSupervisionMonth  = 350 // SZ-BUDGET-SUPERVISION-350, yuan per worker per month
)

// IsEmpty reports whether the database holds no regions yet.
func IsEmpty(ctx context.Context, c *ent.Client) (bool, error) {
	exists, err := c.Region.Query().Exist(ctx)
	if err != nil {
		return false, fmt.Errorf("check for existing data: %w", err)
	}
	return !exists, nil
}

// DemoIfEmpty loads one unit of demo data when the database is empty.
func DemoIfEmpty(ctx context.Context, c *ent.Client, logger *slog.Logger) error {
	ctx = auth.Bulk(ctx) // synthetic demo rows: a system write, not audited row by row
	empty, err := IsEmpty(ctx, c)
	if err != nil || !empty {
		return err
	}
	logger.InfoContext(ctx, "empty database: loading the synthetic demo data set (示例数据)")
	return Generate(ctx, c, 1, logger)
}

// Generate adds scale units of synthetic data (and the regions if missing).
// Each unit is written in its own transaction with CreateBulk batches, so a
// large run shows progress and an interrupted run leaves whole units only.
// Units continue after those already present, so running it twice adds
// more data rather than clashing on unique credit codes.
func Generate(ctx context.Context, c *ent.Client, scale int, logger *slog.Logger) error {
	ctx = auth.Bulk(ctx)
	if scale < 1 {
		return fmt.Errorf("scale must be at least 1, got %d", scale)
	}
	regions, err := EnsureRegions(ctx, c)
	if err != nil {
		return err
	}
	existing, err := c.Organization.Query().Where(organization.Synthetic(true)).Count(ctx)
	if err != nil {
		return fmt.Errorf("count synthetic organisations: %w", err)
	}
	first := (existing + OrgsPerRegion*len(Regions) - 1) / (OrgsPerRegion * len(Regions))
	start := time.Now()
	for u := first; u < first+scale; u++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := audit.InTx(ctx, c, func(tx *ent.Client) error { return unit(ctx, tx, regions, u) }); err != nil {
			return fmt.Errorf("seed unit %d: %w", u, err)
		}
		// About twenty progress lines however large the run.
		if done := u - first + 1; scale > 1 && (done%max(1, scale/20) == 0 || done == scale) {
			logger.InfoContext(ctx, "seed progress", "unit", done, "of", scale, "elapsed", time.Since(start).Round(time.Millisecond))
		}
	}
	logger.InfoContext(ctx, "seed done", "units", scale, "duration", time.Since(start).Round(time.Millisecond))
	return nil
}

// gen draws the synthetic values of one unit. facts is a second stream for the facts added
// later (facts.go), so that adding them changed no earlier draw.
type gen struct {
	r     *rand.Rand
	unit  int
	facts *gen
}

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }
func (g *gen) between(lo, hi int) int    { return lo + g.r.IntN(hi-lo+1) }
func (g *gen) chance(p float64) bool     { return g.r.Float64() < p }

func (g *gen) personName() string {
	n := g.pick(surnames) + g.pick(givenChars)
	if g.chance(0.7) {
		n += g.pick(givenChars)
	}
	return n
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// creditCode builds a valid code for a social service organisation
// (登记管理部门 5 民政, 机构类别 2 民办非企业单位) in the given division.
// The organisation-code body is derived from the sequence number, so codes
// are unique and stable.
func creditCode(division string, seq int) (string, error) {
	return creditcode.Build("52", division, fmt.Sprintf("M%07d", seq))
}

func unit(ctx context.Context, c *ent.Client, regions map[string]*ent.Region, u int) error {
	g := &gen{r: rand.New(rand.NewPCG(rngSeed, uint64(u))), unit: u}
	g.facts = &gen{r: rand.New(rand.NewPCG(factsSeed, uint64(u))), unit: u}
	for ri, spec := range Regions {
		if err := regionUnit(ctx, c, g, regions[spec.Code], ri); err != nil {
			return fmt.Errorf("region %s: %w", spec.Code, err)
		}
	}
	return nil
}

func regionUnit(ctx context.Context, c *ent.Client, g *gen, reg *ent.Region, ri int) error {
	place := regionPlaces[reg.Code]
	// Organisations (社会工作服务机构).
	orgBuilders := make([]*ent.OrganizationCreate, OrgsPerRegion)
	for i := range orgBuilders {
		seq := (g.unit*len(Regions)+ri)*OrgsPerRegion + i + 1
		code, err := creditCode(place.Division, seq)
		if err != nil {
			return err
		}
		staff := g.between(8, 60)
		qualified := g.between(staff/4, staff)
		party := g.between(0, min(staff, 12))
		b := c.Organization.Create().
			SetName(fmt.Sprintf("%s%s社会工作服务中心%d（示例）", place.City, g.pick(orgWords), seq)).
			SetUnifiedSocialCreditCode(code).
			SetRegistrationLevel(organization.RegistrationLevel([]string{"CITY", "CITY", "COUNTY"}[g.r.IntN(3)])).
			SetFullTimeStaff(staff).SetQualifiedStaff(qualified).SetPartyMembers(party).
			SetHasPartyOrganization(party >= 3). // 3名以上正式党员 should form a party organisation
			SetSynthetic(true).SetRegion(reg)
		if g.chance(0.6) {
			b.SetGrade(organization.Grade([]string{"GRADE_3A", "GRADE_4A", "GRADE_5A"}[g.r.IntN(3)]))
		}
		orgFacts(g.facts, reg.Code, i, b)
		orgBuilders[i] = b
	}
	orgs, err := c.Organization.CreateBulk(orgBuilders...).Save(ctx)
	if err != nil {
		return fmt.Errorf("create organisations: %w", err)
	}
	// Workers (社会工作者), employed by the organisations.
	var workerBuilders []*ent.SocialWorkerCreate
	for _, o := range orgs {
		for range WorkersPerOrg {
			b := c.SocialWorker.Create().
				SetName(g.personName()).
				SetBirthDate(date(g.between(1968, 2001), time.Month(g.between(1, 12)), g.between(1, 28))).
				SetEducation(socialworker.Education([]string{"SENIOR_HIGH", "ASSOCIATE", "ASSOCIATE", "BACHELOR", "BACHELOR", "BACHELOR", "MASTER"}[g.r.IntN(7)])).
				SetMajor(g.pick(majors)).
				SetCertificateLevel(socialworker.CertificateLevel([]string{"NONE", "ASSISTANT", "ASSISTANT", "ASSISTANT", "INTERMEDIATE", "INTERMEDIATE", "SENIOR"}[g.r.IntN(7)])).
				SetLocalHukou(g.chance(0.6)).SetPartyMember(g.chance(0.3)).
				SetSynthetic(true).SetRegion(reg).SetOrganization(o)
			workerFacts(g.facts, reg.Code, b)
			workerBuilders = append(workerBuilders, b)
		}
	}
	workers, err := c.SocialWorker.CreateBulk(workerBuilders...).Save(ctx)
	if err != nil {
		return fmt.Errorf("create workers: %w", err)
	}
	// Training records (培训记录): Shenzhen counts 学时, others mostly 小时.
	var trainBuilders []*ent.TrainingRecordCreate
	for _, w := range workers {
		for range g.between(1, 3) {
			unit := trainingrecord.UnitHOUR
			if reg.Code == "shenzhen" || g.chance(0.3) {
				unit = trainingrecord.UnitCLASS_HOUR
			}
			trainBuilders = append(trainBuilders, c.TrainingRecord.Create().
				SetWorker(w).SetHours(g.between(4, 40)).SetUnit(unit).
				SetDate(date(g.between(2022, 2025), time.Month(g.between(1, 12)), g.between(1, 28))).
				SetKind(trainingrecord.Kind([]string{"CONTINUING_EDUCATION", "CONTINUING_EDUCATION", "INDUCTION", "SUPERVISION"}[g.r.IntN(4)])).
				SetTitle(g.pick(trainingTitles)).SetProvider(place.City+"社会工作协会（示例）"))
		}
	}
	if _, err := c.TrainingRecord.CreateBulk(trainBuilders...).Save(ctx); err != nil {
		return fmt.Errorf("create training records: %w", err)
	}
	// Stations (乡镇(街道)社会工作服务站), two or three workers each.
	var stationBuilders []*ent.StationCreate
	for i := range StationsPerRegion {
		town := place.Townships[(g.unit*StationsPerRegion+i)%len(place.Townships)]
		n := g.between(2, 4)
		fac := append([]string{}, facilities[:n]...)
		op := orgs[i%len(orgs)]
		var ids []int
		for k := range g.between(2, 3) {
			ids = append(ids, workers[(i*3+k)%len(workers)].ID)
		}
		sb := c.Station.Create().
			SetName(fmt.Sprintf("%s社会工作服务站（示例）", town)).
			SetTownship(town).SetCounty(place.Districts[i%len(place.Districts)]).
			SetFacilities(fac).SetSignText(town + "社会工作服务站").
			SetEstablishedOn(date(g.between(2018, 2021), time.Month(g.between(1, 12)), 1)).
			SetRegion(reg).SetOperator(op).AddWorkerIDs(ids...)
		stationFacts(reg.Code, len(ids), sb)
		stationBuilders = append(stationBuilders, sb)
	}
	if _, err := c.Station.CreateBulk(stationBuilders...).Save(ctx); err != nil {
		return fmt.Errorf("create stations: %w", err)
	}
	return projects(ctx, c, g, reg, orgs, workers)
}

func projects(ctx context.Context, c *ent.Client, g *gen, reg *ent.Region, orgs []*ent.Organization, workers []*ent.SocialWorker) error {
	place := regionPlaces[reg.Code]
	type plan struct {
		headcount, supervised int
		high                  bool
	}
	var (
		builders []*ent.ProjectCreate
		plans    []plan
	)
	for i := range ProjectsPerRegion {
		var domain string
		high := false
		if reg.Code == "shenzhen" {
			d := shenzhenDomains[g.r.IntN(len(shenzhenDomains))]
			domain, high = d.Term, d.High
		} else {
			domain = g.pick(otherDomains[reg.Code])
		}
		headcount := g.between(2, 12)
		prof := headcount
		if g.chance(0.4) {
			prof = max(1, headcount*g.between(7, 10)/10)
		}
		supervised := g.between(prof/2, prof)
		starts := date(g.between(2022, 2025), time.Month(g.between(1, 12)), 1)
		mode := purchaseMode(g, reg.Code, i)
		district := place.Districts[g.r.IntN(len(place.Districts))]
		// Up to four of the funded workers are listed; all of them for a Sichuan post purchase,
		// whose rule (SC-CONTRACT-DELIVERY-MODES) asks whether every post worker was trained
		// before service and cannot tell from part of the team.
		listed := min(headcount, 4)
		if reg.Code == "sichuan" && mode == project.PurchaseModePOST {
			listed = min(headcount, len(workers))
		}
		var ids []int
		for k := range listed {
			ids = append(ids, workers[(i*4+k)%len(workers)].ID)
		}
		pb := c.Project.Create().
			SetName(fmt.Sprintf("%s%s社会工作服务项目（示例）", district, domain)).
			SetPurchaser(district + "民政局").
			SetDomain(domain).SetPurchaseMode(mode).SetCycleYears(g.between(1, 3)).
			SetContractSignedOn(starts.AddDate(0, 0, -g.between(5, 40))).
			SetStartsOn(starts).SetEndsOn(starts.AddDate(1, 0, -1)).
			SetHeadcount(headcount).SetProfessionalPosts(prof).SetSupervisedWorkers(supervised).
			SetNillableProgramme(programmeOf(reg.Code)).
			SetRegion(reg).SetContractor(orgs[g.r.IntN(len(orgs))]).AddWorkerIDs(ids...)
		projectFacts(g.facts, reg.Code, starts, pb)
		builders = append(builders, pb)
		plans = append(plans, plan{headcount, supervised, high})
	}
	projs, err := c.Project.CreateBulk(builders...).Save(ctx)
	if err != nil {
		return fmt.Errorf("create projects: %w", err)
	}
	var lines []*ent.BudgetLineCreate
	var evals []*ent.PerformanceEvaluationCreate
	var filings []*ent.ProjectFilingCreate
	var reports []*ent.ContractorReportCreate
	for i, p := range projs {
		fs, rs := stationProjectRecords(c, g.facts, p)
		filings, reports = append(filings, fs...), append(reports, rs...)
		pl := plans[i]
		for _, l := range budget(g, reg.Code, pl.headcount, pl.supervised, pl.high) {
			lines = append(lines, c.BudgetLine.Create().SetProject(p).SetCategory(l.cat).SetAmount(l.fen).SetNote(l.note))
		}
		e := c.PerformanceEvaluation.Create().SetProject(p).
			SetKind(performanceevaluation.Kind([]string{"PERFORMANCE", "PROFESSIONAL", "MID_TERM"}[g.r.IntN(3)])).
			SetEvaluatedOn(p.StartsOn.AddDate(0, g.between(5, 11), 0)).
			SetEvaluator(g.pick(evaluators))
		score := g.between(62, 96)
		rating := performanceevaluation.RatingQUALIFIED
		switch {
		case score >= 90:
			rating = performanceevaluation.RatingEXCELLENT
		case score >= 80:
			rating = performanceevaluation.RatingGOOD
		}
		evals = append(evals, e.SetScore(score).SetRating(rating))
		evals = append(evals, shenzhenEvaluations(c, g, reg.Code, i, p)...)
	}
	if _, err := c.BudgetLine.CreateBulk(lines...).Save(ctx); err != nil {
		return fmt.Errorf("create budget lines: %w", err)
	}
	if _, err := c.PerformanceEvaluation.CreateBulk(evals...).Save(ctx); err != nil {
		return fmt.Errorf("create evaluations: %w", err)
	}
	if _, err := c.ProjectFiling.CreateBulk(filings...).Save(ctx); err != nil {
		return fmt.Errorf("create filings: %w", err)
	}
	if _, err := c.ContractorReport.CreateBulk(reports...).Save(ctx); err != nil {
		return fmt.Errorf("create contractor reports: %w", err)
	}
	return nil
}

type line struct {
	cat  budgetline.Category
	fen  int64
	note string
}

// budget draws a one-year budget. Shenzhen packages sit near the 16.3万
// (high-risk 16.9万) floor per person per year — some just above, a few
// just below, as in real submissions — with labour at 85–90%.
func budget(g *gen, region string, headcount, supervised int, high bool) []line {
	perPerson := g.between(58000, 95000)
	if region == "shenzhen" {
		floor := szFloorYuan
		if high {
			floor = szHighRiskFloorYuan
		}
		perPerson = floor + g.between(-3000, 9000)
	}
	total := int64(perPerson*headcount) / 100 * 100 * 100 // whole hundreds of yuan, in fen
	laborPct := int64(g.between(85, 90))
	labor := total * laborPct / 100
	supervision := int64(supervised*szSupervisionMonth*12) * 100
	if region != "shenzhen" {
		supervision = int64(supervised*g.between(150, 300)*12) * 100
	}
	rest := total - labor - supervision
	if rest < 0 {
		labor += rest
		rest = 0
	}
	activities := rest * 5 / 10
	management := rest * 2 / 10
	insurance := rest * 2 / 10
	training := rest - activities - management - insurance
	return []line{
		{budgetline.CategoryLABOR, labor, "人员薪酬及社保（示例）"},
		{budgetline.CategorySUPERVISION, supervision, "专业督导费（示例）"},
		{budgetline.CategoryACTIVITIES, activities, "活动经费（示例）"},
		{budgetline.CategoryMANAGEMENT, management, "管理费（示例）"},
		{budgetline.CategoryINSURANCE_TAX, insurance, "税费（示例）"},
		{budgetline.CategoryTRAINING, training, "培训费（示例）"},
	}
}

// programmeOf marks Hunan's demo projects as 禾计划 township-station projects, the only
// projects Hunan's scheme governs; the other regions' are ordinary purchased services.
func programmeOf(region string) *project.Programme {
	if region != "hunan" {
		return nil
	}
	p := project.ProgrammeSTATION
	return &p
}

// purchaseMode draws a project's 购买方式. Shenzhen's measures require project purchase
// (采取项目购买方式) for contracts signed from 2020-11-12, and every demo contract is later, so
// Shenzhen projects are PROJECT except every tenth across units (n%10 == 9, n counting the
// region's projects from the first unit: none of the four demo projects, one in ten with
// `seed --scale`), a per-post purchase that shows the failing finding. It is decided by
// position, not drawn, so the rest of the Shenzhen data stays the same draw for draw.
// Elsewhere both modes are allowed and about 30% buy posts.
func purchaseMode(g *gen, region string, i int) project.PurchaseMode {
	if region == "shenzhen" {
		if n := g.unit*ProjectsPerRegion + i; n%10 == 9 {
			return project.PurchaseModePOST
		}
		return project.PurchaseModePROJECT
	}
	if g.chance(0.3) {
		return project.PurchaseModePOST
	}
	return project.PurchaseModePROJECT
}

// shenzhenEvaluations adds the evaluations Shenzhen's clause 十四 asks for within the service
// cycle — a professional evaluation (专业评估, by the purchasing 民政局) and a performance
// evaluation (履约评价) — besides the one drawn for every project (which may fall after a
// one-year cycle has ended), so that the demo's Shenzhen projects pass those rules. Both are
// dated three months into the service (inside even a one-year cycle, which starts at the
// contract date up to 40 days earlier) and rated GOOD. Every tenth Shenzhen project across
// units (n%10 == 8: none of the four demo projects, one in ten with `seed --scale`) keeps only
// its drawn evaluation, so scaled data shows the failing finding too. Nothing is drawn, so the
// rest of the data stays the same draw for draw.
func shenzhenEvaluations(c *ent.Client, g *gen, region string, i int, p *ent.Project) []*ent.PerformanceEvaluationCreate {
	if region != "shenzhen" || (g.unit*ProjectsPerRegion+i)%10 == 8 {
		return nil
	}
	var out []*ent.PerformanceEvaluationCreate
	for _, k := range []performanceevaluation.Kind{performanceevaluation.KindPROFESSIONAL, performanceevaluation.KindPERFORMANCE} {
		out = append(out, c.PerformanceEvaluation.Create().SetProject(p).SetKind(k).
			SetEvaluatedOn(p.StartsOn.AddDate(0, 3, 0)).SetEvaluator(p.Purchaser).
			SetScore(85).SetRating(performanceevaluation.RatingGOOD))
	}
	return out
}
