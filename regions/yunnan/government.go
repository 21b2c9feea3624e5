package yunnan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shegong/shegong/plugins/sdk"
)

// Rules on governments (a province, a city 州(市) or a county and its departments): clauses 八,
// 六(一), 六(三) and 五. See the package comment for the decisions.

// governmentFindings applies every government rule.
func governmentFindings(asOf sdk.Date, g sdk.GovernmentSpec) []sdk.Finding {
	return []sdk.Finding{
		talentTarget(asOf, g),
		partyCoverage(asOf, g),
		catalogDeadline(asOf, g),
		inspectionPublication(asOf, g),
		pilotArea(asOf, g),
	}
}

// badLevel is the finding for a government whose level cannot be read (the shared input check
// rejects it first; this keeps a rule from guessing should one slip through).
func badLevel(ruleID string, g sdk.GovernmentSpec) sdk.Finding {
	f := ruleset().Insufficient(ruleID, "政府层级 government.level", "government.level")
	f.Actual = g.Level
	return f
}

// provinceOnly answers a rule that binds the province alone for a city or county government
// (NOT_APPLICABLE, with why: whyZh names no level, the level is appended) and for a bad level;
// ok is true for a province, which the rule goes on to check.
func provinceOnly(ruleID string, g sdk.GovernmentSpec, required, whyZh, whyEn string) (f sdk.Finding, ok bool) {
	switch g.Level {
	case sdk.LevelProvince:
		return sdk.Finding{}, true
	case sdk.LevelCity, sdk.LevelCounty:
		f = ruleset().Finding(ruleID, sdk.StatusNotApplicable)
		f.Actual = "level " + g.Level
		f.MessageZh = fmt.Sprintf("%s;%s政府不适用", whyZh, levelZh[g.Level])
		f.MessageEn = fmt.Sprintf("%s, so it does not apply to a %s government", whyEn, strings.ToLower(g.Level))
	default:
		f = badLevel(ruleID, g)
	}
	f.Required = required
	return f, false
}

// talentTarget: 到2020年全省社会工作人才达7万人 (八), decisions 1 and 7.
func talentTarget(asOf sdk.Date, g sdk.GovernmentSpec) sdk.Finding {
	rs := ruleset()
	target, _, okTarget := rs.Int(paramTalentTarget, asOf)
	deadline, _, okDeadline := rs.Date(paramTalentDeadline, asOf)
	if !rs.InForce(RuleTalentTarget, asOf) || !okTarget || !okDeadline {
		return rs.NotInForce(RuleTalentTarget, asOf)
	}
	required := fmt.Sprintf(">= %d 名社会工作人才(全省),期限 %s / >= %d social-work personnel province-wide by %s", target, deadline, target, deadline)
	if f, ok := provinceOnly(RuleTalentTarget, g, required, "7万人为全省目标,答复未分解到州(市)、县",
		"70,000 is a province-wide target; the reply sets no share for cities or counties"); !ok {
		return f
	}
	if g.SocialWorkers == nil {
		f := rs.Insufficient(RuleTalentTarget, "社会工作专业人才总数 government.socialWorkers", "government.socialWorkers")
		f.Required = required
		return f
	}
	n := int64(*g.SocialWorkers)
	short := target - n
	return rs.ConcludeDeadline(RuleTalentTarget, asOf, sdk.DeadlineCheck{
		Due: deadline, Met: n >= target, Actual: fmt.Sprintf("%d", n), Required: required,
		GoalZh: fmt.Sprintf("全省社会工作人才达 %d 人(现 %d 人;“到2020年”按年末计)", target, n),
		GoalEn: fmt.Sprintf("reach %d social-work personnel province-wide (now %d; \"by 2020\" read as the year end)", target, n),
		GapZh:  fmt.Sprintf("尚差 %d 人", short),
		GapEn:  fmt.Sprintf("%d more social-work personnel needed", short),
	})
}

