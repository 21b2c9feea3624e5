package shenzhen

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/shegong/shegong/plugins/sdk"
)

// Staffing evaluates the rules of clauses 四, 五, 七 and 十一 to 十六 that bind project teams,
// workers, stations and organisations, and the district package standard (十三) for governments.
// staffing is the findings of one valid subject of any kind (sdk.RulesetPolicy).
func (p *policy) staffing(asOf sdk.Date, s sdk.Subject, _ sdk.DomainMatch) []sdk.Finding {
	switch s.Kind() {
	case sdk.SubjectGovernment:
		// A government is checked against the one rule that binds it (a district's own package
		// standard, clause 十三); every other Shenzhen rule binds projects, workers or
		// organisations and gives it no finding.
		return []sdk.Finding{p.districtGovernmentFinding(asOf, *s.Government)}
	case sdk.SubjectProject:
		return p.projectStaffing(asOf, *s.Project)
	case sdk.SubjectWorker:
		ws := []sdk.WorkerSpec{*s.Worker}
		return append(p.workersStaffing(asOf, "worker", ws, true), p.recruitFinding(asOf, "worker", ws, true))
	case sdk.SubjectStation:
		return p.workersStaffing(asOf, "station.workers", s.Station.Workers, false)
	}
	// Organizations: only the pay disclosure (clause 十六, SZ-REPORT-ORG-PAY-DISCLOSURE) can be
	// checked with the organization data, and ruleset.yaml declares it; the others stay
	// NOT_MODELLED (reasons in ruleset.yaml).
	return nil
}

func (p *policy) projectStaffing(asOf sdk.Date, pr sdk.ProjectSpec) []sdk.Finding {
	return []sdk.Finding{
		p.profPostsFinding(asOf, pr),
		p.projectCertFinding(asOf, pr, ruleCertRequired),
		p.projectCertFinding(asOf, pr, ruleCertTarget),
		p.trainingFinding(asOf, "project.workers", pr.Workers, false),
		p.cycleFinding(asOf, pr),
		p.purchaseModeFinding(asOf, pr),
		p.evaluationFinding(asOf, pr, professionalEval),
		p.evaluationFinding(asOf, pr, performanceEval),
		p.renewalRewardFinding(asOf, pr),
		p.recruitFinding(asOf, "project.workers", pr.Workers, false),
		p.buyerFinding(asOf, pr),
		p.projectLibraryFinding(asOf, pr),
		// SZ-GOV-PROJECT-DESIGN is declared in ruleset.yaml.
	}
}

// profPostsFinding checks 社会工作专业岗位的数量不低于项目总人数的80%.
func (p *policy) profPostsFinding(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	rs := p.rs
	r, _, ok := rs.Ratio(paramProfShare, asOf)
	if !rs.InForce(ruleProfPosts80, asOf) || !ok {
		return rs.NotInForce(ruleProfPosts80, asOf)
	}
	if pr.Headcount == 0 {
		return rs.Insufficient(ruleProfPosts80, "项目人员总数 project.headcount", "project.headcount")
	}
	if pr.ProfessionalPosts == nil {
		return rs.Insufficient(ruleProfPosts80, "专业岗位数 project.professionalPosts", "project.professionalPosts")
	}
	posts, h := *pr.ProfessionalPosts, pr.Headcount
	need := r.MinPart(int64(h))
	status := sdk.StatusFail
	if r.AtLeast(int64(posts), int64(h)) {
		status = sdk.StatusPass
	}
	f := rs.Finding(ruleProfPosts80, status)
	pct := sdk.Ratio{Num: int64(posts), Den: int64(h)}.Percent()
	f.Actual = fmt.Sprintf("%d / %d = %s", posts, h, pct)
	f.Required = fmt.Sprintf(">= %s (%d / %d)", r.Percent(), need, h)
	if status == sdk.StatusPass {
		f.MessageZh = fmt.Sprintf("社会工作专业岗位 %d 个,占项目总人数 %d 的 %s,不低于 %s", posts, h, pct, r.Percent())
		f.MessageEn = fmt.Sprintf("%d professional posts are %s of the headcount %d, at least %s", posts, pct, h, r.Percent())
		return f
	}
	more := need - int64(posts)
	f.Remedy = fmt.Sprintf("需再增加 %d 个社会工作专业岗位 / %d more professional social-work posts needed", more, more)
	f.MessageZh = fmt.Sprintf("社会工作专业岗位 %d 个,仅占项目总人数 %d 的 %s,低于 %s", posts, h, pct, r.Percent())
	f.MessageEn = fmt.Sprintf("%d professional posts are only %s of the headcount %d, below %s", posts, pct, h, r.Percent())
	return f
}

