// Package policycases runs a region's policy test cases, written as data
// (regions/<code>/testdata/cases.yaml), against a chain of policies: the region evaluated first,
// then its ancestors (zhuzhou, hunan). It also cross-checks a region's claims against the project's
// sources (CheckSourcesIn): rule ids against sources/registry.yaml, quotes against the document texts.
//
// The same runner backs the CLI (`shegong policy test regions/<code>`, through RunFile), scenario
// files (internal/scenario decodes subjects with SubjectYAML) and `go test` (plugins/policytest
// wraps it for *testing.T). It does not import package testing, so that production binaries that
// read cases or subjects do not link it.
//
// Case file format (a contract between the region engineers):
//
//	region: shenzhen
//	cases:
//	  - name: 普通领域项目经费恰好等于下限 / package exactly at the floor passes
//	    as_of: 2023-06-01
//	    subject:                       # exactly one of project / station / organization / worker / government
//	      project:                     # snake_case of sdk.ProjectSpec fields
//	        domain: 社会救助
//	        headcount: 10
//	        professional_posts: 8
//	        supervised_workers: 8
//	        contract_signed_on: 2021-01-01
//	        months: 12
//	        cycle_years: 3
//	        budget:
//	          - {category: LABOR, amount: "1385500.00"}
//	        workers:
//	          - {age: 30, education: BACHELOR, certificate: ASSISTANT, training_hours_per_year: 80}
//	    expect:
//	      status: COMPLIANT            # optional: sdk.Overall over all findings of the chain
//	      budget:                      # optional: exact Money strings; "" or null = must be nil
//	        minimum_total: "1630000.00"
//	      findings:                    # each must be present
//	        - {rule: SZ-BUDGET-PACKAGE-MIN, status: PASS, region: shenzhen, actual: "...", required: "...", remedy_contains: "..."}
//	      absent: [SZ-BUDGET-PACKAGE-MIN-HIGH-RISK]   # must not appear with PASS or FAIL
//	      invalid: project.domain      # expect Invalid with this field path (then no findings)
//
// The keys of a subject are the snake_case of the sdk field names. Dates are YYYY-MM-DD; money
// is a yuan string with at most two decimals ("163000.00"). For every list of facts an absent
// key means not given (rules answer INSUFFICIENT_INPUT) and `key: []` means none.
//
// Project, besides the keys above: programme (STATION | PARTY_MASS_CENTRE), purchase_mode,
// evaluations: [{kind, rating, evaluated_on}], purchaser: {level, type}, contract_parties,
// contract_clauses: [...], specification: [...], procurement_method, procurement_exception,
// funding_sources: [...], funding_year, service_level, filings: [{document, filed_with,
// filed_on}], reports: [{kind, submitted_on}], established_on, library_approved_on,
// budget_declared_on, local_package_standard: "163000.00".
//
// Station: {township, facilities: [...], workers: [...], agreed_headcount, systems: [...]}.
//
// Organization: {full_time_staff, qualified_staff, party_members, has_party_organization,
// registration_level, registered_directly, category, operates_within_community,
// registration_conditions: [...], party_organization_mode, annual_inspection,
// disclosures: [...], has_board, has_supervisory_board}; disclosures absent means not given,
// `disclosures: []` means nothing disclosed.
//
// Worker: {age, birth_date, education, major, certificate, local_hukou, party_member,
// training_hours_per_year, hired_on, platform_filed, recruited_via_platform, labor_contract,
// paid_monthly, social_insurance: [...], employed_by_contractor, trained_before_service}.
//
// Government (a province, city or county; evaluated by the Staffing call):
//
//	government:
//	  level: COUNTY                    # required: PROVINCE | CITY | COUNTY
//	  name: 醴陵市
//	  townships: 24
//	  townships_with_station: 24
//	  social_workers: 310
//	  private_social_work_organizations: 3
//	  has_industry_association: true
//	  has_incubator: false
//	  is_pilot: true
//	  pilot_counties: 0
//	  pilot_townships: 5
//	  package_standard: "80000.00"
//	  catalog: {completed_on: 2018-06-30, published_on: 2018-07-15, item_levels: [COUNTY, TOWNSHIP]}
//	  acts:
//	    - {kind: ANNUAL_PLAN, on: 2018-03-01, authority: CITY, sections: [项目背景, 项目目标]}
package policycases

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/shegong/shegong/plugins/sdk"
)