// partyCoverage: 我省将继续加强社会工作服务机构的党组织建设工作,争取到2020年实现社会工作服务机构基层
// 党组织全覆盖 (一), decision 2: the province's aim, measured on a PROVINCE government as the share
// organizationsWithPartyOrganization / privateSocialWorkOrganizations, never on one organisation.
func partyCoverage(asOf sdk.Date, g sdk.GovernmentSpec) sdk.Finding {
	rs := ruleset()
	share, _, okShare := rs.Ratio(paramPartyCoverage, asOf)
	deadline, _, okDeadline := rs.Date(paramPartyDeadline, asOf)
	if !rs.InForce(RulePartyCoverage, asOf) || !okShare || !okDeadline {
		return rs.NotInForce(RulePartyCoverage, asOf)
	}
	required := fmt.Sprintf("已建立基层党组织的社工机构/社工机构总数 >= %s(%s),争取于 %s 前实现 / organisations with a party organisation / all organisations >= %s (%s), striven for (争取) by %s",
		share, share.Percent(), deadline, share, share.Percent(), deadline)
	if f, ok := provinceOnly(RulePartyCoverage, g, required, "“我省……争取到2020年实现……全覆盖”是全省的目标,答复未分解到州(市)、县",
		"\"我省……争取到2020年实现……全覆盖\" is the province's aim; the reply sets no share for cities or counties"); !ok {
		return f
	}
	var missing []string
	if g.PrivateSocialWorkOrganizations == nil {
		missing = append(missing, "government.privateSocialWorkOrganizations")
	}
	if g.OrganizationsWithPartyOrganization == nil {
		missing = append(missing, "government.organizationsWithPartyOrganization")
	}
	if len(missing) > 0 {
		f := rs.InsufficientPaths(RulePartyCoverage, "社工机构数或已建立党组织的机构数", "organisations or organisations with a party organisation", missing)
		f.Required = required
		return f
	}
	// The SDK has refused negative counts and more organisations with a party organisation
	// than organisations (sdk.ValidateSubject) before this runs.
	total, with := int64(*g.PrivateSocialWorkOrganizations), int64(*g.OrganizationsWithPartyOrganization)
	if total == 0 {
		f := rs.Finding(RulePartyCoverage, sdk.StatusNotApplicable)
		f.Actual, f.Required = "0 个社工机构 / no organisations", required
		f.MessageZh = "全省无登记的社会工作服务机构,无需覆盖"
		f.MessageEn = "no social-work organisations are registered; nothing to cover"
		return f
	}
	need := share.MinPart(total) - with
	f := rs.ConcludeDeadline(RulePartyCoverage, asOf, sdk.DeadlineCheck{
		Due: deadline, Met: share.AtLeast(with, total), Required: required,
		Actual: fmt.Sprintf("%d/%d(%s)", with, total, sdk.Ratio{Num: with, Den: total}.Percent()),
		GoalZh: fmt.Sprintf("实现社会工作服务机构基层党组织全覆盖(%d 家均建立党组织)", total),
		GoalEn: fmt.Sprintf("cover every social-work organisation with a grassroots party organisation (all %d)", total),
		GapZh:  fmt.Sprintf("尚有 %d 家社工机构未建立基层党组织(单独建、联合建、挂靠建均可)", need),
		GapEn:  fmt.Sprintf("%d more organisations need a grassroots party organisation (separate, joint or affiliated)", need),
	})
	f.MessageZh += ";“争取”为全省的力争目标,在省级政府主体上衡量,不是单个机构的义务"
	f.MessageEn += "; 争取 (strive for) marks the province's aim, measured on the province, not a duty of any one organisation"
	return f
}

