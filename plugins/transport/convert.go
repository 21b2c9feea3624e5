package transport

// Conversions between the SDK's plain Go types and the protocol's generated types. They are
// unexported so that region authors never see protobuf; the host reaches the protocol only
// through RemotePolicy, which speaks sdk.Policy.

import (
	"fmt"

	pb "github.com/shegong/shegong/plugins/proto/policyv1"
	"github.com/shegong/shegong/plugins/sdk"
)

// ---- dates ----

func dateToPB(d sdk.Date) string { return d.String() }

func dateFromPB(s, field string) (sdk.Date, error) {
	if s == "" {
		return sdk.Date{}, nil
	}
	d, err := sdk.ParseDate(s)
	if err != nil {
		return sdk.Date{}, fmt.Errorf("%s: %w", field, err)
	}
	return d, nil
}

func datePtrToPB(d *sdk.Date) *string {
	if d == nil {
		return nil
	}
	s := d.String()
	return &s
}

// datePtrFromPB keeps a malformed date from the wire as an invalid Date value rather than
// failing the batch, so that input validation reports it against the one subject.
func datePtrFromPB(s *string) *sdk.Date {
	if s == nil {
		return nil
	}
	d, err := sdk.ParseDate(*s)
	if err != nil {
		d = sdk.Date{Year: -1}
	}
	return &d
}

func validityToPB(v sdk.Validity) *pb.Validity {
	return &pb.Validity{From: dateToPB(v.From), To: dateToPB(v.To)}
}

func validityFromPB(v *pb.Validity) (sdk.Validity, error) {
	from, err := dateFromPB(v.GetFrom(), "validity.from")
	if err != nil {
		return sdk.Validity{}, err
	}
	to, err := dateFromPB(v.GetTo(), "validity.to")
	if err != nil {
		return sdk.Validity{}, err
	}
	return sdk.Validity{From: from, To: to}, nil
}

// ---- small optionals ----

func intPtrToPB(p *int) *int64 {
	if p == nil {
		return nil
	}
	v := int64(*p)
	return &v
}

func intPtrFromPB(p *int64) *int {
	if p == nil {
		return nil
	}
	v := int(*p)
	return &v
}