// File is a case file.
type File struct {
	Region string `yaml:"region"`
	Cases  []Case `yaml:"cases"`
}

// Case is one scenario: a subject evaluated on a date, and what must come out.
type Case struct {
	Name    string      `yaml:"name"`
	AsOf    string      `yaml:"as_of"`
	Subject SubjectYAML `yaml:"subject"`
	Expect  Expect      `yaml:"expect"`
}

// SubjectYAML holds exactly one subject.
type SubjectYAML struct {
	Project      *ProjectYAML      `yaml:"project"`
	Station      *StationYAML      `yaml:"station"`
	Organization *OrganizationYAML `yaml:"organization"`
	Worker       *WorkerYAML       `yaml:"worker"`
	Government   *GovernmentYAML   `yaml:"government"`
}

// ProjectYAML is sdk.ProjectSpec in YAML.
type ProjectYAML struct {
	Domain            string           `yaml:"domain"`
	Headcount         int              `yaml:"headcount"`
	ProfessionalPosts *int             `yaml:"professional_posts"`
	SupervisedWorkers *int             `yaml:"supervised_workers"`
	ContractSignedOn  string           `yaml:"contract_signed_on"`
	Months            *int             `yaml:"months"` // nil: not given (12)
	CycleYears        *int             `yaml:"cycle_years"`
	Programme         string           `yaml:"programme"`
	PurchaseMode      string           `yaml:"purchase_mode"`
	Budget            []BudgetLineYAML `yaml:"budget"`
	Workers           []WorkerYAML     `yaml:"workers"`
	// Evaluations: absent means not given (nil); `evaluations: []` means none held.
	Evaluations []EvaluationYAML `yaml:"evaluations"`

	Purchaser            *PurchaserYAML `yaml:"purchaser"`
	ContractParties      *int           `yaml:"contract_parties"`
	ContractClauses      []string       `yaml:"contract_clauses"`
	Specification        []string       `yaml:"specification"`
	ProcurementMethod    string         `yaml:"procurement_method"`
	ProcurementException string         `yaml:"procurement_exception"`
	FundingSources       []string       `yaml:"funding_sources"`
	FundingYear          *int           `yaml:"funding_year"`
	ServiceLevel         string         `yaml:"service_level"`
	Filings              []FilingYAML   `yaml:"filings"`
	Reports              []ReportYAML   `yaml:"reports"`
	EstablishedOn        string         `yaml:"established_on"`
	LibraryApprovedOn    string         `yaml:"library_approved_on"`
	BudgetDeclaredOn     string         `yaml:"budget_declared_on"`
	// LocalPackageStandard is yuan with at most two decimals; "" means not given.
	LocalPackageStandard string `yaml:"local_package_standard"`
}

// PurchaserYAML is sdk.PurchaserSpec in YAML: {level: COUNTY, type: CIVIL_AFFAIRS}.
type PurchaserYAML struct {
	Level string `yaml:"level"`
	Type  string `yaml:"type"`
}

// FilingYAML is sdk.FilingSpec in YAML: {document: 政府购买服务协议, filed_with: COUNTY, filed_on: 2022-03-01}.
type FilingYAML struct {
	Document  string `yaml:"document"`
	FiledWith string `yaml:"filed_with"`
	FiledOn   string `yaml:"filed_on"`
}

// ReportYAML is sdk.ReportSpec in YAML: {kind: MID_TERM, submitted_on: 2022-07-01}.
type ReportYAML struct {
	Kind        string `yaml:"kind"`
	SubmittedOn string `yaml:"submitted_on"`
}

// EvaluationYAML is sdk.EvaluationSpec in YAML: {kind: PROFESSIONAL, rating: EXCELLENT, evaluated_on: 2022-06-30}.
type EvaluationYAML struct {
	Kind        string `yaml:"kind"`
	Rating      string `yaml:"rating"`
	EvaluatedOn string `yaml:"evaluated_on"`
}

// BudgetLineYAML is one budget line; amount is yuan with at most two decimals.
type BudgetLineYAML struct {
	Category string `yaml:"category"`
	Amount   string `yaml:"amount"`
}

