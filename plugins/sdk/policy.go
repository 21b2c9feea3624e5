// Package sdk is what a region author imports to write a policy plugin for shegong.
//
// A region implements Policy with plain Go types (no protobuf, no gRPC) and calls Serve from
// its main package. The same Policy value runs in-process in tests and in the server's
// in-process mode, so the rules are written once.
package sdk

import "context"

// ProtocolVersion is the plugin protocol this SDK speaks (protobuf package shegong.policy.v1).
const ProtocolVersion = 1

// Policy is one region's policy: its documents, parameters, catalog and rules.
//
// Calls are batched: Budget and Staffing take many subjects and must return exactly one
// result per subject, in order. A subject the region cannot read (unknown domain, negative
// count) gets a result whose Invalid is set; the rest of the batch still evaluates. A returned
// error fails the whole call and is for conditions that are not the subject's fault.
//
// Every call carries asOf, the day on which the rules are applied. A rule outside its
// validity window on asOf is reported with status NOT_IN_FORCE, never applied.
type Policy interface {
	// Describe returns the region's identity, documents, parameters, coverage, rules,
	// catalog and pilot sites, for every date (the host caches it per plugin version).
	Describe(ctx context.Context) (*Description, error)
	// Budget evaluates money rules for a batch of projects: the budget requirement and the
	// budget findings (floors, shares, supervision fund, and the domain checks they rest on).
	Budget(ctx context.Context, asOf Date, projects []ProjectSpec) ([]BudgetResult, error)
	// Staffing evaluates rules about people and organisation for a batch of subjects:
	// project teams, stations, organizations and single workers (certificates, age,
	// education, shares, training, party organisation, contract terms).
	Staffing(ctx context.Context, asOf Date, subjects []Subject) ([]StaffingResult, error)
	// Catalog returns the catalog items and pilot sites in force on asOf.
	Catalog(ctx context.Context, asOf Date) (*CatalogResult, error)
}

// MaxBatch is the largest batch a plugin must accept in one call; larger batches are split by
// the host. It bounds a plugin's memory per call.
const MaxBatch = 10000

// SubjectKind names which of the four subject shapes a Subject carries.
type SubjectKind string

const (
	SubjectProject      SubjectKind = "project"
	SubjectStation      SubjectKind = "station"
	SubjectOrganization SubjectKind = "organization"
	SubjectWorker       SubjectKind = "worker"
)

// Subject is exactly one of a project team, a station, an organization or a worker.
type Subject struct {
	Project      *ProjectSpec
	Station      *StationSpec
	Organization *OrganizationSpec
	Worker       *WorkerSpec
}

// Kind returns the kind of the one set field, or "" when none or more than one is set.
func (s Subject) Kind() SubjectKind {
	var kind SubjectKind
	n := 0
	if s.Project != nil {
		kind, n = SubjectProject, n+1
	}
	if s.Station != nil {
		kind, n = SubjectStation, n+1
	}
	if s.Organization != nil {
		kind, n = SubjectOrganization, n+1
	}
	if s.Worker != nil {
		kind, n = SubjectWorker, n+1
	}
	if n != 1 {
		return ""
	}
	return kind
}

// BudgetCategory classifies a budget line. Only LABOR is 人员经费 (labour cost); every other
// category is non-labour (督导经费、业务活动费、管理费、服务险和税费、人员培训费 ...).
type BudgetCategory string

const (
	BudgetLabor        BudgetCategory = "LABOR"         // 人员经费
	BudgetSupervision  BudgetCategory = "SUPERVISION"   // 督导经费
	BudgetActivities   BudgetCategory = "ACTIVITIES"    // 业务活动费
	BudgetManagement   BudgetCategory = "MANAGEMENT"    // 管理费
	BudgetInsuranceTax BudgetCategory = "INSURANCE_TAX" // 服务险和税费
	BudgetTraining     BudgetCategory = "TRAINING"      // 人员培训费
	BudgetOther        BudgetCategory = "OTHER"         // 其他
)

// BudgetCategories lists every category in a stable order.
var BudgetCategories = []BudgetCategory{BudgetLabor, BudgetSupervision, BudgetActivities,
	BudgetManagement, BudgetInsuranceTax, BudgetTraining, BudgetOther}

// BudgetLine is one line of a project budget.
type BudgetLine struct {
	Category BudgetCategory
	Amount   Fen
}

