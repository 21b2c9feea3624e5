package zhuzhou

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shegong/shegong/plugins/sdk"
)

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
func (p *policy) targets(asOf sdk.Date, g sdk.GovernmentSpec) []sdk.Finding {
	return []sdk.Finding{
		p.targetFinding(asOf, g, p.incubatorTarget(asOf)),
		p.targetFinding(asOf, g, p.orgCountTarget(asOf, RuleOrgsPerCounty3, paramOrgsPerCounty, sdk.LevelCounty,
			"本县市区登记注册", "registered in the county-level unit")),
		p.targetFinding(asOf, g, p.orgCountTarget(asOf, RuleOrgsCity40, paramOrgsCity, sdk.LevelCity,
			"全市总数", "city-wide total")),
		p.targetFinding(asOf, g, target{
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
func (p *policy) incubatorTarget(asOf sdk.Date) target {
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
func (p *policy) orgCountTarget(asOf sdk.Date, ruleID, paramID, level, scopeZh, scopeEn string) target {
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
func (p *policy) targetFinding(asOf sdk.Date, g sdk.GovernmentSpec, t target) sdk.Finding {
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
