package hunan

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/shegong/shegong/plugins/policytest"
	"github.com/shegong/shegong/plugins/sdk"
)

// TestDeclaredChecksMatchGo runs 40,000 random subjects through the Go rules the ruleset's
// declared checks replaced (kept below as they were) and through the policy, and requires the
// same finding, word for word, for every replaced rule — or none from both.
func TestDeclaredChecksMatchGo(t *testing.T) {
	pol := New()
	rng := rand.New(rand.NewPCG(16, 2026))
	const n = 40000
	compared := map[string]int{}
	for i := range n {
		asOf := sdk.MustDate("2017-06-01").AddDate(0, 0, rng.IntN(365*9))
		s := randomSubject(rng, asOf)
		want := oldFindings(asOf, s)
		out, err := pol.Staffing(context.Background(), asOf, []sdk.Subject{s})
		if err != nil || len(out) != 1 {
			t.Fatalf("subject %d: %v", i, err)
		}
		if out[0].Invalid != nil {
			t.Fatalf("subject %d is invalid (%s): the generator must make valid subjects", i, out[0].Invalid.Field)
		}
		for _, id := range declaredRules {
			w, wok := want[id]
			var g sdk.Finding
			var gok bool
			for _, f := range out[0].Findings {
				if f.RuleID == id {
					g, gok = f, true
				}
			}
			if wok != gok || !reflect.DeepEqual(w, g) {
				t.Fatalf("subject %d on %s, rule %s:\n go:       %v %+v\n declared: %v %+v", i, asOf, id, wok, w, gok, g)
			}
			if wok {
				compared[id+" "+string(w.Status)]++
			}
		}
	}
	// Every rule must have been seen passing, failing, missing input and out of force, so the
	// comparison covers each path of each check.
	for _, id := range declaredRules {
		for _, st := range []sdk.FindingStatus{sdk.StatusPass, sdk.StatusFail, sdk.StatusInsufficientInput, sdk.StatusNotInForce} {
			if compared[id+" "+string(st)] == 0 {
				t.Errorf("rule %s: no random subject gave %s", id, st)
			}
		}
	}
}

// declaredRules are the rules of ruleset.yaml with a declared check that were written in Go.
var declaredRules = []string{RuleHardware, RuleSignage, RuleStationSystems, RuleRequiredClauses, RuleContractorDisclose,
	RuleCountyQuarterly, RuleCitySemiannual, RuleCityInspection, RuleSelfEvaluation}

func pick(rng *rand.Rand, items []string) []string {
	switch rng.IntN(8) {
	case 0:
		return nil
	case 1:
		return []string{}
	}
	var out []string
	for _, it := range items {
		switch rng.IntN(6) {
		case 0:
		case 1:
			out = append(out, " "+it+" ")
		case 2:
			out = append(out, it+"等")
		default:
			out = append(out, it)
		}
	}
	if rng.IntN(3) == 0 {
		out = append(out, "其他")
	}
	slices.Reverse(out[:rng.IntN(len(out)+1)])
	return out
}

func items(id string) []string {
	var out []string
	for _, p := range ruleset().Description().Parameters {
		if p.ID == id {
			for _, it := range sdk.SplitItems(p.Value) {
				if !slices.Contains(out, it) {
					out = append(out, it)
				}
			}
		}
	}
	return out
}

// randomActs are a government's acts around asOf: most periods of the two years up to asOf hold
// an act of each periodic kind to each of the province and the city, some dropped, some undated,
// some without authority, some to another level — so each duty passes, fails and lacks input.
func randomActs(rng *rand.Rand, asOf sdk.Date) []sdk.GovernmentActSpec {
	if rng.IntN(8) == 0 {
		return nil
	}
	drop := []int{0, 2, 20, 100}[rng.IntN(4)] // per cent of acts left out
	var acts []sdk.GovernmentActSpec
	for y := asOf.Year - 1; y <= asOf.Year; y++ {
		for q := range 4 {
			from := sdk.NewDate(y, time.Month(3*q+1), 1)
			for _, kind := range []string{sdk.ActProgressReport, sdk.ActInspection, sdk.ActSelfEvaluation, sdk.ActAnnualPlan} {
				for _, auth := range []string{sdk.LevelProvince, sdk.LevelCity} {
					if rng.IntN(100) < drop {
						continue
					}
					on := from.AddDate(0, 0, rng.IntN(92))
					a := sdk.GovernmentActSpec{Kind: kind, On: &on, Authority: auth}
					switch rng.IntN(60) {
					case 0:
						a.On = nil
					case 1:
						a.Authority = ""
					case 2:
						a.Authority = sdk.LevelCounty
					}
					acts = append(acts, a)
				}
			}
		}
	}
	rng.Shuffle(len(acts), func(i, j int) { acts[i], acts[j] = acts[j], acts[i] })
	return acts
}

