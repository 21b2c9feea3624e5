package shenzhen

import (
	"fmt"
	"math/big"

	"github.com/shegong/shegong/plugins/sdk"
)

// Budget evaluates the money rules of clauses 六 and 十三 for each project.
// money is a project's budget summed by kind.
type money struct {
	given       bool
	total       sdk.Fen
	labor       sdk.Fen
	nonLabor    sdk.Fen
	supervision sdk.Fen
}

func sumBudget(pr sdk.ProjectSpec) money {
	m := money{given: pr.Budget != nil}
	for _, l := range pr.Budget {
		m.total += l.Amount
		if l.Category == sdk.BudgetLabor {
			m.labor += l.Amount
		} else {
			m.nonLabor += l.Amount // every other category is non-labour; supervision included
		}
		if l.Category == sdk.BudgetSupervision {
			m.supervision += l.Amount
		}
	}
	return m
}

// budget is the budget requirement and findings of one valid project, whose domain the SDK has
// resolved (sdk.RulesetPolicy).
func (p *policy) budget(asOf sdk.Date, pr sdk.ProjectSpec, match sdk.DomainMatch) (*sdk.BudgetRequirement, []sdk.Finding) {
	dom := p.domain(match)
	rs := p.rs
	m := sumBudget(pr)
	req := &sdk.BudgetRequirement{}
	var fs []sdk.Finding

	fs = append(fs, p.domainFinding(asOf, dom))

	// Package floor: exactly one of the two applies (package comment).
	floorRule, otherRule, floorParam := rulePackageMin, rulePackageMinHigh, paramPackageMin
	if dom.highRisk {
		floorRule, otherRule, floorParam = rulePackageMinHigh, rulePackageMin, paramPackageMinHigh
	}
	// The effective floor is the higher of the city floor for the domain and the district's own
	// standard (SZ-BUDGET-DISTRICT-STANDARD): each finding checks its own floor, and the
	// requirement carries the higher total.
	floorTotal, floorKnown := sdk.Fen(0), false
	floor := p.floorFinding(asOf, pr, dom, m, floorRule, floorParam)
	district := p.districtProjectFinding(asOf, pr, m, floor)
	if l := pr.LocalPackageStandard; l != nil && floor.known && floor.finding.Status != sdk.StatusNotInForce {
		if *l > floor.perYear {
			floor.finding.MessageZh += fmt.Sprintf(";区级标准 %s 元/人/年更高,项目经费下限以区级标准为准(%s)", yuanZh(*l), ruleDistrictStandard)
			floor.finding.MessageEn += fmt.Sprintf("; the district standard %s yuan/person/year is higher and sets the binding floor (%s)", *l, ruleDistrictStandard)
		} else {
			floor.finding.MessageZh += fmt.Sprintf(";区级标准 %s 元/人/年不高于本标准,以本标准为准", yuanZh(*l))
			floor.finding.MessageEn += fmt.Sprintf("; the district standard %s yuan/person/year is not higher, so this floor binds", *l)
		}
	}
	fs = append(fs, floor.finding)
	if floor.total != nil {
		floorTotal, floorKnown = *floor.total, true
	}
	if district.total != nil && (!floorKnown || *district.total > floorTotal) {
		floorTotal, floorKnown = *district.total, true
	}
	if floorKnown {
		v := floorTotal
		req.MinimumTotal = &v
	}
	if rs.InForce(otherRule, asOf) {
		f := rs.Finding(otherRule, sdk.StatusNotApplicable)
		if dom.highRisk {
			f.MessageZh = fmt.Sprintf("%s 属高风险领域,适用16.9万元/人/年标准(%s)", dom.label(), rulePackageMinHigh)
			f.MessageEn = fmt.Sprintf("%s is a high-risk domain: the high-risk floor applies instead (%s)", dom.label(), rulePackageMinHigh)
		} else {
			f.MessageZh = fmt.Sprintf("%s 不属于专业性强、职业风险高的领域,不适用高风险领域标准", dom.label())
			f.MessageEn = fmt.Sprintf("%s is not a high-risk domain; the high-risk floor does not apply", dom.label())
		}
		fs = append(fs, f)
	} else {
		fs = append(fs, rs.NotInForce(otherRule, asOf))
	}
	fs = append(fs, district.finding)

	// Shares over T* = max(actual total, floor total).
	tStar, tKnown := m.total, m.given
	if floorKnown && (!m.given || floorTotal > m.total) {
		tStar, tKnown = floorTotal, true
	}
	laborRatio, _, laborOK := rs.Ratio(paramLaborShare, asOf)
	if laborOK && tKnown {
		v := sdk.Fen(laborRatio.MinPart(int64(tStar)))
		req.MinimumLabor = &v
	}
	nonRatio, _, nonOK := rs.Ratio(paramNonLaborShare, asOf)
	if nonOK && tKnown {
		v := sdk.Fen(nonRatio.MaxPart(int64(tStar)))
		req.MaximumNonLabor = &v
	}
	fs = append(fs, p.laborFinding(asOf, m), p.nonLaborFinding(asOf, m))

	sup, fund := p.supervisionFinding(asOf, pr, m)
	req.SupervisionFund = fund
	fs = append(fs, sup)

	if req.MinimumTotal == nil && req.MinimumLabor == nil && req.MaximumNonLabor == nil && req.SupervisionFund == nil {
		req = nil
	}
	return req, fs
}

