package hunan

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/plugins/workcal"
)

// Rules on a station project's money, agreement, filings and reports (六、七). The readings are
// listed in the package comment.

// contractParties: 六(一) 服务协议由县(市、区)民政局和承接机构两方签订。其中县(市、区)民政局为购买方 —
// the purchaser is a county-level civil-affairs purchaser and the agreement has the parameter's
// number of parties (两方). A wrong fact fails even when another is missing.
func (p *policy) contractParties(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	rs := p.rs
	n, _, ok := rs.Int(paramPartyCount, asOf)
	if !rs.InForce(RuleContractParties, asOf) || !ok {
		return rs.NotInForce(RuleContractParties, asOf)
	}
	req := fmt.Sprintf("购买方为县(市、区)民政局(purchaser %s/%s),%d 方签订 / purchaser a county civil-affairs bureau (%s/%s), %d parties",
		sdk.LevelCounty, sdk.PurchaserCivilAffairs, n, sdk.LevelCounty, sdk.PurchaserCivilAffairs, n)
	v := sdk.Verdict{Required: req}
	var actual []string
	if pu := pr.Purchaser; pu == nil {
		v.Unknown("project.purchaser")
	} else {
		actual = append(actual, fmt.Sprintf("purchaser %s/%s", orNone(pu.Level), orNone(pu.Type)))
		switch {
		case pu.Level == "":
			v.Unknown("project.purchaser.level")
		case pu.Level != sdk.LevelCounty:
			v.Short(fmt.Sprintf("购买方须为县(市、区)级民政局(实为 %s 级)", pu.Level),
				fmt.Sprintf("the purchaser must be at county level (is %s)", pu.Level))
		}
		switch {
		case pu.Type == "":
			v.Unknown("project.purchaser.type")
		case pu.Type != sdk.PurchaserCivilAffairs:
			v.Short(fmt.Sprintf("购买方须为民政部门(实为 %s)", pu.Type),
				fmt.Sprintf("the purchaser must be the civil-affairs bureau (is %s)", pu.Type))
		}
	}
	if pr.ContractParties == nil {
		v.Unknown("project.contractParties")
	} else {
		actual = append(actual, fmt.Sprintf("%d 方 / %d parties", *pr.ContractParties, *pr.ContractParties))
		if int64(*pr.ContractParties) != n {
			v.Short(fmt.Sprintf("协议须由县(市、区)民政局和承接机构 %d 方签订(实为 %d 方)", n, *pr.ContractParties),
				fmt.Sprintf("the agreement must have exactly %d parties, the county bureau and the contractor (has %d)", n, *pr.ContractParties))
		}
	}
	v.Actual = strings.Join(actual, ", ")
	return rs.Conclude(RuleContractParties, v, sdk.VerdictText{
		FailZh:    "服务协议当事方不符合规定:" + v.ShortZh(),
		FailEn:    "the agreement's parties do not fit the scheme: " + v.ShortEn(),
		UnknownZh: "协议当事方", UnknownEn: "agreement parties",
		PassZh: "服务协议由县(市、区)民政局和承接机构" + sdk.CountZh(n) + "方签订",
		PassEn: "the agreement is between the county civil-affairs bureau and the contractor",
	})
}

func orNone(s string) string {
	if s == "" {
		return "?"
	}
	return s
}

// agreementDeadline is the last day to file the agreement with the city: the n-th statutory
// working day after signing (HN.report.agreement_filing_working_days).
func (p *policy) agreementDeadline(asOf, signed sdk.Date) (sdk.Date, int, error) {
	n, _, ok := p.rs.Int(paramFilingWorkingDays, asOf)
	if !ok {
		return sdk.Date{}, 0, fmt.Errorf("hunan: %s not in force on %s", paramFilingWorkingDays, asOf)
	}
	d, err := workcal.AddWorkingDays(signed, int(n))
	return d, int(n), err
}

// filingDue is the last day on which a document of HN-REPORT-CITY-FILING may still be filed with
// the city, counted from the agreement's signing day (see the package comment): the plan by the
// signing day (七(一) comes before the purchase of 七(三)), the agreement within its 15 working
// days (七(三)), the recruitment scheme by the day the workers must be in place (七(四): the
// contractor files it before recruiting, and deploys within 1个月 of signing). ok is false when
// the deadline cannot be computed (the calendar does not cover it).
func (p *policy) filingDue(asOf sdk.Date, doc string, signed sdk.Date, names filingNames) (sdk.Date, bool) {
	switch doc {
	case names.plan:
		return signed, true
	case names.agreement:
		d, _, err := p.agreementDeadline(asOf, signed)
		return d, err == nil
	case names.recruitment:
		months, _, ok := p.rs.Int(paramDeployMonths, asOf)
		return signed.AddMonthsClamped(int(months)), ok
	}
	return signed, true // a document the list adds later: due like the plan, from signing
}

