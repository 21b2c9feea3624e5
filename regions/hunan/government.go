package hunan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shegong/shegong/plugins/sdk"
)

// Rules that bind governments (三、七(一)(五)、一). The periodic reports, inspections and
// self-evaluation and the coverage target are declared in ruleset.yaml; the county's annual plan,
// which also checks each plan's sections, is here. The readings (which periods are checked on
// asOf, how acts are counted) are in the package comment.

func (p *policy) government(asOf sdk.Date, g sdk.GovernmentSpec) []sdk.Finding {
	return []sdk.Finding{p.annualPlan(asOf, g)}
}

var levelZh = map[string]string{
	sdk.LevelProvince: "省级", sdk.LevelCity: "市(州)级", sdk.LevelCounty: "县(市、区)级",
	sdk.LevelTownship: "乡镇(街道)", sdk.LevelVillage: "村(社区)",
}

var levelEn = map[string]string{
	sdk.LevelProvince: "province", sdk.LevelCity: "city", sdk.LevelCounty: "county",
	sdk.LevelTownship: "township", sdk.LevelVillage: "village",
}

func levelNames(levels []string) (zh, en string) {
	var z, e []string
	for _, l := range levels {
		z, e = append(z, levelZh[l]), append(e, levelEn[l])
	}
	return strings.Join(z, "、"), strings.Join(e, ", ")
}

// notBound is the finding for a government whose level the rule does not bind.
func (p *policy) notBound(ruleID string, g sdk.GovernmentSpec, levels []string) sdk.Finding {
	zh, en := levelNames(levels)
	f := p.rs.Finding(ruleID, sdk.StatusNotApplicable)
	f.Actual = "level " + g.Level
	f.Required = "level " + strings.Join(levels, " | ")
	f.MessageZh = fmt.Sprintf("本条约束%s民政部门,不适用于%s", zh, levelZh[g.Level])
	f.MessageEn = fmt.Sprintf("the rule binds the %s civil-affairs department, not a %s", en, levelEn[g.Level])
	return f
}

// beforeScheme is the finding when every checked period starts before the rule's validity.
func (p *policy) beforeScheme(ruleID string, asOf sdk.Date, ps []sdk.Period) sdk.Finding {
	zh, en := sdk.PeriodLabels(ps)
	from := p.rs.Rule(ruleID).Validity.From
	f := p.rs.NotInForce(ruleID, asOf)
	f.Actual = "checked period " + en
	f.MessageZh = fmt.Sprintf("应检查的期间(%s)早于方案施行(%s),未适用", zh, from)
	f.MessageEn = fmt.Sprintf("the period checked (%s) precedes the scheme (%s); not applied", en, from)
	return f
}

// inForcePeriods drops the periods that start before the rule's validity.
func (p *policy) inForcePeriods(ruleID string, ps []sdk.Period) []sdk.Period {
	from := p.rs.Rule(ruleID).Validity.From
	var out []sdk.Period
	for _, pd := range ps {
		if !pd.From.Before(from) {
			out = append(out, pd)
		}
	}
	return out
}

// lastStart is the latest start among the periods of xs: a shortfall is certain only when some
// period missing an act starts once the scheme is surely in effect (Ruleset.UnsureStart).
func lastStart[T any](xs []T, pd func(T) sdk.Period) sdk.Date {
	var last sdk.Date
	for _, x := range xs {
		if p := pd(x); last.IsZero() || p.From.After(last) {
			last = p.From
		}
	}
	return last
}

