// Package policytest runs a region's policy test cases, written as data
// (regions/<code>/testdata/cases.yaml), against a chain of policies: the region evaluated first,
// then its ancestors (zhuzhou, hunan). It also cross-checks a region's claims against the shared
// sources (CheckSources): rule ids against policy_rules.yaml, quotes against the seed texts.
//
// The same runner backs `go test` (RunCases, one subtest per case) and the CLI
// (`shegong policy test regions/<code>`, through RunFile).
//
// Case file format (a contract between the region engineers):
//
//	region: shenzhen
//	cases:
//	  - name: 普通领域项目经费恰好等于下限 / package exactly at the floor passes
//	    as_of: 2023-06-01
//	    subject:                       # exactly one of project / station / organization / worker
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
// Station subject: {township, facilities: [...], workers: [...]}. Organization:
// {full_time_staff, qualified_staff, party_members, has_party_organization, registration_level,
// disclosures: [...], has_board, has_supervisory_board}; disclosures absent means not given,
// `disclosures: []` means nothing disclosed.
// Worker: {age, birth_date, education, major, certificate, local_hukou, party_member,
// training_hours_per_year}.
package policytest

import (
	"fmt"
	"os"
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
}

// ProjectYAML is sdk.ProjectSpec in YAML.
type ProjectYAML struct {
	Domain            string           `yaml:"domain"`
	Headcount         int              `yaml:"headcount"`
	ProfessionalPosts *int             `yaml:"professional_posts"`
	SupervisedWorkers *int             `yaml:"supervised_workers"`
	ContractSignedOn  string           `yaml:"contract_signed_on"`
	Months            int              `yaml:"months"`
	CycleYears        *int             `yaml:"cycle_years"`
	Programme         string           `yaml:"programme"`
	PurchaseMode      string           `yaml:"purchase_mode"`
	Budget            []BudgetLineYAML `yaml:"budget"`
	Workers           []WorkerYAML     `yaml:"workers"`
	// Evaluations: absent means not given (nil); `evaluations: []` means none held.
	Evaluations []EvaluationYAML `yaml:"evaluations"`
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
}

// StationYAML is sdk.StationSpec in YAML.
type StationYAML struct {
	Township   string       `yaml:"township"`
	Facilities []string     `yaml:"facilities"`
	Workers    []WorkerYAML `yaml:"workers"`
}

// OrganizationYAML is sdk.OrganizationSpec in YAML.
type OrganizationYAML struct {
	FullTimeStaff        int    `yaml:"full_time_staff"`
	QualifiedStaff       *int   `yaml:"qualified_staff"`
	PartyMembers         *int   `yaml:"party_members"`
	HasPartyOrganization *bool  `yaml:"has_party_organization"`
	RegistrationLevel    string `yaml:"registration_level"`
	// Disclosures: absent means not given (nil); `disclosures: []` means nothing disclosed.
	Disclosures         []string `yaml:"disclosures"`
	HasBoard            *bool    `yaml:"has_board"`
	HasSupervisoryBoard *bool    `yaml:"has_supervisory_board"`
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
		st := &sdk.StationSpec{Township: s.Station.Township, Facilities: s.Station.Facilities}
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
			HasBoard: o.HasBoard, HasSupervisoryBoard: o.HasSupervisoryBoard}
		if o.Disclosures != nil { // yaml.v3 decodes `disclosures: []` as an empty, non-nil slice
			out.Organization.Disclosures = append([]string{}, o.Disclosures...)
		}
	}
	if s.Worker != nil {
		w, err := s.Worker.spec()
		if err != nil {
			return out, fmt.Errorf("worker: %w", err)
		}
		out.Worker = &w
	}
	if out.Kind() == "" {
		return out, fmt.Errorf("subject must hold exactly one of project, station, organization, worker")
	}
	return out, nil
}

func (p *ProjectYAML) spec() (*sdk.ProjectSpec, error) {
	out := &sdk.ProjectSpec{Domain: p.Domain, Headcount: p.Headcount, ProfessionalPosts: p.ProfessionalPosts,
		SupervisedWorkers: p.SupervisedWorkers, Months: p.Months, CycleYears: p.CycleYears, Programme: p.Programme,
		PurchaseMode: p.PurchaseMode}
	if p.ContractSignedOn != "" {
		d, err := sdk.ParseDate(p.ContractSignedOn)
		if err != nil {
			return nil, fmt.Errorf("project.contract_signed_on: %w", err)
		}
		out.ContractSignedOn = &d
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
		TrainingHoursPerYear: w.TrainingHoursPerYear}
	if w.BirthDate != "" {
		d, err := sdk.ParseDate(w.BirthDate)
		if err != nil {
			return out, fmt.Errorf("birth_date: %w", err)
		}
		out.BirthDate = &d
	}
	return out, nil
}