func boolPtrCopy(p *bool) *bool {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

func fenPtrToPB(p *sdk.Fen) *int64 {
	if p == nil {
		return nil
	}
	v := int64(*p)
	return &v
}

func fenPtrFromPB(p *int64) *sdk.Fen {
	if p == nil {
		return nil
	}
	v := sdk.Fen(*p)
	return &v
}

// listFromPB rebuilds a nil-able list from its has_* flag and items: nil when not given,
// a fresh (possibly empty) slice otherwise.
func listFromPB(has bool, items []string) []string {
	if !has {
		return nil
	}
	return append(make([]string, 0, len(items)), items...)
}

func citationToPB(c sdk.Citation) *pb.Citation {
	return &pb.Citation{Document: c.Document, Title: c.Title, Clause: c.Clause, Quote: c.Quote}
}

func citationFromPB(c *pb.Citation) sdk.Citation {
	return sdk.Citation{Document: c.GetDocument(), Title: c.GetTitle(), Clause: c.GetClause(), Quote: c.GetQuote()}
}

// ---- description ----

func descriptionToPB(d *sdk.Description) *pb.Description {
	out := &pb.Description{
		Region: &pb.RegionInfo{
			Code: d.Region.Code, NameZh: d.Region.NameZh, NameEn: d.Region.NameEn,
			Level: d.Region.Level, AdminCode: d.Region.AdminCode, Parent: d.Region.Parent,
		},
		PluginVersion:   d.PluginVersion,
		ProtocolVersion: int32(d.ProtocolVersion),
		RulesetHash:     d.RulesetHash,
	}
	for _, doc := range d.Documents {
		out.Documents = append(out.Documents, &pb.Document{
			Key: doc.Key, TitleZh: doc.TitleZh, TitleEn: doc.TitleEn, Issuer: doc.Issuer,
			DocNumber: doc.DocNumber, IssuedOn: dateToPB(doc.IssuedOn), Validity: validityToPB(doc.Validity),
			SeedFile: doc.SeedFile, Notes: doc.Notes, ValidFromLatest: datePtrToPB(doc.ValidFromLatest),
		})
	}
	for _, r := range d.Rules {
		applies := make([]string, len(r.AppliesTo))
		for i, k := range r.AppliesTo {
			applies[i] = string(k)
		}
		out.Rules = append(out.Rules, &pb.Rule{
			Id: r.ID, Concept: r.Concept, Category: r.Category, TitleZh: r.TitleZh, TitleEn: r.TitleEn,
			AppliesTo: applies, Status: string(r.Status), Reason: r.Reason,
			Validity: validityToPB(r.Validity), Citation: citationToPB(r.Citation),
		})
	}
	for _, p := range d.Parameters {
		out.Parameters = append(out.Parameters, &pb.Parameter{
			Id: p.ID, RuleId: p.RuleID, Concept: p.Concept, Kind: string(p.Kind), Value: p.Value,
			Unit: p.Unit, Validity: validityToPB(p.Validity), Citation: citationToPB(p.Citation), Note: p.Note,
		})
	}
	for _, c := range d.Coverage {
		out.Coverage = append(out.Coverage, &pb.Coverage{
			Concept: c.Concept, Status: string(c.Status), Reason: c.Reason, RuleIds: c.RuleIDs,
		})
	}
	out.Catalog = catalogItemsToPB(d.Catalog)
	out.PilotSites = pilotSitesToPB(d.PilotSites)
	return out
}

func descriptionFromPB(in *pb.Description) (*sdk.Description, error) {
	if in == nil {
		return nil, fmt.Errorf("describe: empty description")
	}
	r := in.GetRegion()
	d := &sdk.Description{
		Region: sdk.RegionInfo{
			Code: r.GetCode(), NameZh: r.GetNameZh(), NameEn: r.GetNameEn(),
			Level: r.GetLevel(), AdminCode: r.GetAdminCode(), Parent: r.GetParent(),
		},
		PluginVersion:   in.GetPluginVersion(),
		ProtocolVersion: int(in.GetProtocolVersion()),
		RulesetHash:     in.GetRulesetHash(),
	}
	for _, doc := range in.GetDocuments() {
		issued, err := dateFromPB(doc.GetIssuedOn(), "document "+doc.GetKey()+" issued_on")
		if err != nil {
			return nil, err
		}
		v, err := validityFromPB(doc.GetValidity())
		if err != nil {
			return nil, fmt.Errorf("document %s: %w", doc.GetKey(), err)
		}
		d.Documents = append(d.Documents, sdk.Document{
			Key: doc.GetKey(), TitleZh: doc.GetTitleZh(), TitleEn: doc.GetTitleEn(), Issuer: doc.GetIssuer(),
			DocNumber: doc.GetDocNumber(), IssuedOn: issued, Validity: v, SeedFile: doc.GetSeedFile(), Notes: doc.GetNotes(),
			ValidFromLatest: datePtrFromPB(doc.ValidFromLatest),
		})
	}
	for _, rule := range in.GetRules() {
		v, err := validityFromPB(rule.GetValidity())
		if err != nil {
			return nil, fmt.Errorf("rule %s: %w", rule.GetId(), err)
		}
		var applies []sdk.SubjectKind
		for _, k := range rule.GetAppliesTo() {
			applies = append(applies, sdk.SubjectKind(k))
		}
		d.Rules = append(d.Rules, sdk.Rule{
			ID: rule.GetId(), Concept: rule.GetConcept(), Category: rule.GetCategory(), TitleZh: rule.GetTitleZh(),
			TitleEn: rule.GetTitleEn(), AppliesTo: applies, Status: sdk.RuleStatus(rule.GetStatus()), Reason: rule.GetReason(),
			Validity: v, Citation: citationFromPB(rule.GetCitation()),
		})
	}
	for _, p := range in.GetParameters() {
		v, err := validityFromPB(p.GetValidity())
		if err != nil {
			return nil, fmt.Errorf("parameter %s: %w", p.GetId(), err)
		}
		d.Parameters = append(d.Parameters, sdk.Parameter{
			ID: p.GetId(), RuleID: p.GetRuleId(), Concept: p.GetConcept(), Kind: sdk.ValueKind(p.GetKind()), Value: p.GetValue(),
			Unit: p.GetUnit(), Validity: v, Citation: citationFromPB(p.GetCitation()), Note: p.GetNote(),
		})
	}
	for _, c := range in.GetCoverage() {
		d.Coverage = append(d.Coverage, sdk.Coverage{
			Concept: c.GetConcept(), Status: sdk.CoverageStatus(c.GetStatus()), Reason: c.GetReason(), RuleIDs: c.GetRuleIds(),
		})
	}
	var err error
	if d.Catalog, err = catalogItemsFromPB(in.GetCatalog()); err != nil {
		return nil, err
	}
	if d.PilotSites, err = pilotSitesFromPB(in.GetPilotSites()); err != nil {
		return nil, err
	}
	return d, nil
}

func catalogItemsToPB(items []sdk.CatalogItem) []*pb.CatalogItem {
	var out []*pb.CatalogItem
	for _, c := range items {
		out = append(out, &pb.CatalogItem{
			Code: c.Code, Kind: c.Kind, TermZh: c.TermZh, TermEn: c.TermEn, SharedCodes: c.SharedCodes,
			Match: c.Match, Level: c.Level, HighRisk: c.HighRisk, Validity: validityToPB(c.Validity),
			Citation: citationToPB(c.Citation),
		})
	}
	return out
}

func catalogItemsFromPB(items []*pb.CatalogItem) ([]sdk.CatalogItem, error) {
	var out []sdk.CatalogItem
	for _, c := range items {
		v, err := validityFromPB(c.GetValidity())
		if err != nil {
			return nil, fmt.Errorf("catalog item %s: %w", c.GetCode(), err)
		}
		out = append(out, sdk.CatalogItem{
			Code: c.GetCode(), Kind: c.GetKind(), TermZh: c.GetTermZh(), TermEn: c.GetTermEn(),
			SharedCodes: c.GetSharedCodes(), Match: c.GetMatch(), Level: c.GetLevel(), HighRisk: c.GetHighRisk(),
			Validity: v, Citation: citationFromPB(c.GetCitation()),
		})
	}
	return out, nil
}

func pilotSitesToPB(sites []sdk.PilotSite) []*pb.PilotSite {
	var out []*pb.PilotSite
	for _, s := range sites {
		out = append(out, &pb.PilotSite{
			Code: s.Code, NameZh: s.NameZh, NameEn: s.NameEn, Kind: s.Kind, AdminLevel: s.AdminLevel,
			Note: s.Note, Validity: validityToPB(s.Validity), Citation: citationToPB(s.Citation),
		})
	}
	return out
}

func pilotSitesFromPB(sites []*pb.PilotSite) ([]sdk.PilotSite, error) {
	var out []sdk.PilotSite
	for _, s := range sites {
		v, err := validityFromPB(s.GetValidity())
		if err != nil {
			return nil, fmt.Errorf("pilot site %s: %w", s.GetCode(), err)
		}
		out = append(out, sdk.PilotSite{
			Code: s.GetCode(), NameZh: s.GetNameZh(), NameEn: s.GetNameEn(), Kind: s.GetKind(),
			AdminLevel: s.GetAdminLevel(), Note: s.GetNote(), Validity: v, Citation: citationFromPB(s.GetCitation()),
		})
	}
	return out, nil
}

// ---- subjects ----

func workerToPB(w sdk.WorkerSpec) *pb.WorkerSpec {
	return &pb.WorkerSpec{
		Age: intPtrToPB(w.Age), BirthDate: datePtrToPB(w.BirthDate), Education: string(w.Education),
		Major: w.Major, Certificate: string(w.Certificate), LocalHukou: boolPtrCopy(w.LocalHukou),
		PartyMember: boolPtrCopy(w.PartyMember), TrainingHoursPerYear: intPtrToPB(w.TrainingHoursPerYear),
		HiredOn: datePtrToPB(w.HiredOn), PlatformFiled: boolPtrCopy(w.PlatformFiled),
		RecruitedViaPlatform: boolPtrCopy(w.RecruitedViaPlatform), LaborContract: boolPtrCopy(w.LaborContract),
		PaidMonthly: boolPtrCopy(w.PaidMonthly), HasSocialInsurance: w.SocialInsurance != nil,
		SocialInsurance: w.SocialInsurance, EmployedByContractor: boolPtrCopy(w.EmployedByContractor),
		TrainedBeforeService: boolPtrCopy(w.TrainedBeforeService), AgeWhenHired: intPtrToPB(w.AgeWhenHired),
	}
}

func workerFromPB(w *pb.WorkerSpec) sdk.WorkerSpec {
	return sdk.WorkerSpec{
		Age: intPtrFromPB(w.Age), BirthDate: datePtrFromPB(w.BirthDate), Education: sdk.Education(w.GetEducation()),
		Major: w.GetMajor(), Certificate: sdk.CertificateLevel(w.GetCertificate()), LocalHukou: boolPtrCopy(w.LocalHukou),
		PartyMember: boolPtrCopy(w.PartyMember), TrainingHoursPerYear: intPtrFromPB(w.TrainingHoursPerYear),
		HiredOn: datePtrFromPB(w.HiredOn), PlatformFiled: boolPtrCopy(w.PlatformFiled),
		RecruitedViaPlatform: boolPtrCopy(w.RecruitedViaPlatform), LaborContract: boolPtrCopy(w.LaborContract),
		PaidMonthly: boolPtrCopy(w.PaidMonthly), SocialInsurance: listFromPB(w.GetHasSocialInsurance(), w.GetSocialInsurance()),
		EmployedByContractor: boolPtrCopy(w.EmployedByContractor), TrainedBeforeService: boolPtrCopy(w.TrainedBeforeService),
		AgeWhenHired: intPtrFromPB(w.AgeWhenHired),
	}
}

func workersToPB(ws []sdk.WorkerSpec) []*pb.WorkerSpec {
	if ws == nil {
		return nil
	}
	out := make([]*pb.WorkerSpec, len(ws))
	for i, w := range ws {
		out[i] = workerToPB(w)
	}
	return out
}

func workersFromPB(ws []*pb.WorkerSpec) []sdk.WorkerSpec {
	if len(ws) == 0 {
		return nil
	}
	out := make([]sdk.WorkerSpec, len(ws))
	for i, w := range ws {
		out[i] = workerFromPB(w)
	}
	return out
}

func projectToPB(p sdk.ProjectSpec) *pb.ProjectSpec {
	out := &pb.ProjectSpec{
		Domain: p.Domain, Headcount: int64(p.Headcount), ProfessionalPosts: intPtrToPB(p.ProfessionalPosts),
		SupervisedWorkers: intPtrToPB(p.SupervisedWorkers), ContractSignedOn: datePtrToPB(p.ContractSignedOn),
		Months: intPtrToPB(p.Months), CycleYears: intPtrToPB(p.CycleYears), HasBudget: p.Budget != nil,
		Workers: workersToPB(p.Workers), Programme: p.Programme, PurchaseMode: p.PurchaseMode,
		HasEvaluations: p.Evaluations != nil,

		ContractParties: intPtrToPB(p.ContractParties), HasContractClauses: p.ContractClauses != nil,
		ContractClauses: p.ContractClauses, HasSpecification: p.Specification != nil, Specification: p.Specification,
		ProcurementMethod: p.ProcurementMethod, ProcurementException: p.ProcurementException,
		HasFundingSources: p.FundingSources != nil, FundingSources: p.FundingSources,
		FundingYear: intPtrToPB(p.FundingYear), ServiceLevel: p.ServiceLevel,
		HasFilings: p.Filings != nil, HasReports: p.Reports != nil,
		EstablishedOn: datePtrToPB(p.EstablishedOn), LibraryApprovedOn: datePtrToPB(p.LibraryApprovedOn),
		BudgetDeclaredOn: datePtrToPB(p.BudgetDeclaredOn), LocalPackageStandardFen: fenPtrToPB(p.LocalPackageStandard),
	}
	if p.Purchaser != nil {
		out.Purchaser = &pb.PurchaserSpec{Level: p.Purchaser.Level, Type: p.Purchaser.Type}
	}
	for _, f := range p.Filings {
		out.Filings = append(out.Filings, &pb.FilingSpec{Document: f.Document, FiledWith: f.FiledWith, FiledOn: datePtrToPB(f.FiledOn)})
	}
	for _, r := range p.Reports {
		out.Reports = append(out.Reports, &pb.ReportSpec{Kind: r.Kind, SubmittedOn: datePtrToPB(r.SubmittedOn)})
	}
	for _, e := range p.Evaluations {
		out.Evaluations = append(out.Evaluations, &pb.EvaluationSpec{Kind: e.Kind, Rating: e.Rating, EvaluatedOn: datePtrToPB(e.EvaluatedOn)})
	}
	for _, l := range p.Budget {
		out.Budget = append(out.Budget, &pb.BudgetLine{Category: string(l.Category), AmountFen: int64(l.Amount)})
	}
	return out
}

func projectFromPB(p *pb.ProjectSpec) sdk.ProjectSpec {
	out := sdk.ProjectSpec{
		Domain: p.GetDomain(), Headcount: int(p.GetHeadcount()), ProfessionalPosts: intPtrFromPB(p.ProfessionalPosts),
		SupervisedWorkers: intPtrFromPB(p.SupervisedWorkers), ContractSignedOn: datePtrFromPB(p.ContractSignedOn),
		Months: intPtrFromPB(p.Months), CycleYears: intPtrFromPB(p.CycleYears), Workers: workersFromPB(p.GetWorkers()),
		Programme: p.GetProgramme(), PurchaseMode: p.GetPurchaseMode(),

		ContractParties:   intPtrFromPB(p.ContractParties),
		ContractClauses:   listFromPB(p.GetHasContractClauses(), p.GetContractClauses()),
		Specification:     listFromPB(p.GetHasSpecification(), p.GetSpecification()),
		ProcurementMethod: p.GetProcurementMethod(), ProcurementException: p.GetProcurementException(),
		FundingSources: listFromPB(p.GetHasFundingSources(), p.GetFundingSources()),
		FundingYear:    intPtrFromPB(p.FundingYear), ServiceLevel: p.GetServiceLevel(),
		EstablishedOn: datePtrFromPB(p.EstablishedOn), LibraryApprovedOn: datePtrFromPB(p.LibraryApprovedOn),
		BudgetDeclaredOn: datePtrFromPB(p.BudgetDeclaredOn), LocalPackageStandard: fenPtrFromPB(p.LocalPackageStandardFen),
	}
	if pu := p.GetPurchaser(); pu != nil {
		out.Purchaser = &sdk.PurchaserSpec{Level: pu.GetLevel(), Type: pu.GetType()}
	}
	if p.GetHasFilings() { // keep "nothing filed" (empty) apart from "not given" (nil)
		out.Filings = make([]sdk.FilingSpec, 0, len(p.GetFilings()))
		for _, f := range p.GetFilings() {
			out.Filings = append(out.Filings, sdk.FilingSpec{Document: f.GetDocument(), FiledWith: f.GetFiledWith(), FiledOn: datePtrFromPB(f.FiledOn)})
		}
	}
	if p.GetHasReports() {
		out.Reports = make([]sdk.ReportSpec, 0, len(p.GetReports()))
		for _, r := range p.GetReports() {
			out.Reports = append(out.Reports, sdk.ReportSpec{Kind: r.GetKind(), SubmittedOn: datePtrFromPB(r.SubmittedOn)})
		}
	}
	if p.GetHasBudget() {
		out.Budget = make([]sdk.BudgetLine, 0, len(p.GetBudget()))
		for _, l := range p.GetBudget() {
			out.Budget = append(out.Budget, sdk.BudgetLine{Category: sdk.BudgetCategory(l.GetCategory()), Amount: sdk.Fen(l.GetAmountFen())})
		}
	}
	if p.GetHasEvaluations() { // keep "none held" (empty) apart from "not given" (nil)
		out.Evaluations = make([]sdk.EvaluationSpec, 0, len(p.GetEvaluations()))
		for _, e := range p.GetEvaluations() {
			out.Evaluations = append(out.Evaluations, sdk.EvaluationSpec{Kind: e.GetKind(), Rating: e.GetRating(), EvaluatedOn: datePtrFromPB(e.EvaluatedOn)})
		}
	}
	return out
}

func subjectToPB(s sdk.Subject) *pb.Subject {
	out := &pb.Subject{}
	if s.Project != nil {
		out.Project = projectToPB(*s.Project)
	}
	if s.Station != nil {
		st := s.Station
		out.Station = &pb.StationSpec{Township: st.Township, Workers: workersToPB(st.Workers), Facilities: st.Facilities,
			AgreedHeadcount: intPtrToPB(st.AgreedHeadcount), HasSystems: st.Systems != nil, Systems: st.Systems}
	}
	if o := s.Organization; o != nil {
		out.Organization = &pb.OrganizationSpec{
			FullTimeStaff: int64(o.FullTimeStaff), QualifiedStaff: intPtrToPB(o.QualifiedStaff),
			PartyMembers: intPtrToPB(o.PartyMembers), HasPartyOrganization: boolPtrCopy(o.HasPartyOrganization),
			RegistrationLevel: o.RegistrationLevel,
			HasDisclosures:    o.Disclosures != nil, Disclosures: o.Disclosures,
			HasBoard: boolPtrCopy(o.HasBoard), HasSupervisoryBoard: boolPtrCopy(o.HasSupervisoryBoard),
			RegisteredDirectly: boolPtrCopy(o.RegisteredDirectly), Category: o.Category,
			OperatesWithinCommunity:   boolPtrCopy(o.OperatesWithinCommunity),
			HasRegistrationConditions: o.RegistrationConditions != nil, RegistrationConditions: o.RegistrationConditions,
			PartyOrganizationMode: o.PartyOrganizationMode, AnnualInspection: o.AnnualInspection,
		}
	}
	if s.Worker != nil {
		out.Worker = workerToPB(*s.Worker)
	}
	if s.Government != nil {
		out.Government = governmentToPB(*s.Government)
	}
	return out
}

func governmentToPB(g sdk.GovernmentSpec) *pb.GovernmentSpec {
	out := &pb.GovernmentSpec{
		Level: g.Level, Name: g.Name, Townships: intPtrToPB(g.Townships),
		TownshipsWithStation: intPtrToPB(g.TownshipsWithStation), SocialWorkers: intPtrToPB(g.SocialWorkers),
		PrivateSocialWorkOrganizations:     intPtrToPB(g.PrivateSocialWorkOrganizations),
		OrganizationsWithPartyOrganization: intPtrToPB(g.OrganizationsWithPartyOrganization),
		HasIndustryAssociation:             boolPtrCopy(g.HasIndustryAssociation), HasIncubator: boolPtrCopy(g.HasIncubator),
		IsPilot: boolPtrCopy(g.IsPilot), PilotCounties: intPtrToPB(g.PilotCounties),
		PilotTownships: intPtrToPB(g.PilotTownships), PackageStandardFen: fenPtrToPB(g.PackageStandard),
		HasActs: g.Acts != nil,
	}
	if c := g.Catalog; c != nil {
		out.Catalog = &pb.GuidanceCatalogSpec{CompletedOn: datePtrToPB(c.CompletedOn), PublishedOn: datePtrToPB(c.PublishedOn),
			HasItemLevels: c.ItemLevels != nil, ItemLevels: c.ItemLevels}
	}
	for _, a := range g.Acts {
		out.Acts = append(out.Acts, &pb.GovernmentActSpec{Kind: a.Kind, On: datePtrToPB(a.On), Authority: a.Authority,
			HasSections: a.Sections != nil, Sections: a.Sections})
	}
	return out
}

func governmentFromPB(g *pb.GovernmentSpec) sdk.GovernmentSpec {
	out := sdk.GovernmentSpec{
		Level: g.GetLevel(), Name: g.GetName(), Townships: intPtrFromPB(g.Townships),
		TownshipsWithStation: intPtrFromPB(g.TownshipsWithStation), SocialWorkers: intPtrFromPB(g.SocialWorkers),
		PrivateSocialWorkOrganizations:     intPtrFromPB(g.PrivateSocialWorkOrganizations),
		OrganizationsWithPartyOrganization: intPtrFromPB(g.OrganizationsWithPartyOrganization),
		HasIndustryAssociation:             boolPtrCopy(g.HasIndustryAssociation), HasIncubator: boolPtrCopy(g.HasIncubator),
		IsPilot: boolPtrCopy(g.IsPilot), PilotCounties: intPtrFromPB(g.PilotCounties),
		PilotTownships: intPtrFromPB(g.PilotTownships), PackageStandard: fenPtrFromPB(g.PackageStandardFen),
	}
	if c := g.GetCatalog(); c != nil {
		out.Catalog = &sdk.GuidanceCatalogSpec{CompletedOn: datePtrFromPB(c.CompletedOn), PublishedOn: datePtrFromPB(c.PublishedOn),
			ItemLevels: listFromPB(c.GetHasItemLevels(), c.GetItemLevels())}
	}
	if g.GetHasActs() { // keep "none on record" (empty) apart from "not given" (nil)
		out.Acts = make([]sdk.GovernmentActSpec, 0, len(g.GetActs()))
		for _, a := range g.GetActs() {
			out.Acts = append(out.Acts, sdk.GovernmentActSpec{Kind: a.GetKind(), On: datePtrFromPB(a.On), Authority: a.GetAuthority(),
				Sections: listFromPB(a.GetHasSections(), a.GetSections())})
		}
	}
	return out
}

func subjectFromPB(s *pb.Subject) sdk.Subject {
	var out sdk.Subject
	if s.GetProject() != nil {
		p := projectFromPB(s.GetProject())
		out.Project = &p
	}
	if st := s.GetStation(); st != nil {
		out.Station = &sdk.StationSpec{Township: st.GetTownship(), Workers: workersFromPB(st.GetWorkers()), Facilities: st.GetFacilities(),
			AgreedHeadcount: intPtrFromPB(st.AgreedHeadcount), Systems: listFromPB(st.GetHasSystems(), st.GetSystems())}
	}
	if o := s.GetOrganization(); o != nil {
		out.Organization = &sdk.OrganizationSpec{
			FullTimeStaff: int(o.GetFullTimeStaff()), QualifiedStaff: intPtrFromPB(o.QualifiedStaff),
			PartyMembers: intPtrFromPB(o.PartyMembers), HasPartyOrganization: boolPtrCopy(o.HasPartyOrganization),
			RegistrationLevel: o.GetRegistrationLevel(),
			HasBoard:          boolPtrCopy(o.HasBoard), HasSupervisoryBoard: boolPtrCopy(o.HasSupervisoryBoard),
			RegisteredDirectly: boolPtrCopy(o.RegisteredDirectly), Category: o.GetCategory(),
			OperatesWithinCommunity: boolPtrCopy(o.OperatesWithinCommunity),
			RegistrationConditions:  listFromPB(o.GetHasRegistrationConditions(), o.GetRegistrationConditions()),
			PartyOrganizationMode:   o.GetPartyOrganizationMode(), AnnualInspection: o.GetAnnualInspection(),
			// keep "nothing disclosed" (empty) apart from "not given" (nil)
			Disclosures: listFromPB(o.GetHasDisclosures(), o.GetDisclosures()),
		}
	}
	if s.GetWorker() != nil {
		w := workerFromPB(s.GetWorker())
		out.Worker = &w
	}
	if g := s.GetGovernment(); g != nil {
		gs := governmentFromPB(g)
		out.Government = &gs
	}
	return out
}

// ---- results ----

func findingsToPB(fs []sdk.Finding) []*pb.Finding {
	if len(fs) == 0 {
		return nil
	}
	out := make([]*pb.Finding, len(fs))
	for i, f := range fs {
		out[i] = &pb.Finding{
			RuleId: f.RuleID, Region: f.Region, Concept: f.Concept, Status: string(f.Status), Actual: f.Actual,
			Required: f.Required, Remedy: f.Remedy, MessageZh: f.MessageZh, MessageEn: f.MessageEn,
			Citation: citationToPB(f.Citation),
		}
	}
	return out
}

func findingsFromPB(fs []*pb.Finding) []sdk.Finding {
	if len(fs) == 0 {
		return nil
	}
	out := make([]sdk.Finding, len(fs))
	for i, f := range fs {
		out[i] = sdk.Finding{
			RuleID: f.GetRuleId(), Region: f.GetRegion(), Concept: f.GetConcept(), Status: sdk.FindingStatus(f.GetStatus()),
			Actual: f.GetActual(), Required: f.GetRequired(), Remedy: f.GetRemedy(), MessageZh: f.GetMessageZh(),
			MessageEn: f.GetMessageEn(), Citation: citationFromPB(f.GetCitation()),
		}
	}
	return out
}

func inputErrorToPB(e *sdk.InputError) *pb.InputError {
	if e == nil {
		return nil
	}
	return &pb.InputError{Field: e.Field, Message: e.Message, Accepted: e.Accepted}
}

func inputErrorFromPB(e *pb.InputError) *sdk.InputError {
	if e == nil {
		return nil
	}
	return &sdk.InputError{Field: e.GetField(), Message: e.GetMessage(), Accepted: e.GetAccepted()}
}

func budgetResultToPB(r sdk.BudgetResult) *pb.BudgetResult {
	return &pb.BudgetResult{Findings: findingsToPB(r.Findings), Invalid: inputErrorToPB(r.Invalid), Requirement: budgetRequirementToPB(r.Requirement)}
}

func budgetRequirementToPB(q *sdk.BudgetRequirement) *pb.BudgetRequirement {
	if q == nil {
		return nil
	}
	return &pb.BudgetRequirement{
		MinimumTotalFen: fenPtrToPB(q.MinimumTotal), MinimumLaborFen: fenPtrToPB(q.MinimumLabor),
		MaximumNonLaborFen: fenPtrToPB(q.MaximumNonLabor), SupervisionFundFen: fenPtrToPB(q.SupervisionFund),
	}
}

func budgetResultFromPB(r *pb.BudgetResult) sdk.BudgetResult {
	return sdk.BudgetResult{Findings: findingsFromPB(r.GetFindings()), Invalid: inputErrorFromPB(r.GetInvalid()), Requirement: budgetRequirementFromPB(r.GetRequirement())}
}

func budgetRequirementFromPB(q *pb.BudgetRequirement) *sdk.BudgetRequirement {
	if q == nil {
		return nil
	}
	return &sdk.BudgetRequirement{
		MinimumTotal: fenPtrFromPB(q.MinimumTotalFen), MinimumLabor: fenPtrFromPB(q.MinimumLaborFen),
		MaximumNonLabor: fenPtrFromPB(q.MaximumNonLaborFen), SupervisionFund: fenPtrFromPB(q.SupervisionFundFen),
	}
}
