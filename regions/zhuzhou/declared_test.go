package zhuzhou

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/shegong/shegong/plugins/policytest"
	"github.com/shegong/shegong/plugins/sdk"
)

// TestDeclaredChecksMatchGo runs 40,000 random organisations through the Go rules the ruleset's
// declared checks replaced (kept below as they were) and through the policy, and requires the
// same finding, word for word, for every replaced rule.
func TestDeclaredChecksMatchGo(t *testing.T) {
	pol := New()
	rng := rand.New(rand.NewPCG(16, 2026))
	need := sdk.SplitItems(mustParam(paramDisclosure).Value)
	conditions := sdk.SplitItems(mustParam(paramRegConditions).Value)
	compared := map[string]int{}
	for i := range 40000 {
		asOf := sdk.MustDate("2017-06-01").AddDate(0, 0, rng.IntN(365*9))
		o := sdk.OrganizationSpec{FullTimeStaff: rng.IntN(13)}
		if rng.IntN(8) > 0 {
			q := rng.IntN(o.FullTimeStaff + 1)
			o.QualifiedStaff = &q
		}
		switch rng.IntN(8) {
		case 0:
		case 1:
			o.Disclosures = []string{}
		default:
			for _, it := range need {
				switch rng.IntN(5) {
				case 0:
				case 1:
					o.Disclosures = append(o.Disclosures, " "+it)
				case 2:
					o.Disclosures = append(o.Disclosures, it+"情况")
				default:
					o.Disclosures = append(o.Disclosures, it)
				}
			}
		}
		switch rng.IntN(8) {
		case 0:
		case 1:
			o.RegistrationConditions = []string{}
		default:
			for _, it := range conditions {
				switch rng.IntN(12) {
				case 0:
				case 1:
					o.RegistrationConditions = append(o.RegistrationConditions, " "+it)
				case 2:
					o.RegistrationConditions = append(o.RegistrationConditions, "有"+it)
				default:
					o.RegistrationConditions = append(o.RegistrationConditions, it)
				}
			}
		}
		want := map[string]sdk.Finding{
			RuleRegConditions:     (&policy{rs: ruleset()}).oldRegistrationConditions(asOf, o),
			RuleQualifiedOneThird: oldQualifiedShare(ruleset(), asOf, o),
			RuleInfoDisclosure: policytest.OldListFinding(ruleset(), asOf, RuleInfoDisclosure, paramDisclosure, o.Disclosures, sdk.ItemList{
				Path: "organization.disclosures", NameZh: "已公开信息", NameEn: "disclosed items", VerbZh: "公开", VerbEn: "disclose"}),
		}
		out, err := pol.Staffing(context.Background(), asOf, []sdk.Subject{{Organization: &o}})
		if err != nil || len(out) != 1 || out[0].Invalid != nil {
			t.Fatalf("organisation %d: %v %+v", i, err, out)
		}
		for id, w := range want {
			i := slices.IndexFunc(out[0].Findings, func(f sdk.Finding) bool { return f.RuleID == id })
			if i < 0 || !reflect.DeepEqual(w, out[0].Findings[i]) {
				t.Fatalf("organisation %+v on %s, rule %s:\n go:       %+v\n declared: %+v", o, asOf, id, w, out[0].Findings)
			}
			compared[id+" "+string(w.Status)]++
		}
	}
	for _, id := range []string{RuleQualifiedOneThird, RuleInfoDisclosure, RuleRegConditions} {
		for _, st := range []sdk.FindingStatus{sdk.StatusPass, sdk.StatusFail, sdk.StatusInsufficientInput, sdk.StatusNotInForce} {
			if compared[id+" "+string(st)] == 0 {
				t.Errorf("rule %s: no random organisation gave %s", id, st)
			}
		}
	}
}

func mustParam(id string) sdk.Parameter {
	for _, p := range ruleset().Description().Parameters {
		if p.ID == id {
			return p
		}
	}
	panic("no parameter " + id)
}

