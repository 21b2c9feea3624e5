package shenzhen

import (
	"fmt"
	"strings"

	"github.com/shegong/shegong/plugins/sdk"
)

// Rules of clauses 五, 十一, 十二 and 十三 on how projects are bought and staffed: recruitment
// through the platform, the purchaser of community-centre projects, the project library and
// the project design (see the package comment for the decisions).

// recruitFinding checks clause 五 (本措施实施后政府购买社会工作服务项目中的从业人员招聘信息统一在平台上
// 予以公开,统一从备案人员中招录) for a project's workers or a single worker. A worker hired on or
// after the day the measures took effect (SZ.staffing.recruit_platform_hired_from) must be filed
// on the platform (platformFiled) and recruited through it (recruitedViaPlatform); a worker
// hired earlier is not bound, and one hired after asOf is not yet hired on asOf (left out, as
// Hunan and Yunnan treat a dated act after asOf). FAIL names how many workers lack each; a fact
// not given is INSUFFICIENT_INPUT naming the field; when no worker is bound (all hired earlier
// or not yet hired) the rule is NOT_APPLICABLE.
func (p *policy) recruitFinding(asOf sdk.Date, path string, ws []sdk.WorkerSpec, single bool) sdk.Finding {
	rs := p.rs
	from, _, ok := rs.Date(paramRecruitFrom, asOf)
	if !rs.InForce(ruleRecruitPlatform, asOf) || !ok {
		return rs.NotInForce(ruleRecruitPlatform, asOf)
	}
	operator := "市社会工作者协会"
	if op, ok := rs.Param(paramRecruitOperator, asOf); ok {
		operator = op.Value
	}
	required := fmt.Sprintf("hiredOn >= %s: platformFiled = true, recruitedViaPlatform = true", from)
	if len(ws) == 0 {
		f := rs.Insufficient(ruleRecruitPlatform, "从业人员 "+path, path)
		f.Required = required
		return f
	}
	var unfiled, notRecruited, unknown []string
	bound, earlier, later, filed, recruited := 0, 0, 0, 0, 0
	for i, w := range ws {
		wp := workerPath(path, i, single)
		if w.HiredOn == nil {
			unknown = append(unknown, wp+".hiredOn")
			continue
		}
		if w.HiredOn.Before(from) {
			earlier++
			continue
		}
		if w.HiredOn.After(asOf) {
			later++ // not yet hired on asOf
			continue
		}
		bound++
		switch {
		case w.PlatformFiled == nil:
			unknown = append(unknown, wp+".platformFiled")
		case *w.PlatformFiled:
			filed++
		default:
			unfiled = append(unfiled, wp)
		}
		switch {
		case w.RecruitedViaPlatform == nil:
			unknown = append(unknown, wp+".recruitedViaPlatform")
		case *w.RecruitedViaPlatform:
			recruited++
		default:
			notRecruited = append(notRecruited, wp)
		}
	}
	actual := fmt.Sprintf("%d hired from %s: %d filed, %d recruited via the platform; %d hired earlier", bound, from, filed, recruited, earlier)
	if later > 0 {
		actual += fmt.Sprintf("; %d hired after %s (not yet hired)", later, asOf)
	}
	if len(unknown) > 0 {
		actual += fmt.Sprintf("; %d facts unknown", len(unknown))
	}
	scopeZh, scopeEn := "", ""
	if single {
		scopeZh = "(本条约束政府购买社会工作服务项目中的从业人员,按其受聘于此类项目评估)"
		scopeEn = " (the rule binds workers of government-purchased projects; the worker is taken to be one)"
	}
	if len(unfiled) > 0 || len(notRecruited) > 0 {
		f := rs.Finding(ruleRecruitPlatform, sdk.StatusFail)
		f.Actual, f.Required = actual, required
		var zh, en []string
		if len(unfiled) > 0 {
			zh = append(zh, fmt.Sprintf("需在%s从业人员备案和招聘录用信息平台备案 %d 名(%s)", operator, len(unfiled), strings.Join(unfiled, ", ")))
			en = append(en, fmt.Sprintf("%d worker(s) to be filed on the platform of %s (%s)", len(unfiled), operator, strings.Join(unfiled, ", ")))
		}
		if len(notRecruited) > 0 {
			zh = append(zh, fmt.Sprintf("%d 名须经平台公开招聘并从备案人员中招录(%s)", len(notRecruited), strings.Join(notRecruited, ", ")))
			en = append(en, fmt.Sprintf("%d worker(s) to be recruited through a notice on the platform from filed persons (%s)", len(notRecruited), strings.Join(notRecruited, ", ")))
		}
		f.Remedy = strings.Join(zh, ";") + " / " + strings.Join(en, "; ")
		f.MessageZh = fmt.Sprintf("%s 起招录的从业人员 %d 名中,%d 名未在平台备案、%d 名未经平台公开招聘并从备案人员中招录%s",
			from, bound, len(unfiled), len(notRecruited), scopeZh)
		f.MessageEn = fmt.Sprintf("of %d workers hired from %s, %d are not filed on the platform and %d were not recruited through it%s",
			bound, from, len(unfiled), len(notRecruited), scopeEn)
		return f
	}
	if len(unknown) > 0 {
		f := rs.Insufficient(ruleRecruitPlatform, strings.Join(unknown, ", "), strings.Join(unknown, ", "))
		f.Actual, f.Required = actual, required
		f.MessageZh += fmt.Sprintf(";%s 起招录的从业人员须在平台备案并经平台招录", from)
		f.MessageEn += fmt.Sprintf("; workers hired from %s must be filed on and recruited through the platform", from)
		return f
	}
	if bound == 0 {
		f := rs.Finding(ruleRecruitPlatform, sdk.StatusNotApplicable)
		f.Actual, f.Required = actual, required
		switch {
		case later == 0:
			f.MessageZh = fmt.Sprintf("从业人员均于 %s 前招录,早于本措施实施,不适用平台招聘录用要求", from)
			f.MessageEn = fmt.Sprintf("every worker was hired before %s, when the measures took effect; the platform recruitment rule does not bind them", from)
		case earlier == 0:
			f.MessageZh = fmt.Sprintf("从业人员的招录日期均晚于 %s,截至该日尚未招录,暂不适用;招录时须经平台公开招聘并从备案人员中招录", asOf)
			f.MessageEn = fmt.Sprintf("every worker's hire date is after %s, so none is hired yet on that day and the rule does not bind yet; they are to be recruited through the platform from filed persons", asOf)
		default:
			f.MessageZh = fmt.Sprintf("%d 名从业人员于 %s 前招录(本措施实施前),%d 名招录日期晚于 %s(尚未招录),均不适用", earlier, from, later, asOf)
			f.MessageEn = fmt.Sprintf("%d worker(s) hired before %s (before the measures) and %d with a hire date after %s (not yet hired): none is bound", earlier, from, later, asOf)
		}
		return f
	}
	f := rs.Finding(ruleRecruitPlatform, sdk.StatusPass)
	f.Actual, f.Required = actual, required
	f.MessageZh = fmt.Sprintf("%s 起招录的 %d 名从业人员均已在平台备案并经平台招录%s", from, bound, scopeZh)
	f.MessageEn = fmt.Sprintf("all %d workers hired from %s are filed on and were recruited through the platform%s", bound, from, scopeEn)
	if earlier > 0 {
		f.MessageZh += fmt.Sprintf(";另有 %d 名此前招录,不适用", earlier)
		f.MessageEn += fmt.Sprintf("; %d hired earlier are not bound", earlier)
	}
	if later > 0 {
		f.MessageZh += fmt.Sprintf(";另有 %d 名招录日期晚于 %s,尚未招录,不计", later, asOf)
		f.MessageEn += fmt.Sprintf("; %d with a hire date after %s are not hired yet and not counted", later, asOf)
	}
	return f
}