// WorkerYAML is sdk.WorkerSpec in YAML.
type WorkerYAML struct {
	Age                  *int   `yaml:"age"`
	BirthDate            string `yaml:"birth_date"`
	Education            string `yaml:"education"`
	Major                string `yaml:"major"`
	Certificate          string `yaml:"certificate"`
	LocalHukou           *bool  `yaml:"local_hukou"`
	PartyMember          *bool  `yaml:"party_member"`
	TrainingHoursPerYear *int   `yaml:"training_hours_per_year"`

	HiredOn              string   `yaml:"hired_on"`
	AgeWhenHired         *int     `yaml:"age_when_hired"`
	PlatformFiled        *bool    `yaml:"platform_filed"`
	RecruitedViaPlatform *bool    `yaml:"recruited_via_platform"`
	LaborContract        *bool    `yaml:"labor_contract"`
	PaidMonthly          *bool    `yaml:"paid_monthly"`
	SocialInsurance      []string `yaml:"social_insurance"`
	EmployedByContractor *bool    `yaml:"employed_by_contractor"`
	TrainedBeforeService *bool    `yaml:"trained_before_service"`
}

// StationYAML is sdk.StationSpec in YAML.
type StationYAML struct {
	Township   string       `yaml:"township"`
	Facilities []string     `yaml:"facilities"`
	Workers    []WorkerYAML `yaml:"workers"`
	// AgreedHeadcount is the number of resident workers the service agreement provides for.
	AgreedHeadcount *int `yaml:"agreed_headcount"`
	// Systems: absent means not given (nil); `systems: []` means none in place.
	Systems []string `yaml:"systems"`
}

// OrganizationYAML is sdk.OrganizationSpec in YAML.
type OrganizationYAML struct {
	FullTimeStaff        int    `yaml:"full_time_staff"`
	QualifiedStaff       *int   `yaml:"qualified_staff"`
	PartyMembers         *int   `yaml:"party_members"`
	HasPartyOrganization *bool  `yaml:"has_party_organization"`
	RegistrationLevel    string `yaml:"registration_level"`

	RegisteredDirectly      *bool    `yaml:"registered_directly"`
	Category                string   `yaml:"category"`
	OperatesWithinCommunity *bool    `yaml:"operates_within_community"`
	RegistrationConditions  []string `yaml:"registration_conditions"`
	PartyOrganizationMode   string   `yaml:"party_organization_mode"`
	AnnualInspection        string   `yaml:"annual_inspection"`
	// Disclosures: absent means not given (nil); `disclosures: []` means nothing disclosed.
	Disclosures         []string `yaml:"disclosures"`
	HasBoard            *bool    `yaml:"has_board"`
	HasSupervisoryBoard *bool    `yaml:"has_supervisory_board"`
}

// GovernmentYAML is sdk.GovernmentSpec in YAML. package_standard is yuan with at most two
// decimals; "" means not given.
type GovernmentYAML struct {
	Level                          string               `yaml:"level"`
	Name                           string               `yaml:"name"`
	Townships                      *int                 `yaml:"townships"`
	TownshipsWithStation           *int                 `yaml:"townships_with_station"`
	SocialWorkers                  *int                 `yaml:"social_workers"`
	PrivateSocialWorkOrganizations *int                 `yaml:"private_social_work_organizations"`
	OrganizationsWithPartyOrg      *int                 `yaml:"organizations_with_party_organization"`
	HasIndustryAssociation         *bool                `yaml:"has_industry_association"`
	HasIncubator                   *bool                `yaml:"has_incubator"`
	IsPilot                        *bool                `yaml:"is_pilot"`
	PilotCounties                  *int                 `yaml:"pilot_counties"`
	PilotTownships                 *int                 `yaml:"pilot_townships"`
	PackageStandard                string               `yaml:"package_standard"`
	Catalog                        *GuidanceCatalogYAML `yaml:"catalog"`
	// Acts: absent means not given (nil); `acts: []` means none on record.
	Acts []GovernmentActYAML `yaml:"acts"`
}