// oldQualifiedShare is the Go rule ZZ-ORG-REG-QUALIFIED-STAFF-ONE-THIRD was.
func oldQualifiedShare(rs *sdk.Ruleset, asOf sdk.Date, o sdk.OrganizationSpec) sdk.Finding {
	r, _, ok := rs.Ratio(paramQualifiedShare, asOf)
	if !rs.InForce(RuleQualifiedOneThird, asOf) || !ok {
		return rs.NotInForce(RuleQualifiedOneThird, asOf)
	}
	req := fmt.Sprintf(">= %s(%s)of full-time staff", r, r.Percent())
	if o.QualifiedStaff == nil {
		f := rs.Insufficient(RuleQualifiedOneThird, "持证或社会工作本科以上的专职人员数(organization.qualifiedStaff)",
			"qualified full-time staff (organization.qualifiedStaff)")
		f.Required = req
		return f
	}
	q, n := int64(*o.QualifiedStaff), int64(o.FullTimeStaff)
	f := rs.Finding(RuleQualifiedOneThird, sdk.StatusPass)
	f.Actual = fmt.Sprintf("%d/%d", q, n)
	f.Required = req
	if n == 0 {
		f.Status = sdk.StatusFail
		f.Remedy = "须配备专职工作人员,其中至少三分之一持证或具有社会工作本科以上学历 / full-time staff are needed, at least one third of them qualified"
		f.MessageZh = "机构没有专职工作人员"
		f.MessageEn = "the organisation has no full-time staff"
		return f
	}
	if r.AtLeast(q, n) {
		f.MessageZh = fmt.Sprintf("专职工作人员 %d 人中 %d 人持证或具有社会工作本科以上学历,达到%s以上", n, q, r)
		f.MessageEn = fmt.Sprintf("%d of %d full-time staff are qualified, at least %s", q, n, r)
		return f
	}
	convert := r.MinPart(n) - q // existing staff who must qualify
	// hiring y new qualified staff: (q+y)*Den >= Num*(n+y) => y >= (Num*n - Den*q) / (Den - Num)
	hire := int64(-1)
	if r.Den > r.Num {
		num, den := r.Num*n-r.Den*q, r.Den-r.Num
		hire = (num + den - 1) / den
	}
	f.Status = sdk.StatusFail
	f.Remedy = fmt.Sprintf("需再有 %d 名现有专职人员取得证书或社会工作本科以上学历,或新聘 %d 名持证专职人员 / %d more existing full-time staff must qualify, or %d qualified full-time staff be hired",
		convert, hire, convert, hire)
	f.MessageZh = fmt.Sprintf("专职工作人员 %d 人中仅 %d 人持证或具有社会工作本科以上学历,不足%s", n, q, r)
	f.MessageEn = fmt.Sprintf("only %d of %d full-time staff are qualified, below %s", q, n, r)
	return f
}

// TestDeclaredChecksMatchGoPurchaseForms runs 40,000 random projects through the Go rule
// ZZ-CONTRACT-PURCHASE-FORMS was (kept below) and through the policy, and requires the same
// finding word for word. Every purchase mode a subject can give (sdk.PurchaseModes) is allowed by
// the region's value, so half the projects are judged under a copy of the ruleset that allows
// posts only: there a project bought per project fails.
func TestDeclaredChecksMatchGoPurchaseForms(t *testing.T) {
	postsOnly := sdk.MustLoadRuleset([]byte(strings.Replace(string(rulesetYAML), "value: POST、PROJECT,", "value: POST,", 1)))
	rng := rand.New(rand.NewPCG(16, 2027))
	compared := map[sdk.FindingStatus]int{}
	for i := range 40000 {
		asOf := sdk.MustDate("2017-06-01").AddDate(0, 0, rng.IntN(365*9))
		rs := []*sdk.Ruleset{ruleset(), postsOnly}[rng.IntN(2)]
		pr := sdk.ProjectSpec{Domain: "社会救助", Headcount: 2, PurchaseMode: []string{"", sdk.PurchasePost, sdk.PurchaseProject}[rng.IntN(3)]}
		want := (&policy{rs: rs}).oldPurchaseForms(asOf, pr)
		if rs == postsOnly {
			// The Go messages wrote the forms ("the two forms", "neither social-work posts nor a
			// service project"); the declared check names them from the parameter, the one
			// difference under a one-value copy.
			want.MessageEn = strings.Replace(want.MessageEn, "the two forms", "the one forms", 1)
			if want.Status == sdk.StatusFail {
				want.MessageZh = "购买方式 PROJECT (购买服务项目) 不属规定的一种:POST (购买社会工作岗位)"
				want.MessageEn = "purchase mode PROJECT (购买服务项目) is not one of the one allowed: POST (购买社会工作岗位)"
				want.Remedy = "购买方式须为 POST (购买社会工作岗位) 之一 / purchase mode must be one of POST (购买社会工作岗位)"
			}
		}
		out, err := NewFrom(rs).Staffing(context.Background(), asOf, []sdk.Subject{{Project: &pr}})
		if err != nil || len(out) != 1 || out[0].Invalid != nil {
			t.Fatalf("project %d: %v %+v", i, err, out)
		}
		j := slices.IndexFunc(out[0].Findings, func(f sdk.Finding) bool { return f.RuleID == RulePurchaseForms })
		if j < 0 || !reflect.DeepEqual(want, out[0].Findings[j]) {
			t.Fatalf("project %+v on %s:\n go:       %+v\n declared: %+v", pr, asOf, want, out[0].Findings)
		}
		compared[want.Status]++
	}
	for _, st := range []sdk.FindingStatus{sdk.StatusPass, sdk.StatusFail, sdk.StatusInsufficientInput, sdk.StatusNotInForce} {
		if compared[st] == 0 {
			t.Errorf("rule %s: no random project gave %s", RulePurchaseForms, st)
		}
	}
}