// certApplies decides whether a certificate rule applies on asOf; a non-nil finding is the
// answer when it does not (or cannot be told).
func (p *policy) certApplies(asOf sdk.Date, ruleID string, contract *sdk.Date, kind string) *sdk.Finding {
	rs := p.rs
	if !rs.InForce(ruleID, asOf) {
		f := rs.NotInForce(ruleID, asOf)
		return &f
	}
	switch ruleID {
	case ruleCertTarget:
		deadline, _, ok := rs.Date(paramCertDeadline, asOf)
		if !ok {
			f := rs.NotInForce(ruleID, asOf)
			return &f
		}
		if asOf.Before(deadline) {
			f := rs.Finding(ruleID, sdk.StatusNotApplicable)
			f.Required = "from " + deadline.String()
			f.Actual = "as of " + asOf.String()
			f.MessageZh = fmt.Sprintf("全员持证目标期限为 %s(“到2023年”按年末计),%s 尚未到期", deadline, asOf)
			f.MessageEn = fmt.Sprintf("the all-certified target is due on %s (\"到2023年\" read as year end); not yet due on %s", deadline, asOf)
			return &f
		}
	case ruleCertRequired:
		if kind != "project" {
			return nil // first sentence: 社会工作从业人员应当持有证书
		}
		from, _, ok := rs.Date(paramCertFrom, asOf)
		if !ok {
			f := rs.NotInForce(ruleID, asOf)
			return &f
		}
		if contract == nil {
			f := rs.Insufficient(ruleID, "合同签订日期 project.contractSignedOn", "project.contractSignedOn")
			return &f
		}
		if contract.Before(from) {
			f := rs.Finding(ruleID, sdk.StatusNotApplicable)
			f.Actual = "contract signed " + contract.String()
			f.Required = "contracts signed from " + from.String()
			f.MessageZh = fmt.Sprintf("合同于 %s 签订,早于 %s,不属“本措施实施后新签订”;仅适用到2023年全员持证目标", contract, from)
			f.MessageEn = fmt.Sprintf("the contract was signed on %s, before %s; only the 2023 all-certified target applies", contract, from)
			return &f
		}
	}
	return nil
}

// projectCertFinding checks that every professional post is filled by a certified worker:
// at least professional_posts of the project's workers hold a certificate.
func (p *policy) projectCertFinding(asOf sdk.Date, pr sdk.ProjectSpec, ruleID string) sdk.Finding {
	rs := p.rs
	if f := p.certApplies(asOf, ruleID, pr.ContractSignedOn, "project"); f != nil {
		return *f
	}
	if pr.ProfessionalPosts == nil {
		return rs.Insufficient(ruleID, "专业岗位数 project.professionalPosts", "project.professionalPosts")
	}
	posts := *pr.ProfessionalPosts
	certified, unknown := 0, 0
	for _, w := range pr.Workers {
		switch {
		case w.Certificate.Certified():
			certified++
		case w.Certificate == sdk.CertificateUnknown:
			unknown++
		}
	}
	unlisted := max(pr.Headcount-len(pr.Workers), 0)
	actual := fmt.Sprintf("%d certified of %d professional posts", certified, posts)
	required := fmt.Sprintf(">= %d certified", posts)
	if certified >= posts {
		f := rs.Finding(ruleID, sdk.StatusPass)
		f.Actual, f.Required = actual, required
		f.MessageZh = fmt.Sprintf("持证社工 %d 名,不少于社会工作专业岗位数 %d", certified, posts)
		f.MessageEn = fmt.Sprintf("%d certified workers fill the %d professional posts", certified, posts)
		return f
	}
	more := posts - certified
	if len(pr.Workers) == 0 || certified+unknown+unlisted >= posts {
		f := rs.Insufficient(ruleID, "从业人员证书 project.workers[].certificate", "project.workers[].certificate")
		f.Actual, f.Required = actual, required
		f.MessageZh += fmt.Sprintf(";已知持证 %d 名,专业岗位 %d 个,另有 %d 名证书未知、%d 名未列出", certified, posts, unknown, unlisted)
		f.MessageEn += fmt.Sprintf("; %d known certified for %d professional posts, %d with unknown certificate, %d not listed", certified, posts, unknown, unlisted)
		return f
	}
	f := rs.Finding(ruleID, sdk.StatusFail)
	f.Actual, f.Required = actual, required
	f.Remedy = fmt.Sprintf("需再增加 %d 名持证社工 / %d more certified workers needed", more, more)
	f.MessageZh = fmt.Sprintf("持证社工 %d 名,少于社会工作专业岗位数 %d,社会工作岗位须持证上岗", certified, posts)
	f.MessageEn = fmt.Sprintf("only %d certified workers for %d professional posts; social-work posts require the certificate", certified, posts)
	return f
}

