package sdk

// Concept is a shared concept key that lines regions up in a comparison: every region answers
// each one with DEFINED, NOT_REGULATED or NOT_MODELLED.
type Concept struct {
	Key    string
	NameZh string
	NameEn string
	Unit   string // unit of a DEFINED value
}

// Concepts is the shared concept list of the policy matrix (docs/architecture.md, Policy semantics).
// A region may define further concepts, but it must account for each of these.
var Concepts = []Concept{
	{"budget.package_per_worker_year_min", "项目经费下限(每人每年)", "Minimum package per funded person-year", "CNY/person/year"},
	{"budget.package_per_worker_year_min_high_risk", "高风险领域项目经费下限(每人每年)", "Minimum package per person-year, high-risk domains", "CNY/person/year"},
	{"budget.labor_share_min", "人员经费占比下限", "Minimum labour share of the budget", "ratio"},
	{"budget.non_labor_share_max", "非人员经费占比上限", "Maximum non-labour share of the budget", "ratio"},
	{"budget.supervision_fee_per_worker_month", "督导经费(每名受督导社工每月)", "Supervision fund per supervised worker per month", "CNY/person/month"},
	{"staffing.professional_post_share_min", "专业岗位占比下限", "Minimum share of professional posts in headcount", "ratio"},
	{"staffing.certificate_required", "持证上岗要求", "Certificate required for social-work posts", "bool"},
	{"staffing.certified_share_min", "持证社工占专业岗位比例下限", "Minimum certified share of professional posts", "ratio"},
	{"staffing.qualified_share_min", "持证或专业学历人员占专职人员比例下限", "Minimum share of qualified full-time staff", "ratio"},
	{"staffing.worker_age_max", "社工年龄上限", "Maximum worker age", "years"},
	{"staffing.education_min", "最低学历", "Minimum education", "level"},
	{"staffing.training_hours_year_min", "年度继续教育学时下限", "Minimum continuing-education hours per year", "学时/year"},
	{"governance.party_org_member_threshold", "建立党组织的正式党员人数", "Full party members that require a party organisation", "persons"},
	{"contract.cycle_years", "服务周期", "Service cycle", "years"},
	{"contract.deploy_within_months", "签约后人员到岗时限", "Deployment deadline after signing", "calendar month"},
	{"funding.community_worker_subsidy_month", "社区专职工作人员补贴(每人每月)", "Community worker subsidy per person per month", "CNY/person/month"},
}

// ConceptByKey returns the shared concept with the key.
func ConceptByKey(key string) (Concept, bool) {
	for _, c := range Concepts {
		if c.Key == key {
			return c, true
		}
	}
	return Concept{}, false
}