// The Go rule ZZ-CONTRACT-PURCHASE-FORMS was, before the declared check choice.

// purchaseForms: 以购买社会工作岗位和服务项目的形式 — the document names both forms, so a project
// bought per post or per project passes; the accepted modes are data (ZZ.contract.purchase_modes).
func (p *policy) oldPurchaseForms(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	param, ok := p.rs.Param(paramPurchaseModes, asOf)
	if !p.rs.InForce(RulePurchaseForms, asOf) || !ok {
		return p.rs.NotInForce(RulePurchaseForms, asOf)
	}
	accepted := strings.Split(param.Value, "、")
	labels := make([]string, len(accepted))
	for i, m := range accepted {
		labels[i] = modeLabel(m)
	}
	required := "one of " + strings.Join(labels, ", ")
	if pr.PurchaseMode == "" {
		f := p.rs.Insufficient(RulePurchaseForms, "购买方式(project.purchaseMode)", "purchase mode (project.purchaseMode)")
		f.Required = required
		return f
	}
	f := p.rs.Finding(RulePurchaseForms, sdk.StatusPass)
	f.Actual, f.Required = modeLabel(pr.PurchaseMode), required
	if !slices.Contains(accepted, pr.PurchaseMode) {
		f.Status = sdk.StatusFail
		f.Remedy = "以购买社会工作岗位或服务项目的形式购买 / purchase social-work posts or a service project"
		f.MessageZh = "购买方式不是购买社会工作岗位或服务项目"
		f.MessageEn = "the purchase buys neither social-work posts nor a service project"
		return f
	}
	f.MessageZh = "以" + modeZh(pr.PurchaseMode) + "的形式购买,符合规定"
	f.MessageEn = "purchased as " + modeEn(pr.PurchaseMode) + ", one of the two forms the document names"
	return f
}

// modeLabel renders an sdk purchase mode with its Chinese name: "POST (岗位购买)".
func modeLabel(mode string) string {
	if zh := modeZh(mode); zh != "" {
		return mode + " (" + zh + ")"
	}
	return mode
}

func modeZh(mode string) string {
	switch mode {
	case sdk.PurchasePost:
		return "购买社会工作岗位"
	case sdk.PurchaseProject:
		return "购买服务项目"
	}
	return ""
}

func modeEn(mode string) string {
	if mode == sdk.PurchasePost {
		return "social-work posts"
	}
	return "a service project"
}

// The Go rule ZZ-ORG-REG-CONDITIONS was, before list_contains had its unrecognised_* note.

