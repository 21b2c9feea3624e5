package shenzhen

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/shegong/shegong/plugins/sdk"
)

// Evaluation rules of clauses 十三 and 十四 (see the package comment for the decisions).

// evalObligation describes one "evaluate within the service cycle" rule.
type evalObligation struct {
	rule, param      string
	kind             string // sdk evaluation kind that counts
	nameZh, nameEn   string // 专业评估 / professional evaluation
	remedyZh, remedy string
}

var (
	professionalEval = evalObligation{
		rule: ruleProfessionalEval, param: paramProfessionalEvalMin, kind: sdk.EvaluationProfessional,
		nameZh: "专业评估", nameEn: "professional evaluation (专业评估)",
		remedyZh: "由市、区民政部门对项目开展专业评估并登记评估记录(PROFESSIONAL)",
		remedy:   "have the city or district civil-affairs bureau carry out a professional evaluation and record it (PROFESSIONAL)",
	}
	performanceEval = evalObligation{
		rule: rulePerformanceEval, param: paramPerformanceEvalMin, kind: sdk.EvaluationPerformance,
		nameZh: "履约评价", nameEn: "contract-performance evaluation (履约评价)",
		remedyZh: "由购买主体开展履约评价并登记评估记录(PERFORMANCE)",
		remedy:   "have the purchaser carry out a contract-performance evaluation and record it (PERFORMANCE)",
	}
)

// serviceCycle is the project's service cycle, first and last day inclusive: from the contract
// date for CycleYears years, or for the usual cycle of clause 十三 (SZ.contract.cycle_years,
// 一般以3年) when no cycle is given. ok is false without a contract date.
func (p *policy) serviceCycle(asOf sdk.Date, pr sdk.ProjectSpec) (start, end sdk.Date, years int, assumed, ok bool) {
	if pr.ContractSignedOn == nil {
		return sdk.Date{}, sdk.Date{}, 0, false, false
	}
	if pr.CycleYears != nil && *pr.CycleYears > 0 {
		years = *pr.CycleYears
	} else {
		usual, _, okUsual := p.rs.Int(paramCycleYears, asOf)
		if !okUsual {
			return sdk.Date{}, sdk.Date{}, 0, false, false
		}
		years, assumed = int(usual), true
	}
	start = *pr.ContractSignedOn
	return start, start.AddDate(years, 0, -1), years, assumed, true
}

// evaluationFinding checks that at least the parameter's count of evaluations of one kind were
// made within the service cycle. The duty is met by the end of the cycle: while the cycle runs
// and none is recorded yet the rule is NOT_APPLICABLE (not yet due); after the last day of the
// cycle without one it fails. Evaluations dated after asOf are not counted (not yet made on
// that day); an undated one cannot be placed in the cycle.
func (p *policy) evaluationFinding(asOf sdk.Date, pr sdk.ProjectSpec, o evalObligation) sdk.Finding {
	rs := p.rs
	min, _, ok := rs.Int(o.param, asOf)
	if !rs.InForce(o.rule, asOf) || !ok {
		return rs.NotInForce(o.rule, asOf)
	}
	required := fmt.Sprintf(">= %d %s within the service cycle", min, o.kind)
	if pr.Evaluations == nil || pr.ContractSignedOn == nil {
		var zh, en []string
		if pr.Evaluations == nil {
			zh, en = append(zh, "评估记录 project.evaluations"), append(en, "project.evaluations")
		}
		if pr.ContractSignedOn == nil {
			zh, en = append(zh, "合同签订日期 project.contractSignedOn(服务周期起点)"), append(en, "project.contractSignedOn")
		}
		f := rs.Insufficient(o.rule, strings.Join(zh, "、"), strings.Join(en, ", "))
		f.Required = required
		return f
	}
	start, end, years, assumed, ok := p.serviceCycle(asOf, pr)
	if !ok {
		return rs.NotInForce(o.rule, asOf)
	}
	cycle := fmt.Sprintf("%s..%s", start, end)
	cycleZh := fmt.Sprintf("服务周期 %s 至 %s(%d 年", start, end, years)
	cycleEn := fmt.Sprintf("the service cycle %s..%s (%d years", start, end, years)
	if assumed {
		cycleZh += ",未给出购买周期,按一般3年计"
		cycleEn += "; no cycle given, the usual cycle assumed"
	}
	cycleZh += ")"
	cycleEn += ")"
	validFrom := rs.Rule(o.rule).Validity.From
	if end.Before(validFrom) {
		f := rs.Finding(o.rule, sdk.StatusNotApplicable)
		f.Actual, f.Required = "cycle "+cycle, required
		f.MessageZh = fmt.Sprintf("%s在本措施实施之日 %s 前已届满,不适用", cycleZh, validFrom)
		f.MessageEn = fmt.Sprintf("%s ended before the measures took effect on %s; not applicable", cycleEn, validFrom)
		return f
	}
	var within int
	var undated []string
	for i, e := range pr.Evaluations {
		if e.Kind != o.kind {
			continue
		}
		switch {
		case e.EvaluatedOn == nil:
			undated = append(undated, "project.evaluations["+strconv.Itoa(i)+"].evaluatedOn")
		case !e.EvaluatedOn.Before(start) && !e.EvaluatedOn.After(end) && !e.EvaluatedOn.After(asOf):
			within++
		}
	}
	if int64(within) >= min {
		f := rs.Finding(o.rule, sdk.StatusPass)
		f.Actual, f.Required = fmt.Sprintf("%d %s in cycle %s", within, o.kind, cycle), required
		f.MessageZh = fmt.Sprintf("%s内已开展%s %d 次", cycleZh, o.nameZh, within)
		f.MessageEn = fmt.Sprintf("%d %s made within %s", within, o.nameEn, cycleEn)
		return f
	}
	if !asOf.After(end) {
		f := rs.Finding(o.rule, sdk.StatusNotApplicable)
		f.Actual, f.Required = fmt.Sprintf("%d %s so far, cycle ends %s", within, o.kind, end), required
		f.MessageZh = fmt.Sprintf("尚在服务周期内:%s,暂无%s记录;须在周期届满前开展", cycleZh, o.nameZh)
		f.MessageEn = fmt.Sprintf("cycle still running: %s, no %s recorded yet; it is due by the end of the cycle", cycleEn, o.nameEn)
		return f
	}
	if len(undated) > 0 {
		f := rs.Insufficient(o.rule, "评估日期 "+strings.Join(undated, ", "), strings.Join(undated, ", "))
		f.Required = required
		f.MessageZh += fmt.Sprintf("(无日期的%s无法判定是否在%s内)", o.nameZh, cycleZh)
		f.MessageEn += fmt.Sprintf(" (an undated %s cannot be placed within %s)", o.nameEn, cycleEn)
		return f
	}
	f := rs.Finding(o.rule, sdk.StatusFail)
	f.Actual, f.Required = fmt.Sprintf("%d %s in cycle %s", within, o.kind, cycle), required
	f.Remedy = o.remedyZh + " / " + o.remedy
	f.MessageZh = fmt.Sprintf("%s已届满,周期内未开展%s(应至少 %d 次)", cycleZh, o.nameZh, min)
	f.MessageEn = fmt.Sprintf("%s has ended without a %s (at least %d required)", cycleEn, o.nameEn, min)
	return f
}

