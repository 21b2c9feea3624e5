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
		statuses := []sdk.FindingStatus{sdk.StatusPass, sdk.StatusFail, sdk.StatusInsufficientInput, sdk.StatusNotInForce}
		switch id {
		case RulePrefLocalHukou, RulePrefSWQualif: // a preference: counted, never passed or failed
			statuses = []sdk.FindingStatus{sdk.StatusNotApplicable, sdk.StatusNotInForce}
		case RuleEducationMin, RuleFullCoverage2019: // no workers; no townships, or not yet due
			statuses = append(statuses, sdk.StatusNotApplicable)
		}
		for _, st := range statuses {
			if compared[id+" "+string(st)] == 0 {
				t.Errorf("rule %s: no random subject gave %s", id, st)
			}
		}
	}
}

// declaredRules are the rules of ruleset.yaml with a declared check that were written in Go.
var declaredRules = []string{RuleHardware, RuleSignage, RuleStationSystems, RuleRequiredClauses, RuleContractorDisclose,
	RuleCountyQuarterly, RuleCitySemiannual, RuleCityInspection, RuleSelfEvaluation,
	RuleCountySources, RuleFullCoverage2019, RuleEducationMin, RulePrefLocalHukou, RulePrefSWQualif}

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

// randomCount is nil one time in eight, else 0 to max.
func randomCount(rng *rand.Rand, max int) *int {
	if rng.IntN(8) == 0 {
		return nil
	}
	n := rng.IntN(max + 1)
	return &n
}

// randomWorker has an education of any level or none given, and local hukou given or not.
func randomWorker(rng *rand.Rand) sdk.WorkerSpec {
	var w sdk.WorkerSpec
	if i := rng.IntN(len(sdk.EducationLevels) + 1); i < len(sdk.EducationLevels) {
		w.Education = sdk.EducationLevels[i]
	}
	w.Major = []string{"", "社会工作", " 社会工作 ", "心理学"}[rng.IntN(4)]
	w.Certificate = []sdk.CertificateLevel{sdk.CertificateUnknown, sdk.CertificateNone, sdk.CertificateAssistant}[rng.IntN(3)]
	switch rng.IntN(3) {
	case 0:
		w.LocalHukou = new(true)
	case 1:
		w.LocalHukou = new(false)
	}
	return w
}

func randomWorkers(rng *rand.Rand, max int) []sdk.WorkerSpec {
	ws := make([]sdk.WorkerSpec, rng.IntN(max+1))
	for i := range ws {
		ws[i] = randomWorker(rng)
		if rng.IntN(4) > 0 { // mostly the qualified, so that whole lists pass too
			ws[i].Education = sdk.EducationBachelor
		}
	}
	return ws
}

func randomSubject(rng *rand.Rand, asOf sdk.Date) sdk.Subject {
	switch rng.IntN(6) {
	case 3, 5: // governments carry five of the rules
		level := sdk.GovernmentLevels[rng.IntN(len(sdk.GovernmentLevels))]
		g := &sdk.GovernmentSpec{Level: level, Acts: randomActs(rng, asOf), Townships: randomCount(rng, 4)}
		if g.Townships != nil {
			with := *g.Townships - rng.IntN(2)*rng.IntN(*g.Townships+1)
			g.TownshipsWithStation = &with
		}
		if rng.IntN(8) == 0 {
			g.TownshipsWithStation = nil
		}
		return sdk.Subject{Government: g}
	case 0:
		facilities := append(items(paramFacilities), items(paramSignForms)...)
		return sdk.Subject{Station: &sdk.StationSpec{Township: "某镇", Facilities: pick(rng, facilities),
			Systems: pick(rng, items(paramStationSystems)), Workers: randomWorkers(rng, 3)}}
	case 1:
		return sdk.Subject{Organization: &sdk.OrganizationSpec{FullTimeStaff: 3, Disclosures: pick(rng, items(paramDisclosureItems))}}
	case 4:
		w := randomWorker(rng)
		return sdk.Subject{Worker: &w}
	}
	programme := []string{sdk.ProgrammeStation, "", sdk.ProgrammeStation}[rng.IntN(3)]
	sources := append(items(paramCountySources), items(paramProvinceSubsidy)...)
	return sdk.Subject{Project: &sdk.ProjectSpec{Domain: "社会救助", Headcount: 3, Programme: programme,
		ContractClauses: pick(rng, items(paramRequiredClauses)), FundingSources: pick(rng, sources),
		Workers: randomWorkers(rng, 3)}}
}

