package sdk

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// The declared check target: a government reaches a target by a dated deadline (到2020年…达到
// 40家以上, 到2020年…建成孵化基地, 2018—2019年…全覆盖). The target is a quantity fact at least an
// INTEGER parameter (以上: inclusive), a share — the quantity over the quantity `of` — at least a
// RATIO parameter (exact fractions), or a flag fact set; the deadline is a DATE parameter (`due`), which may be
// shared by several rules. The check concludes as ConcludeDeadline does: met → PASS; unmet
// before the deadline → NOT_APPLICABLE (尚未到期) with the days left; unmet on or after it →
// FAIL with the days overdue, since a deadline does not end the rule. Before that, outside the
// rule's or the parameters' window it is NOT_IN_FORCE, a government of a level the target does
// not bind is NOT_APPLICABLE, and the fact not given is INSUFFICIENT_INPUT (for a share, the
// whole named first, then the part). A share target of a government whose whole is 0 (no
// townships to cover) is NOT_APPLICABLE: there is nothing to reach.
//
// The levels bound are `levels`, or, for a flag target, the items of its TEXT parameter named
// as the document names them and mapped by `level_names` ({市: CITY, 县市区: COUNTY}). Messages
// name a level by `level_zh` (else the SDK's name) and a government by its name, else by
// `units` for its level, else "<level>政府".

var targetTexts = []string{"name_zh", "name_en", "what_zh", "what_en", "required", "required_due", "actual", "yes", "no",
	"goal_zh", "goal_en", "gap_zh", "gap_en", "other_level_zh", "other_level_en", "zero_actual", "zero_zh", "zero_en"}

var targetParamVars = []string{"name_zh", "name_en", "what_zh", "what_en", "path", "param", "value", "value_zh",
	"value_en", "percent", "unit", "due", "levels", "levels_zh"}

var targetVars = append(slices.Clone(targetParamVars), "required", "actual", "of", "actual_percent", "gap", "level",
	"level_zh", "gov_zh", "gov_en")

var targetCommonDefaults = map[string]string{
	"required_due":   "{required} by {due}",
	"goal_zh":        "{gov_zh}{what_zh}",
	"goal_en":        "{gov_en}: {what_en}",
	"other_level_zh": "本目标针对{levels_zh},不适用于{gov_zh}({level_zh})",
	"other_level_en": "the target binds {levels}, not {gov_en} ({level})",
}

var (
	targetQuantityDefaults = withDefaults(targetCommonDefaults, map[string]string{
		"required": ">= {value}",
		"actual":   "{actual}",
		"gap_zh":   "{name_zh}尚差 {gap}",
		"gap_en":   "{gap} more {name_en} needed",
	})
	targetShareDefaults = withDefaults(targetCommonDefaults, map[string]string{
		"required":    ">= {value}({percent})",
		"actual":      "{actual}/{of}({actual_percent})",
		"gap_zh":      "{name_zh}尚差 {gap}",
		"gap_en":      "{gap} more {name_en} needed",
		"zero_actual": "0",
		"zero_zh":     "{gov_zh}{name_zh}的总数为 0,无需达标",
		"zero_en":     "{gov_en} has none to count; nothing to reach",
	})
	targetFlagDefaults = withDefaults(targetCommonDefaults, map[string]string{
		"required": "{what_zh} / {what_en}",
		"actual":   "{actual}",
		"yes":      "是 / yes",
		"no":       "否 / no",
		"gap_zh":   "须{what_zh}",
		"gap_en":   "must {what_en}",
	})
)

func withDefaults(common, own map[string]string) map[string]string {
	out := maps.Clone(common)
	maps.Copy(out, own)
	return out
}

func (c *Check) targetDefaults() map[string]string {
	if _, ok := flagFacts[c.Subject]; ok {
		return targetFlagDefaults
	}
	if c.Of != "" {
		return targetShareDefaults
	}
	return targetQuantityDefaults
}