// workersStaffing applies the worker rules to one worker (single) or a station's workers.
func (p *policy) workersStaffing(asOf sdk.Date, path string, ws []sdk.WorkerSpec, single bool) []sdk.Finding {
	return []sdk.Finding{
		p.workersCertFinding(asOf, path, ws, single, ruleCertRequired),
		p.workersCertFinding(asOf, path, ws, single, ruleCertTarget),
		p.trainingFinding(asOf, path, ws, single),
	}
}

func workerPath(path string, i int, single bool) string {
	if single {
		return path
	}
	return path + "[" + strconv.Itoa(i) + "]"
}

// workersCertFinding checks that each worker holds the national certificate.
func (p *policy) workersCertFinding(asOf sdk.Date, path string, ws []sdk.WorkerSpec, single bool, ruleID string) sdk.Finding {
	rs := p.rs
	if ruleID == ruleCertTarget {
		return p.workersTargetFinding(asOf, path, ws, single)
	}
	if f := p.certApplies(asOf, ruleID, nil, "worker"); f != nil {
		return *f
	}
	if len(ws) == 0 {
		return rs.Insufficient(ruleID, "从业人员 "+path, path)
	}
	var none, unknown []string
	for i, w := range ws {
		switch {
		case w.Certificate.Certified():
		case w.Certificate == sdk.CertificateUnknown:
			unknown = append(unknown, workerPath(path, i, single)+".certificate")
		default:
			none = append(none, workerPath(path, i, single))
		}
	}
	certified := len(ws) - len(none) - len(unknown)
	actual := fmt.Sprintf("%d of %d certified", certified, len(ws))
	if len(none) > 0 && ruleID == ruleCertRequired {
		// The binding sentence of 第四条 (实行持证上岗) covers posts under purchase contracts
		// signed after the measures took effect; its first sentence (应当持有) states an
		// expectation without a scope or a date. A worker or station evaluated on its own carries
		// no contract date, so an uncertified worker cannot be said to break the rule: the
		// project that employs them is where it is checked (contract_signed_on).
		from, _, _ := rs.Date(paramCertFrom, asOf)
		f := rs.Finding(ruleID, sdk.StatusNotApplicable)
		f.Actual, f.Required = actual, "all certified on posts of contracts signed from "+from.String()
		f.MessageZh = fmt.Sprintf("未持证:%s;持证上岗只约束 %s 起新签订政府购买服务合同的社会工作岗位,单独评估的社工/站点没有合同签订日期,无法判定,请评估其所在项目",
			strings.Join(none, ", "), from)
		f.MessageEn = fmt.Sprintf("uncertified: %s; the certificate requirement binds posts under purchase contracts signed from %s, and a worker or station evaluated on its own has no contract date, so it cannot be decided here: evaluate the project they work on",
			strings.Join(none, ", "), from)
		return f
	}
	if len(none) > 0 {
		f := rs.Finding(ruleID, sdk.StatusFail)
		f.Actual, f.Required = actual, "all certified"
		f.Remedy = fmt.Sprintf("需再增加 %d 名持证社工(未持证:%s) / %d more certified workers needed (uncertified: %s)",
			len(none), strings.Join(none, ", "), len(none), strings.Join(none, ", "))
		f.MessageZh = "社会工作从业人员应当持有国家社会工作者职业水平证书;未持证:" + strings.Join(none, ", ")
		f.MessageEn = "social workers must hold the national social-worker certificate; uncertified: " + strings.Join(none, ", ")
		return f
	}
	if len(unknown) > 0 {
		f := rs.Insufficient(ruleID, "证书等级 "+strings.Join(unknown, ", "), strings.Join(unknown, ", "))
		f.Actual, f.Required = actual, "all certified"
		return f
	}
	f := rs.Finding(ruleID, sdk.StatusPass)
	f.Actual, f.Required = actual, "all certified"
	f.MessageZh = "从业人员均持有国家社会工作者职业水平证书"
	f.MessageEn = "every worker holds the national social-worker certificate"
	return f
}

