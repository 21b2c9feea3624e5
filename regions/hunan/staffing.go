package hunan

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/shegong/shegong/plugins/sdk"
)

// workerRef is a worker with its path inside the subject, for messages and remedies.
type workerRef struct {
	path string
	w    sdk.WorkerSpec
}

func workersAt(prefix string, ws []sdk.WorkerSpec) []workerRef {
	out := make([]workerRef, len(ws))
	for i, w := range ws {
		out[i] = workerRef{fmt.Sprintf("%s[%d]", prefix, i), w}
	}
	return out
}

// list splits a TEXT parameter written as an enumeration joined with 、.
func list(v string) []string {
	var out []string
	for _, s := range strings.Split(v, "、") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// project applies the scheme's project rules: service area, agreement term and cycle,
// deployment deadline, and the worker rules to the listed workers.
func (p *policy) project(asOf sdk.Date, pr sdk.ProjectSpec, m sdk.DomainMatch) []sdk.Finding {
	if pr.Programme != sdk.ProgrammeStation {
		return []sdk.Finding{p.notStationProject(asOf, pr)}
	}
	var fs []sdk.Finding
	fs = append(fs, p.serviceArea(asOf, m))
	fs = append(fs, p.cycle(asOf, pr))
	fs = append(fs, p.deploy(asOf, pr))
	fs = append(fs, p.contractParties(asOf, pr))
	fs = append(fs, p.cityFiling(asOf, pr), p.agreementFiling(asOf, pr), p.contractorReports(asOf, pr))
	fs = append(fs, p.workerRules(asOf, workersAt("project.workers", pr.Workers))...)
	return fs
}

// notStationProject: the scheme governs 乡镇(街道)社会工作服务站 projects only, so an ordinary
// purchased service (a Zhuzhou family-services project reached through the chain, say) is
// neither passed nor failed by it. One finding says so, so the silence is explicit.
func (p *policy) notStationProject(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	if !p.rs.InForce(RuleServiceAreas, asOf) {
		return p.rs.NotInForce(RuleServiceAreas, asOf)
	}
	f := p.rs.Finding(RuleServiceAreas, sdk.StatusNotApplicable)
	f.Actual = "programme " + strconv.Quote(pr.Programme)
	if pr.Programme == "" { // no programme is the ordinary case; `programme ""` reads like a data error
		f.Actual = "普通购买服务 / ordinary purchased service"
	}
	f.Required = "programme " + sdk.ProgrammeStation
	f.MessageZh = "本方案只规范乡镇(街道)社会工作服务站项目;该项目未标明为社工站项目(programme: STATION),不适用"
	f.MessageEn = "the scheme governs township/street social-work station projects only; this project is not marked as one (programme: STATION), so it does not apply"
	return f
}

// station applies the staffing per agreement and the worker rules to the station's workers; the
// station standards (HN-STATION-HARDWARE, -SIGNAGE, -SYSTEMS) are declared in ruleset.yaml.
func (p *policy) station(asOf sdk.Date, st sdk.StationSpec) []sdk.Finding {
	var fs []sdk.Finding
	fs = append(fs, p.fullPerAgreement(asOf, st))
	fs = append(fs, p.workerRules(asOf, workersAt("station.workers", st.Workers))...)
	return fs
}

// serviceArea: the project's domain must fall in one of the four areas (四、服务内容); local
// levels may not add items without provincial approval (HN-CATALOG-NO-SCOPE-EXPANSION).
func (p *policy) serviceArea(asOf sdk.Date, m sdk.DomainMatch) sdk.Finding {
	if !p.rs.InForce(RuleServiceAreas, asOf) {
		return p.rs.NotInForce(RuleServiceAreas, asOf)
	}
	var areas []string
	for _, it := range p.rs.CatalogAt(asOf).Items {
		if it.Kind == "service-area" {
			areas = append(areas, it.TermZh)
		}
	}
	nZh, nEn := sdk.NumeralZh(int64(len(areas))), sdk.NumberEn(int64(len(areas)))
	req := nZh + "个服务领域之一 / one of the " + nEn + " service areas: " + strings.Join(areas, "、")
	if len(m.Items) > 0 {
		f := p.rs.Finding(RuleServiceAreas, sdk.StatusPass)
		f.Actual = m.Input + " → " + m.Items[0].Code + " " + m.Items[0].TermZh
		f.Required = req
		f.MessageZh = fmt.Sprintf("服务领域“%s”属于方案规定的服务内容(%s)", m.Input, m.Items[0].TermZh)
		f.MessageEn = fmt.Sprintf("domain %q is within the scheme's service areas (%s)", m.Input, m.Items[0].TermEn)
		return f
	}
	f := p.rs.Finding(RuleServiceAreas, sdk.StatusFail)
	f.Actual = m.Input
	f.Required = req
	f.Remedy = "将服务内容调整到" + nZh + "个服务领域内(其他民政服务可归入“其他民政领域”),或取得省级民政、财政部门批准 / " +
		"move the service into one of the " + nEn + " areas (other civil-affairs services count as 其他民政领域), or obtain the approval of the provincial civil-affairs and finance departments"
	f.MessageZh = fmt.Sprintf("服务领域“%s”不在方案规定的%s个服务领域内;未经省级民政、财政部门批准不得扩大服务范围", m.Input, nZh)
	f.MessageEn = fmt.Sprintf("domain %q is outside the scheme's %s service areas; the scope may not be widened without provincial approval", m.Input, nEn)
	return f
}

// cycle: agreements run one year (一年一签) inside a cycle of 3 years in principle. The
// project's months are the agreement's term; cycle_years, when given, is the cycle.
// 原则上 (in principle) qualifies the whole sentence: 3 years is an upper bound (shorter cycles
// pass), and exceeding either limit is advice, not a failure (sdk.Advisory).
func (p *policy) cycle(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	cycleYears, _, ok1 := p.rs.Int(paramCycleYears, asOf)
	termYears, _, ok2 := p.rs.Int(paramAgreementYears, asOf)
	if !p.rs.InForce(RuleCycleAnnual, asOf) || !ok1 || !ok2 {
		return p.rs.NotInForce(RuleCycleAnnual, asOf)
	}
	months := pr.MonthsOrDefault()
	maxMonths := int(termYears) * 12
	req := fmt.Sprintf("协议期 <= %d 个月(%s年一签),周期 <= %d 年 / agreement <= %d months (signed %s), cycle <= %d years",
		maxMonths, sdk.NumeralZh(termYears), cycleYears, maxMonths, termEn(termYears), cycleYears)
	v := sdk.Verdict{Actual: fmt.Sprintf("%d 个月 / %d months", months, months), Required: req}
	if pr.CycleYears != nil {
		v.Actual += fmt.Sprintf(",周期 %d 年 / cycle %d years", *pr.CycleYears, *pr.CycleYears)
	}
	if months > maxMonths {
		v.Short(fmt.Sprintf("协议期 %d 个月,须拆分为每年一签(超出 %d 个月)", months, months-maxMonths),
			fmt.Sprintf("the agreement covers %d months; sign yearly agreements instead (%d months too long)", months, months-maxMonths))
	}
	if pr.CycleYears != nil && int64(*pr.CycleYears) > cycleYears {
		v.Short(fmt.Sprintf("周期 %d 年,须缩短 %d 年", *pr.CycleYears, int64(*pr.CycleYears)-cycleYears),
			fmt.Sprintf("the cycle is %d years; shorten it by %d years", *pr.CycleYears, int64(*pr.CycleYears)-cycleYears))
	}
	return sdk.Advisory(p.rs.Conclude(RuleCycleAnnual, v, sdk.VerdictText{
		FailZh: fmt.Sprintf("服务协议原则上以%d年为一个周期、周期内%s年一签:", cycleYears, sdk.NumeralZh(termYears)) + v.ShortZh(),
		FailEn: fmt.Sprintf("agreements run %s within a %d-year cycle in principle: ", yearsEn(termYears), cycleYears) + v.ShortEn(),
		PassZh: fmt.Sprintf("协议期与周期符合“%d年一个周期、%s年一签”", cycleYears, sdk.NumeralZh(termYears)),
		PassEn: fmt.Sprintf("agreement term and cycle fit the %d-year cycle with %s agreements", cycleYears, termEn(termYears)),
	}), "原则上", "in principle")
}

// yearsEn is "one year", "two years" for an agreement term.
func yearsEn(n int64) string {
	if n == 1 {
		return "one year"
	}
	return sdk.NumberEn(n) + " years"
}

// termEn is "yearly" for one-year agreements and "2-year" etc. otherwise.
func termEn(n int64) string {
	if n == 1 {
		return "yearly"
	}
	return fmt.Sprintf("%d-year", n)
}

// deploy: workers must be in place within one calendar month of signing. The data has no
// deployment dates, so before the deadline the rule is NOT_APPLICABLE (not yet due); after it
// the listed workers must fill the headcount (足额, the agreement's number).
func (p *policy) deploy(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	months, _, ok := p.rs.Int(paramDeployMonths, asOf)
	if !p.rs.InForce(RuleDeploy1Month, asOf) || !ok {
		return p.rs.NotInForce(RuleDeploy1Month, asOf)
	}
	if pr.ContractSignedOn == nil {
		return p.rs.Insufficient(RuleDeploy1Month, "协议签订日期(project.contractSignedOn)", "contract signing date (project.contractSignedOn)")
	}
	deadline := pr.ContractSignedOn.AddMonthsClamped(int(months))
	req := fmt.Sprintf("%d 名驻站社工于 %s 前到岗 / %d workers in place by %s", pr.Headcount, deadline, pr.Headcount, deadline)
	if !asOf.After(deadline) {
		f := p.rs.Finding(RuleDeploy1Month, sdk.StatusNotApplicable)
		f.Required = req
		f.Actual = fmt.Sprintf("评估日 %s 未过期限 / as of %s the deadline has not passed", asOf, asOf)
		f.MessageZh = fmt.Sprintf("到岗期限 %s 尚未届满", deadline)
		f.MessageEn = fmt.Sprintf("the deployment deadline %s has not passed yet", deadline)
		return f
	}
	if len(pr.Workers) == 0 {
		f := p.rs.Insufficient(RuleDeploy1Month, "已到岗驻站社工(project.workers)", "deployed workers (project.workers)")
		f.Required = req
		return f
	}
	have := len(pr.Workers)
	f := p.rs.Finding(RuleDeploy1Month, sdk.StatusPass)
	f.Required = req
	f.Actual = fmt.Sprintf("%d 名在岗 / %d in place", have, have)
	if have < pr.Headcount {
		short := pr.Headcount - have
		f.Status = sdk.StatusFail
		f.Remedy = fmt.Sprintf("还需安排 %d 名驻站社工到岗 / %d more workers must be placed", short, short)
		f.MessageZh = fmt.Sprintf("签约后%d个月期限(%s)已过,驻站社工 %d 名,少于约定的 %d 名", months, deadline, have, pr.Headcount)
		f.MessageEn = fmt.Sprintf("the %s-month deadline (%s) has passed with %d of %d workers in place", sdk.NumberEn(months), deadline, have, pr.Headcount)
		return f
	}
	f.MessageZh = fmt.Sprintf("签约后%d个月期限(%s)已过,驻站社工已足额到岗", months, deadline)
	f.MessageEn = fmt.Sprintf("the %s-month deadline (%s) has passed and the full team is in place", sdk.NumberEn(months), deadline)
	return f
}

// workerRules applies the 驻站社工 conditions written in Go to each listed worker: the age limit
// and the employment terms (labour contract, monthly pay, five insurances). An empty list yields
// NOT_APPLICABLE (no worker to check). The education minimum and the social-work qualification
// and local-hukou preferences are declared in ruleset.yaml (each_worker).
func (p *policy) workerRules(asOf sdk.Date, ws []workerRef) []sdk.Finding {
	return []sdk.Finding{p.age(asOf, ws), p.laborPayInsurance(asOf, ws)}
}

func (p *policy) noWorkers(ruleID string) sdk.Finding {
	f := p.rs.Finding(ruleID, sdk.StatusNotApplicable)
	f.Actual = "0"
	f.MessageZh = "未列出驻站社工,无人可查"
	f.MessageEn = "no workers listed; nothing to check"
	return f
}

func paths(ws []workerRef) string {
	ps := make([]string, len(ws))
	for i, w := range ws {
		ps[i] = w.path
	}
	return strings.Join(ps, ", ")
}

// age: 驻站社工要求年龄40岁以下,大专及以上学历,专业不限,具有社会工作专业资质人员优先,同等条件下本地户籍
// 人员优先 (五(三)) — the limit stands with the hiring preferences, so it is read as a condition
// of recruitment: the age on the day the worker was hired (worker.hiredOn) when that is given,
// else the age on asOf, and the finding says which. 40岁以下 includes 40.
func (p *policy) age(asOf sdk.Date, ws []workerRef) sdk.Finding {
	maxAge, _, ok := p.rs.Int(paramAgeMax, asOf)
	if !p.rs.InForce(RuleAgeMax, asOf) || !ok {
		return p.rs.NotInForce(RuleAgeMax, asOf)
	}
	if len(ws) == 0 {
		return p.noWorkers(RuleAgeMax)
	}
	req := fmt.Sprintf("<= %d 岁 / <= %d years", maxAge, maxAge)
	var over, missing []workerRef
	var overBy, overZh, overEn []string
	oldest, atHire, atAsOf := -1, 0, 0
	for _, w := range ws {
		lo, hi, hired, ok := ageWhenHired(w.w, asOf)
		switch {
		case !ok || (lo != hi && int64(lo) <= maxAge && int64(hi) > maxAge):
			// Not given, or only the age on asOf is known and the hiring day falls where the
			// worker may have been either side of the limit: the birth date settles it.
			missing = append(missing, w)
			continue
		case hired:
			atHire++
		default:
			atAsOf++
		}
		oldest = max(oldest, hi)
		if int64(lo) > maxAge {
			over = append(over, w)
			overBy = append(overBy, fmt.Sprintf("%s: %d", w.path, lo))
			overZh = append(overZh, fmt.Sprintf("%s 超龄 %d 岁", w.path, int64(lo)-maxAge))
			overEn = append(overEn, fmt.Sprintf("%s is %d years over", w.path, int64(lo)-maxAge))
		}
	}
	basisZh, basisEn := ageBasis(atHire, atAsOf, asOf)
	switch {
	case len(over) > 0:
		f := p.rs.Finding(RuleAgeMax, sdk.StatusFail)
		f.Actual, f.Required = strings.Join(overBy, ", "), req
		f.Remedy = fmt.Sprintf("%s,需由%d岁以下人员担任 / %s; the post needs a worker aged %d or under",
			strings.Join(overZh, ";"), maxAge, strings.Join(overEn, "; "), maxAge)
		f.MessageZh = fmt.Sprintf("驻站社工须%d岁以下:%d 人超龄(%s)", maxAge, len(over), basisZh)
		f.MessageEn = fmt.Sprintf("station workers must be aged %d or under: %d over the limit (%s)", maxAge, len(over), basisEn)
		return f
	case len(missing) > 0:
		f := p.rs.Insufficient(RuleAgeMax, "年龄或出生日期("+paths(missing)+")", "age or birth date ("+paths(missing)+")")
		f.Required = req
		f.MessageZh += ";给出招录日期(hiredOn)时按招录日年龄计,只给年龄而招录日年龄可能跨过上限时需出生日期(birthDate)"
		f.MessageEn += "; with hiredOn the age is taken on the day of hiring, and when only the age is given and the worker may have been either side of the limit then, birthDate is needed"
		return f
	}
	f := p.rs.Finding(RuleAgeMax, sdk.StatusPass)
	f.Actual, f.Required = fmt.Sprintf("%d", oldest), req
	f.MessageZh = fmt.Sprintf("驻站社工均在%d岁以下(最大 %d 岁;%s)", maxAge, oldest, basisZh)
	f.MessageEn = fmt.Sprintf("every station worker is aged %d or under (oldest %d; %s)", maxAge, oldest, basisEn)
	return f
}

// ageWhenHired is the worker's age on the day of hiring (hired true) when hiredOn is given, else
// the age on asOf. With AgeWhenHired or a birth date it is exact (lo == hi). With only Age — whole years on asOf
// — the age on another day is known to within a year: d whole years apart, it is Age-d-1 or
// Age-d before asOf, Age+d or Age+d+1 after it (lo and hi).
func ageWhenHired(w sdk.WorkerSpec, asOf sdk.Date) (lo, hi int, hired, ok bool) {
	if w.HiredOn == nil {
		a, ok := w.AgeAt(asOf)
		return a, a, false, ok
	}
	on := *w.HiredOn
	if w.AgeWhenHired != nil {
		return *w.AgeWhenHired, *w.AgeWhenHired, true, true
	}
	if w.BirthDate != nil {
		a := w.BirthDate.AgeOn(on)
		return a, a, true, true
	}
	if w.Age == nil {
		return 0, 0, true, false
	}
	switch {
	case on == asOf:
		return *w.Age, *w.Age, true, true
	case on.Before(asOf):
		d := on.AgeOn(asOf)
		return max(*w.Age-d-1, 0), *w.Age - d, true, true
	default:
		d := asOf.AgeOn(on)
		return *w.Age + d, *w.Age + d + 1, true, true
	}
}

// ageBasis says on which day the ages were taken: the hiring day, asOf, or both.
func ageBasis(atHire, atAsOf int, asOf sdk.Date) (string, string) {
	switch {
	case atAsOf == 0:
		return "按招录日(hiredOn)年龄计", "age taken on the day of hiring (hiredOn)"
	case atHire == 0:
		return fmt.Sprintf("未给出招录日期(hiredOn),按评估日 %s 年龄计", asOf),
			fmt.Sprintf("hiredOn not given, so age taken on %s", asOf)
	}
	return fmt.Sprintf("%d 人按招录日(hiredOn)、%d 人未给出招录日期按评估日 %s 年龄计", atHire, atAsOf, asOf),
		fmt.Sprintf("%d taken on the day of hiring (hiredOn), %d without hiredOn on %s", atHire, atAsOf, asOf)
}