// ProjectSpec is a government-purchased social-work service (政府购买社会工作服务项目) as a
// region's rules see it. Optional facts are pointers: nil means "not given", which rules
// report as INSUFFICIENT_INPUT rather than guessing.
type ProjectSpec struct {
	// Domain is a shared taxonomy code (DOM-MENTAL) or the region's own term (精神卫生).
	Domain            string
	Headcount         int  // 项目人员总数: funded positions
	ProfessionalPosts *int // 专业岗位数
	SupervisedWorkers *int // 接受督导的社工人数
	ContractSignedOn  *Date
	Months            int // service months covered by the budget; 0 means 12
	CycleYears        *int
	// Programme is the purchase programme the project belongs to, for regions whose
	// documents govern one programme only: ProgrammeStation for a 乡镇(街道)社会工作服务站
	// project (湖南 禾计划). "" means an ordinary purchased service.
	Programme string
	// PurchaseMode is how the government buys the service (购买方式): PurchasePost for
	// 岗位购买 (per post), PurchaseProject for 项目购买 (per project). "" means not given,
	// which a rule on the mode reports as INSUFFICIENT_INPUT.
	PurchaseMode string
	Budget       []BudgetLine // nil: no budget given
	Workers      []WorkerSpec
	// Evaluations are the project's evaluations (项目评估) on record. nil means not given, which
	// a rule on evaluations reports as INSUFFICIENT_INPUT; an empty slice means none held.
	Evaluations []EvaluationSpec
}

// EvaluationSpec is one evaluation of a project (项目评估) as rules see it.
type EvaluationSpec struct {
	Kind        string // one of EvaluationKinds
	Rating      string // one of EvaluationRatings; "" when not given (no rating recorded)
	EvaluatedOn *Date  // nil when not given
}

// Evaluation kinds (评估类型), as stored in the shared model.
const (
	EvaluationProfessional = "PROFESSIONAL" // 专业评估
	EvaluationPerformance  = "PERFORMANCE"  // 绩效评价 / 履约评价
	EvaluationMidTerm      = "MID_TERM"     // 中期评估
	EvaluationFinal        = "FINAL"        // 末期评估 (验收)
	EvaluationSelf         = "SELF"         // 自评
)

// EvaluationKinds lists the accepted EvaluationSpec.Kind values.
var EvaluationKinds = []string{EvaluationProfessional, EvaluationPerformance, EvaluationMidTerm, EvaluationFinal, EvaluationSelf}

// Evaluation ratings (评估等级), best first.
const (
	RatingExcellent   = "EXCELLENT"   // 优秀
	RatingGood        = "GOOD"        // 良好
	RatingQualified   = "QUALIFIED"   // 合格
	RatingUnqualified = "UNQUALIFIED" // 不合格
)

// EvaluationRatings lists the accepted EvaluationSpec.Rating values besides "".
var EvaluationRatings = []string{RatingExcellent, RatingGood, RatingQualified, RatingUnqualified}

// ProgrammeStation marks a township/street social-work station project (乡镇(街道)社会工作服务站项目).
const ProgrammeStation = "STATION"

// Programmes lists the accepted ProjectSpec.Programme values besides "".
var Programmes = []string{ProgrammeStation}

// Purchase modes (购买方式) of a project.
const (
	PurchasePost    = "POST"    // 岗位购买: the government buys posts
	PurchaseProject = "PROJECT" // 项目购买: the government buys a service project
)

// PurchaseModes lists the accepted ProjectSpec.PurchaseMode values besides "".
var PurchaseModes = []string{PurchasePost, PurchaseProject}

// MonthsOrDefault returns Months, or 12 when unset.
func (p ProjectSpec) MonthsOrDefault() int {
	if p.Months <= 0 {
		return 12
	}
	return p.Months
}

// Education is the highest completed level of schooling (学历).
type Education string

const (
	EducationUnknown    Education = ""            // not given
	EducationNone       Education = "NONE"        // 无
	EducationPrimary    Education = "PRIMARY"     // 小学
	EducationJuniorHigh Education = "JUNIOR_HIGH" // 初中
	EducationSeniorHigh Education = "SENIOR_HIGH" // 高中/中专
	EducationAssociate  Education = "ASSOCIATE"   // 大专
	EducationBachelor   Education = "BACHELOR"    // 本科
	EducationMaster     Education = "MASTER"      // 硕士
	EducationDoctorate  Education = "DOCTORATE"   // 博士
)

// EducationLevels lists the known levels from lowest to highest.
var EducationLevels = []Education{EducationNone, EducationPrimary, EducationJuniorHigh,
	EducationSeniorHigh, EducationAssociate, EducationBachelor, EducationMaster, EducationDoctorate}

// Rank orders education levels; -1 for unknown.
func (e Education) Rank() int {
	for i, l := range EducationLevels {
		if l == e {
			return i
		}
	}
	return -1
}

// CertificateLevel is the national social-work qualification (社会工作者职业水平证书).
type CertificateLevel string

const (
	CertificateUnknown      CertificateLevel = ""             // not given
	CertificateNone         CertificateLevel = "NONE"         // 无证
	CertificateAssistant    CertificateLevel = "ASSISTANT"    // 助理社会工作师
	CertificateIntermediate CertificateLevel = "INTERMEDIATE" // 社会工作师
	CertificateSenior       CertificateLevel = "SENIOR"       // 高级社会工作师
)

// Certified reports whether the level is one of the three certificates.
func (c CertificateLevel) Certified() bool {
	return c == CertificateAssistant || c == CertificateIntermediate || c == CertificateSenior
}