// filingNames are the names under which project.filings[].document records each document.
type filingNames struct{ plan, agreement, recruitment string }

// cityFiling: 三(二) 对县市区的社工站项目年度实施计划、政府购买服务协议和人员招聘方案进行备案管理 —
// each listed document has a filing with filedWith CITY on or before asOf, once it is due
// (filingDue). Before the agreement is signed nothing is due; without the signing day an
// unfiled document cannot be judged.
func (p *policy) cityFiling(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	rs := p.rs
	prm, ok1 := rs.Param(paramCityFilingDocs, asOf)
	agr, ok2 := rs.Param(paramAgreementDocument, asOf)
	plan, ok3 := rs.Param(paramPlanDocument, asOf)
	rec, ok4 := rs.Param(paramRecruitmentDocument, asOf)
	if !rs.InForce(RuleCityFiling, asOf) || !ok1 || !ok2 || !ok3 || !ok4 {
		return rs.NotInForce(RuleCityFiling, asOf)
	}
	names := filingNames{plan: strings.TrimSpace(plan.Value), agreement: strings.TrimSpace(agr.Value), recruitment: strings.TrimSpace(rec.Value)}
	docs := sdk.SplitItems(prm.Value)
	req := "报市(州)民政部门备案(filedWith CITY):" + strings.Join(docs, "、") + " / filed with the city: " + strings.Join(docs, ", ")
	signed := pr.ContractSignedOn
	notSigned := signed != nil && asOf.Before(*signed)
	if pr.Filings == nil && !notSigned { // nothing is due before signing, so no filing is needed to say so
		f := rs.Insufficient(RuleCityFiling, "备案记录(project.filings)", "filings (project.filings)")
		f.Required = req
		return f
	}
	var filed, missing, unknown, pendingZh, pendingEn []string
	for _, doc := range docs {
		found := false
		var maybe []string
		for i, fl := range pr.Filings {
			if strings.TrimSpace(fl.Document) != doc || (fl.FiledOn != nil && fl.FiledOn.After(asOf)) {
				continue
			}
			// An agreement filed before the signing day, or at all before it is signed, is an
			// earlier agreement's filing (the same reading as HN-REPORT-AGREEMENT-FILING-15WD).
			if doc == names.agreement && signed != nil && (notSigned || (fl.FiledOn != nil && fl.FiledOn.Before(*signed))) {
				continue
			}
			switch fl.FiledWith {
			case sdk.LevelCity:
				found = true
			case "":
				maybe = append(maybe, fmt.Sprintf("project.filings[%d].filedWith", i))
			}
		}
		if found {
			filed = append(filed, doc)
			continue
		}
		if signed == nil {
			// Not due before signing, and the signing day is not given: it may not be due yet.
			unknown = append(unknown, maybe...)
			if !slices.Contains(unknown, "project.contractSignedOn") {
				unknown = append(unknown, "project.contractSignedOn")
			}
			continue
		}
		due, ok := p.filingDue(asOf, doc, *signed, names)
		if !notSigned && ok && !asOf.After(due) {
			pendingZh = append(pendingZh, fmt.Sprintf("%s 备案期限 %s 未到", doc, due))
			pendingEn = append(pendingEn, fmt.Sprintf("%s due by %s", doc, due))
			continue
		}
		switch {
		case notSigned:
		case len(maybe) > 0:
			unknown = append(unknown, maybe...)
		default:
			missing = append(missing, doc)
		}
	}
	actual := strings.Join(filed, "、")
	if actual == "" {
		actual = "无 / none"
	}
	if notSigned {
		f := rs.Finding(RuleCityFiling, sdk.StatusNotApplicable)
		f.Required = req
		if pr.Filings != nil { // not given is not "none filed"
			f.Actual = actual
		}
		f.MessageZh = fmt.Sprintf("评估日 %s 项目的服务协议尚未签订(签订日 %s),项目尚在筹备,各项备案尚未到期", asOf, *signed)
		f.MessageEn = fmt.Sprintf("on %s the project's agreement is not signed yet (signing day %s): the project is still being prepared and its filings are not yet due", asOf, *signed)
		return f
	}
	pending := ""
	if len(pendingZh) > 0 {
		pending = strings.Join(pendingZh, ";") + " / " + strings.Join(pendingEn, "; ")
		actual += "(" + pending + ")"
	}
	switch {
	case len(missing) > 0:
		f := rs.Finding(RuleCityFiling, sdk.StatusFail)
		f.Actual, f.Required = actual, req
		f.Remedy = fmt.Sprintf("须报市(州)民政部门备案:%s / must file with the city: %s", strings.Join(missing, "、"), strings.Join(missing, ", "))
		f.MessageZh = fmt.Sprintf("应报市级备案的 %d 项中有 %d 项已到期未备案:%s", len(docs), len(missing), strings.Join(missing, "、"))
		f.MessageEn = fmt.Sprintf("%d of the %d documents to file with the city are due and not filed: %s", len(missing), len(docs), strings.Join(missing, ", "))
		return f
	case len(unknown) > 0:
		f := rs.InsufficientPaths(RuleCityFiling, "备案机关或签订日期", "authority filed with or signing day", unknown)
		f.Actual, f.Required = actual, req
		return f
	case pending != "":
		f := rs.Finding(RuleCityFiling, sdk.StatusNotApplicable)
		f.Actual, f.Required = actual, req
		f.Remedy = pending
		f.MessageZh = "已到期的文件均已报市级备案;" + strings.Join(pendingZh, ";") + "(尚未到期)"
		f.MessageEn = "every document due is filed with the city; " + strings.Join(pendingEn, "; ") + " (not yet due)"
		return f
	}
	f := rs.Finding(RuleCityFiling, sdk.StatusPass)
	f.Actual, f.Required = actual, req
	f.MessageZh = fmt.Sprintf("应报市级备案的 %d 项均已备案", len(docs))
	f.MessageEn = fmt.Sprintf("all %d documents are filed with the city", len(docs))
	return f
}

