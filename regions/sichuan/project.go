package sichuan

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shegong/shegong/plugins/sdk"
)

// projectFindings applies the project rules written in Go: the priority-item note, the delivery
// modes of 四(三), the contracting authority of 四(四) and the 2018 funding rule (the project
// specification of 四(六), SC-CONTRACT-PROJECT-SPEC, is declared in ruleset.yaml).
func projectFindings(asOf sdk.Date, pr sdk.ProjectSpec, m sdk.DomainMatch) []sdk.Finding {
	return []sdk.Finding{
		priorityItem(asOf, m),
		deliveryModes(asOf, pr),
		contractingAuthority(asOf, pr),
		fundsToGrassroots(asOf, pr),
	}
}

// deliveryMode is how one of the notice's modes is spelled in the sdk: a purchase mode and, for
// a project purchase, the procurement methods that make it.
type deliveryMode struct {
	mode    string
	methods []string
}

// modeWords maps the modes of SC.contract.delivery_modes (the notice's words) to the sdk (see
// the package comment).
var modeWords = map[string]deliveryMode{
	"招投标":          {sdk.PurchaseProject, []string{sdk.ProcurementOpenTender, sdk.ProcurementInvitedTender}},
	"比选":           {sdk.PurchaseProject, []string{sdk.ProcurementComparison}},
	"购买民政公共服务公益岗位": {sdk.PurchasePost, nil},
}

// modes reads SC.contract.delivery_modes: the procurement methods that are allowed for a project
// purchase (with the word each stands for), whether posts are allowed, and the modes as text.
// An unknown word is a data error caught by the package tests, so it panics.
func modes(p sdk.Parameter) (methods map[string]string, posts bool, listZh string) {
	methods = map[string]string{}
	var zh []string
	for _, w := range sdk.SplitItems(p.Value) {
		dm, ok := modeWords[w]
		if !ok {
			panic(fmt.Sprintf("sichuan: parameter %s: mode %q has no sdk mapping", p.ID, w))
		}
		if dm.mode == sdk.PurchasePost {
			posts = true
			zh = append(zh, w+"("+dm.mode+")")
			continue
		}
		for _, m := range dm.methods {
			methods[m] = w
		}
		zh = append(zh, w+"("+dm.mode+" "+strings.Join(dm.methods, "、")+")")
	}
	return methods, posts, strings.Join(zh, "、")
}

// deliveryModes checks 四(三): contractors are chosen by tender or comparison, or the government
// buys public-welfare posts whose people are trained before they serve.
func deliveryModes(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	prm, okM := ruleset().Param(paramDeliveryModes, asOf)
	train, okT := ruleset().Param(paramPostTraining, asOf)
	if !ruleset().InForce(RuleDeliveryModes, asOf) || !okM || !okT {
		return ruleset().NotInForce(RuleDeliveryModes, asOf)
	}
	methods, posts, listZh := modes(prm)
	trainingRequired := train.Value == "true"
	required := listZh
	if posts && trainingRequired {
		required += ";公益岗位人员经过培训后上岗"
	}
	required += " / tender or comparison (PROJECT), or public-welfare posts (POST)"
	if posts && trainingRequired {
		required += " with workers trained before service"
	}
	const notCheckedZh = ";公益岗位限于“暂时不具备条件的地方”,当地条件不在数据中,未检查"
	const notCheckedEn = "; posts are meant for places not yet ready for tender or comparison, which the data does not show and is not checked"

	if pr.PurchaseMode == "" {
		f := ruleset().Insufficient(RuleDeliveryModes, "购买方式 project.purchaseMode", "purchase mode (project.purchaseMode)")
		f.Required = required
		return f
	}
	if pr.PurchaseMode == sdk.PurchasePost && posts {
		return postTraining(pr, trainingRequired, required, notCheckedZh, notCheckedEn)
	}
	if pr.PurchaseMode == sdk.PurchaseProject && len(methods) > 0 {
		if pr.ProcurementMethod == "" {
			f := ruleset().Insufficient(RuleDeliveryModes, "采购方式 project.procurementMethod", "procurement method (project.procurementMethod)")
			f.Required, f.Actual = required, pr.PurchaseMode
			return f
		}
		actual := pr.PurchaseMode + " / " + pr.ProcurementMethod
		if w, ok := methods[pr.ProcurementMethod]; ok {
			f := ruleset().Finding(RuleDeliveryModes, sdk.StatusPass)
			f.Required, f.Actual = required, actual+" → "+w
			f.MessageZh = fmt.Sprintf("项目购买,以%s确定承接单位(%s)", w, pr.ProcurementMethod)
			f.MessageEn = fmt.Sprintf("project purchase with the contractor chosen by %s (%s)", w, pr.ProcurementMethod)
			return f
		}
	}
	f := ruleset().Finding(RuleDeliveryModes, sdk.StatusFail)
	f.Required = required
	f.Actual = pr.PurchaseMode
	if pr.ProcurementMethod != "" {
		f.Actual += " / " + pr.ProcurementMethod
	}
	f.Remedy = "须以招投标或比选确定承接单位;暂时不具备条件的地方可改为购买民政公共服务公益岗位,人员经培训后上岗 / choose the contractor by tender or comparison; where that is not yet possible, buy public-welfare posts staffed by trained people instead"
	f.MessageZh = fmt.Sprintf("购买方式 %s、采购方式 %s 不是通知列明的方式(%s)", pr.PurchaseMode, orNone(pr.ProcurementMethod), listZh)
	f.MessageEn = fmt.Sprintf("purchase mode %s with procurement method %s is not one of the notice's modes (tender or comparison, or public-welfare posts)", pr.PurchaseMode, orNone(pr.ProcurementMethod))
	return f
}

