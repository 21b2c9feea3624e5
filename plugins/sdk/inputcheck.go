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

	MaxListItems       = 1_000      // items in one other free-text list (contract clauses, systems, sections …)
	MaxFilings         = 1_000      // filings of one project
	MaxReports         = 1_000      // contractor reports of one project
	MaxActs            = 10_000     // plans, reports and inspections of one government
	MaxCatalogItems    = 10_000     // items of one guidance catalogue
	MaxContractParties = 100        // parties to one service agreement
	MaxUnitCount       = 10_000_000 // townships, workers or organisations in one government's area
	MinYear, MaxYear   = 1, 9999    // a funding year, as far as dates go
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

// ValidateSubjectOn checks s as ValidateSubject does, then against the day it is evaluated on:
// no worker is born after asOf (a birth date after it is a typo or another person, and an age
// computed from it would be negative), and none hired by asOf was older when hired than on
// asOf. Birth dates are the caller's own data: a stored worker
// reaches the rules as an age, never a birth date (graph.WorkerSpec), so this never refuses an
// assessment of stored data. The SDK runs it on every subject before a region's rules see it.
func ValidateSubjectOn(s Subject, asOf Date) *InputError {
	if e := ValidateSubject(s); e != nil {
		return e
	}
	var workers []WorkerSpec
	path := ""
	switch {
	case s.Worker != nil:
		return workerOn(*s.Worker, "worker", asOf)
	case s.Project != nil:
		workers, path = s.Project.Workers, "project.workers"
	case s.Station != nil:
		workers, path = s.Station.Workers, "station.workers"
	}
	for i, w := range workers {
		if e := workerOn(w, path+"["+strconv.Itoa(i)+"]", asOf); e != nil {
			return e
		}
	}
	return nil
}

// workerOn refuses a birth date after asOf, and an age when hired above the age on asOf for a
// worker hired by then (hiredOn not given, or not after asOf: people grow older, so an age at
// hiring above today's age is a typo). A worker to be hired after asOf may be older then, so
// that case is not checked. Messages name the field, never a date or an age.
func workerOn(w WorkerSpec, path string, asOf Date) *InputError {
	if w.BirthDate != nil && w.BirthDate.After(asOf) {
		return &InputError{Field: path + ".birthDate", Message: "出生日期不得晚于评估日 asOf / the birth date must not be after the as-of date (asOf)"}
	}
	if w.AgeWhenHired == nil || (w.HiredOn != nil && w.HiredOn.After(asOf)) {
		return nil
	}
	if age, ok := w.AgeAt(asOf); ok && *w.AgeWhenHired > age {
		return &InputError{Field: path + ".ageWhenHired",
			Message: "招录时年龄不得大于评估日的年龄 (age 或 birthDate) / the age when hired must not exceed the age on the as-of date (age or birthDate)"}
	}
	return nil
}

func validateFields(s Subject) *InputError {
	switch s.Kind() {
	case SubjectProject:
		return validateProject(*s.Project, "project")
	case SubjectStation:
		st := s.Station
		return first(
			func() *InputError { return validateWorkers(st.Workers, "station.workers") },
			func() *InputError {
				return optCountInRange(st.AgreedHeadcount, "station.agreedHeadcount", MaxHeadcount)
			},
			func() *InputError { return validateItems(st.Systems, "station.systems", MaxListItems) },
		)
	case SubjectOrganization:
		return validateOrganization(*s.Organization, "organization")
	case SubjectWorker:
		return validateWorker(*s.Worker, "worker")
	case SubjectGovernment:
		return validateGovernment(*s.Government, "government")
	}
	accepted := make([]string, len(SubjectKinds))
	for i, k := range SubjectKinds {
		accepted[i] = string(k)
	}
	return &InputError{
		Field:    "subject",
		Message:  "须且只须给出 project、station、organization、worker、government 之一 / exactly one of project, station, organization, worker, government is required",
		Accepted: accepted,
	}
}

// first runs the checks in order and returns the first problem, so that a subject's first
// bad field (in declaration order) is the one reported.
func first(checks ...func() *InputError) *InputError {
	for _, c := range checks {
		if e := c(); e != nil {
			return e
		}
	}
	return nil
}

// optEnum checks an optional closed-set value: "" (not given) or one of accepted. nameZh and
// nameEn name the fact in the message (购买方式 / purchase mode).
func optEnum(v, field, nameZh, nameEn string, accepted []string) *InputError {
	if v == "" || slices.Contains(accepted, v) {
		return nil
	}
	return unknownValue(field, nameZh, nameEn, accepted)
}