// registrationConditions: 三(一)'s registration conditions, each named in
// ZZ.governance.registration_conditions and matched exactly in organization.registrationConditions.
// The parameter is a normalised vocabulary of the document's nouns (固定住所, not the text's
// 固定的住所(办公场所)), so a FAIL lists the accepted names and the items it did not recognise:
// a user who typed the document's phrase learns the vocabulary.
func (p *policy) oldRegistrationConditions(asOf sdk.Date, o sdk.OrganizationSpec) sdk.Finding {
	f := policytest.OldListFinding(p.rs, asOf, RuleRegConditions, paramRegConditions, o.RegistrationConditions, sdk.ItemList{
		Path: "organization.registrationConditions", NameZh: "已具备的登记条件", NameEn: "registration conditions met",
		VerbZh: "具备", VerbEn: "meet"})
	switch f.Status {
	case sdk.StatusPass:
		f.MessageZh = "民办社会工作服务机构登记条件:" + f.MessageZh
		f.MessageEn = "registration conditions of a private social-work organisation: " + f.MessageEn
	case sdk.StatusFail:
		prm, _ := p.rs.Param(paramRegConditions, asOf) // in force: ListFinding checked it
		need := sdk.SplitItems(prm.Value)
		var unknown []string
		for _, h := range o.RegistrationConditions {
			if h = strings.TrimSpace(h); !containsItem(need, h) {
				unknown = append(unknown, h)
			}
		}
		f.MessageZh = "民办社会工作服务机构登记条件:" + f.MessageZh +
			";按规范名称逐项填写(" + paramRegConditions + "):" + strings.Join(need, "、")
		f.MessageEn = "registration conditions of a private social-work organisation: " + f.MessageEn +
			"; list each condition by its accepted name (" + paramRegConditions + "): " + strings.Join(need, ", ")
		if len(unknown) > 0 {
			f.MessageZh += ";未识别的条目:" + strings.Join(unknown, "、")
			f.MessageEn += "; not recognised: " + strings.Join(unknown, ", ")
		}
	}
	return f
}

func containsItem(items []string, s string) bool {
	for _, it := range items {
		if it == s {
			return true
		}
	}
	return false
}

// TestDeclaredChecksMatchGoTargets runs 40,000 random governments through the Go rules the four
// 2020 targets were (kept below) and through the policy, and requires the same findings, word for
// word and in the same order. The days drawn cluster around the deadline, so that the day
// before, the day itself and the day after are all reached.
func TestDeclaredChecksMatchGoTargets(t *testing.T) {
	pol := New()
	rng := rand.New(rand.NewPCG(16, 2028))
	deadline := sdk.MustDate("2020-12-31")
	ids := []string{RuleIncubators2020, RuleOrgsPerCounty3, RuleOrgsCity40, RuleIndustryAssoc}
	compared := map[string]int{}
	optInt := func(max int) *int {
		if rng.IntN(6) == 0 {
			return nil
		}
		n := rng.IntN(max)
		return &n
	}
	optBool := func() *bool {
		if rng.IntN(4) == 0 {
			return nil
		}
		b := rng.IntN(2) == 0
		return &b
	}
	for i := range 40000 {
		asOf := sdk.MustDate("2017-06-01").AddDate(0, 0, rng.IntN(365*9))
		if rng.IntN(4) == 0 {
			asOf = deadline.AddDate(0, 0, rng.IntN(5)-2)
		}
		g := sdk.GovernmentSpec{
			Level:                          sdk.GovernmentLevels[rng.IntN(len(sdk.GovernmentLevels))],
			Name:                           []string{"", "", "株洲市", "醴陵市", " "}[rng.IntN(5)],
			PrivateSocialWorkOrganizations: optInt(45),
			HasIncubator:                   optBool(),
			HasIndustryAssociation:         optBool(),
		}
		if rng.IntN(3) == 0 && g.PrivateSocialWorkOrganizations != nil {
			n := []int{2, 3, 4, 39, 40, 41}[rng.IntN(6)]
			g.PrivateSocialWorkOrganizations = &n
		}
		want := (&policy{rs: ruleset()}).oldTargets(asOf, g)
		out, err := pol.Staffing(context.Background(), asOf, []sdk.Subject{{Government: &g}})
		if err != nil || len(out) != 1 || out[0].Invalid != nil {
			t.Fatalf("government %d: %v %+v", i, err, out)
		}
		if !reflect.DeepEqual(want, out[0].Findings) {
			t.Fatalf("government %+v on %s:\n go:       %+v\n declared: %+v", g, asOf, want, out[0].Findings)
		}
		for _, f := range want {
			compared[f.RuleID+" "+string(f.Status)]++
		}
	}
	for _, id := range ids {
		for _, st := range []sdk.FindingStatus{sdk.StatusPass, sdk.StatusFail, sdk.StatusInsufficientInput,
			sdk.StatusNotInForce, sdk.StatusNotApplicable} {
			if compared[id+" "+string(st)] == 0 {
				t.Errorf("rule %s: no random government gave %s", id, st)
			}
		}
	}
}

// The Go rules the four 2020 targets of 二(三) were, before the declared check target.

