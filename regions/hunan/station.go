package hunan

import (
	"fmt"
	"strings"

	"github.com/shegong/shegong/plugins/sdk"
)

// stationSystems: 五(二) 制度建设 — the station must have the five management systems and the
// three records the clause names (HN.station.systems), matched exactly against station.systems.
// 合理的组织架构 and 规范的运行流程 are qualitative and not checked (the rule is PARTIAL).
func (p *policy) stationSystems(asOf sdk.Date, st sdk.StationSpec) sdk.Finding {
	return p.rs.ListFinding(asOf, RuleStationSystems, paramStationSystems, st.Systems, sdk.ItemList{
		Path: "station.systems", NameZh: "站点制度与档案", NameEn: "station systems and records",
		VerbZh: "建立", VerbEn: "have"})
}

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
	var unknown, notEmployed []string
	employed := 0
	for i, w := range st.Workers {
		path := fmt.Sprintf("station.workers[%d]", i)
		switch {
		case w.EmployedByContractor == nil:
			unknown = append(unknown, path+".employedByContractor")
		case *w.EmployedByContractor:
			employed++
		default:
			notEmployed = append(notEmployed, path)
		}
	}
	req := "协议约定人数,均为承接主体聘用 / the agreed number, all employed by the contractor"
	short := 0
	if st.AgreedHeadcount == nil {
		unknown = append([]string{"station.agreedHeadcount"}, unknown...)
	} else {
		req = fmt.Sprintf(">= %d 名驻站社工,均为承接主体聘用 / >= %d workers, all employed by the contractor", *st.AgreedHeadcount, *st.AgreedHeadcount)
		short = *st.AgreedHeadcount - have
	}
	actual := fmt.Sprintf("%d 名在岗,%d 名确认为承接主体聘用 / %d in place, %d confirmed employed by the contractor", have, employed, have, employed)
	if short > 0 || len(notEmployed) > 0 {
		var zh, en []string
		if short > 0 {
			zh = append(zh, fmt.Sprintf("还需配备 %d 名驻站社工(协议约定 %d 名,在岗 %d 名)", short, *st.AgreedHeadcount, have))
			en = append(en, fmt.Sprintf("%d more workers are needed (%d agreed, %d in place)", short, *st.AgreedHeadcount, have))
		}
		if len(notEmployed) > 0 {
			zh = append(zh, fmt.Sprintf("%s 须由承接主体聘用", strings.Join(notEmployed, "、")))
			en = append(en, fmt.Sprintf("%s must be employed by the contractor", strings.Join(notEmployed, ", ")))
		}
		f := rs.Finding(RuleFullPerAgreement, sdk.StatusFail)
		f.Actual, f.Required = actual, req
		f.Remedy = strings.Join(zh, ";") + " / " + strings.Join(en, "; ")
		f.MessageZh = "驻站社工须按协议足额配备并由承接主体聘用:" + strings.Join(zh, ";")
		f.MessageEn = "station workers must be supplied in the agreed number and employed by the contractor: " + strings.Join(en, "; ")
		return f
	}
	if len(unknown) > 0 {
		f := insufficient(rs, RuleFullPerAgreement, "协议约定人数或聘用主体", "agreed headcount or employer", unknown)
		f.Actual, f.Required = actual, req
		return f
	}
	f := rs.Finding(RuleFullPerAgreement, sdk.StatusPass)
	f.Actual, f.Required = actual, req
	f.MessageZh = fmt.Sprintf("驻站社工已按协议足额配备(%d 名),均为承接主体聘用", have)
	f.MessageEn = fmt.Sprintf("the station has its agreed workers (%d), all employed by the contractor", have)
	return f
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
	var unknown, zh, en, actual []string
	for _, w := range ws {
		var wzh, wen []string
		switch {
		case w.w.LaborContract == nil:
			unknown = append(unknown, w.path+".laborContract")
		case !*w.w.LaborContract:
			wzh, wen = append(wzh, "签订劳动合同"), append(wen, "sign a labour contract")
		}
		switch {
		case w.w.PaidMonthly == nil:
			unknown = append(unknown, w.path+".paidMonthly")
		case !*w.w.PaidMonthly:
			wzh, wen = append(wzh, "按月发放薪酬"), append(wen, "pay monthly")
		}
		if w.w.SocialInsurance == nil {
			unknown = append(unknown, w.path+".socialInsurance")
		} else if missing := sdk.MissingItems(five, w.w.SocialInsurance); len(missing) > 0 {
			wzh = append(wzh, "办理"+insuranceNames(missing))
			wen = append(wen, "enrol in "+strings.Join(missing, ", "))
		}
		if len(wzh) > 0 {
			zh = append(zh, w.path+" 须"+strings.Join(wzh, "、"))
			en = append(en, w.path+": "+strings.Join(wen, ", "))
			actual = append(actual, w.path+": "+strings.Join(wen, ", ")+" missing")
		}
	}
	switch {
	case len(zh) > 0:
		f := rs.Finding(RuleLaborPayInsurance, sdk.StatusFail)
		f.Actual, f.Required = strings.Join(actual, "; "), req
		f.Remedy = strings.Join(zh, ";") + " / " + strings.Join(en, "; ")
		f.MessageZh = fmt.Sprintf("驻站社工须签订劳动合同、按月发放薪酬并办理五险:%d 名不符合", len(zh))
		f.MessageEn = fmt.Sprintf("station workers need a labour contract, monthly pay and the five insurances: %d do not have them all", len(zh))
		return f
	case len(unknown) > 0:
		f := insufficient(rs, RuleLaborPayInsurance, "劳动合同、发薪或社会保险", "labour contract, pay or social insurance", unknown)
		f.Required = req
		return f
	}
	f := rs.Finding(RuleLaborPayInsurance, sdk.StatusPass)
	f.Actual, f.Required = fmt.Sprintf("%d 人均符合 / all %d meet it", len(ws), len(ws)), req
	f.MessageZh = "驻站社工均已签订劳动合同、按月发放薪酬并办理五险"
	f.MessageEn = "every station worker has a labour contract, monthly pay and the five insurances"
	return f
}