// GuidanceCatalogYAML is sdk.GuidanceCatalogSpec in YAML:
// {completed_on: 2018-06-30, published_on: 2018-07-15, item_levels: [COUNTY, TOWNSHIP]}.
type GuidanceCatalogYAML struct {
	CompletedOn string   `yaml:"completed_on"`
	PublishedOn string   `yaml:"published_on"`
	ItemLevels  []string `yaml:"item_levels"`
}

// GovernmentActYAML is sdk.GovernmentActSpec in YAML:
// {kind: ANNUAL_PLAN, on: 2018-03-01, authority: CITY, sections: [项目背景, 项目目标]}.
type GovernmentActYAML struct {
	Kind      string   `yaml:"kind"`
	On        string   `yaml:"on"`
	Authority string   `yaml:"authority"`
	Sections  []string `yaml:"sections"`
}

// Expect is what a case asserts. Every part is optional, but a case must assert something.
type Expect struct {
	Status   string             `yaml:"status"`
	Budget   map[string]*string `yaml:"budget"` // minimum_total, minimum_labor, maximum_non_labor, supervision_fund
	Findings []ExpectFinding    `yaml:"findings"`
	Absent   []string           `yaml:"absent"`
	Invalid  string             `yaml:"invalid"`
}

// ExpectFinding is a finding that must be present. Rule and status are required; the other
// fields, when given, must match too (actual and required exactly, remedy_contains and
// message_contains as substrings).
type ExpectFinding struct {
	Rule            string  `yaml:"rule"`
	Status          string  `yaml:"status"`
	Region          string  `yaml:"region"`
	Concept         string  `yaml:"concept"`
	Actual          *string `yaml:"actual"`
	Required        *string `yaml:"required"`
	RemedyContains  string  `yaml:"remedy_contains"`
	MessageContains string  `yaml:"message_contains"`
}

// BudgetFields are the keys accepted under expect.budget.
var BudgetFields = []string{"minimum_total", "minimum_labor", "maximum_non_labor", "supervision_fund"}

// LoadFile reads and decodes a case file. Unknown keys are errors, so a typo in a case cannot
// silently drop an assertion.
func LoadFile(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseFile(data, path)
}

// ParseFile decodes case-file bytes; name is used in messages.
func ParseFile(data []byte, name string) (*File, error) {
	var f File
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(f.Cases) == 0 {
		return nil, fmt.Errorf("%s: no cases", name)
	}
	seen := map[string]bool{}
	for i, c := range f.Cases {
		if strings.TrimSpace(c.Name) == "" {
			return nil, fmt.Errorf("%s: cases[%d] has no name", name, i)
		}
		if seen[c.Name] {
			return nil, fmt.Errorf("%s: duplicate case name %q", name, c.Name)
		}
		seen[c.Name] = true
	}
	return &f, nil
}

// Subject converts the YAML subject into an sdk.Subject. Errors start with the path of the
// offending key inside the subject, e.g. "project.budget[0].amount: …". It is shared with the
// scenario files of `shegong compare` and CSV export (internal/scenario), so both read subjects
// exactly as policy test cases do.
func (s SubjectYAML) Subject() (sdk.Subject, error) { return s.subject() }

// subject converts the YAML subject into an sdk.Subject.
func (s SubjectYAML) subject() (sdk.Subject, error) {
	var out sdk.Subject
	var err error
	if s.Project != nil {
		out.Project, err = s.Project.spec()
		if err != nil {
			return out, err
		}
	}
	if s.Station != nil {
		st := &sdk.StationSpec{Township: s.Station.Township, Facilities: s.Station.Facilities,
			AgreedHeadcount: s.Station.AgreedHeadcount, Systems: slices.Clone(s.Station.Systems)}
		for i, w := range s.Station.Workers {
			ws, err := w.spec()
			if err != nil {
				return out, fmt.Errorf("station.workers[%d]: %w", i, err)
			}
			st.Workers = append(st.Workers, ws)
		}
		out.Station = st
	}
	if s.Organization != nil {
		o := s.Organization
		out.Organization = &sdk.OrganizationSpec{FullTimeStaff: o.FullTimeStaff, QualifiedStaff: o.QualifiedStaff,
			PartyMembers: o.PartyMembers, HasPartyOrganization: o.HasPartyOrganization, RegistrationLevel: o.RegistrationLevel,
			HasBoard: o.HasBoard, HasSupervisoryBoard: o.HasSupervisoryBoard,
			RegisteredDirectly: o.RegisteredDirectly, Category: o.Category, OperatesWithinCommunity: o.OperatesWithinCommunity,
			RegistrationConditions: slices.Clone(o.RegistrationConditions), PartyOrganizationMode: o.PartyOrganizationMode,
			AnnualInspection: o.AnnualInspection, Disclosures: slices.Clone(o.Disclosures)}
	}
	if s.Worker != nil {
		w, err := s.Worker.spec()
		if err != nil {
			return out, fmt.Errorf("worker: %w", err)
		}
		out.Worker = &w
	}
	if s.Government != nil {
		out.Government, err = s.Government.spec()
		if err != nil {
			return out, err
		}
	}
	if out.Kind() == "" {
		return out, fmt.Errorf("subject must hold exactly one of project, station, organization, worker, government")
	}
	return out, nil
}