// workersTargetFinding answers the 2023 all-certified target (到2023年,实现政府购买服务项目中的社会
// 工作专业岗位全员持证上岗) for a worker or a station's workers evaluated on their own. The target
// counts the professional posts of purchased projects, and nothing in a lone worker or a station
// says that they fill such a post, so it is NOT_APPLICABLE with the reason, whatever the
// certificates; the certificates are stated so that the project they work on can be checked.
// This matches SZ-STAFF-CERT-REQUIRED, which cannot fail a lone worker either (no contract date).
func (p *policy) workersTargetFinding(asOf sdk.Date, path string, ws []sdk.WorkerSpec, single bool) sdk.Finding {
	rs := p.rs
	deadline, _, ok := rs.Date(paramCertDeadline, asOf)
	if !rs.InForce(ruleCertTarget, asOf) || !ok {
		return rs.NotInForce(ruleCertTarget, asOf)
	}
	var none, unknown []string
	for i, w := range ws {
		switch {
		case w.Certificate.Certified():
		case w.Certificate == sdk.CertificateUnknown:
			unknown = append(unknown, workerPath(path, i, single))
		default:
			none = append(none, workerPath(path, i, single))
		}
	}
	f := rs.Finding(ruleCertTarget, sdk.StatusNotApplicable)
	f.Required = "every professional post of a purchased project certified from " + deadline.String()
	f.Actual = fmt.Sprintf("%d of %d certified", len(ws)-len(none)-len(unknown), len(ws))
	if len(ws) == 0 {
		f.Actual = "no workers given"
	}
	f.MessageZh = fmt.Sprintf("全员持证目标(期限 %s)针对政府购买服务项目中的社会工作专业岗位;单独评估的社工或服务站社工不能确定是否在购买项目的专业岗位上,不作判定,请评估其所在项目", deadline)
	f.MessageEn = fmt.Sprintf("the all-certified target (due %s) counts the professional posts of government-purchased projects; a worker or station evaluated on its own is not known to fill such a post, so it is not judged here: evaluate the project they work on", deadline)
	if asOf.Before(deadline) {
		f.MessageZh += fmt.Sprintf(";目标于 %s 尚未到期", asOf)
		f.MessageEn += fmt.Sprintf("; the target is not yet due on %s", asOf)
	}
	if len(none) > 0 {
		f.MessageZh += ";未持证:" + strings.Join(none, ", ")
		f.MessageEn += "; uncertified: " + strings.Join(none, ", ")
	}
	if len(unknown) > 0 {
		f.MessageZh += ";证书未知:" + strings.Join(unknown, ", ")
		f.MessageEn += "; certificate unknown: " + strings.Join(unknown, ", ")
	}
	return f
}