// postTraining checks a public-welfare post purchase: every worker trained before service.
func postTraining(pr sdk.ProjectSpec, trainingRequired bool, required, noteZh, noteEn string) sdk.Finding {
	if !trainingRequired {
		f := ruleset().Finding(RuleDeliveryModes, sdk.StatusPass)
		f.Required, f.Actual = required, pr.PurchaseMode
		f.MessageZh = "购买民政公共服务公益岗位" + noteZh
		f.MessageEn = "public-welfare posts are bought" + noteEn
		return f
	}
	var untrained, unknown []string
	for i, w := range pr.Workers {
		path := "project.workers[" + strconv.Itoa(i) + "]"
		switch {
		case w.TrainedBeforeService == nil:
			unknown = append(unknown, path+".trainedBeforeService")
		case !*w.TrainedBeforeService:
			untrained = append(untrained, path)
		}
	}
	trained := len(pr.Workers) - len(untrained) - len(unknown)
	unlisted := max(pr.Headcount-len(pr.Workers), 0)
	actual := fmt.Sprintf("POST;%d 名人员中 %d 名上岗前经过培训 / %d of %d workers trained before service", len(pr.Workers), trained, trained, len(pr.Workers))
	switch {
	case len(untrained) > 0:
		f := ruleset().Finding(RuleDeliveryModes, sdk.StatusFail)
		f.Required, f.Actual = required, actual
		f.Remedy = fmt.Sprintf("须对 %d 名人员先行培训、培训后再上岗:%s / %d worker(s) must be trained before they serve: %s",
			len(untrained), strings.Join(untrained, "、"), len(untrained), strings.Join(untrained, ", "))
		f.MessageZh = fmt.Sprintf("公益岗位人员应经过培训后从事民政公共服务,%d 名未经培训即上岗:%s", len(untrained), strings.Join(untrained, "、"))
		f.MessageEn = fmt.Sprintf("public-welfare post workers serve after training; %d served untrained: %s", len(untrained), strings.Join(untrained, ", "))
		return f
	case len(pr.Workers) == 0:
		f := ruleset().Insufficient(RuleDeliveryModes, "公益岗位人员 project.workers", "post workers (project.workers)")
		f.Required, f.Actual = required, "POST"
		return f
	case len(unknown) > 0:
		f := ruleset().Insufficient(RuleDeliveryModes, "上岗前培训 "+strings.Join(unknown, "、"), "training before service ("+strings.Join(unknown, ", ")+")")
		f.Required, f.Actual = required, actual
		return f
	case unlisted > 0:
		f := ruleset().Insufficient(RuleDeliveryModes, fmt.Sprintf("公益岗位人员 project.workers(项目 %d 人,仅列出 %d 人)", pr.Headcount, len(pr.Workers)),
			fmt.Sprintf("post workers (project.workers: headcount %d, only %d listed)", pr.Headcount, len(pr.Workers)))
		f.Required, f.Actual = required, actual
		return f
	}
	f := ruleset().Finding(RuleDeliveryModes, sdk.StatusPass)
	f.Required, f.Actual = required, actual
	f.MessageZh = fmt.Sprintf("购买民政公共服务公益岗位,%d 名人员均经过培训后上岗", trained) + noteZh
	f.MessageEn = fmt.Sprintf("public-welfare posts are bought and all %d workers were trained before service", trained) + noteEn
	return f
}

