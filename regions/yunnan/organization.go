package yunnan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shegong/shegong/plugins/sdk"
)

// Rules on social-work service organisations (社会工作服务机构): clauses 一 and 六(二). The
// inspection record of 六(三) is the civil-affairs department's duty, checked on the province
// government (government.go, decision 6), and so is the 2020 party-organisation coverage target
// of 一, the province's aim (decision 2). See the package comment for the decisions.

// organizationFindings applies every organisation rule.
func organizationFindings(asOf sdk.Date, o sdk.OrganizationSpec) []sdk.Finding {
	return []sdk.Finding{
		partyModes(asOf, o),
		directRegistration(asOf, o),
	}
}

// partyModeZh names the ways of forming a party organisation as the reply names them.
var partyModeZh = map[string]string{
	sdk.PartyOrgSeparate:   "单独建",
	sdk.PartyOrgJoint:      "联合建",
	sdk.PartyOrgAffiliated: "挂靠建",
	sdk.PartyOrgOther:      "其他方式",
}

// categoryZh names the social-organisation categories as the reply names them.
var categoryZh = map[string]string{
	sdk.CategoryTradeAssociation: "行业协会商会类",
	sdk.CategoryScience:          "科技类",
	sdk.CategoryCharity:          "公益慈善类",
	sdk.CategoryCommunityService: "城乡社区服务类",
	sdk.CategoryOther:            "其他",
}

// authorityLevel reads the registration authority parameter (县级民政部门) as a level.
var authorityLevel = map[string]string{
	"省级民政部门":    sdk.LevelProvince,
	"州(市)级民政部门": sdk.LevelCity,
	"县级民政部门":    sdk.LevelCounty,
}

// partyState is what the data says about an organisation's party organisation.
type partyState int

const (
	partyUnknown  partyState = iota // neither hasPartyOrganization nor a mode given
	partyNone                       // hasPartyOrganization false, no mode
	partyHas                        // hasPartyOrganization true, or a mode given
	partyConflict                   // hasPartyOrganization false with a mode
)

func partyOf(o sdk.OrganizationSpec) partyState {
	has := o.HasPartyOrganization
	switch {
	case o.PartyOrganizationMode != "" && has != nil && !*has:
		return partyConflict
	case o.PartyOrganizationMode != "" || (has != nil && *has):
		return partyHas
	case has != nil:
		return partyNone
	}
	return partyUnknown
}

// partyActual describes the party organisation for Actual.
func partyActual(o sdk.OrganizationSpec) string {
	if o.PartyOrganizationMode == "" {
		return "已建立党组织(组建方式未给出) / has a party organisation (mode not given)"
	}
	return fmt.Sprintf("已建立党组织(%s) / has a party organisation (%s)", partyModeZh[o.PartyOrganizationMode], o.PartyOrganizationMode)
}

// partyConflictFinding is the finding when hasPartyOrganization false comes with a mode.
func partyConflictFinding(ruleID string, o sdk.OrganizationSpec) sdk.Finding {
	f := ruleset().Insufficient(ruleID,
		"是否已建立党组织 organization.hasPartyOrganization 与组建方式 organization.partyOrganizationMode 相互矛盾",
		"organization.hasPartyOrganization contradicts organization.partyOrganizationMode")
	f.Actual = fmt.Sprintf("hasPartyOrganization=false, partyOrganizationMode=%s", o.PartyOrganizationMode)
	f.MessageZh += "(给出了组建方式却称未建立党组织)"
	f.MessageEn += " (a mode is given for a party organisation said not to exist)"
	return f
}