// trainingFinding checks 每年度接受继续教育累计不得少于80学时 for each worker.
func (p *policy) trainingFinding(asOf sdk.Date, path string, ws []sdk.WorkerSpec, single bool) sdk.Finding {
	rs := p.rs
	min, _, ok := rs.Int(paramTrainingHoursMin, asOf)
	if !rs.InForce(ruleCE80, asOf) || !ok {
		return rs.NotInForce(ruleCE80, asOf)
	}
	if len(ws) == 0 {
		return rs.Insufficient(ruleCE80, "从业人员 "+path, path)
	}
	var shortZh, shortEn, unknown []string
	lowest := int64(-1)
	for i, w := range ws {
		wp := workerPath(path, i, single)
		if w.TrainingHoursPerYear == nil {
			unknown = append(unknown, wp+".trainingHoursPerYear")
			continue
		}
		h := int64(*w.TrainingHoursPerYear)
		if lowest < 0 || h < lowest {
			lowest = h
		}
		if h < min {
			shortZh = append(shortZh, fmt.Sprintf("%s 需再完成 %d 学时", wp, min-h))
			shortEn = append(shortEn, fmt.Sprintf("%s needs %d more 学时", wp, min-h))
		}
	}
	required := fmt.Sprintf(">= %d 学时/year", min)
	actual := fmt.Sprintf("lowest %d 学时", lowest)
	if single && lowest >= 0 {
		actual = fmt.Sprintf("%d 学时", lowest)
	}
	if len(shortZh) > 0 {
		f := rs.Finding(ruleCE80, sdk.StatusFail)
		f.Actual, f.Required = actual, required
		f.Remedy = strings.Join(shortZh, ";") + " / " + strings.Join(shortEn, "; ")
		f.MessageZh = fmt.Sprintf("%d 名从业人员年度继续教育不足 %d 学时", len(shortZh), min)
		f.MessageEn = fmt.Sprintf("%d workers have fewer than %d 学时 (class hours) of continuing education this year", len(shortZh), min)
		return f
	}
	if len(unknown) > 0 {
		f := rs.Insufficient(ruleCE80, "年度继续教育学时 "+strings.Join(unknown, ", "), strings.Join(unknown, ", "))
		f.Required = required
		return f
	}
	f := rs.Finding(ruleCE80, sdk.StatusPass)
	f.Actual, f.Required = actual, required
	f.MessageZh = fmt.Sprintf("从业人员年度继续教育均不少于 %d 学时", min)
	f.MessageEn = fmt.Sprintf("every worker has at least %d 学时 (class hours) of continuing education this year", min)
	return f
}

// cycleFinding notes whether the purchase cycle is the usual 3 years. "一般" makes it a soft
// rule: it passes at 3 years and is NOT_APPLICABLE otherwise, never FAIL.
func (p *policy) cycleFinding(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	rs := p.rs
	years, _, ok := rs.Int(paramCycleYears, asOf)
	if !rs.InForce(ruleCycle3Y, asOf) || !ok {
		return rs.NotInForce(ruleCycle3Y, asOf)
	}
	required := fmt.Sprintf("%d years (一般 / usually)", years)
	if pr.CycleYears == nil {
		f := rs.Finding(ruleCycle3Y, sdk.StatusNotApplicable)
		f.Required = required
		f.MessageZh = fmt.Sprintf("未给出购买周期;“一般以%d年为一个购买周期”为一般性安排,不作合规判定", years)
		f.MessageEn = fmt.Sprintf("no cycle given; \"usually %d years\" is a default arrangement, not a compliance condition", years)
		return f
	}
	f := rs.Finding(ruleCycle3Y, sdk.StatusPass)
	f.Actual = fmt.Sprintf("%d years", *pr.CycleYears)
	f.Required = required
	if int64(*pr.CycleYears) == years {
		f.MessageZh = fmt.Sprintf("购买周期 %d 年,符合一般安排", *pr.CycleYears)
		f.MessageEn = fmt.Sprintf("a %d-year cycle, the usual arrangement", *pr.CycleYears)
		return f
	}
	f.Status = sdk.StatusNotApplicable
	f.MessageZh = fmt.Sprintf("购买周期 %d 年,不同于一般的 %d 年;该条为“一般”性规定,偏离不作不合规判定", *pr.CycleYears, years)
	f.MessageEn = fmt.Sprintf("a %d-year cycle differs from the usual %d years; the clause says \"usually\", so this is noted, not failed", *pr.CycleYears, years)
	return f
}

