// Package sdk is what a region author imports to write a policy plugin for shegong.
//
// A region implements Policy with plain Go types (no protobuf, no gRPC) and calls Serve from
// its main package. The same Policy value runs in-process in tests and in the server's
// in-process mode, so the rules are written once.
package sdk

import "context"

// ProtocolVersion is the plugin protocol this SDK speaks (protobuf package shegong.policy.v1),
// negotiated in the go-plugin handshake. Additions within it that a plugin may or may not
// serve (revision 1.1: Evaluate) are announced as Features in the plugin's Ping answer.
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
	// Staffing evaluates rules about people and organisation for a batch of subjects of every
	// kind: project teams, stations, organizations and single workers (certificates, age,
	// education, shares, training, party organisation, contract terms), and governments
	// (coverage targets, pilots, guidance catalogues, plans and reports). It is the only call
	// a station, organization, worker or government subject reaches; a region with no rule on
	// a subject's kind returns no findings for it.
	Staffing(ctx context.Context, asOf Date, subjects []Subject) ([]StaffingResult, error)
	// Catalog returns the catalog items and pilot sites in force on asOf.
	Catalog(ctx context.Context, asOf Date) (*CatalogResult, error)
}

// MaxBatch is the largest batch a plugin must accept in one call; larger batches are split by
// the host. It bounds a plugin's memory per call.
const MaxBatch = 10000

// SubjectKind names which of the five subject shapes a Subject carries.
type SubjectKind string

const (
	SubjectProject      SubjectKind = "project"
	SubjectStation      SubjectKind = "station"
	SubjectOrganization SubjectKind = "organization"
	SubjectWorker       SubjectKind = "worker"
	// SubjectGovernment is a level of government (a province, city or county and its
	// civil-affairs department): the subject of coverage targets, pilot designations, guidance
	// catalogues and reporting duties.
	SubjectGovernment SubjectKind = "government"
)

// SubjectKinds lists every subject kind.
var SubjectKinds = []SubjectKind{SubjectProject, SubjectStation, SubjectOrganization, SubjectWorker, SubjectGovernment}