func (d domainInfo) label() string {
	if d.item == nil {
		return d.input
	}
	if d.item.TermZh == d.input {
		return d.input
	}
	return fmt.Sprintf("%s(%s)", d.input, d.item.TermZh)
}

// domainFinding checks that the project falls under one of the 16 domains (the list is closed:
// "等16个领域").
func (p *policy) domainFinding(asOf sdk.Date, d domainInfo) sdk.Finding {
	rs := p.rs
	if !rs.InForce(ruleDomains16, asOf) {
		return rs.NotInForce(ruleDomains16, asOf)
	}
	if d.item != nil {
		f := rs.Finding(ruleDomains16, sdk.StatusPass)
		f.Actual = d.item.TermZh
		f.Required = "16个领域之一 / one of the 16 domains"
		f.MessageZh = fmt.Sprintf("服务领域 %s 属深圳16个社会工作服务领域之一(%s)", d.input, d.item.TermZh)
		f.MessageEn = fmt.Sprintf("domain %s is one of Shenzhen's 16 social-work service domains (%s)", d.input, d.item.TermEn)
		if d.via != "" {
			f.MessageZh += ",经共享分类 " + d.via + " 归入"
			f.MessageEn += ", reached through the shared taxonomy " + d.via
		}
		return f
	}
	f := rs.Finding(ruleDomains16, sdk.StatusFail)
	f.Actual = d.input
	f.Required = "16个领域之一 / one of the 16 domains"
	f.Remedy = "须将项目归入深圳16个社会工作服务领域之一 / classify the project under one of Shenzhen's 16 service domains"
	f.MessageZh = fmt.Sprintf("服务领域 %s 不在深圳16个社会工作服务领域之内", d.input)
	f.MessageEn = fmt.Sprintf("domain %s is not one of Shenzhen's 16 social-work service domains", d.input)
	return f
}

type floorResult struct {
	finding sdk.Finding
	total   *sdk.Fen // the floor over the project's person-years; nil when it cannot be computed
	perYear sdk.Fen  // the floor per person-year, when known
	known   bool     // perYear is set (the rule and its parameter are in force)
}

// floorOver returns perYear × headcount × months / 12 in fen. Exact when months is a multiple of
// 3 at the city floors (16,300,000 and 16,900,000 fen are multiples of 4); otherwise the
// division is rounded UP to the fen, so a budget is never let pass by a fraction of a fen.
func floorOver(perYear sdk.Fen, headcount, months int) sdk.Fen {
	return sdk.Fen(ceilDiv(mul(int64(perYear), int64(headcount), int64(months)), bi(12)))
}