func randomSubject(rng *rand.Rand, asOf sdk.Date) sdk.Subject {
	switch rng.IntN(4) {
	case 3:
		level := sdk.GovernmentLevels[rng.IntN(len(sdk.GovernmentLevels))]
		return sdk.Subject{Government: &sdk.GovernmentSpec{Level: level, Acts: randomActs(rng, asOf)}}
	case 0:
		facilities := append(items(paramFacilities), items(paramSignForms)...)
		return sdk.Subject{Station: &sdk.StationSpec{Township: "某镇", Facilities: pick(rng, facilities),
			Systems: pick(rng, items(paramStationSystems))}}
	case 1:
		return sdk.Subject{Organization: &sdk.OrganizationSpec{FullTimeStaff: 3, Disclosures: pick(rng, items(paramDisclosureItems))}}
	}
	programme := []string{sdk.ProgrammeStation, "", sdk.ProgrammeStation}[rng.IntN(3)]
	return sdk.Subject{Project: &sdk.ProjectSpec{Domain: "社会救助", Headcount: 2, Programme: programme,
		ContractClauses: pick(rng, items(paramRequiredClauses))}}
}

// oldFindings are the findings of the replaced Go rules for s, as the policy gave them.
func oldFindings(asOf sdk.Date, s sdk.Subject) map[string]sdk.Finding {
	rs := ruleset()
	out := map[string]sdk.Finding{}
	add := func(f sdk.Finding) { out[f.RuleID] = rs.UnsureStart(f, asOf) }
	switch {
	case s.Station != nil:
		add(oldFacilities(rs, asOf, *s.Station, RuleHardware, paramFacilities, "设施设备", "facilities"))
		add(oldFacilities(rs, asOf, *s.Station, RuleSignage, paramSignForms, "标牌", "plaques"))
		add(policytest.OldListFinding(rs, asOf, RuleStationSystems, paramStationSystems, s.Station.Systems, sdk.ItemList{
			Path: "station.systems", NameZh: "站点制度与档案", NameEn: "station systems and records", VerbZh: "建立", VerbEn: "have"}))
	case s.Organization != nil:
		f := policytest.OldListFinding(rs, asOf, RuleContractorDisclose, paramDisclosureItems, s.Organization.Disclosures, sdk.ItemList{
			Path: "organization.disclosures", NameZh: "已公开信息", NameEn: "disclosed items", VerbZh: "公开", VerbEn: "disclose"})
		if f.Status != sdk.StatusNotInForce {
			f.MessageZh += ";本条约束承接社工站项目的承接主体"
			f.MessageEn += "; the rule binds organisations contracted for station projects"
		}
		add(f)
	case s.Government != nil:
		p := &policy{rs: rs}
		for _, d := range []actDuty{countyQuarterly, citySemiannual, cityInspection, selfEvaluation} {
			add(p.oldPeriodic(asOf, *s.Government, d))
		}
	case s.Project != nil && s.Project.Programme == sdk.ProgrammeStation:
		add(policytest.OldListFinding(rs, asOf, RuleRequiredClauses, paramRequiredClauses, s.Project.ContractClauses, sdk.ItemList{
			Path: "project.contractClauses", NameZh: "服务协议载明的内容", NameEn: "agreement clauses", VerbZh: "载明", VerbEn: "state"}))
	}
	return out
}