// validateTarget checks the fields of a target check, for validateCheck; it returns the
// subject kind, or "" when the subject is not a fact a target can read.
func (rs *Ruleset) validateTarget(r Rule, c *Check, where string, bad func(string, ...any)) SubjectKind {
	_, isFlag := flagFacts[c.Subject]
	q, isQuantity := quantityFacts[c.Subject]
	if !isFlag && (!isQuantity || q.kind != SubjectGovernment) {
		var names []string
		for k, f := range quantityFacts {
			if f.kind == SubjectGovernment {
				names = append(names, k)
			}
		}
		names = append(names, slices.Collect(maps.Keys(flagFacts))...)
		slices.Sort(names)
		bad("%s.subject: %q is not a government quantity or flag fact (%s)", where, c.Subject, strings.Join(names, ", "))
		return ""
	}
	if c.EmptyIsMissing {
		bad("%s: target takes no empty_is_missing", where)
	}
	share := c.Of != ""
	if of, ok := quantityFacts[c.Of]; share && (isFlag || !ok || of.kind != SubjectGovernment) {
		bad("%s.of: %q is not a government quantity fact (the whole of a share target)", where, c.Of)
	}
	if due, ok := rs.params[c.Due]; !ok || due[0].Kind != KindDate {
		bad("%s.due: %q is not a DATE parameter (the deadline)", where, c.Due)
	}
	list, hasParam := rs.params[c.Param]
	switch {
	case c.Param == "" && isQuantity:
		bad("%s.param: a quantity target needs an INTEGER parameter (the minimum)", where)
	case c.Param == "":
	case !hasParam:
		bad("%s.param: unknown parameter %q", where, c.Param)
	case list[0].RuleID != r.ID:
		bad("%s.param: parameter %s belongs to rule %s, not %s", where, c.Param, list[0].RuleID, r.ID)
	case isQuantity && !share && list[0].Kind != KindInteger:
		bad("%s.param: a quantity target needs an INTEGER parameter, %s is %s", where, c.Param, list[0].Kind)
	case isQuantity && share && list[0].Kind != KindRatio:
		bad("%s.param: a share target (with of) needs a RATIO parameter, %s is %s", where, c.Param, list[0].Kind)
	case isFlag && list[0].Kind != KindText:
		bad("%s.param: a flag target's parameter is a TEXT list of the levels bound, %s is %s", where, c.Param, list[0].Kind)
	}
	levelsFromParam := isFlag && hasParam
	switch {
	case levelsFromParam && len(c.Levels) > 0:
		bad("%s.levels: give levels or a parameter naming them, not both", where)
	case !levelsFromParam && len(c.Levels) == 0:
		bad("%s.levels: target needs the government levels it binds", where)
	case !levelsFromParam && len(c.LevelNames) > 0:
		bad("%s.level_names: only with a parameter naming the levels", where)
	}
	for i, l := range c.Levels {
		if !slices.Contains(GovernmentLevels, l) {
			bad("%s.levels[%d]: %q is not a government level", where, i, l)
		}
	}
	for name, l := range c.LevelNames {
		if !slices.Contains(GovernmentLevels, l) {
			bad("%s.level_names.%s: %q is not a government level", where, name, l)
		}
	}
	if levelsFromParam && list[0].RuleID == r.ID && list[0].Kind == KindText {
		for _, prm := range list {
			items := SplitItems(prm.Value)
			if len(items) == 0 {
				bad("%s.param: %s from %s names no level", where, c.Param, prm.Validity.From)
			}
			for _, it := range items {
				if _, ok := c.LevelNames[it]; !ok {
					bad("%s.level_names: %q (%s from %s) names no level", where, it, c.Param, prm.Validity.From)
				}
			}
		}
	}
	for _, l := range slices.Sorted(maps.Keys(c.LevelZh)) {
		if !slices.Contains(GovernmentLevels, l) || strings.TrimSpace(c.LevelZh[l]) == "" {
			bad("%s.level_zh.%s: a government level and its name are required", where, l)
		}
	}
	for _, l := range slices.Sorted(maps.Keys(c.Units)) {
		if u := c.Units[l]; !slices.Contains(GovernmentLevels, l) || strings.TrimSpace(u.Zh) == "" || strings.TrimSpace(u.En) == "" {
			bad("%s.units.%s: a government level, with zh and en, is required", where, l)
		}
	}
	for _, key := range []string{"what_zh", "what_en"} {
		if strings.TrimSpace(c.Text[key]) == "" {
			bad("%s.text.%s: target needs what is to be achieved", where, key)
		}
	}
	return SubjectGovernment
}

// levelZh names a government level in a target's messages.
func (c *Check) levelZh(l string) string {
	if n, ok := c.LevelZh[l]; ok {
		return n
	}
	if n, ok := govLevelZh[l]; ok {
		return n
	}
	return l
}

// govNames name the government in a target's messages (zh, en): its name when given, else the
// check's unit for its level, else the level's government.
func (c *Check) govNames(g GovernmentSpec) (string, string) {
	if n := strings.TrimSpace(g.Name); n != "" {
		return n, n
	}
	if u, ok := c.Units[g.Level]; ok {
		return u.Zh, u.En
	}
	return c.levelZh(g.Level) + "政府", "the " + strings.ToLower(g.Level) + " government"
}