// floorFinding checks the package floor: budget total >= floor × headcount × months / 12.
func (p *policy) floorFinding(asOf sdk.Date, pr sdk.ProjectSpec, d domainInfo, m money, ruleID, paramID string) floorResult {
	rs := p.rs
	if !rs.InForce(ruleID, asOf) {
		return floorResult{finding: rs.NotInForce(ruleID, asOf)}
	}
	floor, _, ok := rs.Money(paramID, asOf)
	if !ok {
		return floorResult{finding: rs.NotInForce(ruleID, asOf)}
	}
	if pr.Headcount == 0 {
		return floorResult{finding: rs.Insufficient(ruleID, "项目人员总数 project.headcount", "project.headcount"), perYear: floor, known: true}
	}
	months := pr.MonthsOrDefault()
	total := floorOver(floor, pr.Headcount, months)
	res := floorResult{total: &total, perYear: floor, known: true}
	perZh := fmt.Sprintf("%d 人 × %d 个月 ÷ 12 × %s 元/人/年 = %s 元", pr.Headcount, months, yuanZh(floor), yuanZh(total))
	perEn := fmt.Sprintf("%d persons × %d months / 12 × %s yuan/person/year = %s yuan", pr.Headcount, months, floor, total)
	kindZh, kindEn := "", ""
	if ruleID == rulePackageMinHigh {
		kindZh, kindEn = "(高风险领域 "+d.label()+")", " (high-risk domain "+d.label()+")"
	}
	if !m.given {
		f := rs.Insufficient(ruleID, "项目预算 project.budget", "project.budget")
		f.Required = ">= " + total.String()
		f.MessageZh += ";下限为 " + perZh + kindZh
		f.MessageEn += "; the floor is " + perEn + kindEn
		res.finding = f
		return res
	}
	status := sdk.StatusPass
	if m.total < total {
		status = sdk.StatusFail
	}
	f := rs.Finding(ruleID, status)
	f.Actual = m.total.String()
	f.Required = ">= " + total.String()
	if status == sdk.StatusPass {
		f.MessageZh = fmt.Sprintf("项目经费 %s 元不低于整体打包下限%s:%s", yuanZh(m.total), kindZh, perZh)
		f.MessageEn = fmt.Sprintf("budget %s yuan meets the package floor%s: %s", m.total, kindEn, perEn)
	} else {
		short := total - m.total
		// The floor per person-year is named so that a reformed floor shows in the remedy itself.
		f.Remedy = fmt.Sprintf("需增加经费 %s 元 / %s yuan short;下限 %s 元/人/年 / floor %s yuan/person/year", yuanZh(short), short, yuanZh(floor), floor)
		f.MessageZh = fmt.Sprintf("项目经费 %s 元低于整体打包下限%s:%s", yuanZh(m.total), kindZh, perZh)
		f.MessageEn = fmt.Sprintf("budget %s yuan is below the package floor%s: %s", m.total, kindEn, perEn)
	}
	res.finding = f
	return res
}