// Subject is exactly one of a project team, a station, an organization, a worker or a
// government.
type Subject struct {
	Project      *ProjectSpec
	Station      *StationSpec
	Organization *OrganizationSpec
	Worker       *WorkerSpec
	Government   *GovernmentSpec
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
	if s.Government != nil {
		kind, n = SubjectGovernment, n+1
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
	Months            *int // service months covered by the budget; nil (not given) means 12
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

	// Purchaser is who buys the service (购买主体); nil when not given.
	Purchaser *PurchaserSpec
	// ContractParties is how many parties signed the service agreement (服务协议签订方数).
	ContractParties *int
	// ContractClauses are the matters the service agreement states (服务协议载明的内容:
	// 服务内容、目标任务 …), named as the documents name them and matched exactly against a
	// region's list (see MissingItems). nil means not given; an empty slice means none.
	ContractClauses []string
	// Specification lists what the project's design states (项目设计/方案已明确的内容: 需求调查、
	// 岗位数量、服务标准、服务评价标准、承接主体资格条件 …), free text matched like ContractClauses.
	Specification []string
	// ProcurementMethod is how the contractor was chosen (采购方式), one of ProcurementMethods;
	// "" when not given.
	ProcurementMethod string
	// ProcurementException is the reason recorded for not using open tender (不公开招标的理由),
	// one of ProcurementExceptions; "" when none is recorded.
	ProcurementException string
	// FundingSources are where the project's money comes from (经费来源: 福彩公益金、财政预算经费 …),
	// free text matched exactly against a region's list. nil means not given.
	FundingSources []string
	// FundingYear is the budget year of the project's money (资金年度); nil when not given.
	FundingYear *int
	// ServiceLevel is the administrative level at which the service is delivered (服务层级),
	// one of AdminLevels; TOWNSHIP and VILLAGE are 基层 (grassroots). "" when not given.
	ServiceLevel string
	// Filings are the project's documents filed with a higher authority (备案). nil means not
	// given; an empty slice means nothing filed.
	Filings []FilingSpec
	// Reports are the reports the contractor has submitted (承接机构提交的月度简报、中期报告、末期报告).
	// nil means not given; an empty slice means none submitted.
	Reports []ReportSpec
	// EstablishedOn is the day the project was set up (项目设立日期); nil when not given.
	EstablishedOn *Date
	// LibraryApprovedOn is the day the review committee approved the project into the project
	// library (评审委员会审议通过入库日期); nil when not given or not approved.
	LibraryApprovedOn *Date
	// BudgetDeclaredOn is the day the project's budget was declared to the finance department
	// (向财政部门申报预算日期); nil when not given.
	BudgetDeclaredOn *Date
	// LocalPackageStandard is the package standard per funded person-year set by the project's
	// district or county (区级整体打包标准), where it has set one; nil when none or not given.
	LocalPackageStandard *Fen
}

// PurchaserSpec is who buys a service (购买主体).
type PurchaserSpec struct {
	Level string // one of AdminLevels; "" when not given
	Type  string // one of PurchaserTypes; "" when not given
}

// Administrative levels (行政级别), highest first. CITY is any prefecture-level unit (地级市、
// 自治州); COUNTY any county-level unit (县、县级市、市辖区); TOWNSHIP a 乡、镇 or 街道; VILLAGE a
// 村 or 社区.
const (
	LevelProvince = "PROVINCE" // 省级
	LevelCity     = "CITY"     // 市(州)级
	LevelCounty   = "COUNTY"   // 县(市、区)级
	LevelTownship = "TOWNSHIP" // 乡镇(街道)
	LevelVillage  = "VILLAGE"  // 村(社区)
)

// AdminLevels lists the accepted administrative levels, highest first.
var AdminLevels = []string{LevelProvince, LevelCity, LevelCounty, LevelTownship, LevelVillage}

// GovernmentLevels lists the levels a GovernmentSpec or a registration authority can have.
var GovernmentLevels = []string{LevelProvince, LevelCity, LevelCounty}

// Purchaser types (购买主体类型).
const (
	PurchaserCivilAffairs     = "CIVIL_AFFAIRS"     // 民政部门
	PurchaserPartyGovernment  = "PARTY_GOVERNMENT"  // 其他党政机关
	PurchaserMassOrganization = "MASS_ORGANIZATION" // 群团组织
	PurchaserStreetOffice     = "STREET_OFFICE"     // 街道办事处
	PurchaserOther            = "OTHER"             // 其他
)

// PurchaserTypes lists the accepted PurchaserSpec.Type values besides "".
var PurchaserTypes = []string{PurchaserCivilAffairs, PurchaserPartyGovernment, PurchaserMassOrganization, PurchaserStreetOffice, PurchaserOther}

// Procurement methods (采购方式).
const (
	ProcurementOpenTender       = "OPEN_TENDER"        // 公开招标
	ProcurementInvitedTender    = "INVITED_TENDER"     // 邀请招标
	ProcurementComparison       = "COMPARISON"         // 比选
	ProcurementNegotiation      = "NEGOTIATION"        // 竞争性谈判
	ProcurementConsultation     = "CONSULTATION"       // 竞争性磋商
	ProcurementSingleSource     = "SINGLE_SOURCE"      // 单一来源
	ProcurementRequestForQuotes = "REQUEST_FOR_QUOTES" // 询价
	ProcurementOther            = "OTHER"              // 其他
)

// ProcurementMethods lists the accepted ProjectSpec.ProcurementMethod values besides "".
var ProcurementMethods = []string{ProcurementOpenTender, ProcurementInvitedTender, ProcurementComparison,
	ProcurementNegotiation, ProcurementConsultation, ProcurementSingleSource, ProcurementRequestForQuotes, ProcurementOther}

// Reasons recorded for not using open tender (不公开招标的理由).
const (
	ExceptionTechnicallyComplex = "TECHNICALLY_COMPLEX" // 技术复杂
	ExceptionSpecialNature      = "SPECIAL_NATURE"      // 性质特殊
	ExceptionOther              = "OTHER"               // 其他
)

// ProcurementExceptions lists the accepted ProjectSpec.ProcurementException values besides "".
var ProcurementExceptions = []string{ExceptionTechnicallyComplex, ExceptionSpecialNature, ExceptionOther}

// FilingSpec is one document filed with a higher authority (备案).
type FilingSpec struct {
	// Document names the filed document as the documents name it (政府购买服务协议、年度实施计划、
	// 人员招聘方案 …), matched exactly against a region's list.
	Document  string
	FiledWith string // level of the authority filed with, one of AdminLevels; "" when not given
	FiledOn   *Date  // nil when not given
}

// ReportSpec is one report a contractor submitted.
type ReportSpec struct {
	Kind        string // one of ReportKinds
	SubmittedOn *Date  // nil when not given
}

// Contractor report kinds (承接机构报告).
const (
	ReportMonthlyBrief = "MONTHLY_BRIEF" // 月度工作简报
	ReportMidTerm      = "MID_TERM"      // 中期工作报告
	ReportFinal        = "FINAL"         // 末期工作报告
)

// ReportKinds lists the accepted ReportSpec.Kind values.
var ReportKinds = []string{ReportMonthlyBrief, ReportMidTerm, ReportFinal}

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

// Programmes a project can belong to.
const (
	// ProgrammeStation marks a township/street social-work station project (乡镇(街道)社会工作服务站项目).
	ProgrammeStation = "STATION"
	// ProgrammePartyMassCentre marks a community party-and-mass service centre project
	// (社区党群服务中心社会工作服务项目).
	ProgrammePartyMassCentre = "PARTY_MASS_CENTRE"
)

// Programmes lists the accepted ProjectSpec.Programme values besides "".
var Programmes = []string{ProgrammeStation, ProgrammePartyMassCentre}

// Purchase modes (购买方式) of a project.
const (
	PurchasePost    = "POST"    // 岗位购买: the government buys posts
	PurchaseProject = "PROJECT" // 项目购买: the government buys a service project
)

// PurchaseModes lists the accepted ProjectSpec.PurchaseMode values besides "".
var PurchaseModes = []string{PurchasePost, PurchaseProject}

// DefaultMonths is the service period read for a project whose months are not given: a year.
const DefaultMonths = 12

// MonthsOrDefault returns Months, or DefaultMonths when not given. A given Months is 1..MaxMonths
// (ValidateSubject refuses 0: it is no period the budget could cover, not "not given").
func (p ProjectSpec) MonthsOrDefault() int {
	if p.Months == nil {
		return DefaultMonths
	}
	return *p.Months
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

var educationZh = map[Education]string{
	EducationNone: "无", EducationPrimary: "小学", EducationJuniorHigh: "初中",
	EducationSeniorHigh: "高中/中专", EducationAssociate: "大专", EducationBachelor: "本科",
	EducationMaster: "硕士", EducationDoctorate: "博士",
}

// Zh names the level in Chinese (大专 for ASSOCIATE); "" for an unknown level.
func (e Education) Zh() string { return educationZh[e] }

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

	HiredOn *Date // 招录(入职)日期
	// AgeWhenHired is the age in whole years on HiredOn, for rules that set an age limit on
	// recruitment. The host computes it from a stored birth date, which it does not pass on;
	// nil means "use BirthDate", or unknown without one.
	AgeWhenHired         *int
	PlatformFiled        *bool // 已在从业人员备案平台备案
	RecruitedViaPlatform *bool // 招聘信息在平台公开并从备案人员中招录
	LaborContract        *bool // 已与用人单位签订劳动合同
	PaidMonthly          *bool // 按月发放薪酬
	// SocialInsurance are the social insurances the employer has enrolled the worker in (已办理
	// 的社会保险), each one of SocialInsurances. nil means not given; an empty slice means none.
	SocialInsurance      []string
	EmployedByContractor *bool // 身份为承接主体聘用的工作人员
	TrainedBeforeService *bool // 上岗前经过培训
}

// Social insurances (社会保险): the five of 五险.
const (
	InsurancePension      = "PENSION"      // 养老保险
	InsuranceMedical      = "MEDICAL"      // 医疗保险
	InsuranceUnemployment = "UNEMPLOYMENT" // 失业保险
	InsuranceWorkInjury   = "WORK_INJURY"  // 工伤保险
	InsuranceMaternity    = "MATERNITY"    // 生育保险
)

// SocialInsurances lists the accepted WorkerSpec.SocialInsurance values.
var SocialInsurances = []string{InsurancePension, InsuranceMedical, InsuranceUnemployment, InsuranceWorkInjury, InsuranceMaternity}

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
	// AgreedHeadcount is the number of resident social workers the service agreement provides
	// for (协议约定的驻站社工人数); nil when not given.
	AgreedHeadcount *int
	// Systems are the station's management systems and records in place (制度与档案: 人员管理
	// 制度、服务对象数据库 …), free text matched exactly against a region's list. nil means not
	// given; an empty slice means none.
	Systems []string
}