// purchaseModeFinding checks the first half of clause 十三, 政府购买社会工作服务采取项目购买方式.
// Unlike the cycle that follows it ("一般以3年"), the mode is stated without qualification, so
// it passes or fails. It carries the cycle rule's id (sources/registry.yaml has one rule for the
// sentence) under its own concept, contract.purchase_mode, so the two findings stay apart. It
// binds contracts signed from the day the measures took effect (a DATE parameter); an earlier
// contract was bought under the old arrangement, which clause 十二 carries over, and is
// NOT_APPLICABLE (see the package comment).
func (p *policy) purchaseModeFinding(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	rs := p.rs
	withConcept := func(f sdk.Finding) sdk.Finding { f.Concept = conceptPurchaseMode; return f }
	want, okMode := rs.Param(paramPurchaseMode, asOf)
	from, _, okFrom := rs.Date(paramPurchaseModeFrom, asOf)
	if !rs.InForce(ruleCycle3Y, asOf) || !okMode || !okFrom {
		return withConcept(rs.NotInForce(ruleCycle3Y, asOf))
	}
	required := purchaseModeLabel(want.Value)
	if pr.ContractSignedOn == nil {
		missingZh, missingEn := "合同签订日期 project.contractSignedOn", "project.contractSignedOn"
		if pr.PurchaseMode == "" {
			missingZh, missingEn = missingZh+"、购买方式 project.purchaseMode", missingEn+", project.purchaseMode"
		}
		f := withConcept(rs.Insufficient(ruleCycle3Y, missingZh, missingEn))
		f.Required = required + " for contracts signed from " + from.String()
		if pr.PurchaseMode != "" {
			f.Actual = purchaseModeLabel(pr.PurchaseMode)
		}
		f.MessageZh += fmt.Sprintf(";项目购买方式要求适用于 %s 起签订的合同", from)
		f.MessageEn += fmt.Sprintf("; the project-purchase requirement binds contracts signed from %s", from)
		return f
	}
	if pr.ContractSignedOn.Before(from) {
		f := withConcept(rs.Finding(ruleCycle3Y, sdk.StatusNotApplicable))
		f.Actual = "contract signed " + pr.ContractSignedOn.String()
		f.Required = required + " for contracts signed from " + from.String()
		f.MessageZh = fmt.Sprintf("合同于 %s 签订,早于本措施实施之日 %s,按原购买方式执行,不适用项目购买方式要求", pr.ContractSignedOn, from)
		f.MessageEn = fmt.Sprintf("the contract was signed on %s, before the measures took effect on %s; it keeps its earlier purchase mode and the project-purchase requirement does not apply", pr.ContractSignedOn, from)
		return f
	}
	if pr.PurchaseMode == "" {
		f := withConcept(rs.Insufficient(ruleCycle3Y, "购买方式 project.purchaseMode", "project.purchaseMode"))
		f.Required = required
		return f
	}
	f := withConcept(rs.Finding(ruleCycle3Y, sdk.StatusPass))
	f.Actual, f.Required = purchaseModeLabel(pr.PurchaseMode), required
	if pr.PurchaseMode == want.Value {
		f.MessageZh = "采取项目购买方式,符合规定"
		f.MessageEn = "purchased as a project, as required"
		return f
	}
	f.Status = sdk.StatusFail
	f.Remedy = "改为项目购买方式(PROJECT) / switch to project-based purchase (PROJECT)"
	f.MessageZh = fmt.Sprintf("合同于 %s 签订,采取%s;本措施实施后政府购买社会工作服务应采取项目购买方式", pr.ContractSignedOn, purchaseModeLabel(pr.PurchaseMode))
	f.MessageEn = fmt.Sprintf("the contract signed on %s buys %s; from the measures' start, social-work services must be purchased as projects", pr.ContractSignedOn, purchaseModeEn(pr.PurchaseMode))
	return f
}

// purchaseModeLabel renders an sdk purchase mode with its Chinese name: "PROJECT (项目购买)".
func purchaseModeLabel(mode string) string {
	switch mode {
	case sdk.PurchaseProject:
		return mode + " (项目购买)"
	case sdk.PurchasePost:
		return mode + " (岗位购买)"
	}
	return mode
}

func purchaseModeEn(mode string) string {
	if mode == sdk.PurchasePost {
		return "posts (岗位购买)"
	}
	return "a project (项目购买)"
}