// laborFinding checks 人力成本不少于项目经费的85% over the actual budget total.
func (p *policy) laborFinding(asOf sdk.Date, m money) sdk.Finding {
	rs := p.rs
	r, _, ok := rs.Ratio(paramLaborShare, asOf)
	if !rs.InForce(ruleLabor85, asOf) || !ok {
		return rs.NotInForce(ruleLabor85, asOf)
	}
	if !m.given {
		return rs.Insufficient(ruleLabor85, "项目预算 project.budget", "project.budget")
	}
	status := sdk.StatusFail
	if m.total > 0 && r.AtLeast(int64(m.labor), int64(m.total)) {
		status = sdk.StatusPass
	}
	f := rs.Finding(ruleLabor85, status)
	f.Actual = fmt.Sprintf("%s / %s = %s", m.labor, m.total, share(m.labor, m.total))
	f.Required = ">= " + r.Percent()
	if status == sdk.StatusPass {
		f.MessageZh = fmt.Sprintf("人力成本 %s 元占项目经费 %s 元的 %s,不少于 %s", yuanZh(m.labor), yuanZh(m.total), share(m.labor, m.total), r.Percent())
		f.MessageEn = fmt.Sprintf("labour cost %s yuan is %s of the budget %s yuan, at least %s", m.labor, share(m.labor, m.total), m.total, r.Percent())
		return f
	}
	if m.total <= 0 {
		f.Remedy = "须编制人力成本 / a labour cost line is needed"
		f.MessageZh = "项目经费为零,无人力成本"
		f.MessageEn = "the budget total is zero: no labour cost"
		return f
	}
	// Adding x to labour: (L+x)·Den >= Num·(T+x)  ⇒  x >= (Num·T − Den·L)/(Den−Num).
	// Cutting y from non-labour: L·Den >= Num·(T−y)  ⇒  y >= (Num·T − Den·L)/Num.
	gap := new(big.Int).Sub(mul(r.Num, int64(m.total)), mul(r.Den, int64(m.labor)))
	addLabor := sdk.Fen(ceilDiv(gap, bi(r.Den-r.Num)))
	cutNon := sdk.Fen(ceilDiv(gap, bi(r.Num)))
	f.Remedy = fmt.Sprintf("需增加人力成本 %s 元,或削减非人力经费 %s 元 / add %s yuan of labour cost, or cut %s yuan of non-labour cost",
		yuanZh(addLabor), yuanZh(cutNon), addLabor, cutNon)
	f.MessageZh = fmt.Sprintf("人力成本 %s 元仅占项目经费 %s 元的 %s,少于 %s", yuanZh(m.labor), yuanZh(m.total), share(m.labor, m.total), r.Percent())
	f.MessageEn = fmt.Sprintf("labour cost %s yuan is only %s of the budget %s yuan, below %s", m.labor, share(m.labor, m.total), m.total, r.Percent())
	return f
}

// nonLaborFinding checks 督导经费、业务活动费、管理费、服务险和税费、人员培训费等不得超过项目经费的15%:
// every line that is not LABOR counts.
func (p *policy) nonLaborFinding(asOf sdk.Date, m money) sdk.Finding {
	rs := p.rs
	r, _, ok := rs.Ratio(paramNonLaborShare, asOf)
	if !rs.InForce(ruleNonLabor15, asOf) || !ok {
		return rs.NotInForce(ruleNonLabor15, asOf)
	}
	if !m.given {
		return rs.Insufficient(ruleNonLabor15, "项目预算 project.budget", "project.budget")
	}
	status := sdk.StatusFail
	if r.AtMost(int64(m.nonLabor), int64(m.total)) {
		status = sdk.StatusPass
	}
	f := rs.Finding(ruleNonLabor15, status)
	f.Actual = fmt.Sprintf("%s / %s = %s", m.nonLabor, m.total, share(m.nonLabor, m.total))
	f.Required = "<= " + r.Percent()
	if status == sdk.StatusPass {
		f.MessageZh = fmt.Sprintf("非人力经费(含督导经费)%s 元占项目经费的 %s,不超过 %s", yuanZh(m.nonLabor), share(m.nonLabor, m.total), r.Percent())
		f.MessageEn = fmt.Sprintf("non-labour cost (supervision included) %s yuan is %s of the budget, at most %s", m.nonLabor, share(m.nonLabor, m.total), r.Percent())
		return f
	}
	// Cutting y: (N−y)·Den <= Num·(T−y)  ⇒  y >= (Den·N − Num·T)/(Den−Num).
	// Adding x to labour: N·Den <= Num·(T+x)  ⇒  x >= (Den·N − Num·T)/Num.
	gap := new(big.Int).Sub(mul(r.Den, int64(m.nonLabor)), mul(r.Num, int64(m.total)))
	cut := sdk.Fen(ceilDiv(gap, bi(r.Den-r.Num)))
	f.MessageZh = fmt.Sprintf("非人力经费(含督导经费)%s 元占项目经费 %s 元的 %s,超过 %s", yuanZh(m.nonLabor), yuanZh(m.total), share(m.nonLabor, m.total), r.Percent())
	f.MessageEn = fmt.Sprintf("non-labour cost (supervision included) %s yuan is %s of the budget %s yuan, above %s", m.nonLabor, share(m.nonLabor, m.total), m.total, r.Percent())
	if r.Num == 0 {
		f.Remedy = fmt.Sprintf("需削减非人力经费 %s 元 / cut %s yuan of non-labour cost", yuanZh(cut), cut)
		return f
	}
	add := sdk.Fen(ceilDiv(gap, bi(r.Num)))
	f.Remedy = fmt.Sprintf("需削减非人力经费 %s 元,或增加人力成本 %s 元 / cut %s yuan of non-labour cost, or add %s yuan of labour cost",
		yuanZh(cut), yuanZh(add), cut, add)
	return f
}

