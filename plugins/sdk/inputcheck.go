package sdk

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Bounds on subject data. They are far above anything a real project has and exist so that
// absurd input (a headcount of 10^9, an overflowing amount) is reported as invalid input
// instead of reaching rules that multiply it.
const (
	MaxHeadcount     = 100_000                   // people in one project, station or organization
	MaxMonths        = 120                       // months covered by one budget
	MaxCycleYears    = 50                        // years of one contract cycle
	MaxBudgetLines   = 1_000                     // lines in one budget
	MaxEvaluations   = 1_000                     // evaluations of one project
	MaxDisclosures   = 1_000                     // disclosed items of one organization
	MaxItemRunes     = 200                       // characters in one free-text list item
	MaxAmount        = Fen(1_000_000_000_000_00) // 1万亿元 in one budget line
	MaxAge           = 150
	MaxTrainingHours = 10_000 // 学时 per year
)

// ValidateProject checks what every region needs to read a project: counts in range,
// known budget categories and worker enumerations, well-formed dates. It does not check
// region-specific facts such as whether the domain is in the region's catalog. The SDK runs
// it before a region's Budget and Staffing see a project, so rules may rely on it.
func ValidateProject(p ProjectSpec) *InputError {
	return ValidateSubject(Subject{Project: &p})
}

// ValidateSubject checks that exactly one shape is set, that each field is in range, and
// that counts agree with each other (professional posts within the headcount, ...).
func ValidateSubject(s Subject) *InputError {
	if e := validateFields(s); e != nil {
		return e
	}
	return validateCrossFields(s)
}

func validateFields(s Subject) *InputError {
	switch s.Kind() {
	case SubjectProject:
		return validateProject(*s.Project, "project")
	case SubjectStation:
		return validateWorkers(s.Station.Workers, "station.workers")
	case SubjectOrganization:
		o := s.Organization
		if e := countInRange(o.FullTimeStaff, "organization.fullTimeStaff", MaxHeadcount); e != nil {
			return e
		}
		if e := optCountInRange(o.QualifiedStaff, "organization.qualifiedStaff", MaxHeadcount); e != nil {
			return e
		}
		if e := optCountInRange(o.PartyMembers, "organization.partyMembers", MaxHeadcount); e != nil {
			return e
		}
		return validateItems(o.Disclosures, "organization.disclosures", MaxDisclosures)
	case SubjectWorker:
		return validateWorker(*s.Worker, "worker")
	}
	return &InputError{
		Field:    "subject",
		Message:  "须且只须给出 project、station、organization、worker 之一 / exactly one of project, station, organization, worker is required",
		Accepted: []string{string(SubjectProject), string(SubjectStation), string(SubjectOrganization), string(SubjectWorker)},
	}
}