// renewalRewardFinding reports eligibility for the contract-renewal reward of clause 十三
// (验收或者绩效评价结果优秀的供应商,可以…申请合同续期奖励). It is something the provider may apply
// for, not a duty, so it is always NOT_APPLICABLE; the message says whether the project is
// eligible: some evaluation other than a self-evaluation (自评 is neither an acceptance nor a
// performance evaluation) rated at the parameter's rating (EXCELLENT, 优秀).
func (p *policy) renewalRewardFinding(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	rs := p.rs
	want, ok := rs.Param(paramRenewalRating, asOf)
	if !rs.InForce(ruleRenewalReward, asOf) || !ok {
		return rs.NotInForce(ruleRenewalReward, asOf)
	}
	f := rs.Finding(ruleRenewalReward, sdk.StatusNotApplicable)
	f.Required = fmt.Sprintf("an evaluation rated %s (优秀) to be eligible; an option, not an obligation", want.Value)
	if pr.Evaluations == nil {
		f.Actual = "evaluations not given"
		f.MessageZh = "未给出评估记录 project.evaluations,无法判断能否申请合同续期奖励;续期奖励为可申请事项,不作合规判定"
		f.MessageEn = "no evaluations given (project.evaluations), so eligibility for the renewal reward is unknown; the reward is an option, not a compliance condition"
		return f
	}
	for i, e := range pr.Evaluations {
		if e.Kind == sdk.EvaluationSelf || e.Rating != want.Value || (e.EvaluatedOn != nil && e.EvaluatedOn.After(asOf)) {
			continue
		}
		on := ""
		if e.EvaluatedOn != nil {
			on = " on " + e.EvaluatedOn.String()
		}
		f.Actual = fmt.Sprintf("eligible: project.evaluations[%d] %s rated %s%s", i, e.Kind, e.Rating, on)
		f.MessageZh = fmt.Sprintf("评估结果优秀(%s),承接单位可按深圳市政府采购相关规定申请合同续期奖励;属可申请事项,不作合规判定", e.Kind)
		f.MessageEn = fmt.Sprintf("rated excellent (%s): the provider may apply for a contract-renewal reward under Shenzhen procurement rules; an option, not a compliance condition", e.Kind)
		return f
	}
	f.Actual = "not eligible: no evaluation rated " + want.Value
	f.MessageZh = "暂无评估结果为优秀,不具备申请合同续期奖励的条件;属可申请事项,不作合规判定"
	f.MessageEn = "no evaluation is rated excellent, so the provider is not eligible for the contract-renewal reward; an option, not a compliance condition"
	return f
}