// catalogDeadline: 省级各部门于2017年7月31日前、州(市)级各部门于2018年3月31日前完成分部门的指导性目录
// 编制工作 (六(一), from 云财综〔2016〕48号), decision 8.
func catalogDeadline(asOf sdk.Date, g sdk.GovernmentSpec) sdk.Finding {
	rs := ruleset()
	if !rs.InForce(RuleCatalogDeadlines, asOf) {
		return rs.NotInForce(RuleCatalogDeadlines, asOf)
	}
	var param string
	switch g.Level {
	case sdk.LevelProvince:
		param = paramCatalogProvince
	case sdk.LevelCity:
		param = paramCatalogPrefecture
	case sdk.LevelCounty:
		f := rs.Finding(RuleCatalogDeadlines, sdk.StatusNotApplicable)
		f.Actual = "level COUNTY"
		f.Required = "县级未规定期限 / no deadline is stated for counties"
		f.MessageZh = "答复(转述云财综〔2016〕48号)只规定省级和州(市)级各部门完成分部门指导性目录编制的期限,未规定县级期限"
		f.MessageEn = "the reply (reporting 云财综〔2016〕48号) sets deadlines for provincial and prefecture departments' guidance catalogues only; none is stated for counties"
		return f
	default:
		return badLevel(RuleCatalogDeadlines, g)
	}
	deadline, _, ok := rs.Date(param, asOf)
	if !ok {
		return rs.NotInForce(RuleCatalogDeadlines, asOf)
	}
	who := levelZh[g.Level] + "各部门"
	required := fmt.Sprintf("%s于 %s 前完成分部门指导性目录编制 / %s departments complete their guidance catalogues by %s", who, deadline, strings.ToLower(g.Level), deadline)
	if g.Catalog == nil {
		f := rs.Insufficient(RuleCatalogDeadlines, "指导性目录 government.catalog", "government.catalog")
		f.Required = required
		return f
	}
	done := g.Catalog.CompletedOn
	completed := done != nil && !done.After(asOf)
	var actual string
	switch {
	case completed && done.After(deadline):
		actual = fmt.Sprintf("completed %s, %d days late", done, daysBetween(deadline, *done))
	case completed:
		actual = "completed " + done.String()
	case done == nil:
		actual = "completedOn not given"
	default:
		actual = fmt.Sprintf("not completed as of %s (completedOn %s is later)", asOf, done)
	}
	if done == nil && !asOf.Before(deadline) {
		f := rs.Insufficient(RuleCatalogDeadlines, "目录编制完成日期 government.catalog.completedOn", "government.catalog.completedOn")
		f.Actual, f.Required = actual, required
		f.MessageZh += fmt.Sprintf("(期限 %s 已到;若尚未完成则已逾期)", deadline)
		f.MessageEn += fmt.Sprintf(" (the deadline %s has come; if the catalogues are not complete they are late)", deadline)
		return f
	}
	check := sdk.DeadlineCheck{
		Due: deadline, Met: completed, Actual: actual, Required: required,
		GoalZh: who + "完成分部门指导性目录编制", GoalEn: "complete the " + strings.ToLower(g.Level) + " departments' guidance catalogues",
		GapZh: "须完成分部门指导性目录编制", GapEn: "complete the departmental guidance catalogues",
	}
	if completed {
		check.MetOn = done
	}
	return rs.ConcludeDeadline(RuleCatalogDeadlines, asOf, check)
}

// inspectionPublication: 对社工机构年检结论在“云南民政网”公告,并对所有参检社工机构的年度工作报告和
// 财务审计报告信息统一提取后通过“云南民政”网公开 (六(三)), decision 6.
func inspectionPublication(asOf sdk.Date, g sdk.GovernmentSpec) sdk.Finding {
	rs := ruleset()
	prm, ok := rs.Param(paramPublishedItems, asOf)
	if !rs.InForce(RuleInspectionPublication, asOf) || !ok {
		return rs.NotInForce(RuleInspectionPublication, asOf)
	}
	items := sdk.SplitItems(prm.Value)
	required := fmt.Sprintf("评估日 %s 前至少公开过一次:%s(答复未规定期限和频次) / published at least once by %s: %s (the reply sets no deadline or frequency)",
		asOf, strings.Join(items, "、"), asOf, strings.Join(items, ", "))
	if f, ok := provinceOnly(RuleInspectionPublication, g, required, "答复所述为省民政厅在“云南民政网”公开年检信息,未对州(市)、县民政部门作出规定",
		"the reply reports the provincial department publishing inspection records on the Yunnan civil-affairs website and sets nothing for cities or counties"); !ok {
		return f
	}
	if g.Acts == nil {
		f := rs.Insufficient(RuleInspectionPublication, "信息公开记录 government.acts", "publications on record (government.acts)")
		f.Required = required
		return f
	}
	// Union up to asOf: the reply names no frequency, so items published on different days
	// together meet it; and it reports a practice already under way (四是加大信息公开力度), so a
	// publication from before the reply counts too. Non-nil so that no publication at all is a
	// FAIL, not missing input.
	published := []string{}
	var unknown []string // acts that might count but lack the fact to tell (日期或事项未给出)
	later := 0
	for i, a := range g.Acts {
		if a.Kind != sdk.ActPublication {
			continue
		}
		path := fmt.Sprintf("government.acts[%d]", i)
		switch {
		case a.On == nil:
			unknown = append(unknown, path+".on")
		case a.On.After(asOf):
			later++
		case a.Sections == nil:
			unknown = append(unknown, path+".sections")
		default:
			published = append(published, a.Sections...)
		}
	}
	laterZh, laterEn := "", ""
	if later > 0 {
		laterZh = fmt.Sprintf(";另有 %d 条公开记录晚于评估日 %s,未计入", later, asOf)
		laterEn = fmt.Sprintf("; %d publication(s) dated after %s not counted", later, asOf)
	}
	f := rs.ListFinding(asOf, RuleInspectionPublication, paramPublishedItems, published, sdk.ItemList{
		Path: "government.acts[].sections", NameZh: "已公开事项", NameEn: "published items", VerbZh: "公开", VerbEn: "publish"})
	f.Required = required
	missing := sdk.MissingItems(items, published)
	if f.Status == sdk.StatusFail && len(unknown) > 0 {
		in := rs.InsufficientPaths(RuleInspectionPublication, "信息公开记录", "publications on record", unknown)
		in.Required, in.Actual = required, f.Actual
		in.MessageZh += fmt.Sprintf(";已知的公开记录尚缺:%s,上述记录可能补足%s", strings.Join(missing, "、"), laterZh)
		in.MessageEn += fmt.Sprintf("; the known publications still lack %s, which these acts may hold%s", strings.Join(missing, ", "), laterEn)
		return in
	}
	noteZh := "答复未规定期限和频次,按评估日前至少公开过一次核对;是否涵盖所有参检机构的报告无法核对" + laterZh
	noteEn := "the reply sets no deadline or frequency, so this checks publication at least once by the evaluation date; whether every inspected organisation's reports were included cannot be checked" + laterEn
	f.MessageZh += "(" + noteZh + ")"
	f.MessageEn += " (" + noteEn + ")"
	if f.Status == sdk.StatusFail {
		f.Remedy = fmt.Sprintf("须在“云南民政网”公开:%s / publish on the Yunnan civil-affairs website (云南民政网): %s",
			strings.Join(missing, "、"), strings.Join(missing, ", "))
	}
	return f
}