// date parses an optional YAML date: "" is nil (not given). Errors are prefixed with key.
func date(key, v string) (*sdk.Date, error) {
	if v == "" {
		return nil, nil
	}
	d, err := sdk.ParseDate(v)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", key, err)
	}
	return &d, nil
}

// yuan parses an optional YAML amount in yuan: "" is nil (not given). Errors are prefixed
// with key.
func yuan(key, v string) (*sdk.Fen, error) {
	if v == "" {
		return nil, nil
	}
	f, err := sdk.ParseYuan(v)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", key, err)
	}
	return &f, nil
}

func (g *GovernmentYAML) spec() (*sdk.GovernmentSpec, error) {
	out := &sdk.GovernmentSpec{Level: g.Level, Name: g.Name, Townships: g.Townships,
		TownshipsWithStation: g.TownshipsWithStation, SocialWorkers: g.SocialWorkers,
		PrivateSocialWorkOrganizations:     g.PrivateSocialWorkOrganizations,
		OrganizationsWithPartyOrganization: g.OrganizationsWithPartyOrg,
		HasIndustryAssociation:             g.HasIndustryAssociation, HasIncubator: g.HasIncubator, IsPilot: g.IsPilot,
		PilotCounties: g.PilotCounties, PilotTownships: g.PilotTownships}
	var err error
	if out.PackageStandard, err = yuan("government.package_standard", g.PackageStandard); err != nil {
		return nil, err
	}
	if c := g.Catalog; c != nil {
		out.Catalog = &sdk.GuidanceCatalogSpec{ItemLevels: slices.Clone(c.ItemLevels)}
		if out.Catalog.CompletedOn, err = date("government.catalog.completed_on", c.CompletedOn); err != nil {
			return nil, err
		}
		if out.Catalog.PublishedOn, err = date("government.catalog.published_on", c.PublishedOn); err != nil {
			return nil, err
		}
	}
	if g.Acts != nil {
		out.Acts = make([]sdk.GovernmentActSpec, 0, len(g.Acts))
		for i, a := range g.Acts {
			act := sdk.GovernmentActSpec{Kind: a.Kind, Authority: a.Authority, Sections: slices.Clone(a.Sections)}
			if act.On, err = date(fmt.Sprintf("government.acts[%d].on", i), a.On); err != nil {
				return nil, err
			}
			out.Acts = append(out.Acts, act)
		}
	}
	return out, nil
}

