package graph

import (
	"context"
	"errors"
	"fmt"
	"github.com/shegong/shegong/internal/auth"
	"slices"
	"time"

	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/sqljson"

	"github.com/shegong/shegong/ent/assessment"
	"github.com/shegong/shegong/ent/schema/schematype"
	"github.com/shegong/shegong/graph/gqlerr"
	"github.com/shegong/shegong/graph/model"
	"github.com/shegong/shegong/internal/evaluate"
	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/plugins/sdk"
)

// MaxScenarios caps compareBatch. Evaluate batches every scenario into one plugin call per
// region, so the cost is in the response size: 10,000 scenarios × 5 regions is already a
// response of tens of megabytes.
const MaxScenarios = 10000

// evaluator returns the evaluation service, or an INTERNAL error when the server was built
// without one (graph tests of the plain domain model).
func (r *Resolver) evaluator() (*evaluate.Service, error) {
	if r.cfg.Evaluator == nil {
		return nil, errors.New("policy evaluation is not configured on this server")
	}
	return r.cfg.Evaluator, nil
}

// asOfDate turns the optional asOf argument into a policy date; the zero date means
// "today in China" to the evaluate package.
func asOfDate(asOf *time.Time) (sdk.Date, error) {
	if asOf == nil {
		return evaluate.Today(), nil
	}
	d := sdk.DateOf(*asOf)
	if err := sdk.ValidAsOf(d); err != nil {
		return sdk.Date{}, gqlerr.BadInput("asOf", err.Error())
	}
	return d, nil
}

func dateOf(t *time.Time) *sdk.Date {
	if t == nil {
		return nil
	}
	d := sdk.DateOf(*t)
	return &d
}

// subjectOf converts the GraphQL subject into the SDK's; it does not judge it (the regions
// do, and answer with a field path that the presenter turns into BAD_USER_INPUT). Every list
// keeps the caller's distinction between omitted (nil: not given) and [] (non-nil, empty:
// none), which the rules answer differently (INSUFFICIENT_INPUT vs a verdict).
func subjectOf(in *model.SubjectInput) sdk.Subject {
	if in == nil {
		return sdk.Subject{}
	}
	return sdk.Subject{
		Project:      projectOf(in.Project),
		Station:      stationOf(in.Station),
		Organization: organizationOf(in.Organization),
		Worker:       workerPtrOf(in.Worker),
		Government:   governmentOf(in.Government),
	}
}

func projectOf(p *model.ProjectSpecInput) *sdk.ProjectSpec {
	if p == nil {
		return nil
	}
	return &sdk.ProjectSpec{
		Domain: p.Domain, Headcount: p.Headcount, ProfessionalPosts: p.ProfessionalPosts,
		SupervisedWorkers: p.SupervisedWorkers, ContractSignedOn: dateOf(p.ContractSignedOn),
		Months: p.Months, CycleYears: p.CycleYears,
		Programme: enumOf(p.Programme), PurchaseMode: enumOf(p.PurchaseMode),
		Budget:      mapList(p.Budget, budgetLineOf), // [] is "a budget with no lines", not "no budget given"
		Workers:     mapList(p.Workers, workerOf),
		Evaluations: mapList(p.Evaluations, evaluationSpecOf), // [] is "none made", not "not given"

		Purchaser: purchaserOf(p.Purchaser), ContractParties: p.ContractParties,
		ContractClauses: slices.Clone(p.ContractClauses), Specification: slices.Clone(p.Specification),
		ProcurementMethod: enumOf(p.ProcurementMethod), ProcurementException: enumOf(p.ProcurementException),
		FundingSources: slices.Clone(p.FundingSources), FundingYear: p.FundingYear,
		ServiceLevel:  enumOf(p.ServiceLevel),
		Filings:       mapList(p.Filings, filingOf),
		Reports:       mapList(p.Reports, contractorReportOf),
		EstablishedOn: dateOf(p.EstablishedOn), LibraryApprovedOn: dateOf(p.LibraryApprovedOn),
		BudgetDeclaredOn: dateOf(p.BudgetDeclaredOn), LocalPackageStandard: fenOf(p.LocalPackageStandard),
	}
}

func budgetLineOf(l *model.BudgetLineInput) sdk.BudgetLine {
	return sdk.BudgetLine{Category: sdk.BudgetCategory(l.Category), Amount: sdk.Fen(l.Amount)}
}

func evaluationSpecOf(e *model.EvaluationSpecInput) sdk.EvaluationSpec {
	return sdk.EvaluationSpec{Kind: string(e.Kind), Rating: enumOf(e.Rating), EvaluatedOn: dateOf(e.EvaluatedOn)}
}