// pilotArea: 今后我们将在昆明市、红河州、昭通市等地区的乡镇(街道)进行试点 (五), decision 9. A plan,
// binding no one: always NOT_APPLICABLE.
func pilotArea(asOf sdk.Date, g sdk.GovernmentSpec) sdk.Finding {
	rs := ruleset()
	sites := rs.CatalogAt(asOf).PilotSites
	if !rs.InForce(RulePilotSites, asOf) || len(sites) == 0 {
		return rs.NotInForce(RulePilotSites, asOf)
	}
	var names []string
	for _, s := range sites {
		names = append(names, s.NameZh)
	}
	list := strings.Join(names, "、")
	f := rs.Finding(RulePilotSites, sdk.StatusNotApplicable)
	f.Required = fmt.Sprintf("计划在%s等地区的乡镇(街道)开展“1+1+1+N”试点,仅提示 / planned pilot areas (open list), informational", list)
	name := strings.TrimSpace(g.Name)
	f.Actual = name
	switch g.Level {
	case sdk.LevelCity:
		if name == "" {
			f.Actual = "name not given"
			f.MessageZh = "未给出名称 government.name,无法判断是否为答复所列试点地区;仅提示"
			f.MessageEn = "no name given (government.name), so whether this is a named pilot area is unknown; informational"
			return f
		}
		if i := slices.IndexFunc(sites, func(s sdk.PilotSite) bool { return s.NameZh == name }); i >= 0 {
			f.Actual = name + " → " + sites[i].Code
			f.MessageZh = fmt.Sprintf("%s属答复所列“1+1+1+N”试点地区,计划在其乡镇(街道)试点;答复为工作计划,不作合规判定", name)
			f.MessageEn = fmt.Sprintf("%s (%s) is a named \"1+1+1+N\" pilot area, with township pilots planned; the reply states a plan, not a compliance condition", name, sites[i].NameEn)
			return f
		}
		f.MessageZh = fmt.Sprintf("%s不在答复所列试点地区(%s)中;名单以“等”结尾不封闭,不作合规判定", name, list)
		f.MessageEn = fmt.Sprintf("%s is not among the named pilot areas (%s); the list ends in 等 (open), no compliance verdict", name, list)
	case sdk.LevelProvince:
		f.MessageZh = fmt.Sprintf("试点由省民政厅计划在%s等地区的乡镇(街道)开展;“1+1+1+N”模式未定义,不作合规判定", list)
		f.MessageEn = fmt.Sprintf("the province plans the pilots in townships of %s and others; the \"1+1+1+N\" model is not defined, no compliance verdict", list)
	case sdk.LevelCounty:
		f.MessageZh = fmt.Sprintf("试点地区为州(市)(%s等);县级主体数据不含所属州(市),无法判断;仅提示", list)
		f.MessageEn = fmt.Sprintf("the pilot areas are prefectures (%s and others); a county's data does not name its prefecture, so it cannot be placed; informational", list)
	default:
		return badLevel(RulePilotSites, g)
	}
	return f
}