// supervisionFinding checks that the supervision fund 350 × supervised workers × months is in
// the budget (SUPERVISION lines).
func (p *policy) supervisionFinding(asOf sdk.Date, pr sdk.ProjectSpec, m money) (sdk.Finding, *sdk.Fen) {
	rs := p.rs
	rate, _, ok := rs.Money(paramSupervision, asOf)
	if !rs.InForce(ruleSupervision, asOf) || !ok {
		return rs.NotInForce(ruleSupervision, asOf), nil
	}
	if pr.SupervisedWorkers == nil {
		return rs.Insufficient(ruleSupervision, "接受督导的社工人数 project.supervisedWorkers", "project.supervisedWorkers"), nil
	}
	months := pr.MonthsOrDefault()
	fund := rate * sdk.Fen(*pr.SupervisedWorkers) * sdk.Fen(months)
	calcZh := fmt.Sprintf("%s 元 × %d 人 × %d 个月 = %s 元", yuanZh(rate), *pr.SupervisedWorkers, months, yuanZh(fund))
	calcEn := fmt.Sprintf("%s yuan × %d persons × %d months = %s yuan", rate, *pr.SupervisedWorkers, months, fund)
	if !m.given {
		f := rs.Insufficient(ruleSupervision, "项目预算 project.budget", "project.budget")
		f.Required = ">= " + fund.String()
		f.MessageZh += ";督导经费应为 " + calcZh
		f.MessageEn += "; the supervision fund is " + calcEn
		return f, &fund
	}
	status := sdk.StatusPass
	if m.supervision < fund {
		status = sdk.StatusFail
	}
	f := rs.Finding(ruleSupervision, status)
	f.Actual = m.supervision.String()
	f.Required = ">= " + fund.String()
	switch {
	case status == sdk.StatusFail:
		short := fund - m.supervision
		f.Remedy = fmt.Sprintf("需增加督导经费 %s 元 / %s yuan more supervision fund needed", yuanZh(short), short)
		f.MessageZh = fmt.Sprintf("督导经费 %s 元低于标准 %s", yuanZh(m.supervision), calcZh)
		f.MessageEn = fmt.Sprintf("supervision fund %s yuan is below the standard %s", m.supervision, calcEn)
	case m.supervision > fund:
		over := m.supervision - fund
		f.MessageZh = fmt.Sprintf("督导经费 %s 元已纳入预算,高于标准 %s,超出 %s 元(计入15%%非人力经费上限)", yuanZh(m.supervision), calcZh, yuanZh(over))
		f.MessageEn = fmt.Sprintf("supervision fund %s yuan is budgeted, %s yuan above the standard %s (it counts against the 15%% non-labour cap)", m.supervision, over, calcEn)
	default:
		f.MessageZh = fmt.Sprintf("督导经费 %s 元符合标准 %s", yuanZh(m.supervision), calcZh)
		f.MessageEn = fmt.Sprintf("supervision fund %s yuan matches the standard %s", m.supervision, calcEn)
	}
	return f, &fund
}