func purchaserOf(p *model.PurchaserInput) *sdk.PurchaserSpec {
	if p == nil {
		return nil
	}
	return &sdk.PurchaserSpec{Level: enumOf(p.Level), Type: enumOf(p.Type)}
}

func filingOf(f *model.FilingInput) sdk.FilingSpec {
	return sdk.FilingSpec{Document: f.Document, FiledWith: enumOf(f.FiledWith), FiledOn: dateOf(f.FiledOn)}
}

func contractorReportOf(r *model.ContractorReportInput) sdk.ReportSpec {
	return sdk.ReportSpec{Kind: string(r.Kind), SubmittedOn: dateOf(r.SubmittedOn)}
}

func stationOf(st *model.StationSpecInput) *sdk.StationSpec {
	if st == nil {
		return nil
	}
	return &sdk.StationSpec{
		Township: deref(st.Township), Workers: mapList(st.Workers, workerOf), Facilities: slices.Clone(st.Facilities),
		AgreedHeadcount: st.AgreedHeadcount, Systems: slices.Clone(st.Systems),
	}
}

func organizationOf(o *model.OrganizationSpecInput) *sdk.OrganizationSpec {
	if o == nil {
		return nil
	}
	return &sdk.OrganizationSpec{
		FullTimeStaff: o.FullTimeStaff, QualifiedStaff: o.QualifiedStaff, PartyMembers: o.PartyMembers,
		HasPartyOrganization: o.HasPartyOrganization, RegistrationLevel: enumOf(o.RegistrationLevel),
		RegisteredDirectly: o.RegisteredDirectly, Category: enumOf(o.Category),
		OperatesWithinCommunity: o.OperatesWithinCommunity, RegistrationConditions: slices.Clone(o.RegistrationConditions),
		PartyOrganizationMode: enumOf(o.PartyOrganizationMode), AnnualInspection: enumOf(o.AnnualInspection),
		Disclosures: slices.Clone(o.Disclosures), // [] is "nothing disclosed", not "not given"
		HasBoard:    o.HasBoard, HasSupervisoryBoard: o.HasSupervisoryBoard,
	}
}

func workerPtrOf(w *model.WorkerSpecInput) *sdk.WorkerSpec {
	if w == nil {
		return nil
	}
	spec := workerOf(w)
	return &spec
}

func workerOf(w *model.WorkerSpecInput) sdk.WorkerSpec {
	return sdk.WorkerSpec{
		Age: w.Age, BirthDate: dateOf(w.BirthDate), Education: sdk.Education(enumOf(w.Education)),
		Major: deref(w.Major), Certificate: sdk.CertificateLevel(enumOf(w.Certificate)),
		LocalHukou: w.LocalHukou, PartyMember: w.PartyMember, TrainingHoursPerYear: w.TrainingHoursPerYear,

		HiredOn: dateOf(w.HiredOn), AgeWhenHired: w.AgeWhenHired, PlatformFiled: w.PlatformFiled, RecruitedViaPlatform: w.RecruitedViaPlatform,
		LaborContract: w.LaborContract, PaidMonthly: w.PaidMonthly,
		SocialInsurance:      enumList(w.SocialInsurance), // [] is "none enrolled", not "not given"
		EmployedByContractor: w.EmployedByContractor, TrainedBeforeService: w.TrainedBeforeService,
	}
}

func governmentOf(g *model.GovernmentSpecInput) *sdk.GovernmentSpec {
	if g == nil {
		return nil
	}
	return &sdk.GovernmentSpec{
		Level: string(g.Level), Name: deref(g.Name),
		Townships: g.Townships, TownshipsWithStation: g.TownshipsWithStation, SocialWorkers: g.SocialWorkers,
		PrivateSocialWorkOrganizations:     g.PrivateSocialWorkOrganizations,
		OrganizationsWithPartyOrganization: g.OrganizationsWithPartyOrganization,
		HasIndustryAssociation:             g.HasIndustryAssociation, HasIncubator: g.HasIncubator, IsPilot: g.IsPilot,
		PilotCounties: g.PilotCounties, PilotTownships: g.PilotTownships,
		PackageStandard: fenOf(g.PackageStandard),
		Catalog:         guidanceCatalogOf(g.Catalog),
		Acts:            mapList(g.Acts, governmentActOf), // [] is "none on record", not "not given"
	}
}

func guidanceCatalogOf(c *model.GuidanceCatalogInput) *sdk.GuidanceCatalogSpec {
	if c == nil {
		return nil
	}
	return &sdk.GuidanceCatalogSpec{CompletedOn: dateOf(c.CompletedOn), PublishedOn: dateOf(c.PublishedOn), ItemLevels: enumList(c.ItemLevels)}
}