func (p *ProjectYAML) spec() (*sdk.ProjectSpec, error) {
	out := &sdk.ProjectSpec{Domain: p.Domain, Headcount: p.Headcount, ProfessionalPosts: p.ProfessionalPosts,
		SupervisedWorkers: p.SupervisedWorkers, Months: p.Months, CycleYears: p.CycleYears, Programme: p.Programme,
		PurchaseMode: p.PurchaseMode, ContractParties: p.ContractParties, ContractClauses: slices.Clone(p.ContractClauses),
		Specification: slices.Clone(p.Specification), ProcurementMethod: p.ProcurementMethod,
		ProcurementException: p.ProcurementException, FundingSources: slices.Clone(p.FundingSources),
		FundingYear: p.FundingYear, ServiceLevel: p.ServiceLevel}
	var err error
	for _, d := range []struct {
		key, v string
		dst    **sdk.Date
	}{
		{"project.contract_signed_on", p.ContractSignedOn, &out.ContractSignedOn},
		{"project.established_on", p.EstablishedOn, &out.EstablishedOn},
		{"project.library_approved_on", p.LibraryApprovedOn, &out.LibraryApprovedOn},
		{"project.budget_declared_on", p.BudgetDeclaredOn, &out.BudgetDeclaredOn},
	} {
		if *d.dst, err = date(d.key, d.v); err != nil {
			return nil, err
		}
	}
	if out.LocalPackageStandard, err = yuan("project.local_package_standard", p.LocalPackageStandard); err != nil {
		return nil, err
	}
	if p.Purchaser != nil {
		out.Purchaser = &sdk.PurchaserSpec{Level: p.Purchaser.Level, Type: p.Purchaser.Type}
	}
	if p.Filings != nil {
		out.Filings = make([]sdk.FilingSpec, 0, len(p.Filings))
		for i, f := range p.Filings {
			fs := sdk.FilingSpec{Document: f.Document, FiledWith: f.FiledWith}
			if fs.FiledOn, err = date(fmt.Sprintf("project.filings[%d].filed_on", i), f.FiledOn); err != nil {
				return nil, err
			}
			out.Filings = append(out.Filings, fs)
		}
	}
	if p.Reports != nil {
		out.Reports = make([]sdk.ReportSpec, 0, len(p.Reports))
		for i, r := range p.Reports {
			rs := sdk.ReportSpec{Kind: r.Kind}
			if rs.SubmittedOn, err = date(fmt.Sprintf("project.reports[%d].submitted_on", i), r.SubmittedOn); err != nil {
				return nil, err
			}
			out.Reports = append(out.Reports, rs)
		}
	}
	if p.Evaluations != nil {
		out.Evaluations = make([]sdk.EvaluationSpec, 0, len(p.Evaluations))
		for i, e := range p.Evaluations {
			ev := sdk.EvaluationSpec{Kind: e.Kind, Rating: e.Rating}
			if e.EvaluatedOn != "" {
				d, err := sdk.ParseDate(e.EvaluatedOn)
				if err != nil {
					return nil, fmt.Errorf("project.evaluations[%d].evaluated_on: %w", i, err)
				}
				ev.EvaluatedOn = &d
			}
			out.Evaluations = append(out.Evaluations, ev)
		}
	}
	if p.Budget != nil {
		out.Budget = make([]sdk.BudgetLine, 0, len(p.Budget))
		for i, l := range p.Budget {
			amt, err := sdk.ParseYuan(l.Amount)
			if err != nil {
				return nil, fmt.Errorf("project.budget[%d].amount: %w", i, err)
			}
			out.Budget = append(out.Budget, sdk.BudgetLine{Category: sdk.BudgetCategory(l.Category), Amount: amt})
		}
	}
	for i, w := range p.Workers {
		ws, err := w.spec()
		if err != nil {
			return nil, fmt.Errorf("project.workers[%d]: %w", i, err)
		}
		out.Workers = append(out.Workers, ws)
	}
	return out, nil
}

func (w WorkerYAML) spec() (sdk.WorkerSpec, error) {
	out := sdk.WorkerSpec{Age: w.Age, Education: sdk.Education(w.Education), Major: w.Major,
		Certificate: sdk.CertificateLevel(w.Certificate), LocalHukou: w.LocalHukou, PartyMember: w.PartyMember,
		TrainingHoursPerYear: w.TrainingHoursPerYear, AgeWhenHired: w.AgeWhenHired, PlatformFiled: w.PlatformFiled,
		RecruitedViaPlatform: w.RecruitedViaPlatform, LaborContract: w.LaborContract, PaidMonthly: w.PaidMonthly,
		SocialInsurance: slices.Clone(w.SocialInsurance), EmployedByContractor: w.EmployedByContractor,
		TrainedBeforeService: w.TrainedBeforeService}
	var err error
	if out.BirthDate, err = date("birth_date", w.BirthDate); err != nil {
		return out, err
	}
	if out.HiredOn, err = date("hired_on", w.HiredOn); err != nil {
		return out, err
	}
	return out, nil
}