// purchaserTypeZh names an sdk purchaser type in Chinese.
func purchaserTypeZh(t string) string {
	switch t {
	case sdk.PurchaserCivilAffairs:
		return "民政部门"
	case sdk.PurchaserPartyGovernment:
		return "其他党政机关"
	case sdk.PurchaserMassOrganization:
		return "群团组织"
	case sdk.PurchaserStreetOffice:
		return "街道办事处"
	case sdk.PurchaserOther:
		return "其他"
	}
	return t
}

func purchaserLabel(t string) string { return t + " (" + purchaserTypeZh(t) + ")" }

// buyerFinding checks clause 十一 where it is machine-checkable: a community party-and-mass
// service centre project (programme PARTY_MASS_CENTRE) is bought by the street office
// (街道办事处是社区社会工作服务的购买主体,负责组织实施社区党群服务中心政府购买服务项目). For any other
// project the principle 谁使用、谁购买 cannot be judged (who uses the service is not in the data),
// so it is NOT_APPLICABLE and says so. The rule is PARTIAL: neither 谁使用、谁购买 itself nor
// the purchaser's level is checked.
func (p *policy) buyerFinding(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	rs := p.rs
	want, ok := rs.Param(paramCentrePurchaser, asOf)
	if !rs.InForce(ruleBuyerWhoUses, asOf) || !ok {
		return rs.NotInForce(ruleBuyerWhoUses, asOf)
	}
	required := "programme " + sdk.ProgrammePartyMassCentre + ": purchaser.type = " + purchaserLabel(want.Value)
	if pr.Programme != sdk.ProgrammePartyMassCentre {
		f := rs.Finding(ruleBuyerWhoUses, sdk.StatusNotApplicable)
		prog := pr.Programme
		if prog == "" {
			prog = "ordinary purchased service"
		}
		f.Actual, f.Required = "programme "+prog, required
		f.MessageZh = "本项目不是社区党群服务中心项目(programme PARTY_MASS_CENTRE),不适用“街道办事处为购买主体”;“谁使用、谁购买”的一般原则需知道服务的使用单位,数据中没有,不作判定"
		f.MessageEn = "not a community party-and-mass service centre project (programme PARTY_MASS_CENTRE), so the street-office purchaser rule does not apply; the general principle \"whoever uses, buys\" needs the using unit, which the data does not record, so it is not judged"
		return f
	}
	if pr.Purchaser == nil || pr.Purchaser.Type == "" {
		f := rs.Insufficient(ruleBuyerWhoUses, "购买主体类型 project.purchaser.type", "project.purchaser.type")
		f.Required = required
		f.MessageZh += ";社区党群服务中心项目的购买主体应为街道办事处"
		f.MessageEn += "; a community party-and-mass service centre project is bought by the street office"
		return f
	}
	f := rs.Finding(ruleBuyerWhoUses, sdk.StatusPass)
	f.Actual, f.Required = purchaserLabel(pr.Purchaser.Type), required
	if pr.Purchaser.Type == want.Value {
		f.MessageZh = "社区党群服务中心项目由街道办事处购买,符合“谁使用、谁购买”"
		f.MessageEn = "the community party-and-mass service centre project is bought by the street office, as required"
		return f
	}
	f.Status = sdk.StatusFail
	f.Remedy = fmt.Sprintf("改由%s作为购买主体组织实施(%s) / the purchaser must be %s", purchaserTypeZh(want.Value), want.Value, purchaserLabel(want.Value))
	f.MessageZh = fmt.Sprintf("社区党群服务中心项目的购买主体为%s;街道办事处是社区社会工作服务的购买主体,负责组织实施社区党群服务中心政府购买服务项目", purchaserTypeZh(pr.Purchaser.Type))
	f.MessageEn = fmt.Sprintf("the community party-and-mass service centre project is bought by %s; the street office is the purchaser of community social-work services and runs these projects", pr.Purchaser.Type)
	return f
}