// agreementFiling: 七(三) 协议副本在签订之日起15个工作日内报市(州)备案 — see the package comment.
func (p *policy) agreementFiling(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	rs := p.rs
	n, _, ok1 := rs.Int(paramFilingWorkingDays, asOf)
	agr, ok2 := rs.Param(paramAgreementDocument, asOf)
	if !rs.InForce(RuleAgreementFiling, asOf) || !ok1 || !ok2 {
		return rs.NotInForce(RuleAgreementFiling, asOf)
	}
	doc := strings.TrimSpace(agr.Value)
	req := fmt.Sprintf("签订后 %d 个工作日内报市(州)备案 / filed with the city within %d working days of signing", n, n)
	if f, pre := p.signedBeforeScheme(RuleAgreementFiling, asOf, pr, "不适用备案期限", "the filing deadline does not apply"); pre {
		return f
	}
	// Before the signing day nothing is due, whatever the filings (as HN-REPORT-CITY-FILING).
	if pr.ContractSignedOn != nil && asOf.Before(*pr.ContractSignedOn) {
		signed := *pr.ContractSignedOn
		f := rs.Finding(RuleAgreementFiling, sdk.StatusNotApplicable)
		f.Actual, f.Required = "signed "+signed.String(), req
		f.MessageZh = fmt.Sprintf("评估日 %s 协议尚未签订(签订日 %s),尚未到期", asOf, signed)
		f.MessageEn = fmt.Sprintf("on %s the agreement is not signed yet (signing day %s); not yet due", asOf, signed)
		return f
	}
	var missing []string
	if pr.ContractSignedOn == nil {
		missing = append(missing, "project.contractSignedOn")
	}
	if pr.Filings == nil {
		missing = append(missing, "project.filings")
	}
	if len(missing) > 0 {
		f := rs.InsufficientPaths(RuleAgreementFiling, "签订日期或备案记录", "signing date or filings", missing)
		f.Required = req
		return f
	}
	signed := *pr.ContractSignedOn
	// The filing that counts: the earliest with the city dated from the signing day to asOf.
	// A filing whose authority or date is not given could be an earlier one; it is kept with
	// its date (nil when undated) so that only those that could be in time make the answer
	// INSUFFICIENT_INPUT.
	type unclear struct {
		path string
		on   *sdk.Date
	}
	var filedOn *sdk.Date
	var unclearFilings []unclear
	for i, fl := range pr.Filings {
		if strings.TrimSpace(fl.Document) != doc {
			continue
		}
		path := fmt.Sprintf("project.filings[%d]", i)
		switch {
		case fl.FiledWith == "":
			if fl.FiledOn == nil || (!fl.FiledOn.Before(signed) && !fl.FiledOn.After(asOf)) {
				unclearFilings = append(unclearFilings, unclear{path + ".filedWith", fl.FiledOn})
			}
		case fl.FiledWith != sdk.LevelCity:
		case fl.FiledOn == nil:
			unclearFilings = append(unclearFilings, unclear{path + ".filedOn", nil})
		case fl.FiledOn.Before(signed) || fl.FiledOn.After(asOf):
		case filedOn == nil || fl.FiledOn.Before(*filedOn):
			filedOn = fl.FiledOn
		}
	}
	// unknownBy lists the unclear filings that could have been made by the deadline.
	unknownBy := func(deadline sdk.Date) []string {
		var out []string
		for _, u := range unclearFilings {
			if u.on == nil || !u.on.After(deadline) {
				out = append(out, u.path)
			}
		}
		return out
	}
	deadline, _, err := p.agreementDeadline(asOf, signed)
	if err != nil {
		var nc *workcal.NotCoveredError
		if !errors.As(err, &nc) {
			panic(fmt.Sprintf("hunan: filing deadline for %s: %v", signed, err))
		}
		// Without the deadline a filing with fewer working days than allowed is still on time.
		if filedOn != nil {
			if wd, err := workcal.WorkingDaysBetween(signed, *filedOn); err == nil && int64(wd) < n {
				return p.filedInTime(signed, *filedOn, wd, req, "")
			}
		}
		f := rs.Finding(RuleAgreementFiling, sdk.StatusNotApplicable)
		f.Actual, f.Required = "signed "+signed.String(), req
		if filedOn != nil {
			f.Actual += ", filed " + filedOn.String()
		}
		f.MessageZh = fmt.Sprintf("工作日历未收录 %d 年的法定节假日安排,无法计算 %d 个工作日的期限;不作推测", nc.Year, n)
		f.MessageEn = fmt.Sprintf("the working-day calendar does not cover %d, so the %d-working-day deadline cannot be computed; no guess is made", nc.Year, n)
		return f
	}
	req = fmt.Sprintf("%s 前报市(州)备案(签订后第 %d 个工作日) / filed with the city by %s (the %dth working day after signing)", deadline, n, deadline, n)
	if filedOn != nil && !filedOn.After(deadline) {
		wd, _ := workcal.WorkingDaysBetween(signed, *filedOn) // covered: signed..deadline is
		return p.filedInTime(signed, *filedOn, wd, req, deadline.String())
	}
	// An undated filing with the city, or one whose authority is not given, dated by the
	// deadline, might have been in time: a late filing alone does not settle it.
	if unknown := unknownBy(deadline); len(unknown) > 0 {
		f := rs.InsufficientPaths(RuleAgreementFiling, "协议备案机关或日期", "agreement filing authority or date", unknown)
		f.Required = req
		if filedOn != nil {
			f.Actual = fmt.Sprintf("%s 备案(逾期),另有备案日期或机关不明 / filed %s (late); another filing's date or authority is not given", filedOn, filedOn)
		}
		return f
	}
	if filedOn != nil {
		f := rs.Finding(RuleAgreementFiling, sdk.StatusFail)
		f.Actual = fmt.Sprintf("%s 备案 / filed %s", filedOn, filedOn)
		f.Required = req
		lateZh, lateEn := "", ""
		if late, err := workcal.WorkingDaysBetween(deadline, *filedOn); err == nil { // a later year may not be covered
			lateZh, lateEn = fmt.Sprintf(",逾期 %d 个工作日", late), fmt.Sprintf(", %d working days late", late)
		}
		f.Remedy = fmt.Sprintf("逾期备案:晚于期限 %s%s;须在签订后 %d 个工作日内报备 / filed after the deadline %s%s; file within %d working days of signing",
			deadline, lateZh, n, deadline, lateEn, n)
		f.MessageZh = fmt.Sprintf("协议副本于 %s 报市(州)备案,晚于期限 %s", filedOn, deadline)
		f.MessageEn = fmt.Sprintf("the agreement was filed with the city on %s, after the deadline %s", filedOn, deadline)
		return f
	}
	if !asOf.After(deadline) {
		f := rs.Finding(RuleAgreementFiling, sdk.StatusNotApplicable)
		f.Actual = "未备案 / not filed yet"
		f.Required = req
		f.Remedy = fmt.Sprintf("须于 %s 前将协议副本报市(州)民政部门备案 / file a copy with the city by %s", deadline, deadline)
		f.MessageZh = fmt.Sprintf("备案期限 %s 尚未届满(尚未到期)", deadline)
		f.MessageEn = fmt.Sprintf("the filing deadline %s has not passed (not yet due)", deadline)
		return f
	}
	f := rs.Finding(RuleAgreementFiling, sdk.StatusFail)
	f.Actual = "未备案 / not filed"
	f.Required = req
	f.Remedy = fmt.Sprintf("期限 %s 已过,须立即将协议副本报市(州)民政部门备案 / the deadline %s has passed; file a copy with the city now", deadline, deadline)
	f.MessageZh = fmt.Sprintf("协议副本未在期限 %s 前报市(州)备案", deadline)
	f.MessageEn = fmt.Sprintf("the agreement was not filed with the city by the deadline %s", deadline)
	return f
}

