package sdk

// The subject facts a declared check (Check) may name, by their input path. The set is closed on
// purpose: a check reads a fact the SDK knows how to read, and a fact that is not given (a nil
// pointer or list) is missing input, never zero. A fact a region needs that is not here is a
// line in one of these tables.

// quantityFact is a whole-number fact of one kind of subject; ok is false when it is not given.
type quantityFact struct {
	kind SubjectKind
	get  func(Subject) (n int64, ok bool)
}

// listFact is a free-text list fact; nil when it is not given (an empty list is given, empty).
type listFact struct {
	kind SubjectKind
	get  func(Subject) []string
}

// textFact is a one-word fact that a check's `when` conditions compare.
type textFact struct {
	kind SubjectKind
	get  func(Subject) string
}

func given(p *int) (int64, bool) {
	if p == nil {
		return 0, false
	}
	return int64(*p), true
}

var quantityFacts = map[string]quantityFact{
	"organization.fullTimeStaff":  {SubjectOrganization, func(s Subject) (int64, bool) { return int64(s.Organization.FullTimeStaff), true }},
	"organization.qualifiedStaff": {SubjectOrganization, func(s Subject) (int64, bool) { return given(s.Organization.QualifiedStaff) }},
	"organization.partyMembers":   {SubjectOrganization, func(s Subject) (int64, bool) { return given(s.Organization.PartyMembers) }},
	"project.headcount":           {SubjectProject, func(s Subject) (int64, bool) { return int64(s.Project.Headcount), true }},
	"project.months":              {SubjectProject, func(s Subject) (int64, bool) { return int64(s.Project.MonthsOrDefault()), true }},
	"project.cycleYears":          {SubjectProject, func(s Subject) (int64, bool) { return given(s.Project.CycleYears) }},
	"station.agreedHeadcount":     {SubjectStation, func(s Subject) (int64, bool) { return given(s.Station.AgreedHeadcount) }},
	"worker.age":                  {SubjectWorker, func(s Subject) (int64, bool) { return given(s.Worker.Age) }},
	"government.privateSocialWorkOrganizations": {SubjectGovernment, func(s Subject) (int64, bool) {
		return given(s.Government.PrivateSocialWorkOrganizations)
	}},
	"government.townships":            {SubjectGovernment, func(s Subject) (int64, bool) { return given(s.Government.Townships) }},
	"government.townshipsWithStation": {SubjectGovernment, func(s Subject) (int64, bool) { return given(s.Government.TownshipsWithStation) }},
}

// flagFact is a yes/no fact; nil when it is not given.
type flagFact struct {
	kind SubjectKind
	get  func(Subject) *bool
}

var flagFacts = map[string]flagFact{
	"government.hasIncubator":           {SubjectGovernment, func(s Subject) *bool { return s.Government.HasIncubator }},
	"government.hasIndustryAssociation": {SubjectGovernment, func(s Subject) *bool { return s.Government.HasIndustryAssociation }},
}

var listFacts = map[string]listFact{
	"organization.disclosures":            {SubjectOrganization, func(s Subject) []string { return s.Organization.Disclosures }},
	"organization.registrationConditions": {SubjectOrganization, func(s Subject) []string { return s.Organization.RegistrationConditions }},
	"station.facilities":                  {SubjectStation, func(s Subject) []string { return s.Station.Facilities }},
	"station.systems":                     {SubjectStation, func(s Subject) []string { return s.Station.Systems }},
	"project.contractClauses":             {SubjectProject, func(s Subject) []string { return s.Project.ContractClauses }},
	"project.specification":               {SubjectProject, func(s Subject) []string { return s.Project.Specification }},
	"project.fundingSources":              {SubjectProject, func(s Subject) []string { return s.Project.FundingSources }},
}

var textFacts = map[string]textFact{
	"project.programme":    {SubjectProject, func(s Subject) string { return s.Project.Programme }},
	"project.purchaseMode": {SubjectProject, func(s Subject) string { return s.Project.PurchaseMode }},
	"organization.category": {SubjectOrganization, func(s Subject) string {
		return s.Organization.Category
	}},
}