// target is one of the 2020 targets of 二(三), checked on a government subject: Zhuzhou city
// (level CITY) or one of its counties, county-level cities and districts (县市区, level COUNTY).
type target struct {
	rule string
	// levels are the government levels the target binds.
	levels []string
	// goalZh / goalEn name what is to be achieved, for messages: 建成民办社会工作服务机构孵化基地.
	goalZh, goalEn string
	// check reads the fact. known false: the fact is not given (fieldZh / fieldEn name it, with
	// its camelCase path). met: the target is reached. actual and required fill the finding;
	// gapZh / gapEn say what is still missing when it is not met.
	check func(g sdk.GovernmentSpec) targetFact
}

type targetFact struct {
	known, met       bool
	fieldZh, fieldEn string
	actual, required string
	gapZh, gapEn     string
}

// targets evaluates Zhuzhou's four 2020 targets on a government.
func (p *policy) oldTargets(asOf sdk.Date, g sdk.GovernmentSpec) []sdk.Finding {
	return []sdk.Finding{
		p.oldTargetFinding(asOf, g, p.oldIncubatorTarget(asOf)),
		p.oldTargetFinding(asOf, g, p.oldOrgCountTarget(asOf, RuleOrgsPerCounty3, paramOrgsPerCounty, sdk.LevelCounty,
			"本县市区登记注册", "registered in the county-level unit")),
		p.oldTargetFinding(asOf, g, p.oldOrgCountTarget(asOf, RuleOrgsCity40, paramOrgsCity, sdk.LevelCity,
			"全市总数", "city-wide total")),
		p.oldTargetFinding(asOf, g, target{
			rule: RuleIndustryAssoc, levels: []string{sdk.LevelCity},
			goalZh: "成立市级社会工作行业组织", goalEn: "set up a city-level social-work industry association",
			check: func(g sdk.GovernmentSpec) targetFact {
				f := targetFact{fieldZh: "是否已成立市级社会工作行业组织(government.hasIndustryAssociation)",
					fieldEn:  "whether a city-level industry association exists (government.hasIndustryAssociation)",
					required: "已成立市级社会工作行业组织 / a city-level social-work industry association"}
				return boolFact(f, g.HasIndustryAssociation, "已成立 / set up", "未成立 / none",
					"须成立市级社会工作行业组织", "a city-level social-work industry association must be set up")
			},
		}),
	}
}

// incubatorTarget: 市、县市区两级均建成民办社会工作服务机构孵化基地 — the levels are data
// (ZZ.target.incubator_levels, named as the document names them), each unit judged on its own
// base.
func (p *policy) oldIncubatorTarget(asOf sdk.Date) target {
	var levels []string
	if prm, ok := p.rs.Param(paramIncubatorLevels, asOf); ok {
		for _, name := range sdk.SplitItems(prm.Value) {
			levels = append(levels, levelOf(name))
		}
	}
	return target{
		rule: RuleIncubators2020, levels: levels,
		goalZh: "建成民办社会工作服务机构孵化基地", goalEn: "build an incubation base for private social-work organisations",
		check: func(g sdk.GovernmentSpec) targetFact {
			f := targetFact{fieldZh: "是否已建成孵化基地(government.hasIncubator)",
				fieldEn:  "whether an incubation base exists (government.hasIncubator)",
				required: "本级已建成民办社会工作服务机构孵化基地 / an incubation base at this level"}
			return boolFact(f, g.HasIncubator, "已建成 / in place", "未建成 / none",
				"须建成本级民办社会工作服务机构孵化基地", "an incubation base must be built at this level")
		},
	}
}

// orgCountTarget: 各县市区均有3家以上 / 全市…总数达到40家以上 — inclusive (以上), the minimum a
// dated INTEGER parameter, the count government.privateSocialWorkOrganizations.
func (p *policy) oldOrgCountTarget(asOf sdk.Date, ruleID, paramID, level, scopeZh, scopeEn string) target {
	min, _, _ := p.rs.Int(paramID, asOf) // outside its window the rule is not in force either
	return target{
		rule: ruleID, levels: []string{level},
		goalZh: fmt.Sprintf("达到民办社会工作服务机构 %d 家以上(%s)", min, scopeZh),
		goalEn: fmt.Sprintf("reach %d or more private social-work organisations (%s)", min, scopeEn),
		check: func(g sdk.GovernmentSpec) targetFact {
			f := targetFact{fieldZh: "民办社会工作服务机构数(government.privateSocialWorkOrganizations)",
				fieldEn:  "private social-work organisations (government.privateSocialWorkOrganizations)",
				required: fmt.Sprintf(">= %d", min)}
			if g.PrivateSocialWorkOrganizations == nil {
				return f
			}
			n := int64(*g.PrivateSocialWorkOrganizations)
			f.known, f.met = true, n >= min
			f.actual = fmt.Sprintf("%d", n)
			f.gapZh = fmt.Sprintf("尚差 %d 家民办社会工作服务机构", min-n)
			f.gapEn = fmt.Sprintf("%d more private social-work organisation(s) needed", min-n)
			return f
		},
	}
}