// annualPlan: 七(一) 县级民政部门…制定社工站项目年度实施计划并报上级民政部门备案 — for each checked
// year (the calendar years, checked like the other periodic duties), an ANNUAL_PLAN act dated in
// the year, filed with a higher level (CITY or PROVINCE), holding every section of
// HN.report.annual_plan_sections.
func (p *policy) annualPlan(asOf sdk.Date, g sdk.GovernmentSpec) sdk.Finding {
	rs := p.rs
	prm, ok := rs.Param(paramPlanSections, asOf)
	if !rs.InForce(RuleAnnualPlan, asOf) || !ok {
		return rs.NotInForce(RuleAnnualPlan, asOf)
	}
	levels := []string{sdk.LevelCounty}
	if g.Level != sdk.LevelCounty {
		return p.notBound(RuleAnnualPlan, g, levels)
	}
	checked := sdk.CheckedPeriods(asOf, func(y int) []sdk.Period { return sdk.PeriodsOfYear(y, 12) })
	ps := p.inForcePeriods(RuleAnnualPlan, checked)
	if len(ps) == 0 {
		return p.beforeScheme(RuleAnnualPlan, asOf, checked)
	}
	sections := sdk.SplitItems(prm.Value)
	pzh, pen := sdk.PeriodLabels(ps)
	req := fmt.Sprintf("%s年度实施计划报上级(市、省)民政部门备案,包含:%s / an annual plan for %s filed with the city or province, with: %s",
		pzh, strings.Join(sections, "、"), pen, strings.Join(sections, ", "))
	if g.Acts == nil {
		f := rs.Insufficient(RuleAnnualPlan, "记录(government.acts)", "acts on record (government.acts)")
		f.Required = req
		return f
	}
	higher := []string{sdk.LevelCity, sdk.LevelProvince}
	v := sdk.Verdict{Required: req}
	var actual []string
	var short []sdk.Period // the years whose plan is missing or incomplete
	for _, pd := range ps {
		var best []string // missing sections of the most complete plan filed upward in the year
		found, complete := false, false
		var maybe []string
		for i, act := range g.Acts {
			if act.Kind != sdk.ActAnnualPlan {
				continue
			}
			path := fmt.Sprintf("government.acts[%d]", i)
			switch {
			case act.On == nil:
				maybe = append(maybe, path+".on")
			case !pd.Contains(*act.On):
			case act.Authority == "":
				maybe = append(maybe, path+".authority")
			case !slices.Contains(higher, act.Authority):
			case act.Sections == nil:
				maybe = append(maybe, path+".sections")
			default:
				miss := sdk.MissingItems(sections, act.Sections)
				if !found || len(miss) < len(best) {
					best = miss
				}
				found = true
				complete = complete || len(miss) == 0
			}
		}
		switch {
		case complete:
			actual = append(actual, pd.Zh+"已备案 / "+pd.En+" filed")
		case len(maybe) > 0:
			v.Unknown(maybe...)
			actual = append(actual, pd.Zh+"待核实 / "+pd.En+" unclear")
		case found:
			short = append(short, pd)
			actual = append(actual, pd.Zh+"计划缺少:"+strings.Join(best, "、")+" / "+pd.En+" plan lacks "+strings.Join(best, ", "))
			v.Short(fmt.Sprintf("%s年度实施计划须补充:%s", pd.Zh, strings.Join(best, "、")),
				fmt.Sprintf("the %s plan must add: %s", pd.En, strings.Join(best, ", ")))
		default:
			short = append(short, pd)
			actual = append(actual, pd.Zh+"无 / "+pd.En+" none")
			v.Short(fmt.Sprintf("须制定%s年度实施计划并报上级民政部门备案", pd.Zh),
				fmt.Sprintf("draw up the %s annual plan and file it with the city or province", pd.En))
		}
	}
	v.Actual = strings.Join(actual, "; ")
	return rs.UnsureStart(rs.Conclude(RuleAnnualPlan, v, sdk.VerdictText{
		FailZh:    "年度实施计划不符合要求:" + v.ShortZh(),
		FailEn:    "the annual plan falls short: " + v.ShortEn(),
		UnknownZh: "年度实施计划的日期、备案机关或内容", UnknownEn: "annual plan date, authority or sections",
		PassZh: pzh + "年度实施计划已报上级备案,内容齐全",
		PassEn: "the " + pen + " annual plan is filed with a higher level and has every section",
	}), lastStart(short, func(pd sdk.Period) sdk.Period { return pd }))
}