// oldFindings are the findings of the replaced Go rules for s, as the policy gave them.
func oldFindings(asOf sdk.Date, s sdk.Subject) map[string]sdk.Finding {
	rs := ruleset()
	out := map[string]sdk.Finding{}
	add := func(f sdk.Finding) { out[f.RuleID] = rs.UnsureStart(f, asOf) }
	switch {
	case s.Worker != nil:
		p := &policy{rs: rs}
		ws := []workerRef{{"worker", *s.Worker}}
		add(p.oldEducation(asOf, ws))
		add(p.oldPrefHukou(asOf, ws))
		add(p.oldPrefQualification(asOf, ws))
	case s.Station != nil:
		p := &policy{rs: rs}
		ws := workersAt("station.workers", s.Station.Workers)
		add(p.oldEducation(asOf, ws))
		add(p.oldPrefHukou(asOf, ws))
		add(p.oldPrefQualification(asOf, ws))
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
		add(p.oldCoverage(asOf, *s.Government))
	case s.Project != nil && s.Project.Programme == sdk.ProgrammeStation:
		p := &policy{rs: rs}
		add(p.oldCountySources(asOf, *s.Project))
		ws := workersAt("project.workers", s.Project.Workers)
		add(p.oldEducation(asOf, ws))
		add(p.oldPrefHukou(asOf, ws))
		add(p.oldPrefQualification(asOf, ws))
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

// The rules declared with list_within, target (a share), and each_worker, as they were in Go.

// oldCountySources is the Go rule HN-BUDGET-COUNTY-SOURCES was: 七(二) 从本级社会救助工作经费或社会救助专项经费、福彩公益金、财政预算经费中统筹安排。
// 省级民政部门根据绩效评估情况,对社工站项目进行补助 — every funding source must be one the
// paragraph names: the county's four (HN.funding.county_sources) or the province's subsidy
// (HN.funding.province_subsidy); a source outside them fails and is named. An empty list fails:
// the money must be arranged from these sources.
func (p *policy) oldCountySources(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	rs := p.rs
	prm, ok1 := rs.Param(paramCountySources, asOf)
	prov, ok2 := rs.Param(paramProvinceSubsidy, asOf)
	if !rs.InForce(RuleCountySources, asOf) || !ok1 || !ok2 {
		return rs.NotInForce(RuleCountySources, asOf)
	}
	county := sdk.SplitItems(prm.Value)
	allowed := append(slices.Clone(county), sdk.SplitItems(prov.Value)...)
	req := "均属:" + strings.Join(allowed, "、") + " / each one of: " + strings.Join(allowed, ", ")
	if pr.FundingSources == nil {
		f := rs.Insufficient(RuleCountySources, "经费来源(project.fundingSources)", "funding sources (project.fundingSources)")
		f.Required = req
		return f
	}
	f := rs.Finding(RuleCountySources, sdk.StatusPass)
	f.Required = req
	if len(pr.FundingSources) == 0 {
		f.Status = sdk.StatusFail
		f.Actual = "无 / none"
		f.Remedy = "从" + strings.Join(county, "、") + "中统筹安排项目经费并列明来源 / fund the project from " +
			strings.Join(county, ", ") + " and record the sources"
		f.MessageZh = "未列明任何经费来源;社工站项目经费须从本级" + strings.Join(county, "、") + "中统筹安排"
		f.MessageEn = "no funding source is recorded; a station project is funded from the county's " + strings.Join(county, ", ")
		return f
	}
	trimmed := make([]string, len(pr.FundingSources))
	for i, s := range pr.FundingSources {
		trimmed[i] = strings.TrimSpace(s)
	}
	f.Actual = strings.Join(trimmed, "、")
	if outside := sdk.MissingItems(trimmed, allowed); len(outside) > 0 {
		f.Status = sdk.StatusFail
		f.Remedy = fmt.Sprintf("%s 不属于规定的经费来源,须改从%s中安排 / %s is not an allowed source; fund it from %s",
			strings.Join(outside, "、"), strings.Join(allowed, "、"), strings.Join(outside, ", "), strings.Join(allowed, ", "))
		f.MessageZh = fmt.Sprintf("经费来源 %s 不在方案规定的范围内", strings.Join(outside, "、"))
		f.MessageEn = fmt.Sprintf("funding source(s) %s are outside the sources the scheme names", strings.Join(outside, ", "))
		return f
	}
	f.MessageZh = "经费来源均属方案规定的范围"
	f.MessageEn = "every funding source is one the scheme names"
	return f
}

// oldCoverage is the Go rule HN-TARGET-FULL-COVERAGE-2019 was: 一 2018—2019年,推进全省乡镇(街道)社工站全覆盖 — townshipsWithStation/townships reaches
// the parameter's ratio (1/1) by the deadline (HN.target.station_coverage_deadline).
func (p *policy) oldCoverage(asOf sdk.Date, g sdk.GovernmentSpec) sdk.Finding {
	rs := p.rs
	ratio, _, ok1 := rs.Ratio(paramCoverage, asOf)
	deadline, _, ok2 := rs.Date(paramCoverageDeadline, asOf)
	if !rs.InForce(RuleFullCoverage2019, asOf) || !ok1 || !ok2 {
		return rs.NotInForce(RuleFullCoverage2019, asOf)
	}
	req := fmt.Sprintf("已建站乡镇(街道)/乡镇(街道)总数 >= %s(%s),期限 %s / townships with a station / all townships >= %s (%s) by %s",
		ratio, ratio.Percent(), deadline, ratio, ratio.Percent(), deadline)
	var missing []string
	if g.Townships == nil {
		missing = append(missing, "government.townships")
	}
	if g.TownshipsWithStation == nil {
		missing = append(missing, "government.townshipsWithStation")
	}
	if len(missing) > 0 {
		f := rs.InsufficientPaths(RuleFullCoverage2019, "乡镇(街道)数或已建站数", "townships or townships with a station", missing)
		f.Required = req
		return f
	}
	total, with := int64(*g.Townships), int64(*g.TownshipsWithStation)
	if total == 0 {
		f := rs.Finding(RuleFullCoverage2019, sdk.StatusNotApplicable)
		f.Actual, f.Required = "0 个乡镇(街道) / no townships", req
		f.MessageZh = "辖区内无乡镇(街道),无需建站"
		f.MessageEn = "the unit has no townships or streets; nothing to cover"
		return f
	}
	actual := fmt.Sprintf("%d/%d(%s)", with, total, sdk.Ratio{Num: with, Den: total}.Percent())
	need := ratio.MinPart(total) - with
	return rs.ConcludeDeadline(RuleFullCoverage2019, asOf, sdk.DeadlineCheck{
		Due: deadline, Met: ratio.AtLeast(with, total), Actual: actual, Required: req,
		GoalZh: fmt.Sprintf("实现乡镇(街道)社工站全覆盖(%d 个乡镇(街道)均建站)", total),
		GoalEn: fmt.Sprintf("cover every township and street with a station (all %d)", total),
		GapZh:  fmt.Sprintf("还需 %d 个乡镇(街道)建成社工站", need),
		GapEn:  fmt.Sprintf("%d more townships or streets need a station", need),
	})
}

var educationZh = map[sdk.Education]string{
	sdk.EducationNone: "无", sdk.EducationPrimary: "小学", sdk.EducationJuniorHigh: "初中",
	sdk.EducationSeniorHigh: "高中/中专", sdk.EducationAssociate: "大专", sdk.EducationBachelor: "本科",
	sdk.EducationMaster: "硕士", sdk.EducationDoctorate: "博士",
}

// oldEducation is the Go rule HN-STAFF-EDU-MIN was: 大专及以上学历, any major.
func (p *policy) oldEducation(asOf sdk.Date, ws []workerRef) sdk.Finding {
	prm, ok := p.rs.Param(paramEducationMin, asOf)
	if !p.rs.InForce(RuleEducationMin, asOf) || !ok {
		return p.rs.NotInForce(RuleEducationMin, asOf)
	}
	minEd := sdk.Education(prm.Value)
	if minEd.Rank() < 0 {
		panic("hunan: parameter " + paramEducationMin + " is not an education level: " + prm.Value)
	}
	if len(ws) == 0 {
		return p.noWorkers(RuleEducationMin)
	}
	req := fmt.Sprintf(">= %s(%s)", minEd, educationZh[minEd])
	var below, missing []workerRef
	var actual []string
	for _, w := range ws {
		switch {
		case w.w.Education == sdk.EducationUnknown:
			missing = append(missing, w)
		case w.w.Education.Rank() < minEd.Rank():
			below = append(below, w)
			actual = append(actual, fmt.Sprintf("%s: %s", w.path, w.w.Education))
		}
	}
	switch {
	case len(below) > 0:
		f := p.rs.Finding(RuleEducationMin, sdk.StatusFail)
		f.Actual, f.Required = strings.Join(actual, ", "), req
		f.Remedy = fmt.Sprintf("%s 学历低于%s,需由%s及以上学历人员担任 / %s below %s; the post needs %s or higher",
			paths(below), educationZh[minEd], educationZh[minEd], paths(below), minEd, minEd)
		f.MessageZh = fmt.Sprintf("驻站社工须%s及以上学历:%d 人不符合", educationZh[minEd], len(below))
		f.MessageEn = fmt.Sprintf("station workers need %s education or higher: %d do not", minEd, len(below))
		return f
	case len(missing) > 0:
		f := p.rs.Insufficient(RuleEducationMin, "学历("+paths(missing)+")", "education ("+paths(missing)+")")
		f.Required = req
		return f
	}
	f := p.rs.Finding(RuleEducationMin, sdk.StatusPass)
	f.Required = req
	f.Actual = fmt.Sprintf("%d 人均达到 / all %d meet it", len(ws), len(ws))
	f.MessageZh = fmt.Sprintf("驻站社工均为%s及以上学历", educationZh[minEd])
	f.MessageEn = fmt.Sprintf("every station worker has %s education or higher", minEd)
	return f
}

// oldPrefQualification is the Go rule HN-STAFF-PREF-SW-QUALIFICATION was: 具有社会工作专业资质人员优先 — a preference, reported as NOT_APPLICABLE
// with the count of qualified workers (社会工作 major or a national certificate).
func (p *policy) oldPrefQualification(asOf sdk.Date, ws []workerRef) sdk.Finding {
	prm, ok := p.rs.Param(paramSWMajors, asOf)
	if !p.rs.InForce(RulePrefSWQualif, asOf) || !ok {
		return p.rs.NotInForce(RulePrefSWQualif, asOf)
	}
	if len(ws) == 0 {
		return p.noWorkers(RulePrefSWQualif)
	}
	majors := list(prm.Value)
	qualified, unknown := 0, 0
	for _, w := range ws {
		switch {
		case w.w.Certificate.Certified() || slices.Contains(majors, strings.TrimSpace(w.w.Major)):
			qualified++
		case w.w.Certificate == sdk.CertificateUnknown && w.w.Major == "":
			unknown++
		}
	}
	f := p.rs.Finding(RulePrefSWQualif, sdk.StatusNotApplicable)
	f.Actual = fmt.Sprintf("%d/%d 具有社会工作专业资质(%d 人未知) / %d of %d qualified (%d unknown)", qualified, len(ws), unknown, qualified, len(ws), unknown)
	f.Required = "优先条件,非必备 / preference, not required"
	f.MessageZh = "具有社会工作专业资质(社会工作专业毕业或持证)人员优先;不影响合格判定"
	f.MessageEn = "candidates with a social-work qualification (social-work degree or certificate) are preferred; this does not decide compliance"
	return f
}

// oldPrefHukou is the Go rule HN-STAFF-PREF-LOCAL-HUKOU was: 同等条件下本地户籍人员优先 — a tie-break, reported as NOT_APPLICABLE.
func (p *policy) oldPrefHukou(asOf sdk.Date, ws []workerRef) sdk.Finding {
	if !p.rs.InForce(RulePrefLocalHukou, asOf) {
		return p.rs.NotInForce(RulePrefLocalHukou, asOf)
	}
	if len(ws) == 0 {
		return p.noWorkers(RulePrefLocalHukou)
	}
	local, unknown := 0, 0
	for _, w := range ws {
		switch {
		case w.w.LocalHukou == nil:
			unknown++
		case *w.w.LocalHukou:
			local++
		}
	}
	f := p.rs.Finding(RulePrefLocalHukou, sdk.StatusNotApplicable)
	f.Actual = fmt.Sprintf("%d/%d 本地户籍(%d 人未知) / %d of %d local hukou (%d unknown)", local, len(ws), unknown, local, len(ws), unknown)
	f.Required = "同等条件下优先,非必备 / tie-break preference, not required"
	f.MessageZh = "同等条件下本地户籍人员优先;不影响合格判定"
	f.MessageEn = "other things equal, local hukou is preferred; this does not decide compliance"
	return f
}