// signedBeforeScheme is the NOT_IN_FORCE finding for an agreement signed before the rule's
// validity starts (HN-REPORT-AGREEMENT-FILING-15WD, HN-REPORT-CONTRACTOR-REPORTS): the scheme's
// duties on an agreement bind the agreements signed under it. It is checked before any missing
// input, so a pre-scheme agreement is never INSUFFICIENT_INPUT.
func (p *policy) signedBeforeScheme(ruleID string, asOf sdk.Date, pr sdk.ProjectSpec, zh, en string) (sdk.Finding, bool) {
	from := p.rs.Rule(ruleID).Validity.From
	if pr.ContractSignedOn == nil || !pr.ContractSignedOn.Before(from) {
		return sdk.Finding{}, false
	}
	signed := *pr.ContractSignedOn
	f := p.rs.NotInForce(ruleID, asOf)
	f.Actual = "signed " + signed.String()
	f.MessageZh = fmt.Sprintf("协议签订于 %s,早于方案施行(%s),%s", signed, from, zh)
	f.MessageEn = fmt.Sprintf("the agreement was signed on %s, before the scheme took effect (%s); %s", signed, from, en)
	return f, true
}

func (p *policy) filedInTime(signed, filedOn sdk.Date, wd int, req, deadline string) sdk.Finding {
	f := p.rs.Finding(RuleAgreementFiling, sdk.StatusPass)
	f.Actual = fmt.Sprintf("%s 备案,签订后第 %d 个工作日 / filed %s, %d working days after signing", filedOn, wd, filedOn, wd)
	f.Required = req
	f.MessageZh = fmt.Sprintf("协议于 %s 签订,%s 报市(州)备案,在期限内", signed, filedOn)
	f.MessageEn = fmt.Sprintf("signed %s and filed with the city on %s, in time", signed, filedOn)
	if deadline != "" {
		f.MessageZh += "(期限 " + deadline + ")"
		f.MessageEn += " (deadline " + deadline + ")"
	}
	return f
}