// oldFacilities is the Go rule HN-STATION-HARDWARE and -SIGNAGE were.
func oldFacilities(rs *sdk.Ruleset, asOf sdk.Date, st sdk.StationSpec, ruleID, paramID, whatZh, whatEn string) sdk.Finding {
	prm, ok := rs.Param(paramID, asOf)
	if !rs.InForce(ruleID, asOf) || !ok {
		return rs.NotInForce(ruleID, asOf)
	}
	need := list(prm.Value)
	if len(st.Facilities) == 0 {
		f := rs.Insufficient(ruleID, "站点设施清单(station.facilities)", "station facilities list (station.facilities)")
		f.Required = strings.Join(need, "、")
		return f
	}
	have := map[string]bool{}
	for _, s := range st.Facilities {
		have[strings.TrimSpace(s)] = true
	}
	var missing []string
	for _, n := range need {
		if !have[n] {
			missing = append(missing, n)
		}
	}
	f := rs.Finding(ruleID, sdk.StatusPass)
	f.Required = strings.Join(need, "、")
	var got []string
	for _, n := range need {
		if have[n] {
			got = append(got, n)
		}
	}
	f.Actual = strings.Join(got, "、")
	if len(missing) > 0 {
		f.Status = sdk.StatusFail
		f.Remedy = fmt.Sprintf("需配备:%s / %d missing %s: %s", strings.Join(missing, "、"), len(missing), whatEn, strings.Join(missing, ", "))
		f.MessageZh = fmt.Sprintf("站点缺少%s:%s", whatZh, strings.Join(missing, "、"))
		f.MessageEn = fmt.Sprintf("the station lacks %d required %s: %s", len(missing), whatEn, strings.Join(missing, ", "))
		return f
	}
	f.MessageZh = "站点" + whatZh + "齐全"
	f.MessageEn = "the station has all required " + whatEn
	return f
}

// The periodic government duties as they were written in Go before the declared check periodic.

// actDuty is a duty to have one act of a kind on record in every period.
type actDuty struct {
	rule   string
	param  string   // INTEGER period length in months, or the MM-DD deadline of a yearly duty
	yearly bool     // param is a MM-DD deadline: the period is Jan 1 to that day
	levels []string // the levels the duty binds
	kind   string
	// authorities each need their own act per period; nil means one act to any authority, or,
	// with above, one act to any level above the subject's (上级).
	authorities []string
	above       bool
	// othersDuty: the duty is another level's (the city inspects the county); the subject's
	// record only shows whether it was done to it.
	othersDuty     bool
	verbZh         string // 提交 for a report; "" for an inspection (督查考核 is the verb)
	whatZh, whatEn string // 项目实施情况报告 / progress report
}

var (
	countyQuarterly = actDuty{rule: RuleCountyQuarterly, param: paramCountyReportMonths,
		levels: []string{sdk.LevelCounty}, kind: sdk.ActProgressReport,
		authorities: []string{sdk.LevelProvince, sdk.LevelCity},
		verbZh:      "提交", whatZh: "项目实施情况报告", whatEn: "progress report (PROGRESS_REPORT)"}
	citySemiannual = actDuty{rule: RuleCitySemiannual, param: paramCityReportMonths,
		levels: []string{sdk.LevelCity}, kind: sdk.ActProgressReport,
		authorities: []string{sdk.LevelProvince},
		verbZh:      "提交", whatZh: "项目实施情况报告", whatEn: "progress report (PROGRESS_REPORT)"}
	cityInspection = actDuty{rule: RuleCityInspection, param: paramInspectionMonths,
		levels: []string{sdk.LevelCounty}, kind: sdk.ActInspection,
		authorities: []string{sdk.LevelCity}, othersDuty: true,
		whatZh: "督查考核", whatEn: "inspection (INSPECTION)"}
	selfEvaluation = actDuty{rule: RuleSelfEvaluation, param: paramSelfEvalDeadline, yearly: true,
		levels: []string{sdk.LevelCity, sdk.LevelCounty}, kind: sdk.ActSelfEvaluation, above: true,
		verbZh: "提交", whatZh: "绩效自评报告", whatEn: "performance self-evaluation (SELF_EVALUATION)"}
)

// levelsAbove returns the levels above a government's (上级): a county's city and province, a
// city's province.
func levelsAbove(level string) []string {
	switch level {
	case sdk.LevelCounty:
		return []string{sdk.LevelCity, sdk.LevelProvince}
	case sdk.LevelCity:
		return []string{sdk.LevelProvince}
	}
	return nil
}

// toAbove names 向上级(市(州)级、省级)民政部门 / to a higher level (city or province).
func toAbove(level string) (zh, en string) {
	z, e := levelNames(levelsAbove(level))
	return "向上级(" + z + ")民政部门", "to a higher level (" + strings.ReplaceAll(e, ", ", " or ") + ")"
}

// authorityZh names the other party of an act: 向省级民政部门 (report) or 由市(州)民政部门 (inspection).
func (d actDuty) authorityZh(level string) string {
	if d.kind == sdk.ActInspection {
		return "由" + levelZh[level] + "民政部门"
	}
	return "向" + levelZh[level] + "民政部门"
}