// target evaluates a target check on a government subject.
func (rs *Ruleset) target(r Rule, c *Check, asOf Date, g GovernmentSpec) Finding {
	due, _, okDue := rs.Date(c.Due, asOf)
	vars := map[string]string{"path": c.Subject, "param": c.Param, "due": due.String()}
	for _, k := range []string{"name_zh", "name_en", "what_zh", "what_en"} {
		vars[k] = c.text(k)
	}
	levels := c.Levels
	var min int64
	var ratio Ratio
	_, isFlag := flagFacts[c.Subject]
	okParam := true
	if c.Param != "" {
		var prm Parameter
		prm, okParam = rs.Param(c.Param, asOf)
		vars["unit"] = prm.Unit
		if isFlag {
			levels = nil
			for _, name := range SplitItems(prm.Value) {
				levels = append(levels, c.LevelNames[name]) // every name maps: checked at load
			}
		} else if c.Of != "" {
			ratio, _ = ParseRatio(prm.Value) // checked at load
			vars["value"], vars["value_zh"], vars["value_en"], vars["percent"] = ratio.String(), RatioZh(ratio), RatioEn(ratio), ratio.Percent()
		} else {
			min, _ = strconv.ParseInt(prm.Value, 10, 64) // checked at load
			vars["value"], vars["value_zh"], vars["value_en"] = prm.Value, NumeralZh(min), strconv.FormatInt(min, 10)
		}
	}
	// What is to be achieved may name the parameter's value (达到 {value} 家以上).
	vars["what_zh"], vars["what_en"] = render(vars["what_zh"], vars), render(vars["what_en"], vars)
	if !rs.InForce(r.ID, asOf) || !okDue || !okParam || len(levels) == 0 {
		return rs.NotInForce(r.ID, asOf)
	}
	levelsZh := make([]string, len(levels))
	for i, l := range levels {
		levelsZh[i] = c.levelZh(l)
	}
	vars["levels"], vars["levels_zh"] = strings.Join(levels, " and "), strings.Join(levelsZh, "、")
	vars["level"], vars["level_zh"] = g.Level, c.levelZh(g.Level)
	vars["gov_zh"], vars["gov_en"] = c.govNames(g)
	required := render(c.text("required"), vars)
	vars["required"] = required
	if !slices.Contains(levels, g.Level) {
		f := rs.Finding(r.ID, StatusNotApplicable)
		f.Actual = "government.level " + g.Level
		f.Required = "government.level " + strings.Join(levels, " | ")
		f.MessageZh, f.MessageEn = render(c.text("other_level_zh"), vars), render(c.text("other_level_en"), vars)
		return f
	}
	var met bool
	if isFlag {
		v := flagFacts[c.Subject].get(Subject{Government: &g})
		if v == nil {
			f := rs.Insufficient(r.ID, vars["name_zh"]+"("+c.Subject+")", vars["name_en"]+" ("+c.Subject+")")
			f.Required = required
			return f
		}
		met = *v
		vars["actual"] = c.text("no")
		if met {
			vars["actual"] = c.text("yes")
		}
	} else if c.Of != "" {
		n, okN := quantityFacts[c.Subject].get(Subject{Government: &g})
		whole, okW := quantityFacts[c.Of].get(Subject{Government: &g})
		var missing []string
		if !okW {
			missing = append(missing, c.Of)
		}
		if !okN {
			missing = append(missing, c.Subject)
		}
		if len(missing) > 0 {
			f := rs.InsufficientPaths(r.ID, vars["name_zh"], vars["name_en"], missing)
			f.Required = required
			return f
		}
		if whole == 0 {
			f := rs.Finding(r.ID, StatusNotApplicable)
			f.Actual, f.Required = render(c.text("zero_actual"), vars), required
			f.MessageZh, f.MessageEn = render(c.text("zero_zh"), vars), render(c.text("zero_en"), vars)
			return f
		}
		met = ratio.AtLeast(n, whole)
		vars["actual"], vars["of"] = strconv.FormatInt(n, 10), strconv.FormatInt(whole, 10)
		vars["actual_percent"] = Ratio{Num: n, Den: whole}.Percent()
		vars["gap"] = strconv.FormatInt(ratio.MinPart(whole)-n, 10)
	} else {
		n, ok := quantityFacts[c.Subject].get(Subject{Government: &g})
		if !ok {
			f := rs.Insufficient(r.ID, vars["name_zh"]+"("+c.Subject+")", vars["name_en"]+" ("+c.Subject+")")
			f.Required = required
			return f
		}
		met = n >= min
		vars["actual"], vars["gap"] = strconv.FormatInt(n, 10), strconv.FormatInt(min-n, 10)
	}
	return rs.ConcludeDeadline(r.ID, asOf, DeadlineCheck{
		Due: due, Met: met,
		Actual: render(c.text("actual"), vars), Required: render(c.text("required_due"), vars),
		GoalZh: render(c.text("goal_zh"), vars), GoalEn: render(c.text("goal_en"), vars),
		GapZh: render(c.text("gap_zh"), vars), GapEn: render(c.text("gap_en"), vars),
	})
}

func (c *Check) targetString() string {
	if _, ok := flagFacts[c.Subject]; ok {
		return fmt.Sprintf("%s: %s by %s", c.Kind, c.Subject, c.Due)
	}
	if c.Of != "" {
		return fmt.Sprintf("%s: %s / %s >= %s by %s", c.Kind, c.Subject, c.Of, c.Param, c.Due)
	}
	return fmt.Sprintf("%s: %s >= %s by %s", c.Kind, c.Subject, c.Param, c.Due)
}