// OrganizationSpec is a social-work service organisation (社会工作服务机构).
type OrganizationSpec struct {
	FullTimeStaff        int
	QualifiedStaff       *int  // 持证或社会工作本科以上学历的专职人员
	PartyMembers         *int  // 正式党员 among head, full-time and long-term part-time staff
	HasPartyOrganization *bool // 已建立党组织
	// RegistrationLevel is the level of the civil-affairs authority the organisation is
	// registered with (登记管理机关级别), one of GovernmentLevels; "" when not given.
	RegistrationLevel string
	// RegisteredDirectly: registered directly with the civil-affairs authority, without a
	// supervising unit (直接登记); nil when not given.
	RegisteredDirectly *bool
	// Category is the kind of social organisation (社会组织类别), one of OrganizationCategories;
	// "" when not given.
	Category string
	// OperatesWithinCommunity: the organisation works inside urban or rural communities (在社区内
	// 活动); nil when not given.
	OperatesWithinCommunity *bool
	// RegistrationConditions are the registration conditions the organisation meets (登记条件:
	// 内部治理结构、固定住所 …), free text matched exactly against a region's list. nil means not
	// given.
	RegistrationConditions []string
	// PartyOrganizationMode is how its party organisation was formed (党组织组建方式), one of
	// PartyOrganizationModes; "" when not given or when there is none.
	PartyOrganizationMode string
	// AnnualInspection is the conclusion of its latest annual inspection (年检结论), one of
	// AnnualInspectionResults; "" when not given.
	AnnualInspection string
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

// Social organisation categories (社会组织类别) that may register directly.
const (
	CategoryTradeAssociation = "TRADE_ASSOCIATION" // 行业协会商会类
	CategoryScience          = "SCIENCE"           // 科技类
	CategoryCharity          = "CHARITY"           // 公益慈善类
	CategoryCommunityService = "COMMUNITY_SERVICE" // 城乡社区服务类
	CategoryOther            = "OTHER"             // 其他
)

// OrganizationCategories lists the accepted OrganizationSpec.Category values besides "".
var OrganizationCategories = []string{CategoryTradeAssociation, CategoryScience, CategoryCharity, CategoryCommunityService, CategoryOther}

// Ways a party organisation is formed (党组织组建方式).
const (
	PartyOrgSeparate   = "SEPARATE"   // 单独建
	PartyOrgJoint      = "JOINT"      // 联合建
	PartyOrgAffiliated = "AFFILIATED" // 挂靠建
	PartyOrgOther      = "OTHER"      // 其他方式
)

// PartyOrganizationModes lists the accepted OrganizationSpec.PartyOrganizationMode values besides "".
var PartyOrganizationModes = []string{PartyOrgSeparate, PartyOrgJoint, PartyOrgAffiliated, PartyOrgOther}

// Annual inspection conclusions (年检结论).
const (
	InspectionQualified          = "QUALIFIED"           // 合格
	InspectionBasicallyQualified = "BASICALLY_QUALIFIED" // 基本合格
	InspectionUnqualified        = "UNQUALIFIED"         // 不合格
	InspectionNotInspected       = "NOT_INSPECTED"       // 未参加年检
)

// AnnualInspectionResults lists the accepted OrganizationSpec.AnnualInspection values besides "".
var AnnualInspectionResults = []string{InspectionQualified, InspectionBasicallyQualified, InspectionUnqualified, InspectionNotInspected}

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
	RuleID    string // id in the rule registry (sources/registry.yaml), e.g. SZ-BUDGET-PACKAGE-MIN
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
	Quote    string // exact quote from the document text (sources/)
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