func (d actDuty) authorityEn(level string) string {
	if d.kind == sdk.ActInspection {
		return "by the " + levelEn[level]
	}
	return "to the " + levelEn[level]
}

// periodsOf returns the duty's periods of a year, or false when its parameter is not in force.
func (p *policy) oldPeriodsOf(asOf sdk.Date, d actDuty) (func(int) []sdk.Period, string, string, bool) {
	if d.yearly {
		prm, ok := p.rs.Param(d.param, asOf)
		if !ok {
			return nil, "", "", false
		}
		md, err := time.Parse("01-02", prm.Value)
		if err != nil {
			panic("hunan: parameter " + d.param + " is not MM-DD: " + prm.Value)
		}
		of := func(y int) []sdk.Period {
			to := sdk.NewDate(y, md.Month(), md.Day())
			return []sdk.Period{{From: sdk.NewDate(y, time.January, 1), To: to,
				Zh: fmt.Sprintf("%d年(%d月%d日前)", y, md.Month(), md.Day()), En: fmt.Sprintf("%d (by %s)", y, to)}}
		}
		return of, fmt.Sprintf("每年%d月%d日前", md.Month(), md.Day()), fmt.Sprintf("every year by %02d-%02d", md.Month(), md.Day()), true
	}
	months, _, ok := p.rs.Int(d.param, asOf)
	if !ok {
		return nil, "", "", false
	}
	zh, en := fmt.Sprintf("每 %d 个月", months), fmt.Sprintf("every %d months", months)
	switch months {
	case 3:
		zh, en = "每季度", "every quarter"
	case 6:
		zh, en = "每半年", "every half-year"
	}
	return func(y int) []sdk.Period { return sdk.PeriodsOfYear(y, int(months)) }, zh, en, true
}

