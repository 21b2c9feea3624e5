package sdk

// GovernmentSpec is one level of government — a province, a city (市、州) or a county (县、市、区)
// with its civil-affairs department (民政部门) — as the rules that bind governments rather than
// providers see it: coverage and growth targets (全覆盖、机构数), pilot designations (试点县、试点
// 乡镇), guidance catalogues (指导目录), reporting duties (年度计划、实施情况报告、督查) and
// publication duties (信息公开、公告).
//
// Counts and flags describe the state on asOf; acts are dated, so a rule on a period counts the
// acts dated within it. Every optional fact is a pointer or a nil-able slice: nil means "not
// given", which a rule that needs it reports as INSUFFICIENT_INPUT.
type GovernmentSpec struct {
	// Level is LevelProvince, LevelCity or LevelCounty (GovernmentLevels). Required.
	Level string
	// Name is the administrative unit (行政区划名称, 株洲市、醴陵市); free text, for messages.
	Name string

	Townships            *int // 乡镇(街道)总数
	TownshipsWithStation *int // 已建成社会工作服务站的乡镇(街道)数
	SocialWorkers        *int // 社会工作专业人才总数
	// PrivateSocialWorkOrganizations counts the private social-work service organisations
	// registered in the unit (登记注册的民办社会工作服务机构数).
	PrivateSocialWorkOrganizations *int
	// OrganizationsWithPartyOrganization counts, of those, the organisations with a grassroots
	// party organisation, however formed (已建立基层党组织的社会工作服务机构数: 单独建、联合建、挂靠建):
	// the measure of a coverage target set for the unit (全覆盖).
	OrganizationsWithPartyOrganization *int
	HasIndustryAssociation             *bool // 已成立本级社会工作行业组织(协会)
	HasIncubator                       *bool // 已建成民办社会工作服务机构孵化基地
	IsPilot                            *bool // 本单位为试点单位(试点县)
	// PilotCounties counts the pilot counties the unit has designated (确定的试点县(市、区)数): for
	// a province those it selected itself, for a city those it named.
	PilotCounties *int
	// PilotTownships counts the pilot townships a county has selected (试点乡镇数).
	PilotTownships *int
	// PackageStandard is the unit's own package standard per funded person-year for purchased
	// social-work services (本级整体打包标准, 元/人/年); nil when it has set none or not given.
	PackageStandard *Fen
	// Catalog is the unit's guidance catalogue of purchasable services (购买服务指导目录); nil
	// when not given.
	Catalog *GuidanceCatalogSpec
	// Acts are the unit's plans, reports, the inspections it received and what it published, on
	// record. nil means not given; an empty slice means none.
	Acts []GovernmentActSpec
}

// GuidanceCatalogSpec is a government's guidance catalogue of services it may purchase
// (购买服务指导目录).
type GuidanceCatalogSpec struct {
	CompletedOn *Date // 编制完成日期; nil when not given
	PublishedOn *Date // 向社会公布日期; nil when not given
	// ItemLevels holds, for each item of the catalogue, the level it serves (服务层级), one of
	// AdminLevels. nil means not given.
	ItemLevels []string
}

// GovernmentActSpec is one plan, report, inspection or publication of a government on record.
type GovernmentActSpec struct {
	Kind string // one of GovernmentActKinds
	On   *Date  // the day it was filed, submitted, held or published; nil when not given
	// Authority is the level of the other government involved (AdminLevels): the one a plan
	// was filed with or a report submitted to, or the one that held an inspection. "" when not
	// given; a publication involves no other government and leaves it "".
	Authority string
	// Sections are the parts a plan contains (年度实施计划的内容: 项目背景、项目目标 …) or the items a
	// publication published (年检结论、年度工作报告 …), free text matched exactly against a
	// region's list. nil means not given.
	Sections []string
}

// Government act kinds.
const (
	ActAnnualPlan     = "ANNUAL_PLAN"     // 年度实施计划(报上级备案)
	ActProgressReport = "PROGRESS_REPORT" // 项目实施情况报告
	ActSelfEvaluation = "SELF_EVALUATION" // 绩效自评报告
	ActInspection     = "INSPECTION"      // 上级督查考核
	ActPublication    = "PUBLICATION"     // 信息公开、公告 (本级民政部门公开的信息; Sections: 所公开事项)
)

// GovernmentActKinds lists the accepted GovernmentActSpec.Kind values.
var GovernmentActKinds = []string{ActAnnualPlan, ActProgressReport, ActSelfEvaluation, ActInspection, ActPublication}