func governmentActOf(a *model.GovernmentActInput) sdk.GovernmentActSpec {
	return sdk.GovernmentActSpec{Kind: string(a.Kind), On: dateOf(a.On), Authority: enumOf(a.Authority), Sections: slices.Clone(a.Sections)}
}

// mapList converts every element of a list input; nil (omitted) stays nil and [] stays a
// non-nil empty slice.
func mapList[In, Out any](in []In, f func(In) Out) []Out {
	if in == nil {
		return nil
	}
	out := make([]Out, 0, len(in))
	for _, v := range in {
		out = append(out, f(v))
	}
	return out
}

// enumList converts a list of enum values to their names, keeping nil apart from [].
func enumList[T ~string](in []T) []string {
	return mapList(in, func(v T) string { return string(v) })
}

// enumOf is an optional enum's name, "" (not given) when omitted.
func enumOf[T ~string](p *T) string {
	if p == nil {
		return ""
	}
	return string(*p)
}

// fenOf converts an optional Money input (integer fen) to the SDK's amount.
func fenOf(p *int64) *sdk.Fen {
	if p == nil {
		return nil
	}
	f := sdk.Fen(*p)
	return &f
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func optFen(f *sdk.Fen) *int64 {
	if f == nil {
		return nil
	}
	v := int64(*f)
	return &v
}

// findingsOf converts SDK findings into the stored/GraphQL form (the same type an Assessment
// keeps, so a stored assessment reads exactly like a live evaluation).
func findingsOf(in []sdk.Finding) []schematype.Finding {
	out := make([]schematype.Finding, 0, len(in))
	for _, f := range in {
		out = append(out, schematype.Finding{
			RuleID: f.RuleID, Region: f.Region, Concept: optString(f.Concept),
			Status: schematype.FindingStatus(f.Status), Actual: optString(f.Actual),
			Required: optString(f.Required), Remedy: optString(f.Remedy),
			MessageZh: f.MessageZh, MessageEn: f.MessageEn,
			Citation: schematype.Citation{Document: f.Citation.Document, Title: f.Citation.Title, Clause: f.Citation.Clause, Quote: f.Citation.Quote},
		})
	}
	return out
}

// pluginNames maps region → plugin name (builtin:<region> or the external file name), so a
// PluginRef says which binary answered, not only its version.
func pluginNames(h *host.Host) map[string]string {
	names := map[string]string{}
	for _, st := range h.Status() {
		if st.Region != "" {
			names[st.Region] = st.Name
		}
	}
	return names
}

func refsOf(in []host.PluginRef, names map[string]string) []schematype.PluginRef {
	out := make([]schematype.PluginRef, 0, len(in))
	for _, r := range in {
		out = append(out, schematype.PluginRef{Region: r.Region, Plugin: names[r.Region], PluginVersion: r.Version, RulesetHash: r.RulesetHash})
	}
	return out
}

func ptrs[T any](in []T) []*T {
	out := make([]*T, len(in))
	for i := range in {
		out[i] = &in[i]
	}
	return out
}

// evaluationOf converts one evaluation for GraphQL.
func evaluationOf(ev *evaluate.Evaluation, names map[string]string) *model.Evaluation {
	out := &model.Evaluation{
		Region: ev.Region, AsOf: ev.AsOf.Time(), Status: assessment.Status(ev.Status),
		Findings:    ptrs(findingsOf(ev.Findings)),
		EvaluatedBy: ptrs(refsOf(ev.EvaluatedBy, names)),
	}
	if b := ev.Budget; b != nil {
		out.Budget = &model.BudgetRequirement{
			MinimumTotal: optFen(b.MinimumTotal), MinimumLabor: optFen(b.MinimumLabor),
			MaximumNonLabor: optFen(b.MaximumNonLabor), SupervisionFund: optFen(b.SupervisionFund),
		}
	}
	if e := ev.Error; e != nil {
		out.Error = &model.PluginError{Code: e.Code, Region: e.Region, Message: e.Message}
	}
	if ev.Reform != nil {
		out.Reform = make([]*model.ParameterOverride, len(ev.Reform))
		for i, o := range ev.Reform {
			out.Reform[i] = &model.ParameterOverride{Parameter: o.Parameter, Value: o.Value, From: timeOf(o.From), To: timeOf(o.To)}
		}
		out.ReformHash = optString(ev.ReformHash)
	}
	return out
}

// reformOf checks a reform argument against the loaded regions' parameters (evaluate.Service.
// Reform): nil for none, BAD_USER_INPUT naming the override's field for a bad one.
func reformOf(svc *evaluate.Service, in []*model.ParameterOverrideInput) (*host.Reform, error) {
	if len(in) == 0 {
		return nil, nil
	}
	overrides := make([]sdk.Override, len(in))
	for i, o := range in {
		overrides[i] = sdk.Override{Parameter: o.Parameter, Value: o.Value}
		if o.From != nil {
			overrides[i].From = sdk.DateOf(*o.From)
		}
		if o.To != nil {
			overrides[i].To = sdk.DateOf(*o.To)
		}
	}
	return svc.Reform(overrides)
}

// timeOf is an optional date for GraphQL: nil for the zero date (an open end).
func timeOf(d sdk.Date) *time.Time {
	if d.IsZero() {
		return nil
	}
	t := d.Time()
	return &t
}

func pluginStatusOf(st host.PluginStatus) *model.PluginStatus {
	out := &model.PluginStatus{
		Region: st.Region, Name: st.Name, Version: st.Version, State: model.PluginState(st.State),
		Restarts: st.Restarts, LastError: optString(st.LastError), Builtin: st.Builtin,
		RulesetHash: optString(st.RulesetHash), FallbackReason: optString(st.Fallback),
	}
	if st.PID > 0 {
		pid := st.PID
		out.Pid = &pid
	}
	return out
}

// withReplicas fills each status's replicas (which replica serves which version) for an admin;
// for anyone else, or without Config.Replicas, the field stays null.
func (r *Resolver) withReplicas(ctx context.Context, sts []*model.PluginStatus) error {
	if r.cfg.Replicas == nil || !auth.FromContext(ctx).IsAdmin() {
		return nil
	}
	serving, err := r.cfg.Replicas(ctx)
	if err != nil {
		return fmt.Errorf("plugins: replicas: %w", err)
	}
	byRegion := map[string][]*model.PluginReplica{}
	for _, s := range serving {
		byRegion[s.Region] = append(byRegion[s.Region], &model.PluginReplica{
			Replica: s.Replica, Name: s.Name, Version: s.Version, RulesetHash: optString(s.RulesetHash),
			State: model.PluginState(s.State), SeenAt: s.SeenAt,
		})
	}
	for _, st := range sts {
		if st.Region != "" {
			st.Replicas = append([]*model.PluginReplica{}, byRegion[st.Region]...)
		}
	}
	return nil
}

// scenarioSubjects converts compareBatch scenarios, checking what the batch cannot attribute
// to a scenario by itself: the cap, and "exactly one subject kind" with the scenario's path.
func scenarioSubjects(scenarios []*model.ScenarioInput) ([]sdk.Subject, error) {
	if len(scenarios) > MaxScenarios {
		return nil, gqlerr.New(gqlerr.LimitExceeded,
			fmt.Sprintf("scenarios: 至多 %d 个情景 / at most %d scenarios per request, got %d", MaxScenarios, MaxScenarios, len(scenarios)),
			map[string]any{"field": "scenarios", "limit": MaxScenarios})
	}
	subjects := make([]sdk.Subject, len(scenarios))
	for i, sc := range scenarios {
		subjects[i] = subjectOf(sc.Subject)
		if subjects[i].Kind() == "" {
			return nil, &sdk.InputError{Field: fmt.Sprintf("scenarios[%d].subject", i),
				Message: "须且只能给出 project、station、organization、worker、government 之一 / give exactly one of project, station, organization, worker, government"}
		}
	}
	return subjects, nil
}

// ---- validity and region predicates for the policy tables ----

// validOn selects rows in force on d: valid_from null or ≤ d, and valid_to null or ≥ d.
// Both bounds are inclusive (有效期 includes its first and last day).
func validOn(d time.Time) func(*sql.Selector) {
	day := time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
	return func(s *sql.Selector) {
		s.Where(sql.And(
			sql.Or(sql.IsNull(s.C("valid_from")), sql.LTE(s.C("valid_from"), day)),
			sql.Or(sql.IsNull(s.C("valid_to")), sql.GTE(s.C("valid_to"), day)),
		))
	}
}

// sharedCodeIn selects catalogue items whose shared_codes JSON array contains code (works on
// SQLite and PostgreSQL alike through sqljson).
func sharedCodeIn(code string) func(*sql.Selector) {
	return func(s *sql.Selector) {
		s.Where(sqljson.ValueContains(s.C("shared_codes"), code))
	}
}

// knownRegion checks a region argument against the loaded plugins.
func (r *Resolver) knownRegion(field, region string) error {
	if r.cfg.Evaluator == nil {
		return nil
	}
	regions := r.cfg.Evaluator.Regions()
	if !slices.Contains(regions, region) {
		return &sdk.InputError{Field: field, Message: "未知地区 / unknown region", Accepted: regions}
	}
	return nil
}