// unknownValue reports a value outside a closed set. It names the fact and lists the accepted
// values but never repeats the value given: no error echoes input (it may be personal data).
func unknownValue(field, nameZh, nameEn string, accepted []string) *InputError {
	return &InputError{Field: field, Message: fmt.Sprintf("未知的%s / unknown %s", nameZh, nameEn), Accepted: accepted}
}

// reqEnum checks a required closed-set value: one of accepted.
func reqEnum(v, field, nameZh, nameEn string, accepted []string) *InputError {
	if v == "" {
		return &InputError{Field: field, Message: fmt.Sprintf("须给出%s / %s is required", nameZh, nameEn), Accepted: accepted}
	}
	return optEnum(v, field, nameZh, nameEn, accepted)
}

// optDate checks an optional date: nil (not given) or a real calendar day.
func optDate(d *Date, field string) *InputError {
	if d != nil && !validDate(*d) {
		return badDate(field)
	}
	return nil
}

// optAmount checks an optional amount: nil (not given) or within 0..MaxAmount.
func optAmount(f *Fen, field string) *InputError {
	if f != nil && (*f < 0 || *f > MaxAmount) {
		return &InputError{Field: field, Message: fmt.Sprintf("金额须在 0 至 %s 元之间 / amount must be between 0 and %s yuan", MaxAmount, MaxAmount)}
	}
	return nil
}

// tooMany reports a list longer than max.
func tooMany(n int, field, nameZh, nameEn string, max int) *InputError {
	if n > max {
		return &InputError{Field: field, Message: fmt.Sprintf("%s过多（最多 %d 条） / too many %s (at most %d)", nameZh, max, nameEn, max)}
	}
	return nil
}

// validateText checks one free-text value matched exactly against a region's list: not blank,
// not overlong.
func validateText(v, field string) *InputError {
	if strings.TrimSpace(v) == "" {
		return &InputError{Field: field, Message: "不能为空 / must not be blank"}
	}
	if n := utf8.RuneCountInString(v); n > MaxItemRunes {
		return &InputError{Field: field, Message: fmt.Sprintf("过长（最多 %d 字） / too long (at most %d characters)", MaxItemRunes, MaxItemRunes)}
	}
	return nil
}

// validateLevels checks a list of administrative levels, each one of AdminLevels.
func validateLevels(levels []string, path, nameZh, nameEn string, max int) *InputError {
	if e := tooMany(len(levels), path, nameZh, nameEn, max); e != nil {
		return e
	}
	for i, l := range levels {
		if e := reqEnum(l, path+"["+strconv.Itoa(i)+"]", "行政级别", "administrative level", AdminLevels); e != nil {
			return e
		}
	}
	return nil
}

func validateOrganization(o OrganizationSpec, path string) *InputError {
	return first(
		func() *InputError { return countInRange(o.FullTimeStaff, path+".fullTimeStaff", MaxHeadcount) },
		func() *InputError { return optCountInRange(o.QualifiedStaff, path+".qualifiedStaff", MaxHeadcount) },
		func() *InputError { return optCountInRange(o.PartyMembers, path+".partyMembers", MaxHeadcount) },
		func() *InputError {
			return optEnum(o.RegistrationLevel, path+".registrationLevel", "登记管理机关级别", "registration level", GovernmentLevels)
		},
		func() *InputError {
			return optEnum(o.Category, path+".category", "社会组织类别", "organisation category", OrganizationCategories)
		},
		func() *InputError {
			return validateItems(o.RegistrationConditions, path+".registrationConditions", MaxListItems)
		},
		func() *InputError {
			return optEnum(o.PartyOrganizationMode, path+".partyOrganizationMode", "党组织组建方式", "party organisation mode", PartyOrganizationModes)
		},
		func() *InputError {
			return optEnum(o.AnnualInspection, path+".annualInspection", "年检结论", "annual inspection result", AnnualInspectionResults)
		},
		func() *InputError { return validateItems(o.Disclosures, path+".disclosures", MaxDisclosures) },
	)
}

