package hunan

import (
	"fmt"
	"strings"

	"github.com/shegong/shegong/plugins/sdk"
)

// fullPerAgreement: 五(三) 根据协议及时、足额配备驻站社工,明确驻站社工身份为承接主体聘用的工作人员 —
// the listed workers must reach the agreed headcount (足额) and each be employed by the contractor.
// A shortfall or a worker not employed by the contractor fails even when other facts are
// missing; otherwise a missing fact is INSUFFICIENT_INPUT naming its path.
func (p *policy) fullPerAgreement(asOf sdk.Date, st sdk.StationSpec) sdk.Finding {
	rs := p.rs
	if !rs.InForce(RuleFullPerAgreement, asOf) {
		return rs.NotInForce(RuleFullPerAgreement, asOf)
	}
	have := len(st.Workers)
	v := sdk.Verdict{Required: "协议约定人数,均为承接主体聘用 / the agreed number, all employed by the contractor"}
	if n := st.AgreedHeadcount; n == nil {
		v.Unknown("station.agreedHeadcount")
	} else {
		v.Required = fmt.Sprintf(">= %d 名驻站社工,均为承接主体聘用 / >= %d workers, all employed by the contractor", *n, *n)
		if short := *n - have; short > 0 {
			v.Short(fmt.Sprintf("还需配备 %d 名驻站社工(协议约定 %d 名,在岗 %d 名)", short, *n, have),
				fmt.Sprintf("%d more workers are needed (%d agreed, %d in place)", short, *n, have))
		}
	}
	var notEmployed []string
	employed := 0
	for i, w := range st.Workers {
		path := fmt.Sprintf("station.workers[%d]", i)
		switch {
		case w.EmployedByContractor == nil:
			v.Unknown(path + ".employedByContractor")
		case *w.EmployedByContractor:
			employed++
		default:
			notEmployed = append(notEmployed, path)
		}
	}
	if len(notEmployed) > 0 {
		v.Short(fmt.Sprintf("%s 须由承接主体聘用", strings.Join(notEmployed, "、")),
			fmt.Sprintf("%s must be employed by the contractor", strings.Join(notEmployed, ", ")))
	}
	v.Actual = fmt.Sprintf("%d 名在岗,%d 名确认为承接主体聘用 / %d in place, %d confirmed employed by the contractor", have, employed, have, employed)
	return rs.Conclude(RuleFullPerAgreement, v, sdk.VerdictText{
		FailZh:    "驻站社工须按协议足额配备并由承接主体聘用:" + v.ShortZh(),
		FailEn:    "station workers must be supplied in the agreed number and employed by the contractor: " + v.ShortEn(),
		UnknownZh: "协议约定人数或聘用主体", UnknownEn: "agreed headcount or employer",
		PassZh: fmt.Sprintf("驻站社工已按协议足额配备(%d 名),均为承接主体聘用", have),
		PassEn: fmt.Sprintf("the station has its agreed workers (%d), all employed by the contractor", have),
	})
}

var insuranceZh = map[string]string{
	sdk.InsurancePension: "养老保险", sdk.InsuranceMedical: "医疗保险", sdk.InsuranceUnemployment: "失业保险",
	sdk.InsuranceWorkInjury: "工伤保险", sdk.InsuranceMaternity: "生育保险",
}

func insuranceNames(codes []string) string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = insuranceZh[c] + "(" + c + ")"
	}
	return strings.Join(out, "、")
}

// laborPayInsurance: 三(三) 督促其与驻站社工签订劳动合同、按月发放薪酬并办理五险 — each worker has a
// labour contract, is paid monthly and is enrolled in each of the five insurances
// (HN.contract.social_insurances; 五险 does not include the housing fund). A worker failing a
// term fails the rule even when others' facts are missing.
func (p *policy) laborPayInsurance(asOf sdk.Date, ws []workerRef) sdk.Finding {
	rs := p.rs
	prm, ok := rs.Param(paramSocialInsurances, asOf)
	if !rs.InForce(RuleLaborPayInsurance, asOf) || !ok {
		return rs.NotInForce(RuleLaborPayInsurance, asOf)
	}
	if len(ws) == 0 {
		return p.noWorkers(RuleLaborPayInsurance)
	}
	five := sdk.SplitItems(prm.Value)
	req := "签订劳动合同、按月发放薪酬、办理五险:" + insuranceNames(five) +
		" / labour contract, monthly pay, the five insurances: " + strings.Join(five, ", ")
	v := sdk.Verdict{Required: req}
	var actual []string
	for _, w := range ws {
		var wzh, wen []string
		switch {
		case w.w.LaborContract == nil:
			v.Unknown(w.path + ".laborContract")
		case !*w.w.LaborContract:
			wzh, wen = append(wzh, "签订劳动合同"), append(wen, "sign a labour contract")
		}
		switch {
		case w.w.PaidMonthly == nil:
			v.Unknown(w.path + ".paidMonthly")
		case !*w.w.PaidMonthly:
			wzh, wen = append(wzh, "按月发放薪酬"), append(wen, "pay monthly")
		}
		if w.w.SocialInsurance == nil {
			v.Unknown(w.path + ".socialInsurance")
		} else if missing := sdk.MissingItems(five, w.w.SocialInsurance); len(missing) > 0 {
			wzh = append(wzh, "办理"+insuranceNames(missing))
			wen = append(wen, "enrol in "+strings.Join(missing, ", "))
		}
		if len(wzh) > 0 {
			v.Short(w.path+" 须"+strings.Join(wzh, "、"), w.path+": "+strings.Join(wen, ", "))
			actual = append(actual, w.path+": "+strings.Join(wen, ", ")+" missing")
		}
	}
	v.Actual = strings.Join(actual, "; ")
	if v.Passes() {
		v.Actual = fmt.Sprintf("%d 人均符合 / all %d meet it", len(ws), len(ws))
	}
	return rs.Conclude(RuleLaborPayInsurance, v, sdk.VerdictText{
		FailZh:    fmt.Sprintf("驻站社工须签订劳动合同、按月发放薪酬并办理五险:%d 名不符合", v.Shortfalls()),
		FailEn:    fmt.Sprintf("station workers need a labour contract, monthly pay and the five insurances: %d do not have them all", v.Shortfalls()),
		UnknownZh: "劳动合同、发薪或社会保险", UnknownEn: "labour contract, pay or social insurance",
		PassZh: "驻站社工均已签订劳动合同、按月发放薪酬并办理五险",
		PassEn: "every station worker has a labour contract, monthly pay and the five insurances",
	})
}