// partyModes: 采取“单独建”“联合建”“挂靠建”等方式 (一), decision 4.
func partyModes(asOf sdk.Date, o sdk.OrganizationSpec) sdk.Finding {
	rs := ruleset()
	prm, ok := rs.Param(paramPartyModes, asOf)
	if !rs.InForce(RulePartyModes, asOf) || !ok {
		return rs.NotInForce(RulePartyModes, asOf)
	}
	named := sdk.SplitItems(prm.Value)
	required := prm.Value + "等方式(名单不封闭) / " + strings.Join(modeCodes(named), ", ") + " or other ways (open list: 等)"
	state := partyOf(o)
	switch {
	case state == partyConflict:
		f := partyConflictFinding(RulePartyModes, o)
		f.Required = required
		return f
	case state == partyNone:
		f := rs.Finding(RulePartyModes, sdk.StatusNotApplicable)
		f.Actual, f.Required = "未建立党组织 / no party organisation", required
		f.MessageZh = "本机构尚未建立党组织,无组建方式可核;全覆盖是全省争取的目标(" + RulePartyCoverage + ",在省级政府主体上核对),不是本机构的义务"
		f.MessageEn = "the organisation has no party organisation, so there is no mode to check; full coverage is the province's aim (" + RulePartyCoverage + ", checked on the province government), not a duty of the organisation"
		return f
	case o.PartyOrganizationMode == "":
		f := rs.Insufficient(RulePartyModes, "党组织组建方式 organization.partyOrganizationMode", "organization.partyOrganizationMode")
		f.Required = required
		if state == partyUnknown {
			f.MessageZh += "(若未建立党组织,请给出 organization.hasPartyOrganization: false)"
			f.MessageEn += " (if there is no party organisation, give organization.hasPartyOrganization: false)"
		}
		return f
	}
	mode := o.PartyOrganizationMode
	term, known := partyModeZh[mode]
	if !known {
		f := rs.Insufficient(RulePartyModes, "党组织组建方式 organization.partyOrganizationMode(未知取值 "+mode+")",
			"organization.partyOrganizationMode (unknown value "+mode+")")
		f.Required = required
		return f
	}
	f := rs.Finding(RulePartyModes, sdk.StatusPass)
	f.Actual, f.Required = fmt.Sprintf("%s (%s)", term, mode), required
	if slices.Contains(named, term) {
		f.MessageZh = fmt.Sprintf("党组织以“%s”方式组建,属答复所列方式", term)
		f.MessageEn = fmt.Sprintf("the party organisation was formed %s (%s), one of the ways the reply names", modeEn(mode), term)
		return f
	}
	f.MessageZh = fmt.Sprintf("党组织以所列三种之外的方式组建;原文为“%s等方式”,名单不封闭,不作违反", strings.Join(named, "、"))
	f.MessageEn = fmt.Sprintf("the party organisation was formed another way than the three named; the reply says \"%s等方式\" (such ways as), an open list, so this is not a breach", strings.Join(named, "、"))
	return f
}

// modeCodes turns the reply's names of modes into the input codes, for Required.
func modeCodes(named []string) []string {
	var out []string
	for _, n := range named {
		for code, zh := range partyModeZh {
			if zh == n {
				out = append(out, code)
			}
		}
	}
	return out
}

func modeEn(mode string) string {
	switch mode {
	case sdk.PartyOrgSeparate:
		return "separately"
	case sdk.PartyOrgJoint:
		return "jointly"
	case sdk.PartyOrgAffiliated:
		return "by affiliation"
	}
	return "another way"
}

