package sdk

// SharedTerm is one code of the shared taxonomy (policy_rules.md section 7): domains DOM-*,
// target groups GRP-*, service methods MTH-*.
type SharedTerm struct {
	Code   string
	NameZh string
	NameEn string
	Parent string
}

// SharedDomains is the shared domain list (policy_rules.md 7.3). Every region accepts these
// codes as a project domain, whether or not its own catalog names them.
var SharedDomains = []SharedTerm{
	{"DOM-SOC-ASSIST", "社会救助", "Social assistance", ""},
	{"DOM-POVERTY", "扶贫济困", "Poverty alleviation / relief", "DOM-SOC-ASSIST"},
	{"DOM-SOC-WELFARE", "社会福利", "Social welfare", ""},
	{"DOM-ELDERLY", "养老服务", "Elderly care & services", "DOM-SOC-WELFARE"},
	{"DOM-CHILD", "未成年人保护", "Child protection & left-behind children", "DOM-SOC-WELFARE"},
	{"DOM-YOUTH", "青少年服务", "Youth services", ""},
	{"DOM-DISABILITY", "残障康复", "Disability rehabilitation & services", ""},
	{"DOM-VETERANS", "优抚安置", "Care for entitled groups / veterans", ""},
	{"DOM-CHARITY", "慈善事业", "Charity", ""},
	{"DOM-COMMUNITY", "社区建设", "Community building & grassroots governance", ""},
	{"DOM-ORG-INCUBATION", "社会组织孵化培育", "Social-organisation incubation & volunteer development", "DOM-COMMUNITY"},
	{"DOM-FAMILY", "婚姻家庭", "Marriage & family", ""},
	{"DOM-MENTAL", "精神卫生", "Mental health", "DOM-HEALTH"},
	{"DOM-HEALTH", "卫生健康", "Health & medical social work", ""},
	{"DOM-EDUCATION", "教育辅导", "Education guidance / school social work", ""},
	{"DOM-EMPLOYMENT", "就业援助", "Employment assistance", ""},
	{"DOM-WORKERS", "职工帮扶", "Worker (employee) support", ""},
	{"DOM-CRIME-PREV", "犯罪预防", "Crime prevention", ""},
	{"DOM-DRUGS", "禁毒戒毒", "Drug control & rehabilitation", ""},
	{"DOM-CORRECTIONS", "矫治帮教", "Corrections & reintegration", ""},
	{"DOM-MEDIATION", "纠纷调解", "Dispute mediation", ""},
	{"DOM-EMERGENCY", "应急处置", "Emergency response", ""},
	{"DOM-DISASTER", "防灾减灾", "Disaster prevention, reduction & relief", "DOM-EMERGENCY"},
	{"DOM-RIGHTS", "权益维护", "Rights protection for special & disadvantaged groups", ""},
	{"DOM-POPULATION", "人口服务", "Population (family-planning) services", ""},
	{"DOM-CA-ADMIN", "民政经办辅助", "Civil-affairs administrative support", ""},
}

// SharedDomain returns the shared domain with the code.
func SharedDomain(code string) (SharedTerm, bool) {
	for _, d := range SharedDomains {
		if d.Code == code {
			return d, true
		}
	}
	return SharedTerm{}, false
}