// contractorReports: 七(四) 按时向市、县民政部门提交月度工作简报、中期工作报告和末期工作报告 — see the
// package comment for the agreement period and which reports are expected; 按时 gives no due
// date, so a report not yet submitted is NOT_APPLICABLE, never FAIL.
func (p *policy) contractorReports(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	rs := p.rs
	prm, ok := rs.Param(paramContractorReports, asOf)
	if !rs.InForce(RuleContractorReports, asOf) || !ok {
		return rs.NotInForce(RuleContractorReports, asOf)
	}
	names := sdk.SplitItems(prm.Value) // 月度工作简报、中期工作报告、末期工作报告
	if len(names) != 3 {
		panic("hunan: parameter " + paramContractorReports + " must name three reports: " + prm.Value)
	}
	kinds := []string{sdk.ReportMonthlyBrief, sdk.ReportMidTerm, sdk.ReportFinal}
	if f, pre := p.signedBeforeScheme(RuleContractorReports, asOf, pr, "其报告义务不适用", "its reporting duties do not apply"); pre {
		return f
	}
	var missing []string
	if pr.ContractSignedOn == nil {
		missing = append(missing, "project.contractSignedOn")
	}
	if pr.Reports == nil {
		missing = append(missing, "project.reports")
	}
	if len(missing) > 0 {
		f := rs.InsufficientPaths(RuleContractorReports, "签订日期或报告记录", "signing date or reports", missing)
		f.Required = fmt.Sprintf("协议期内每满一个服务月一份%s,过半后%s,期满后%s / a monthly brief per elapsed service month, the mid-term report past half the period, the final report after it",
			names[0], names[1], names[2])
		return f
	}
	start, months := *pr.ContractSignedOn, pr.MonthsOrDefault()
	monthEnd := func(k int) sdk.Date { return start.AddMonthsClamped(k) }
	elapsed := 0
	for k := 1; k <= months && asOf.After(monthEnd(k)); k++ {
		elapsed++
	}
	half := (months + 1) / 2
	midDue, finalDue := asOf.After(monthEnd(half)), asOf.After(monthEnd(months))

	count := map[string]int{}
	undated := map[string][]string{}
	for i, r := range pr.Reports {
		switch {
		case r.SubmittedOn == nil:
			undated[r.Kind] = append(undated[r.Kind], fmt.Sprintf("project.reports[%d].submittedOn", i))
		case !r.SubmittedOn.Before(start) && !r.SubmittedOn.After(asOf):
			count[r.Kind]++
		}
	}
	actual := fmt.Sprintf("%s %d 份、%s %d 份、%s %d 份 / %d monthly briefs, %d mid-term, %d final",
		names[0], count[kinds[0]], names[1], count[kinds[1]], names[2], count[kinds[2]],
		count[kinds[0]], count[kinds[1]], count[kinds[2]])
	req := fmt.Sprintf("协议期 %s 至 %s:每满一个服务月一份%s(截至评估日 %d 份),%s 后提交%s,%s 后提交%s / agreement %s..%s: one monthly brief per elapsed month (%d by %s), the mid-term report after %s, the final report after %s",
		start, monthEnd(months), names[0], elapsed, monthEnd(half), names[1], monthEnd(months), names[2],
		start, monthEnd(months), elapsed, asOf, monthEnd(half), monthEnd(months))
	if elapsed == 0 {
		f := rs.Finding(RuleContractorReports, sdk.StatusNotApplicable)
		f.Actual, f.Required = actual, req
		f.MessageZh = fmt.Sprintf("第一个服务月(至 %s)尚未届满,报告尚未到期", monthEnd(1))
		f.MessageEn = fmt.Sprintf("the first service month (to %s) has not ended; no report is due yet", monthEnd(1))
		return f
	}
	var zh, en, unknown []string
	if short := elapsed - count[kinds[0]]; short > 0 {
		zh = append(zh, fmt.Sprintf("%d 份%s", short, names[0]))
		en = append(en, fmt.Sprintf("%d monthly brief(s)", short))
		unknown = append(unknown, undated[kinds[0]]...)
	}
	if midDue && count[kinds[1]] == 0 {
		zh = append(zh, names[1])
		en = append(en, "the mid-term report")
		unknown = append(unknown, undated[kinds[1]]...)
	}
	if finalDue && count[kinds[2]] == 0 {
		zh = append(zh, names[2])
		en = append(en, "the final report")
		unknown = append(unknown, undated[kinds[2]]...)
	}
	switch {
	case len(zh) > 0 && len(unknown) > 0:
		f := rs.InsufficientPaths(RuleContractorReports, "报告提交日期", "report submission dates", unknown)
		f.Actual, f.Required = actual, req
		return f
	case len(zh) > 0:
		// 按时 (on time) gives no due date, and none is invented: a report not yet submitted for
		// a month or half that has ended is pointed out, never failed.
		f := rs.Finding(RuleContractorReports, sdk.StatusNotApplicable)
		f.Actual, f.Required = actual, req
		f.Remedy = "尚未提交:" + strings.Join(zh, "、") + ",请尽快提交 / not yet submitted: " + strings.Join(en, ", ") + "; submit them"
		f.MessageZh = "承接机构尚未提交已届满期间的报告,缺:" + strings.Join(zh, "、") + ";“按时”未规定提交期限,不判不合规"
		f.MessageEn = "the contractor has not yet submitted the reports for periods that have ended: missing " + strings.Join(en, ", ") +
			"; 按时 (on time) sets no due date, so this is not a failure"
		return f
	}
	f := rs.Finding(RuleContractorReports, sdk.StatusPass)
	f.Actual, f.Required = actual, req
	f.MessageZh = "截至评估日应交的报告均已提交"
	f.MessageEn = "every report due by the as-of date has been submitted"
	return f
}