func validateGovernment(g GovernmentSpec, path string) *InputError {
	checks := []func() *InputError{
		func() *InputError {
			return reqEnum(g.Level, path+".level", "政府层级", "government level", GovernmentLevels)
		},
		func() *InputError {
			if utf8.RuneCountInString(g.Name) > MaxItemRunes {
				return &InputError{Field: path + ".name", Message: fmt.Sprintf("名称过长（最多 %d 字） / name too long (at most %d characters)", MaxItemRunes, MaxItemRunes)}
			}
			return nil
		},
	}
	for _, c := range []struct {
		n    *int
		name string
	}{
		{g.Townships, "townships"},
		{g.TownshipsWithStation, "townshipsWithStation"},
		{g.SocialWorkers, "socialWorkers"},
		{g.PrivateSocialWorkOrganizations, "privateSocialWorkOrganizations"},
		{g.OrganizationsWithPartyOrganization, "organizationsWithPartyOrganization"},
		{g.PilotCounties, "pilotCounties"},
		{g.PilotTownships, "pilotTownships"},
	} {
		checks = append(checks, func() *InputError { return optCountInRange(c.n, path+"."+c.name, MaxUnitCount) })
	}
	checks = append(checks,
		func() *InputError { return optAmount(g.PackageStandard, path+".packageStandard") },
		func() *InputError {
			c := g.Catalog
			if c == nil {
				return nil
			}
			return first(
				func() *InputError { return optDate(c.CompletedOn, path+".catalog.completedOn") },
				func() *InputError { return optDate(c.PublishedOn, path+".catalog.publishedOn") },
				func() *InputError {
					return validateLevels(c.ItemLevels, path+".catalog.itemLevels", "目录条目", "catalogue items", MaxCatalogItems)
				},
			)
		},
		func() *InputError { return tooMany(len(g.Acts), path+".acts", "记录", "acts", MaxActs) },
	)
	for i, a := range g.Acts {
		f := path + ".acts[" + strconv.Itoa(i) + "]"
		checks = append(checks,
			func() *InputError { return reqEnum(a.Kind, f+".kind", "记录类型", "act kind", GovernmentActKinds) },
			func() *InputError { return optDate(a.On, f+".on") },
			func() *InputError {
				return optEnum(a.Authority, f+".authority", "行政级别", "administrative level", AdminLevels)
			},
			func() *InputError { return validateItems(a.Sections, f+".sections", MaxListItems) },
		)
	}
	return first(checks...)
}

func validateProject(p ProjectSpec, path string) *InputError {
	if e := positiveCount(&p.Headcount, path+".headcount", MaxHeadcount); e != nil {
		return e
	}
	if e := optCountInRange(p.ProfessionalPosts, path+".professionalPosts", MaxHeadcount); e != nil {
		return e
	}
	if e := optCountInRange(p.SupervisedWorkers, path+".supervisedWorkers", MaxHeadcount); e != nil {
		return e
	}
	if e := positiveCount(p.Months, path+".months", MaxMonths); e != nil {
		return e
	}
	if e := optCountInRange(p.CycleYears, path+".cycleYears", MaxCycleYears); e != nil {
		return e
	}
	if e := optEnum(p.Programme, path+".programme", "项目类别", "programme", Programmes); e != nil {
		return e
	}
	if e := optEnum(p.PurchaseMode, path+".purchaseMode", "购买方式", "purchase mode", PurchaseModes); e != nil {
		return e
	}
	if p.ContractSignedOn != nil && !validDate(*p.ContractSignedOn) {
		return badDate(path + ".contractSignedOn")
	}
	if e := validateEvaluations(p.Evaluations, path+".evaluations"); e != nil {
		return e
	}
	if e := validateProjectFacts(p, path); e != nil {
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
			return unknownValue(f+".category", "预算类别", "budget category", accepted)
		}
		if l.Amount < 0 || l.Amount > MaxAmount {
			return &InputError{Field: f + ".amount", Message: fmt.Sprintf("金额须在 0 至 %s 元之间 / amount must be between 0 and %s yuan", MaxAmount, MaxAmount)}
		}
	}
	return validateWorkers(p.Workers, path+".workers")
}