// WorkerSpec is a social worker (社会工作者) as rules see it: no name, no identity.
type WorkerSpec struct {
	Age                  *int  // age in whole years; when nil and BirthDate is set, computed at asOf
	BirthDate            *Date // 出生日期
	Education            Education
	Major                string // 专业, e.g. 社会工作
	Certificate          CertificateLevel
	LocalHukou           *bool // 本地户籍
	PartyMember          *bool // 中共党员 (正式党员)
	TrainingHoursPerYear *int  // 年度继续教育/培训 学时 (class hours, not clock hours)
}

// AgeAt returns the worker's age on asOf: Age when given, else computed from BirthDate.
func (w WorkerSpec) AgeAt(asOf Date) (int, bool) {
	if w.Age != nil {
		return *w.Age, true
	}
	if w.BirthDate != nil {
		return w.BirthDate.AgeOn(asOf), true
	}
	return 0, false
}

// StationSpec is a township/street social-work station (乡镇(街道)社会工作服务站).
type StationSpec struct {
	Township   string
	Workers    []WorkerSpec
	Facilities []string
}

// OrganizationSpec is a social-work service organisation (社会工作服务机构).
type OrganizationSpec struct {
	FullTimeStaff        int
	QualifiedStaff       *int  // 持证或社会工作本科以上学历的专职人员
	PartyMembers         *int  // 正式党员 among head, full-time and long-term part-time staff
	HasPartyOrganization *bool // 已建立党组织
	RegistrationLevel    string
	// Disclosures are the items the organisation has publicly disclosed (信息公开), named as
	// the documents name them (薪酬管理制度、年度财务报告 …). A region's disclosure rule
	// requires each item of its list parameter to appear exactly (surrounding spaces aside; see
	// MissingItems): free text, so that a region's list is data, not an enumeration here. nil
	// means not given, and disclosure rules answer INSUFFICIENT_INPUT; an empty slice means
	// nothing disclosed.
	Disclosures []string
	// HasBoard: a board of directors (理事会) is in place; nil when not given.
	HasBoard *bool
	// HasSupervisoryBoard: a supervisory board (监事会) is in place; nil when not given.
	HasSupervisoryBoard *bool
}

// BudgetRequirement is what a region requires of a project's money over its months. A nil
// field means the region sets no such requirement.
type BudgetRequirement struct {
	MinimumTotal    *Fen // 项目经费下限
	MinimumLabor    *Fen // 人员经费下限
	MaximumNonLabor *Fen // 非人员经费上限
	SupervisionFund *Fen // 督导经费
}

// BudgetResult is the outcome of Budget for one project.
type BudgetResult struct {
	Requirement *BudgetRequirement // nil where the region sets no budget rule for the project
	Findings    []Finding
	Invalid     *InputError // set when the project could not be read; Findings is then empty
}

// StaffingResult is the outcome of Staffing for one subject.
type StaffingResult struct {
	Findings []Finding
	Invalid  *InputError
}

// FindingStatus is the outcome of one rule on one subject.
type FindingStatus string

const (
	StatusPass              FindingStatus = "PASS"
	StatusFail              FindingStatus = "FAIL"
	StatusNotApplicable     FindingStatus = "NOT_APPLICABLE"
	StatusInsufficientInput FindingStatus = "INSUFFICIENT_INPUT"
	// StatusNotInForce marks a rule that would apply to the subject but is outside its
	// validity window on asOf: it was not applied.
	StatusNotInForce FindingStatus = "NOT_IN_FORCE"
)

// Finding is one rule applied to one subject.
type Finding struct {
	RuleID    string // id in policy_rules.yaml, e.g. SZ-BUDGET-PACKAGE-MIN
	Region    string // region code whose rule produced it; Serve fills it when empty
	Concept   string // shared concept key, e.g. budget.package_per_worker_year_min
	Status    FindingStatus
	Actual    string // what the subject has, e.g. "150000.00"
	Required  string // what the rule requires, e.g. ">= 163000.00"
	Remedy    string // how far from passing, zh + en, e.g. "需再增加 1 名持证社工 / 1 more certified worker needed"
	MessageZh string
	MessageEn string
	Citation  Citation
}

// Citation points at the exact words a rule comes from.
type Citation struct {
	Document string // document key, e.g. SZ-2020
	Title    string // document title in Chinese
	Clause   string // clause, e.g. 十三
	Quote    string // exact quote from the seed text
}

// InputError is a problem with a subject's data, naming the field.
type InputError struct {
	Field    string   // path inside the subject, e.g. "project.domain"
	Message  string   // zh + en
	Accepted []string // accepted values, where the field takes a closed set
}

func (e *InputError) Error() string {
	if e == nil {
		return "<nil>"
	}
	return e.Field + ": " + e.Message
}

// CatalogResult is what Catalog returns for a date.
type CatalogResult struct {
	Items      []CatalogItem
	PilotSites []PilotSite
}