func boolFact(f targetFact, v *bool, yes, no, gapZh, gapEn string) targetFact {
	if v == nil {
		return f
	}
	f.known, f.met = true, *v
	f.actual = no
	if *v {
		f.actual = yes
	}
	f.gapZh, f.gapEn = gapZh, gapEn
	return f
}

// targetFinding applies the target convention: outside the rule's window NOT_IN_FORCE; a level
// the target does not bind NOT_APPLICABLE; the fact not given INSUFFICIENT_INPUT; then the
// deadline convention of sdk.ConcludeDeadline: met PASS; not met before the deadline
// NOT_APPLICABLE (尚未到期) with the distance in the remedy; not met on or after it FAIL with
// the days overdue (the deadline does not end the rule).
func (p *policy) oldTargetFinding(asOf sdk.Date, g sdk.GovernmentSpec, t target) sdk.Finding {
	deadline, _, ok := p.rs.Date(paramTargetDeadline, asOf)
	if !p.rs.InForce(t.rule, asOf) || !ok || len(t.levels) == 0 {
		return p.rs.NotInForce(t.rule, asOf)
	}
	unit, unitEn := unitNames(g)
	if !slices.Contains(t.levels, g.Level) {
		f := p.rs.Finding(t.rule, sdk.StatusNotApplicable)
		f.Actual = "government.level " + g.Level
		f.Required = "government.level " + strings.Join(t.levels, " | ")
		f.MessageZh = fmt.Sprintf("本目标针对%s,不适用于%s(%s)", levelsZh(t.levels), unit, levelZh(g.Level))
		f.MessageEn = fmt.Sprintf("the target binds %s, not %s (%s)", strings.Join(t.levels, " and "), unitEn, g.Level)
		return f
	}
	fact := t.check(g)
	if !fact.known {
		f := p.rs.Insufficient(t.rule, fact.fieldZh, fact.fieldEn)
		f.Required = fact.required
		return f
	}
	return p.rs.ConcludeDeadline(t.rule, asOf, sdk.DeadlineCheck{
		Due: deadline, Met: fact.met,
		Actual: fact.actual, Required: fact.required + " by " + deadline.String(),
		GoalZh: unit + t.goalZh + "(“到2020年”按年末计)", GoalEn: unitEn + ": " + t.goalEn + " (\"到2020年\" read as year end)",
		GapZh: fact.gapZh, GapEn: fact.gapEn,
	})
}

// levelOf maps a level named in ZZ.target.incubator_levels to the government level. An unknown
// name is a data error in ruleset.yaml, caught by the tests.
func levelOf(name string) string {
	switch name {
	case "市":
		return sdk.LevelCity
	case "县市区":
		return sdk.LevelCounty
	}
	panic("zhuzhou: no government level for " + name)
}

func levelZh(level string) string {
	switch level {
	case sdk.LevelProvince:
		return "省级"
	case sdk.LevelCity:
		return "市级"
	case sdk.LevelCounty:
		return "县市区"
	}
	return level
}

func levelsZh(levels []string) string {
	out := make([]string, len(levels))
	for i, l := range levels {
		out[i] = levelZh(l)
	}
	return strings.Join(out, "、")
}

// unitNames names the government in messages (zh, en): its name when given, else its level.
func unitNames(g sdk.GovernmentSpec) (string, string) {
	if n := strings.TrimSpace(g.Name); n != "" {
		return n, n
	}
	switch g.Level {
	case sdk.LevelCity:
		return "市本级", "the city"
	case sdk.LevelCounty:
		return "该县市区", "the county-level unit"
	}
	return levelZh(g.Level) + "政府", "the " + strings.ToLower(g.Level) + " government"
}
