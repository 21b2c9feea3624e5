package graph

import (
	"context"
	"fmt"
	"github.com/shegong/shegong/internal/audit"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/evaluate"
	"slices"
	"time"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/assessment"
	"github.com/shegong/shegong/ent/contractorreport"
	"github.com/shegong/shegong/ent/organization"
	"github.com/shegong/shegong/ent/project"
	"github.com/shegong/shegong/ent/projectfiling"
	"github.com/shegong/shegong/ent/schema/schematype"
	"github.com/shegong/shegong/ent/station"
	"github.com/shegong/shegong/ent/trainingrecord"
	"github.com/shegong/shegong/graph/gqlerr"
	"github.com/shegong/shegong/graph/model"
	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// assessable is a kind of stored entity that can be assessed: assessProject, assessStation and
// assessOrganization differ only in how the entity is read and linked, so that they answer,
// refuse and store alike.
type assessable struct {
	field  string // the mutation, named when it is refused
	name   string // the GraphQL type in lower camel case, as in the extension <name>Field
	zh, en string // the entity in messages
	// load reads the entity, with everything its spec needs as of day, inside the mutation's
	// transaction, so the stored assessment describes one consistent state of it.
	load func(ctx context.Context, c *ent.Client, id int, day sdk.Date) (loaded, error)
	link func(a *ent.AssessmentCreate, id int) *ent.AssessmentCreate
	// refuse, when set, names the stored field a user must update before the entity can be
	// assessed (rows written before the model refused them); nil when it can be.
	refuse func(s sdk.Subject) *gqlerror.Error
}

// loaded is what assess reads of the entity it assesses.
type loaded struct {
	region  *ent.Region
	subject sdk.Subject
	// personalRegions are the regions of the workers whose personal data went into subject, each
	// once; empty, not nil, when none did. Stored with the assessment: its findings quote those
	// workers' data, so whoever may not read the data of one of them gets them redacted
	// (canSeeAssessment), even if the worker has moved or left the entity since.
	personalRegions []int
}

var (
	assessableProject = assessable{field: "assessProject", name: "project", zh: "项目", en: "project",
		load: func(ctx context.Context, c *ent.Client, id int, day sdk.Date) (loaded, error) {
			p, err := c.Project.Query().Where(project.ID(id)).
				WithRegion().
				WithBudgetLines().
				WithEvaluations().
				WithFilings(func(q *ent.ProjectFilingQuery) { q.Order(ent.Asc(projectfiling.FieldID)) }).
				WithReports(func(q *ent.ContractorReportQuery) { q.Order(ent.Asc(contractorreport.FieldID)) }).
				WithWorkers(withWorkerFacts).
				Only(ctx)
			if err != nil {
				return loaded{}, err
			}
			regions, err := workerRegions(p.Edges.Workers)
			return loaded{p.Edges.Region, sdk.Subject{Project: ProjectSpec(p, day)}, regions}, err
		},
		link:   (*ent.AssessmentCreate).SetProjectID,
		refuse: refuseStoredProject,
	}
	assessableStation = assessable{field: "assessStation", name: "station", zh: "社工站", en: "station",
		load: func(ctx context.Context, c *ent.Client, id int, day sdk.Date) (loaded, error) {
			st, err := c.Station.Query().Where(station.ID(id)).WithRegion().WithWorkers(withWorkerFacts).Only(ctx)
			if err != nil {
				return loaded{}, err
			}
			regions, err := workerRegions(st.Edges.Workers)
			return loaded{st.Edges.Region, sdk.Subject{Station: StationSpec(st, day)}, regions}, err
		},
		link: (*ent.AssessmentCreate).SetStationID,
	}
	assessableOrganization = assessable{field: "assessOrganization", name: "organization", zh: "机构", en: "organisation",
		load: func(ctx context.Context, c *ent.Client, id int, _ sdk.Date) (loaded, error) {
			o, err := c.Organization.Query().Where(organization.ID(id)).WithRegion().Only(ctx)
			if err != nil {
				return loaded{}, err
			}
			// OrganizationSpec has staff counts, never a worker: nothing personal to protect.
			return loaded{o.Edges.Region, sdk.Subject{Organization: OrganizationSpec(o)}, []int{}}, nil
		},
		link: (*ent.AssessmentCreate).SetOrganizationID,
	}
)

// AssessFrom and AssessTo bound the asOf of a stored assessment. The bounds hold for every
// record alike, so whether an asOf is accepted says nothing about whose data the record holds
// (see WorkerSpec for the ages within them). They cover the policies (the oldest document in
// force is from 2015) with room either side.
var (
	AssessFrom = sdk.NewDate(2000, 1, 1)
	AssessTo   = sdk.NewDate(2099, 12, 31)
)

// assess evaluates a stored entity of kind k under its region (and the region's ancestors) as
// of a date and stores the result, linked to the entity.
func (r *Resolver) assess(ctx context.Context, k assessable, id int, asOf *time.Time) (*ent.Assessment, error) {
	svc, err := r.evaluator()
	if err != nil {
		return nil, err
	}
	today := evaluate.Today()
	day, err := asOfDate(asOf)
	if err != nil {
		return nil, err
	}
	if day.Before(AssessFrom) || day.After(AssessTo) {
		return nil, gqlerr.BadInput("asOf", fmt.Sprintf("评估基准日须在 %s 至 %s 之间 / an assessment's asOf must lie between %s and %s",
			AssessFrom, AssessTo, AssessFrom, AssessTo))
	}
	c := r.tx(ctx)
	target, err := k.load(ctx, c, id, day)
	if err != nil {
		return nil, fmt.Errorf("assess %s %d: %w", k.en, id, err)
	}
	rg := target.region
	v := auth.ViewerOf(ctx)
	if !v.CanWriteRegionID(rg.ID) {
		// Checked before the plugins are asked; the privacy policy of Assessment checks again.
		return nil, forbidden(fmt.Sprintf("%s：%s所属地区 %s 不在令牌范围内 / the %s's region %s is outside the token's scope", k.field, k.zh, rg.Code, k.en, rg.Code), nil)
	}
	if asOf != nil && day != today && !readsPersonalOfAll(v, target.personalRegions) {
		// The findings' statuses are not redacted: a rule over a worker's age, assessed on days of
		// the caller's choosing, would locate the birth date by bisection. Today's verdict tells
		// one bit a day, as any verdict must. Decided by the workers' regions alone (not personal
		// data), so the refusal is the same whoever the workers are.
		return nil, forbidden(fmt.Sprintf("asOf: %s只能以今天（中国时间）为基准日：以其他日期评估须有权读取该%s每名社工的个人信息 / "+
			"%s may assess only as of today (in China): assessing on another day needs permission to read the personal data of every worker of this %s",
			k.field, k.zh, k.field, k.en), map[string]any{"field": "asOf"})
	}
	if k.refuse != nil {
		if e := k.refuse(target.subject); e != nil {
			return nil, e
		}
	}
	ev, err := svc.Evaluate(ctx, rg.Code, target.subject, day)
	if err != nil {
		if ie, ok := err.(*sdk.InputError); ok {
			// The region cannot read the stored entity (e.g. a domain term it does not
			// know): that is the entity's data, reached through the id argument.
			return nil, gqlerr.New(gqlerr.BadUserInput,
				fmt.Sprintf("id: %s数据无法评估 / the stored %s cannot be evaluated: %s", k.zh, k.en, ie.Error()),
				map[string]any{"field": "id", k.name + "Field": ie.Field, "accepted": ie.Accepted})
		}
		return nil, fmt.Errorf("assess %s %d: %w", k.en, id, err)
	}
	if ev.Error != nil {
		// A stored assessment with a region missing would read as a verdict; refuse instead,
		// and store nothing.
		return nil, &host.UnavailableError{Region: ev.Error.Region, Cause: fmt.Errorf("%s", ev.Error.Message)}
	}
	refs := refsOf(ev.EvaluatedBy, pluginNames(svc.Host()))
	return k.link(c.Assessment.Create(), id).
		SetAsOf(day.Time()).
		SetStatus(assessment.Status(ev.Status)).
		SetFindings(findingsOf(ev.Findings)).
		SetPluginRefs(refs).
		SetPersonalRegionIds(target.personalRegions).
		Save(ctx)
}

// refuseStoredProject refuses a stored project the rules cannot read, naming the stored field
// to update: a headcount of 0 (the old default; the model now requires 1 or more) or more linked
// workers than the headcount (the model now refuses the link). Counts only, never a worker's data.
func refuseStoredProject(s sdk.Subject) *gqlerror.Error {
	p := s.Project
	if p.Headcount < 1 {
		return gqlerr.New(gqlerr.BadUserInput,
			"headcount: 所存项目的购买岗位总数为 0，请先更新（updateProject）/ the stored project's headcount is 0; update it (updateProject)",
			map[string]any{"field": "headcount", "projectField": "project.headcount"})
	}
	if len(p.Workers) > p.Headcount {
		return gqlerr.New(gqlerr.BadUserInput,
			"workers: 所存项目所列社工多于购买岗位总数 headcount，请提高 headcount 或移除社工（updateProject）/ the stored project links more workers than its headcount; raise headcount or remove workers (updateProject)",
			map[string]any{"field": "workers", "projectField": "project.workers"})
	}
	return nil
}

// withWorkerFacts loads what an assessment reads of a worker: its CLASS_HOUR training records,
// the ones WorkerSpec counts, and its region, for workerRegions (one query for all workers).
func withWorkerFacts(q *ent.SocialWorkerQuery) {
	q.WithTrainingRecords(func(t *ent.TrainingRecordQuery) {
		t.Where(trainingrecord.UnitEQ(trainingrecord.UnitCLASS_HOUR))
	}).WithRegion()
}

// workerRegions returns the region ids of workers loaded by withWorkerFacts, sorted, each once;
// empty, not nil, without workers.
func workerRegions(workers []*ent.SocialWorker) ([]int, error) {
	ids := make([]int, 0, len(workers))
	for _, w := range workers {
		rg, err := w.Edges.RegionOrErr()
		if err != nil {
			return nil, fmt.Errorf("region of worker %d: %w", w.ID, err)
		}
		ids = append(ids, rg.ID)
	}
	slices.Sort(ids)
	return slices.Compact(ids), nil
}

// ProjectSpec builds the subject the rules see from a stored project (loaded with its evaluations,
// filings, reports, budget lines and its workers with their CLASS_HOUR training records), as of
// day:
//
//   - months: the service period starts_on..ends_on in whole months, a started month
//     counting as a month (a partial month is still staffed and paid), so at least 1; not
//     given (read as 12) when the period is unknown;
//   - purchase mode and programme: as stored (the mode is required in the model, so a stored
//     project never leaves it "not given");
//   - budget: nil when the project has no budget lines (not given), else every line;
//   - evaluations: every stored evaluation (kind, rating, date), and an empty list — "none
//     made", not "not given" — when there are none: the record of evaluations is the
//     project's own, so its absence is a fact the evaluation rules may fail on;
//   - filings and contractor reports: like evaluations, every stored one (in the order they
//     were recorded), and an empty list — "nothing filed / submitted" — when there are none;
//   - procurement, agreement and funding facts (purchaser level and type, contract parties and
//     clauses, specification, procurement method and exception, funding sources and year,
//     service level, the establishment, library and budget dates, the local package standard):
//     as stored, NULL staying "not given" and a stored empty list staying "none"; the purchaser
//     is not given when neither its level nor its type is;
//   - workers: see WorkerSpec.
func ProjectSpec(p *ent.Project, day sdk.Date) *sdk.ProjectSpec {
	posts := p.ProfessionalPosts
	cycle := p.CycleYears
	spec := &sdk.ProjectSpec{
		Domain:            p.Domain,
		Headcount:         p.Headcount,
		ProfessionalPosts: &posts,
		SupervisedWorkers: p.SupervisedWorkers,
		Months:            serviceMonths(p.StartsOn, p.EndsOn),
		CycleYears:        &cycle,
		PurchaseMode:      string(p.PurchaseMode), // required in the model, so always given
	}
	if p.Programme != nil {
		spec.Programme = string(*p.Programme)
	}
	if p.ContractSignedOn != nil {
		d := sdk.DateOf(*p.ContractSignedOn)
		spec.ContractSignedOn = &d
	}
	spec.Evaluations = make([]sdk.EvaluationSpec, 0, len(p.Edges.Evaluations))
	for _, e := range p.Edges.Evaluations {
		ev := sdk.EvaluationSpec{Kind: string(e.Kind)}
		if e.Rating != nil {
			ev.Rating = string(*e.Rating)
		}
		if !e.EvaluatedOn.IsZero() {
			d := sdk.DateOf(e.EvaluatedOn)
			ev.EvaluatedOn = &d
		}
		spec.Evaluations = append(spec.Evaluations, ev)
	}
	if len(p.Edges.BudgetLines) > 0 {
		for _, l := range p.Edges.BudgetLines {
			spec.Budget = append(spec.Budget, sdk.BudgetLine{Category: sdk.BudgetCategory(l.Category), Amount: sdk.Fen(l.Amount)})
		}
	}
	spec.Filings = make([]sdk.FilingSpec, 0, len(p.Edges.Filings))
	for _, f := range p.Edges.Filings {
		spec.Filings = append(spec.Filings, sdk.FilingSpec{Document: f.Document, FiledWith: enumOf(f.FiledWith), FiledOn: dateOf(f.FiledOn)})
	}
	spec.Reports = make([]sdk.ReportSpec, 0, len(p.Edges.Reports))
	for _, r := range p.Edges.Reports {
		spec.Reports = append(spec.Reports, sdk.ReportSpec{Kind: string(r.Kind), SubmittedOn: dateOf(r.SubmittedOn)})
	}
	if p.PurchaserLevel != nil || p.PurchaserType != nil {
		spec.Purchaser = &sdk.PurchaserSpec{Level: enumOf(p.PurchaserLevel), Type: enumOf(p.PurchaserType)}
	}
	spec.ContractParties = p.ContractParties
	spec.ContractClauses = slices.Clone(p.ContractClauses)
	spec.Specification = slices.Clone(p.Specification)
	spec.ProcurementMethod = enumOf(p.ProcurementMethod)
	spec.ProcurementException = enumOf(p.ProcurementException)
	spec.FundingSources = slices.Clone(p.FundingSources)
	spec.FundingYear = p.FundingYear
	spec.ServiceLevel = enumOf(p.ServiceLevel)
	spec.EstablishedOn = dateOf(p.EstablishedOn)
	spec.LibraryApprovedOn = dateOf(p.LibraryApprovedOn)
	spec.BudgetDeclaredOn = dateOf(p.BudgetDeclaredOn)
	spec.LocalPackageStandard = fenOf(p.LocalPackageStandard)
	for _, w := range p.Edges.Workers {
		spec.Workers = append(spec.Workers, WorkerSpec(w, day))
	}
	return spec
}

// WorkerSpec builds the worker the rules see from a stored worker (loaded with its CLASS_HOUR
// training records), as of day: certificate, education, major, hukou, party membership, age
// from the birth date at day and on the hire date when there is one (unknown without a birth date), both
// held to 0..sdk.MaxAge, and training as the sum of 学时
// (CLASS_HOUR, not clock hours) in the 12 months up to and including day — a worker with no
// class-hour records at all has training "not given" rather than 0, since the absence of
// records is more often missing data than missing training; and the employment facts (hire
// date, platform filing and recruitment, labour contract, monthly pay, social insurances,
// employer, training before service) as stored, NULL staying "not given" and a stored empty
// list of insurances staying "none".
func WorkerSpec(w *ent.SocialWorker, day sdk.Date) sdk.WorkerSpec {
	ws := sdk.WorkerSpec{
		Education:   sdk.Education(w.Education),
		Major:       w.Major,
		Certificate: sdk.CertificateLevel(w.CertificateLevel),
		LocalHukou:  &w.LocalHukou,
		PartyMember: &w.PartyMember,

		HiredOn:              dateOf(w.HiredOn),
		PlatformFiled:        w.PlatformFiled,
		RecruitedViaPlatform: w.RecruitedViaPlatform,
		LaborContract:        w.LaborContract,
		PaidMonthly:          w.PaidMonthly,
		SocialInsurance:      schematype.Strings(w.SocialInsurance),
		EmployedByContractor: w.EmployedByContractor,
		TrainedBeforeService: w.TrainedBeforeService,
	}
	if w.BirthDate != nil {
		// Held to the range the rules accept, so that no asOf makes the stored worker an invalid
		// subject: a day before the birth date (age below 0) or past sdk.MaxAge would otherwise be
		// refused, and a refusal would tell whoever assesses the record — an operator of the
		// station's region, who may not read a worker from another region, assessing as of today
		// (assess refuses it other days) — something of the birth date. Age rules set
		// thresholds well inside the range, so a held age answers them as the real one does.
		age := min(max(sdk.DateOf(*w.BirthDate).AgeOn(day), 0), sdk.MaxAge)
		ws.Age = &age
		if ws.HiredOn != nil { // for age limits on recruitment (HN-STAFF-AGE-MAX-40)
			hired := min(max(sdk.DateOf(*w.BirthDate).AgeOn(*ws.HiredOn), 0), sdk.MaxAge)
			ws.AgeWhenHired = &hired
		}
	}
	if len(w.Edges.TrainingRecords) > 0 {
		from := day.AddDate(-1, 0, 1) // the 12 months ending on day, both ends inclusive
		hours := 0
		for _, t := range w.Edges.TrainingRecords {
			if d := sdk.DateOf(t.Date); !d.Before(from) && !d.After(day) {
				hours += t.Hours
			}
		}
		ws.TrainingHoursPerYear = &hours
	}
	return ws
}

// StationSpec builds the station the rules see from a stored station (loaded with its workers
// and their CLASS_HOUR training records), as of day: township, facilities, the agreed headcount
// and the systems as stored (NULL staying "not given", [] "none"), and every worker as
// WorkerSpec.
func StationSpec(st *ent.Station, day sdk.Date) *sdk.StationSpec {
	spec := &sdk.StationSpec{
		Township:        st.Township,
		Facilities:      slices.Clone(st.Facilities),
		AgreedHeadcount: st.AgreedHeadcount,
		Systems:         slices.Clone(st.Systems),
	}
	for _, w := range st.Edges.Workers {
		spec.Workers = append(spec.Workers, WorkerSpec(w, day))
	}
	return spec
}

// OrganizationSpec builds the organisation the rules see from a stored one: staff counts, party
// organisation, registration level as stored, and the registration and governance facts
// (direct registration, category, work inside communities, registration conditions, party
// organisation mode, annual inspection, disclosures, board and supervisory board) with NULL
// staying "not given" and a stored empty list staying "none" (nothing disclosed).
func OrganizationSpec(o *ent.Organization) *sdk.OrganizationSpec {
	qualified, party, hasParty := o.QualifiedStaff, o.PartyMembers, o.HasPartyOrganization
	return &sdk.OrganizationSpec{
		FullTimeStaff:           o.FullTimeStaff,
		QualifiedStaff:          &qualified,
		PartyMembers:            &party,
		HasPartyOrganization:    &hasParty,
		RegistrationLevel:       string(o.RegistrationLevel),
		RegisteredDirectly:      o.RegisteredDirectly,
		Category:                enumOf(o.Category),
		OperatesWithinCommunity: o.OperatesWithinCommunity,
		RegistrationConditions:  slices.Clone(o.RegistrationConditions),
		PartyOrganizationMode:   enumOf(o.PartyOrganizationMode),
		AnnualInspection:        enumOf(o.AnnualInspection),
		Disclosures:             slices.Clone(o.Disclosures),
		HasBoard:                o.HasBoard,
		HasSupervisoryBoard:     o.HasSupervisoryBoard,
	}
}

// serviceMonths counts the months of starts..ends (inclusive), rounding a started month up;
// nil (not given) when the period is unknown.
func serviceMonths(starts, ends time.Time) *int {
	if starts.IsZero() || ends.IsZero() || ends.Before(starts) {
		return nil
	}
	n := sdk.DateOf(starts).MonthsThrough(sdk.DateOf(ends))
	return &n
}

// reloadPlugin restarts a region's plugin and re-syncs its policy tables. Admins only (Guard
// refuses everyone else first).
func (r *Resolver) reloadPlugin(ctx context.Context, region string) (*model.PluginStatus, error) {
	if !auth.FromContext(ctx).IsAdmin() {
		return nil, forbiddenRole(auth.ViewerOf(ctx), "reloadPlugin")
	}
	svc, err := r.evaluator()
	if err != nil {
		return nil, err
	}
	if err := r.knownRegion("region", region); err != nil {
		return nil, err
	}
	// A restarted process cannot be rolled back: the entry is written first, so that no
	// reload happens without one (an unreachable database refuses it as UNAVAILABLE); a
	// reload that then fails adds the operation's error entry (graph/server).
	if err := audit.Write(ctx, r.client, audit.Entry{Action: "reloadPlugin", EntityType: "Plugin",
		Changes: map[string]any{"region": region}, Outcome: audit.OK}); err != nil {
		return nil, err
	}
	h := svc.Host()
	if err := h.Reload(ctx, region); err != nil {
		return nil, fmt.Errorf("reload plugin: %w", err)
	}
	r.cfg.Logger.InfoContext(ctx, "plugin reloaded through GraphQL", "region", region)
	if r.cfg.AfterReload != nil {
		if err := r.cfg.AfterReload(ctx, region); err != nil {
			return nil, fmt.Errorf("re-sync policy tables of %s after reload: %w", region, err)
		}
	}
	for _, st := range h.Status() {
		if st.Region == region {
			out := pluginStatusOf(st)
			if err := r.withReplicas(ctx, []*model.PluginStatus{out}); err != nil {
				return nil, err
			}
			return out, nil
		}
	}
	return nil, fmt.Errorf("reload plugin: region %s has no status after reload", region)
}