// validateProjectFacts checks the project's procurement, filing and reporting facts.
func validateProjectFacts(p ProjectSpec, path string) *InputError {
	checks := []func() *InputError{
		func() *InputError {
			if p.Purchaser == nil {
				return nil
			}
			return first(
				func() *InputError {
					return optEnum(p.Purchaser.Level, path+".purchaser.level", "行政级别", "administrative level", AdminLevels)
				},
				func() *InputError {
					return optEnum(p.Purchaser.Type, path+".purchaser.type", "购买主体类型", "purchaser type", PurchaserTypes)
				},
			)
		},
		func() *InputError {
			return optCountInRange(p.ContractParties, path+".contractParties", MaxContractParties)
		},
		func() *InputError { return validateItems(p.ContractClauses, path+".contractClauses", MaxListItems) },
		func() *InputError { return validateItems(p.Specification, path+".specification", MaxListItems) },
		func() *InputError {
			return optEnum(p.ProcurementMethod, path+".procurementMethod", "采购方式", "procurement method", ProcurementMethods)
		},
		func() *InputError {
			return optEnum(p.ProcurementException, path+".procurementException", "不公开招标的理由", "procurement exception", ProcurementExceptions)
		},
		func() *InputError { return validateItems(p.FundingSources, path+".fundingSources", MaxListItems) },
		func() *InputError {
			if y := p.FundingYear; y != nil && (*y < MinYear || *y > MaxYear) {
				return &InputError{Field: path + ".fundingYear", Message: fmt.Sprintf("年度须在 %d 至 %d 之间 / year must be between %d and %d", MinYear, MaxYear, MinYear, MaxYear)}
			}
			return nil
		},
		func() *InputError {
			return optEnum(p.ServiceLevel, path+".serviceLevel", "服务层级", "service level", AdminLevels)
		},
		func() *InputError {
			return tooMany(len(p.Filings), path+".filings", "备案记录", "filings", MaxFilings)
		},
	}
	for i, fl := range p.Filings {
		f := path + ".filings[" + strconv.Itoa(i) + "]"
		checks = append(checks,
			func() *InputError { return validateText(fl.Document, f+".document") },
			func() *InputError {
				return optEnum(fl.FiledWith, f+".filedWith", "行政级别", "administrative level", AdminLevels)
			},
			func() *InputError { return optDate(fl.FiledOn, f+".filedOn") },
		)
	}
	checks = append(checks, func() *InputError { return tooMany(len(p.Reports), path+".reports", "报告", "reports", MaxReports) })
	for i, r := range p.Reports {
		f := path + ".reports[" + strconv.Itoa(i) + "]"
		checks = append(checks,
			func() *InputError { return reqEnum(r.Kind, f+".kind", "报告类型", "report kind", ReportKinds) },
			func() *InputError { return optDate(r.SubmittedOn, f+".submittedOn") },
		)
	}
	checks = append(checks,
		func() *InputError { return optDate(p.EstablishedOn, path+".establishedOn") },
		func() *InputError { return optDate(p.LibraryApprovedOn, path+".libraryApprovedOn") },
		func() *InputError { return optDate(p.BudgetDeclaredOn, path+".budgetDeclaredOn") },
		func() *InputError { return optAmount(p.LocalPackageStandard, path+".localPackageStandard") },
	)
	return first(checks...)
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
		if utf8.RuneCountInString(it) > MaxItemRunes {
			return &InputError{Field: f, Message: fmt.Sprintf("条目过长（最多 %d 字） / item too long (at most %d characters)", MaxItemRunes, MaxItemRunes)}
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
		if bad := reqEnum(e.Kind, f+".kind", "评估类型", "evaluation kind", EvaluationKinds); bad != nil {
			return bad
		}
		if bad := optEnum(e.Rating, f+".rating", "评估等级", "evaluation rating", EvaluationRatings); bad != nil {
			return bad
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
		return unknownValue(path+".education", "学历", "education level", accepted)
	}
	switch w.Certificate {
	case CertificateUnknown, CertificateNone, CertificateAssistant, CertificateIntermediate, CertificateSenior:
	default:
		return unknownValue(path+".certificate", "证书等级", "certificate level",
			[]string{string(CertificateNone), string(CertificateAssistant), string(CertificateIntermediate), string(CertificateSenior)})
	}
	if e := optCountInRange(w.TrainingHoursPerYear, path+".trainingHoursPerYear", MaxTrainingHours); e != nil {
		return e
	}
	if e := optDate(w.HiredOn, path+".hiredOn"); e != nil {
		return e
	}
	if e := optCountInRange(w.AgeWhenHired, path+".ageWhenHired", MaxAge); e != nil {
		return e
	}
	if e := tooMany(len(w.SocialInsurance), path+".socialInsurance", "社会保险", "social insurances", MaxListItems); e != nil {
		return e
	}
	for i, ins := range w.SocialInsurance {
		if e := reqEnum(ins, path+".socialInsurance["+strconv.Itoa(i)+"]", "社会保险险种", "social insurance", SocialInsurances); e != nil {
			return e
		}
	}
	return nil
}

func countInRange(n int, field string, max int) *InputError {
	if n < 0 || n > max {
		return &InputError{Field: field, Message: fmt.Sprintf("须在 0 至 %d 之间 / must be between 0 and %d", max, max)}
	}
	return nil
}

func optCountInRange(n *int, field string, max int) *InputError {
	if n == nil {
		return nil
	}
	return countInRange(*n, field, max)
}

// positiveCount checks a count the rules scale or divide by — a project's headcount (professional
// posts are a share of it, the budget floor a multiple) and its months: when given it is 1..max,
// since 0 would be no project or no period, which no rule can read; months 0 is refused rather
// than read as the default year, which is for months not given (nil).
func positiveCount(n *int, field string, max int) *InputError {
	if n != nil && (*n < 1 || *n > max) {
		return &InputError{Field: field, Message: fmt.Sprintf("须在 1 至 %d 之间 / must be between 1 and %d", max, max)}
	}
	return nil
}

func badDate(field string) *InputError {
	return &InputError{Field: field, Message: "日期无效，应为 YYYY-MM-DD / invalid date, want YYYY-MM-DD"}
}

// validDate reports whether d is a real calendar day in a four-digit year (the range the
// wire format can carry).
func validDate(d Date) bool {
	return d.Year >= MinYear && d.Year <= MaxYear && NewDate(d.Year, d.Month, d.Day) == d
}

// ValidAsOf reports whether asOf can be evaluated: a real day, not the zero Date.
func ValidAsOf(asOf Date) error {
	if !validDate(asOf) {
		return &ArgumentError{Msg: fmt.Sprintf("asOf 须为 %04d 至 %04d 年间的日历日 / asOf must be a calendar day in years %04d-%04d", MinYear, MaxYear, MinYear, MaxYear)}
	}
	return nil
}

// validateCrossFields checks the relations between a subject's counts that the per-field
// ranges do not: professional posts, supervised workers and listed workers cannot exceed a
// project's headcount, qualified staff cannot exceed an organisation's full-time staff, and a
// government's townships with a station or selected as pilots cannot exceed its townships, nor
// its organisations with a party organisation its organisations.
func validateCrossFields(s Subject) *InputError {
	if p := s.Project; p != nil {
		if p.ProfessionalPosts != nil && *p.ProfessionalPosts > p.Headcount {
			return &InputError{Field: "project.professionalPosts",
				Message: "专业岗位数不得超过项目人员总数 / professional posts must not exceed the headcount"}
		}
		if p.SupervisedWorkers != nil && *p.SupervisedWorkers > p.Headcount {
			return &InputError{Field: "project.supervisedWorkers",
				Message: "接受督导的社工人数不得超过项目人员总数 / supervised workers must not exceed the headcount"}
		}
		// The listed workers are the project's people, so there cannot be more of them than
		// funded positions; fewer is usual (not every worker need be listed).
		if len(p.Workers) > p.Headcount {
			return &InputError{Field: "project.workers", Message: "所列社工人数不得超过项目人员总数 project.headcount / the listed workers must not outnumber the headcount (project.headcount)"}
		}
	}
	if o := s.Organization; o != nil && o.QualifiedStaff != nil && *o.QualifiedStaff > o.FullTimeStaff {
		return &InputError{Field: "organization.qualifiedStaff",
			Message: "持证或专业学历人员不得超过专职工作人员 / qualified staff must not exceed the full-time staff"}
	}
	if g := s.Government; g != nil && g.Townships != nil {
		if g.TownshipsWithStation != nil && *g.TownshipsWithStation > *g.Townships {
			return &InputError{Field: "government.townshipsWithStation",
				Message: "已建站乡镇(街道)数不得超过乡镇(街道)总数 / townships with a station must not exceed the townships"}
		}
		if g.PilotTownships != nil && *g.PilotTownships > *g.Townships {
			return &InputError{Field: "government.pilotTownships",
				Message: "试点乡镇数不得超过乡镇(街道)总数 / pilot townships must not exceed the townships"}
		}
	}
	if g := s.Government; g != nil && g.PrivateSocialWorkOrganizations != nil && g.OrganizationsWithPartyOrganization != nil &&
		*g.OrganizationsWithPartyOrganization > *g.PrivateSocialWorkOrganizations {
		return &InputError{Field: "government.organizationsWithPartyOrganization",
			Message: "已建立党组织的机构数不得超过社工机构总数 government.privateSocialWorkOrganizations / organisations with a party organisation must not exceed the organisations (government.privateSocialWorkOrganizations)"}
	}
	return nil
}