// contractingAuthority checks 四(四): the county civil-affairs department contracts projects out.
// It cannot fail: a civil-affairs purchaser at COUNTY level passes, and any other purchaser is
// NOT_APPLICABLE, since the data does not record whether a project is part of a county pilot
// (the rule is PARTIAL for that reason).
func contractingAuthority(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	lvl, okL := ruleset().Param(paramPurchaserLevel, asOf)
	typ, okT := ruleset().Param(paramPurchaserType, asOf)
	if !ruleset().InForce(RuleContractingAuthority, asOf) || !okL || !okT {
		return ruleset().NotInForce(RuleContractingAuthority, asOf)
	}
	required := fmt.Sprintf("县级民政部门发包 / contracted by the county civil-affairs department (purchaser.level %s, purchaser.type %s)", lvl.Value, typ.Value)
	if pr.Purchaser == nil || pr.Purchaser.Type == "" {
		f := ruleset().Insufficient(RuleContractingAuthority, "购买主体类型 project.purchaser.type", "purchaser type (project.purchaser.type)")
		f.Required = required
		return f
	}
	p := *pr.Purchaser
	if p.Type != typ.Value {
		f := ruleset().Finding(RuleContractingAuthority, sdk.StatusNotApplicable)
		f.Required, f.Actual = required, "purchaser.type "+p.Type
		f.MessageZh = fmt.Sprintf("购买主体为 %s,非民政部门;本条规定民政公共服务项目由县级民政部门发包,不约束其他部门购买的服务", p.Type)
		f.MessageEn = fmt.Sprintf("the purchaser is %s, not a civil-affairs department; the clause gives civil-affairs services to the county civil-affairs department and does not bind other bodies' purchases", p.Type)
		return f
	}
	if p.Level == "" {
		f := ruleset().Insufficient(RuleContractingAuthority, "购买主体级别 project.purchaser.level", "purchaser level (project.purchaser.level)")
		f.Required, f.Actual = required, "purchaser.type "+p.Type
		return f
	}
	actual := fmt.Sprintf("purchaser.level %s, purchaser.type %s", p.Level, p.Type)
	if p.Level == lvl.Value {
		f := ruleset().Finding(RuleContractingAuthority, sdk.StatusPass)
		f.Required, f.Actual = required, actual
		f.MessageZh = "项目由县级民政部门发包"
		f.MessageEn = "the project is contracted out by the county civil-affairs department"
		return f
	}
	// Another level: 四(四) gives contracting to 试点的县级民政部门 within a county pilot, but the
	// data does not record whether a project belongs to one, and 四(组织实施)(一) has 市(州) (and
	// provincial) money buy civil-affairs projects too, so another level's purchase is not bound.
	f := ruleset().Finding(RuleContractingAuthority, sdk.StatusNotApplicable)
	f.Required, f.Actual = required, actual
	f.MessageZh = fmt.Sprintf("项目由%s民政部门发包;本条只约束县级试点内的项目发包,数据未记录项目是否属县级试点,且通知允许省、市(州)财政资金购买此类项目,故不适用", levelLabel(p.Level))
	f.MessageEn = fmt.Sprintf("the project is contracted out by a %s civil-affairs department; the clause binds contracting within a county pilot, the data does not record whether the project belongs to one, and the notice lets provincial and city (市、州) money buy such projects, so it does not apply", p.Level)
	return f
}