// periodic checks an actDuty on a government. An act counts for a period only when dated within
// it (每季度提交 read as one act in each period); Required and the messages say so.
func (p *policy) oldPeriodic(asOf sdk.Date, g sdk.GovernmentSpec, d actDuty) sdk.Finding {
	rs := p.rs
	of, freqZh, freqEn, ok := p.oldPeriodsOf(asOf, d)
	if !rs.InForce(d.rule, asOf) || !ok {
		return rs.NotInForce(d.rule, asOf)
	}
	if !slices.Contains(d.levels, g.Level) {
		return p.notBound(d.rule, g, d.levels)
	}
	checked := sdk.CheckedPeriods(asOf, of)
	ps := p.inForcePeriods(d.rule, checked)
	if len(ps) == 0 {
		return p.beforeScheme(d.rule, asOf, checked)
	}
	// A slot is one act needed: a period and the authorities it may be addressed to (nil: any).
	type slot struct {
		pd     sdk.Period
		auth   []string
		zh, en string // 向省级民政部门 / to the province; "" when any authority will do
	}
	var toZh, toEn []string
	switch {
	case d.above:
		z, e := toAbove(g.Level)
		toZh, toEn = []string{z}, []string{e}
	default:
		for _, a := range d.authorities {
			toZh, toEn = append(toZh, d.authorityZh(a)), append(toEn, d.authorityEn(a))
		}
	}
	var slots []slot
	var winZh, winEn []string
	for _, pd := range ps {
		winZh = append(winZh, fmt.Sprintf("%s(%s至%s)", pd.Zh, pd.From, pd.To))
		winEn = append(winEn, fmt.Sprintf("%s (%s..%s)", pd.En, pd.From, pd.To))
		switch {
		case d.above:
			slots = append(slots, slot{pd, levelsAbove(g.Level), toZh[0], toEn[0]})
		case d.authorities == nil:
			slots = append(slots, slot{pd: pd})
		default:
			for i, a := range d.authorities {
				slots = append(slots, slot{pd, []string{a}, toZh[i], toEn[i]})
			}
		}
	}
	dutyZh := freqZh + strings.Join(toZh, "、") + d.verbZh + d.whatZh // 每季度向省级…、向市(州)级…提交项目实施情况报告
	dutyEn := strings.Join(slices.DeleteFunc([]string{d.whatEn, strings.Join(toEn, " and "), freqEn}, func(s string) bool { return s == "" }), " ")
	req := fmt.Sprintf("%s,每项须日期在所属期间内:%s / %s, each dated within its period: %s",
		dutyZh, strings.Join(winZh, "、"), dutyEn, strings.Join(winEn, ", "))
	if d.othersDuty {
		req += "(市(州)民政部门的职责,按本县受督查考核的记录检查 / the city's duty, checked on the county's record of being inspected)"
	}
	if g.Acts == nil {
		f := rs.Insufficient(d.rule, "记录(government.acts)", "acts on record (government.acts)")
		f.Required = req
		return f
	}
	var missing []slot
	done := 0
	for _, s := range slots {
		if slices.ContainsFunc(g.Acts, func(act sdk.GovernmentActSpec) bool {
			return act.Kind == d.kind && act.On != nil && s.pd.Contains(*act.On) && (s.auth == nil || slices.Contains(s.auth, act.Authority))
		}) {
			done++
		} else {
			missing = append(missing, s)
		}
	}
	actual := fmt.Sprintf("%d/%d 已有记录 / %d of %d on record", done, len(slots), done, len(slots))
	pzh, pen := sdk.PeriodLabels(ps)
	if len(missing) == 0 {
		f := rs.Finding(d.rule, sdk.StatusPass)
		f.Actual, f.Required = actual, req
		if d.othersDuty {
			f.MessageZh = fmt.Sprintf("%s本县(市、区)均有市(州)民政部门%s的记录", pzh, d.whatZh)
			f.MessageEn = fmt.Sprintf("the county has a record of the city's %s for %s", d.whatEn, pen)
			return f
		}
		f.MessageZh = fmt.Sprintf("%s的%s均有记录", pzh, d.whatZh)
		f.MessageEn = fmt.Sprintf("the %s is on record for %s", d.whatEn, pen)
		return f
	}
	// An act of the kind that is undated, or has no authority while dated in a missing period,
	// could be one of the missing ones.
	var unknown []string
	for i, act := range g.Acts {
		if act.Kind != d.kind {
			continue
		}
		path := fmt.Sprintf("government.acts[%d]", i)
		switch {
		case act.On == nil:
			unknown = append(unknown, path+".on")
		case act.Authority == "" && slices.ContainsFunc(missing, func(s slot) bool { return s.auth != nil && s.pd.Contains(*act.On) }):
			unknown = append(unknown, path+".authority")
		}
	}
	if len(unknown) > 0 {
		f := rs.InsufficientPaths(d.rule, "记录日期或对象", "act dates or authorities", unknown)
		f.Actual, f.Required = actual, req
		return f
	}
	var zh, en []string
	for _, s := range missing {
		if s.zh == "" {
			zh, en = append(zh, s.pd.Zh), append(en, s.pd.En)
		} else {
			zh, en = append(zh, s.pd.Zh+"("+s.zh+")"), append(en, s.pd.En+" ("+s.en+")")
		}
	}
	f := rs.Finding(d.rule, sdk.StatusFail)
	f.Actual, f.Required = actual, req
	if d.othersDuty {
		f.Remedy = fmt.Sprintf("缺%s:%s;督查考核是市(州)民政部门的职责,须由市(州)民政部门对本县补作督查考核(记录日期须在所属季度内) / missing %s: %s; inspecting is the city civil-affairs department's (市州民政部门) duty: the city must inspect this county (dated within the quarter)",
			d.whatZh, strings.Join(zh, "、"), d.whatEn, strings.Join(en, "; "))
		f.MessageZh = fmt.Sprintf("本县(市、区)缺 %d 个季度的市(州)民政部门督查考核记录(日期须在所属季度内):市(州)民政部门未履行%s的职责,本结论记录本县未受督查", len(missing), dutyZh)
		f.MessageEn = fmt.Sprintf("the county has no record of the city's inspection for %d quarter(s) (an inspection counts when dated within the quarter): the duty (%s) is the city's, and this finding records that the county was not inspected", len(missing), dutyEn)
		return rs.UnsureStart(f, lastStart(missing, func(s slot) sdk.Period { return s.pd }))
	}
	f.Remedy = fmt.Sprintf("缺%s(须日期在所属期间内):%s / missing %s (dated within the period): %s", d.whatZh, strings.Join(zh, "、"), d.whatEn, strings.Join(en, "; "))
	f.MessageZh = fmt.Sprintf("未做到%s:缺 %d 项(记录须日期在所属期间内)", dutyZh, len(missing))
	f.MessageEn = fmt.Sprintf("not met: %s; %d missing (an act counts when dated within its period)", dutyEn, len(missing))
	return rs.UnsureStart(f, lastStart(missing, func(s slot) sdk.Period { return s.pd }))
}