func validateProject(p ProjectSpec, path string) *InputError {
	if e := countInRange(p.Headcount, path+".headcount", MaxHeadcount); e != nil {
		return e
	}
	if e := optCountInRange(p.ProfessionalPosts, path+".professionalPosts", MaxHeadcount); e != nil {
		return e
	}
	if e := optCountInRange(p.SupervisedWorkers, path+".supervisedWorkers", MaxHeadcount); e != nil {
		return e
	}
	if e := countInRange(p.Months, path+".months", MaxMonths); e != nil {
		return e
	}
	if e := optCountInRange(p.CycleYears, path+".cycleYears", MaxCycleYears); e != nil {
		return e
	}
	if p.Programme != "" && !slices.Contains(Programmes, p.Programme) {
		return &InputError{Field: path + ".programme", Message: fmt.Sprintf("未知的项目类别 %q / unknown programme %q", p.Programme, p.Programme), Accepted: Programmes}
	}
	if p.PurchaseMode != "" && !slices.Contains(PurchaseModes, p.PurchaseMode) {
		return &InputError{Field: path + ".purchaseMode", Message: fmt.Sprintf("未知的购买方式 %q / unknown purchase mode %q", p.PurchaseMode, p.PurchaseMode), Accepted: PurchaseModes}
	}
	if p.ContractSignedOn != nil && !validDate(*p.ContractSignedOn) {
		return badDate(path + ".contractSignedOn")
	}
	if e := validateEvaluations(p.Evaluations, path+".evaluations"); e != nil {
		return e
	}
	if len(p.Budget) > MaxBudgetLines {
		return &InputError{Field: path + ".budget", Message: fmt.Sprintf("预算行过多（最多 %d 行） / too many budget lines (at most %d)", MaxBudgetLines, MaxBudgetLines)}
	}
	for i, l := range p.Budget {
		f := path + ".budget[" + strconv.Itoa(i) + "]"
		if !slices.Contains(BudgetCategories, l.Category) {
			accepted := make([]string, len(BudgetCategories))
			for j, c := range BudgetCategories {
				accepted[j] = string(c)
			}
			return &InputError{Field: f + ".category", Message: fmt.Sprintf("未知的预算类别 %q / unknown budget category %q", l.Category, l.Category), Accepted: accepted}
		}
		if l.Amount < 0 || l.Amount > MaxAmount {
			return &InputError{Field: f + ".amount", Message: fmt.Sprintf("金额须在 0 至 %s 元之间 / amount must be between 0 and %s yuan", MaxAmount, MaxAmount)}
		}
	}
	return validateWorkers(p.Workers, path+".workers")
}

// validateItems checks a free-text list: bounded length, no blank or overlong item. An item
// is matched exactly against a region's list, so a blank one can only be a mistake.
func validateItems(items []string, path string, max int) *InputError {
	if len(items) > max {
		return &InputError{Field: path, Message: fmt.Sprintf("条目过多（最多 %d 条） / too many items (at most %d)", max, max)}
	}
	for i, it := range items {
		f := path + "[" + strconv.Itoa(i) + "]"
		if strings.TrimSpace(it) == "" {
			return &InputError{Field: f, Message: "条目为空 / empty item"}
		}
		if n := utf8.RuneCountInString(it); n > MaxItemRunes {
			return &InputError{Field: f, Message: fmt.Sprintf("条目过长（%d 字，最多 %d 字） / item too long (%d characters, at most %d)", n, MaxItemRunes, n, MaxItemRunes)}
		}
	}
	return nil
}

func validateEvaluations(es []EvaluationSpec, path string) *InputError {
	if len(es) > MaxEvaluations {
		return &InputError{Field: path, Message: fmt.Sprintf("评估记录过多（最多 %d 条） / too many evaluations (at most %d)", MaxEvaluations, MaxEvaluations)}
	}
	for i, e := range es {
		f := path + "[" + strconv.Itoa(i) + "]"
		if !slices.Contains(EvaluationKinds, e.Kind) {
			return &InputError{Field: f + ".kind", Message: fmt.Sprintf("未知的评估类型 %q / unknown evaluation kind %q", e.Kind, e.Kind), Accepted: EvaluationKinds}
		}
		if e.Rating != "" && !slices.Contains(EvaluationRatings, e.Rating) {
			return &InputError{Field: f + ".rating", Message: fmt.Sprintf("未知的评估等级 %q / unknown evaluation rating %q", e.Rating, e.Rating), Accepted: EvaluationRatings}
		}
		if e.EvaluatedOn != nil && !validDate(*e.EvaluatedOn) {
			return badDate(f + ".evaluatedOn")
		}
	}
	return nil
}

func validateWorkers(ws []WorkerSpec, path string) *InputError {
	if len(ws) > MaxHeadcount {
		return &InputError{Field: path, Message: fmt.Sprintf("人数过多（最多 %d） / too many workers (at most %d)", MaxHeadcount, MaxHeadcount)}
	}
	for i, w := range ws {
		if e := validateWorker(w, path+"["+strconv.Itoa(i)+"]"); e != nil {
			return e
		}
	}
	return nil
}