// fundsToGrassroots checks the 2018 funding rule of 四(组织实施)(一): fiscal and retained
// welfare-lottery money buying civil-affairs SO/SW projects goes, in principle, wholly to
// grassroots civil-affairs service projects.
func fundsToGrassroots(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	fromYear, _, okY := ruleset().Int(paramFundsFromYear, asOf)
	src, okS := ruleset().Param(paramFundsSources, asOf)
	typ, okT := ruleset().Param(paramFundsPurchaserType, asOf)
	lv, okL := ruleset().Param(paramGrassrootsLevels, asOf)
	share, _, okR := ruleset().Ratio(paramGrassrootsShare, asOf)
	if !ruleset().InForce(RuleFundsToGrassroots, asOf) || !okY || !okS || !okT || !okL || !okR {
		return ruleset().NotInForce(RuleFundsToGrassroots, asOf)
	}
	sources := sdk.SplitItems(src.Value)
	codes, words := levels(lv)
	required := fmt.Sprintf("%d年起%s资金购买的民政项目 %s 投向基层:服务层级为%s / from %d, %s of such money goes to grassroots projects: service level %s",
		fromYear, strings.Join(sources, "、"), share.Percent(), strings.Join(words, "或"), fromYear, share.Percent(), strings.Join(codes, " or "))

	// Scope: any known fact that puts the project outside the rule decides; else missing facts.
	var outZh, outEn, missing []string
	var inScope []string
	if pr.FundingYear == nil {
		missing = append(missing, "project.fundingYear")
	} else if int64(*pr.FundingYear) < fromYear {
		outZh = append(outZh, fmt.Sprintf("资金年度 %d 早于 %d 年", *pr.FundingYear, fromYear))
		outEn = append(outEn, fmt.Sprintf("the money is of budget year %d, before %d", *pr.FundingYear, fromYear))
	} else {
		inScope = append(inScope, fmt.Sprintf("%d年 / year %d", *pr.FundingYear, *pr.FundingYear))
	}
	if pr.FundingSources == nil {
		missing = append(missing, "project.fundingSources")
	} else if hit := slices.DeleteFunc(slices.Clone(sources), func(s string) bool {
		return len(sdk.MissingItems([]string{s}, pr.FundingSources)) > 0
	}); len(hit) == 0 {
		outZh = append(outZh, "经费来源不含"+strings.Join(sources, "、")+"(按原文精确比对)")
		outEn = append(outEn, "no funding source is one of "+strings.Join(sources, ", ")+" (matched exactly)")
	} else {
		inScope = append(inScope, strings.Join(hit, "、"))
	}
	if pr.Purchaser == nil || pr.Purchaser.Type == "" {
		missing = append(missing, "project.purchaser.type")
	} else if pr.Purchaser.Type != typ.Value {
		outZh = append(outZh, fmt.Sprintf("购买主体为 %s,非民政部门", pr.Purchaser.Type))
		outEn = append(outEn, fmt.Sprintf("the purchaser is %s, not a civil-affairs department", pr.Purchaser.Type))
	} else {
		inScope = append(inScope, "purchaser.type "+pr.Purchaser.Type)
	}
	if len(outZh) > 0 {
		f := ruleset().Finding(RuleFundsToGrassroots, sdk.StatusNotApplicable)
		f.Required = required
		f.Actual = strings.Join(outEn, "; ")
		f.MessageZh = "不属本条所管的资金:" + strings.Join(outZh, ";")
		f.MessageEn = "the project's money is outside the rule: " + strings.Join(outEn, "; ")
		return f
	}
	if len(missing) > 0 {
		f := ruleset().Insufficient(RuleFundsToGrassroots, strings.Join(missing, "、"), strings.Join(missing, ", "))
		f.Required = required
		return f
	}
	scope := strings.Join(inScope, ";")
	if pr.ServiceLevel == "" {
		f := ruleset().Insufficient(RuleFundsToGrassroots, "服务层级 project.serviceLevel", "service level (project.serviceLevel)")
		f.Required, f.Actual = required, scope
		return f
	}
	actual := "serviceLevel " + levelLabel(pr.ServiceLevel) + ";" + scope
	if slices.Contains(codes, pr.ServiceLevel) {
		f := ruleset().Finding(RuleFundsToGrassroots, sdk.StatusPass)
		f.Required, f.Actual = required, actual
		f.MessageZh = fmt.Sprintf("项目在%s层面提供服务,属基层民政公共服务项目", levelZh[pr.ServiceLevel])
		f.MessageEn = fmt.Sprintf("the project serves at %s level, a grassroots civil-affairs service project", strings.ToLower(pr.ServiceLevel))
		return f
	}
	// 原则上 (in principle) admits exceptions the notice does not list, so a non-grassroots
	// project is advised, never failed (sdk.Advisory).
	f := ruleset().Finding(RuleFundsToGrassroots, sdk.StatusFail)
	f.Required, f.Actual = required, actual
	f.Remedy = fmt.Sprintf("将服务下沉到%s层面,或改用本条以外的资金 / deliver the service at %s level, or fund it from money outside the rule",
		strings.Join(words, "或"), strings.Join(codes, " or "))
	f.MessageZh = fmt.Sprintf("%d年起此类资金原则上全部投向基层民政公共服务项目,本项目服务层级为%s,不属基层", fromYear, levelLabel(pr.ServiceLevel))
	f.MessageEn = fmt.Sprintf("from %d such money goes, in principle, wholly to grassroots projects; this project serves at %s level, which is not grassroots", fromYear, pr.ServiceLevel)
	return sdk.Advisory(f, "原则上", "in principle")
}

func orNone(s string) string {
	if s == "" {
		return "未给出 / not given"
	}
	return s
}