// directRegistration: 在社区内活动的城乡社区服务类社会组织,直接向县级民政部门依法申请登记 (六(二),
// from 云发〔2017〕1号), decision 5.
func directRegistration(asOf sdk.Date, o sdk.OrganizationSpec) sdk.Finding {
	rs := ruleset()
	auth, okAuth := rs.Param(paramRegAuthority, asOf)
	cats, okCats := rs.Param(paramDirectCategories, asOf)
	if !rs.InForce(RuleDirectRegistration, asOf) || !okAuth || !okCats {
		return rs.NotInForce(RuleDirectRegistration, asOf)
	}
	level, ok := authorityLevel[auth.Value]
	if !ok {
		panic(fmt.Sprintf("yunnan: parameter %s names an unknown authority %q", paramRegAuthority, auth.Value))
	}
	community := categoryZh[sdk.CategoryCommunityService]
	required := fmt.Sprintf("在社区内活动的%s社会组织直接向%s登记 / a community-service organisation active within a community registers directly (registeredDirectly) with the %s civil-affairs department (registrationLevel %s)",
		community, auth.Value, strings.ToLower(level), level)
	if o.Category == "" {
		f := rs.Insufficient(RuleDirectRegistration, "社会组织类别 organization.category", "organization.category")
		f.Required = required
		return f
	}
	if o.Category != sdk.CategoryCommunityService {
		f := rs.Finding(RuleDirectRegistration, sdk.StatusNotApplicable)
		f.Actual, f.Required = fmt.Sprintf("%s (%s)", categoryZh[o.Category], o.Category), required
		if slices.Contains(sdk.SplitItems(cats.Value), categoryZh[o.Category]) {
			f.MessageZh = fmt.Sprintf("%s社会组织属重点培育、稳妥推进直接登记的类别,但答复未规定其登记机关级别;本条只规定在社区内活动的%s社会组织", categoryZh[o.Category], community)
			f.MessageEn = fmt.Sprintf("%s organisations are among those to be fostered and registered directly, but the reply sets no registration level for them; this clause covers only %s organisations active within a community", categoryZh[o.Category], community)
			return f
		}
		f.MessageZh = fmt.Sprintf("本条只规定在社区内活动的%s社会组织,不适用于本机构", community)
		f.MessageEn = fmt.Sprintf("this clause covers only %s (community-service) organisations active within a community; it does not apply", community)
		return f
	}
	if o.OperatesWithinCommunity == nil {
		f := rs.Insufficient(RuleDirectRegistration, "是否在社区内活动 organization.operatesWithinCommunity", "organization.operatesWithinCommunity")
		f.Required = required
		return f
	}
	if !*o.OperatesWithinCommunity {
		f := rs.Finding(RuleDirectRegistration, sdk.StatusNotApplicable)
		f.Actual, f.Required = community+",不在社区内活动 / not active within a community", required
		f.MessageZh = fmt.Sprintf("本机构虽为%s社会组织,但不在社区内活动;本条只规定在社区内活动的", community)
		f.MessageEn = "the organisation is a community-service organisation but not active within a community; the clause covers only those that are"
		return f
	}
	var missZh, missEn []string
	if o.RegistrationLevel == "" {
		missZh, missEn = append(missZh, "登记管理机关级别 organization.registrationLevel"), append(missEn, "organization.registrationLevel")
	}
	if o.RegisteredDirectly == nil {
		missZh, missEn = append(missZh, "是否直接登记 organization.registeredDirectly"), append(missEn, "organization.registeredDirectly")
	}
	if len(missZh) > 0 {
		f := rs.Insufficient(RuleDirectRegistration, strings.Join(missZh, "、"), strings.Join(missEn, ", "))
		f.Required = required
		return f
	}
	f := rs.Finding(RuleDirectRegistration, sdk.StatusPass)
	f.Required = required
	f.Actual = fmt.Sprintf("registrationLevel %s, registeredDirectly %t", o.RegistrationLevel, *o.RegisteredDirectly)
	var fixZh, fixEn []string
	if o.RegistrationLevel != level {
		fixZh = append(fixZh, fmt.Sprintf("登记管理机关应为%s(现为%s民政部门)", auth.Value, levelZh[o.RegistrationLevel]))
		fixEn = append(fixEn, fmt.Sprintf("register with the %s civil-affairs department (now %s)", strings.ToLower(level), o.RegistrationLevel))
	}
	if !*o.RegisteredDirectly {
		fixZh = append(fixZh, "应直接登记,不经业务主管单位")
		fixEn = append(fixEn, "register directly, without a supervising unit")
	}
	if len(fixZh) == 0 {
		f.MessageZh = fmt.Sprintf("在社区内活动的%s社会组织,已直接向%s登记", community, auth.Value)
		f.MessageEn = "a community-service organisation active within a community, registered directly with the county civil-affairs department"
		return f
	}
	f.Status = sdk.StatusFail
	f.Remedy = strings.Join(fixZh, ";") + " / " + strings.Join(fixEn, "; ")
	f.MessageZh = fmt.Sprintf("在社区内活动的%s社会组织应直接向%s申请登记:%s", community, auth.Value, strings.Join(fixZh, ";"))
	f.MessageEn = "a community-service organisation active within a community registers directly with the county civil-affairs department: " + strings.Join(fixEn, "; ")
	return f
}