// projectLibraryFinding checks clause 十二: a project set up on or after the day the measures
// took effect (SZ.governance.project_library_new_from) enters the project library only once the
// review committee has approved it, and declares its budget to the finance department after
// that: libraryApprovedOn <= budgetDeclaredOn. A project set up earlier entered the library on
// filing (备案后自动入库) and is NOT_APPLICABLE; the filing itself is not checked, nor whether the
// committee was of the same level (同级): the rule is PARTIAL. A date after asOf has not
// happened yet on asOf (as Hunan and Yunnan read dated acts): a project set up after asOf is
// NOT_APPLICABLE, a budget declared after asOf is not declared yet (NOT_APPLICABLE until it is),
// and a library approval after asOf counts as not approved.
func (p *policy) projectLibraryFinding(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	rs := p.rs
	from, _, ok := rs.Date(paramLibraryNewFrom, asOf)
	if !rs.InForce(ruleProjectLibrary, asOf) || !ok {
		return rs.NotInForce(ruleProjectLibrary, asOf)
	}
	required := fmt.Sprintf("establishedOn >= %s: libraryApprovedOn <= budgetDeclaredOn", from)
	if pr.EstablishedOn == nil {
		f := rs.Insufficient(ruleProjectLibrary, "项目设立日期 project.establishedOn", "project.establishedOn")
		f.Required = required
		return f
	}
	if pr.EstablishedOn.After(asOf) {
		f := rs.Finding(ruleProjectLibrary, sdk.StatusNotApplicable)
		f.Actual, f.Required = "set up "+pr.EstablishedOn.String(), required
		f.MessageZh = fmt.Sprintf("项目设立日期 %s 晚于 %s,截至该日尚未设立,暂不适用;设立后须经同级评审委员会审议通过入库后方可申报预算", pr.EstablishedOn, asOf)
		f.MessageEn = fmt.Sprintf("the project is set up on %s, after %s, so it does not exist yet on that day; once set up it must be approved into the library by the review committee before its budget is declared", pr.EstablishedOn, asOf)
		return f
	}
	if pr.EstablishedOn.Before(from) {
		f := rs.Finding(ruleProjectLibrary, sdk.StatusNotApplicable)
		f.Actual, f.Required = "set up "+pr.EstablishedOn.String(), required
		f.MessageZh = fmt.Sprintf("项目于 %s 设立,早于本措施实施之日 %s,属已经开展的项目,向评审委员会备案后自动入库,无需审议入库(备案情况未核对)", pr.EstablishedOn, from)
		f.MessageEn = fmt.Sprintf("the project was set up on %s, before the measures took effect on %s: a running project enters the library on filing with the review committee, without approval (the filing is not checked)", pr.EstablishedOn, from)
		return f
	}
	if pr.BudgetDeclaredOn != nil && pr.BudgetDeclaredOn.After(asOf) {
		f := rs.Finding(ruleProjectLibrary, sdk.StatusNotApplicable)
		f.Actual, f.Required = fmt.Sprintf("set up %s, budget declared %s (after %s)", pr.EstablishedOn, pr.BudgetDeclaredOn, asOf), required
		f.MessageZh = fmt.Sprintf("预算申报日期 %s 晚于 %s,截至该日尚未申报预算,暂不适用;申报前须经同级评审委员会审议通过入库", pr.BudgetDeclaredOn, asOf)
		f.MessageEn = fmt.Sprintf("the budget is declared on %s, after %s, so it is not declared yet on that day and the rule does not bind yet; the project must be approved into the library before it is declared", pr.BudgetDeclaredOn, asOf)
		return f
	}
	var zh, en []string
	if pr.LibraryApprovedOn == nil {
		zh, en = append(zh, "入库审议通过日期 project.libraryApprovedOn"), append(en, "project.libraryApprovedOn")
	}
	if pr.BudgetDeclaredOn == nil {
		zh, en = append(zh, "预算申报日期 project.budgetDeclaredOn"), append(en, "project.budgetDeclaredOn")
	}
	if len(zh) > 0 {
		f := rs.Insufficient(ruleProjectLibrary, strings.Join(zh, "、"), strings.Join(en, ", "))
		f.Actual, f.Required = "set up "+pr.EstablishedOn.String(), required
		f.MessageZh += fmt.Sprintf(";项目于 %s 设立,属本措施实施后新增的项目,须经同级评审委员会审议通过入库后方可申报预算", pr.EstablishedOn)
		f.MessageEn += fmt.Sprintf("; set up on %s, after the measures took effect, it must be approved into the library by the review committee before its budget is declared", pr.EstablishedOn)
		return f
	}
	approved, declared := *pr.LibraryApprovedOn, *pr.BudgetDeclaredOn
	f := rs.Finding(ruleProjectLibrary, sdk.StatusPass)
	f.Actual = fmt.Sprintf("approved %s, budget declared %s", approved, declared)
	f.Required = required
	if !approved.After(declared) {
		f.MessageZh = fmt.Sprintf("项目于 %s 经评审委员会审议通过入库,%s 申报预算,先入库后申报", approved, declared)
		f.MessageEn = fmt.Sprintf("approved into the library on %s and the budget declared on %s, after approval", approved, declared)
		return f
	}
	f.Status = sdk.StatusFail
	if approved.After(asOf) {
		f.Actual = fmt.Sprintf("budget declared %s, library approval %s (after %s: not yet approved)", declared, approved, asOf)
		f.Remedy = fmt.Sprintf("截至 %s 项目尚未审议通过入库(入库日期 %s 晚于该日),却已于 %s 申报预算:须经同级评审委员会审议通过入库后再向同级财政部门申报预算 / on %s the project is not yet approved into the library (approval dated %s) but its budget was declared on %s: declare it only after the review committee has approved the project",
			asOf, approved, declared, asOf, approved, declared)
		f.MessageZh = fmt.Sprintf("本措施实施后新增的项目于 %s 申报预算,截至 %s 尚未审议通过入库", declared, asOf)
		f.MessageEn = fmt.Sprintf("a project added after the measures declared its budget on %s and is not yet approved into the library on %s", declared, asOf)
		return f
	}
	days := int(approved.Time().Sub(declared.Time()).Hours() / 24)
	f.Remedy = fmt.Sprintf("预算申报早于入库审议通过 %d 天:须经同级评审委员会审议通过入库后再向同级财政部门申报预算 / the budget was declared %d day(s) before library approval: declare it to the finance department only after the review committee has approved the project", days, days)
	f.MessageZh = fmt.Sprintf("本措施实施后新增的项目于 %s 申报预算,早于 %s 审议通过入库", declared, approved)
	f.MessageEn = fmt.Sprintf("a project added after the measures declared its budget on %s, before its library approval on %s", declared, approved)
	return f
}