func validateWorker(w WorkerSpec, path string) *InputError {
	if e := optCountInRange(w.Age, path+".age", MaxAge); e != nil {
		return e
	}
	if w.BirthDate != nil && !validDate(*w.BirthDate) {
		return badDate(path + ".birthDate")
	}
	if w.Education != EducationUnknown && w.Education.Rank() < 0 {
		accepted := make([]string, len(EducationLevels))
		for i, l := range EducationLevels {
			accepted[i] = string(l)
		}
		return &InputError{Field: path + ".education", Message: fmt.Sprintf("未知的学历 %q / unknown education level %q", w.Education, w.Education), Accepted: accepted}
	}
	switch w.Certificate {
	case CertificateUnknown, CertificateNone, CertificateAssistant, CertificateIntermediate, CertificateSenior:
	default:
		return &InputError{
			Field:    path + ".certificate",
			Message:  fmt.Sprintf("未知的证书等级 %q / unknown certificate level %q", w.Certificate, w.Certificate),
			Accepted: []string{string(CertificateNone), string(CertificateAssistant), string(CertificateIntermediate), string(CertificateSenior)},
		}
	}
	return optCountInRange(w.TrainingHoursPerYear, path+".trainingHoursPerYear", MaxTrainingHours)
}

func countInRange(n int, field string, max int) *InputError {
	if n < 0 || n > max {
		return &InputError{Field: field, Message: fmt.Sprintf("须在 0 至 %d 之间，实为 %d / must be between 0 and %d, got %d", max, n, max, n)}
	}
	return nil
}

func optCountInRange(n *int, field string, max int) *InputError {
	if n == nil {
		return nil
	}
	return countInRange(*n, field, max)
}

func badDate(field string) *InputError {
	return &InputError{Field: field, Message: "日期无效，应为 YYYY-MM-DD / invalid date, want YYYY-MM-DD"}
}

// validDate reports whether d is a real calendar day in a four-digit year (the range the
// wire format can carry).
func validDate(d Date) bool {
	return d.Year >= 1 && d.Year <= 9999 && NewDate(d.Year, d.Month, d.Day) == d
}

// ValidAsOf reports whether asOf can be evaluated: a real day, not the zero Date.
func ValidAsOf(asOf Date) error {
	if !validDate(asOf) {
		return &ArgumentError{Msg: fmt.Sprintf("asOf %+v is not a calendar day in years 0001-9999", asOf)}
	}
	return nil
}

// validateCrossFields checks the relations between a subject's counts that the per-field
// ranges do not: professional posts and supervised workers cannot exceed a project's
// headcount, and qualified staff cannot exceed an organisation's full-time staff.
func validateCrossFields(s Subject) *InputError {
	if p := s.Project; p != nil {
		if p.ProfessionalPosts != nil && *p.ProfessionalPosts > p.Headcount {
			return &InputError{Field: "project.professionalPosts", Message: fmt.Sprintf(
				"专业岗位数 %d 超过项目人员总数 %d / professional posts %d exceed the headcount %d",
				*p.ProfessionalPosts, p.Headcount, *p.ProfessionalPosts, p.Headcount)}
		}
		if p.SupervisedWorkers != nil && *p.SupervisedWorkers > p.Headcount {
			return &InputError{Field: "project.supervisedWorkers", Message: fmt.Sprintf(
				"接受督导的社工人数 %d 超过项目人员总数 %d / supervised workers %d exceed the headcount %d",
				*p.SupervisedWorkers, p.Headcount, *p.SupervisedWorkers, p.Headcount)}
		}
	}
	if o := s.Organization; o != nil && o.QualifiedStaff != nil && *o.QualifiedStaff > o.FullTimeStaff {
		return &InputError{Field: "organization.qualifiedStaff", Message: fmt.Sprintf(
			"持证或专业学历人员 %d 超过专职工作人员 %d / qualified staff %d exceed the full-time staff %d",
			*o.QualifiedStaff, o.FullTimeStaff, *o.QualifiedStaff, o.FullTimeStaff)}
	}
	return nil
}
