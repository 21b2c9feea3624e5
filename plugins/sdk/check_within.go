package sdk

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// The declared check list_within: every item of a subject's free-text list is one of the items
// allowed — those of the TEXT list parameter `param` and of the TEXT parameters listed under
// `also` (a clause that names one group of sources and then another, 七(二)). Items match
// exactly once trimmed (MissingItems); an item outside the allowed ones fails and is named. A
// list not given (nil) is missing input; an empty list passes (nothing is outside), unless
// `empty_is_missing` makes it missing input or `empty_fails` a FAIL (a clause requiring the
// items to be drawn from the allowed ones, 统筹安排, is not met by none).

var withinTexts = []string{"name_zh", "name_en", "required", "actual", "pass_zh", "pass_en", "fail_zh", "fail_en",
	"remedy", "empty_zh", "empty_en", "empty_remedy"}

// withinParamVars: {value_zh}/{value_en} are the items of `param` alone, {allowed_zh}/{allowed_en}
// those of `param` and `also` together.
var withinParamVars = []string{"name_zh", "name_en", "path", "param", "unit", "value_zh", "value_en", "allowed_zh",
	"allowed_en", "allowed_count"}

var withinVars = append(slices.Clone(withinParamVars), "actual_zh", "actual_en", "have_or_none", "outside_zh",
	"outside_en", "outside_count")

var withinDefaults = map[string]string{
	"required":     "均属:{allowed_zh} / each one of: {allowed_en}",
	"actual":       "{have_or_none}",
	"pass_zh":      "{name_zh}均属规定的 {allowed_count} 项",
	"pass_en":      "every item of {name_en} is one of the {allowed_count} allowed",
	"fail_zh":      "{name_zh} {outside_zh} 不属规定的范围",
	"fail_en":      "{name_en} {outside_en} are not among those allowed",
	"remedy":       "{outside_zh} 不属规定的{name_zh},须改为:{allowed_zh} / {outside_en} not allowed; use: {allowed_en}",
	"empty_zh":     "未列明任何{name_zh}",
	"empty_en":     "no {name_en} recorded",
	"empty_remedy": "须列明{name_zh}:{allowed_zh} / record the {name_en}: {allowed_en}",
}

// validateWithin checks the fields of a list_within check, for validateCheck; it returns the
// subject kind, or "" when the subject is not a list fact.
func (rs *Ruleset) validateWithin(r Rule, c *Check, where string, bad func(string, ...any)) SubjectKind {
	f, ok := listFacts[c.Subject]
	if !ok {
		bad("%s.subject: %q is not a list fact (%s)", where, c.Subject, strings.Join(slices.Sorted(maps.Keys(listFacts)), ", "))
		return ""
	}
	if c.Of != "" {
		bad("%s.of: list_within takes no of", where)
	}
	if c.EmptyIsMissing && c.EmptyFails {
		bad("%s.empty_fails: an empty list cannot be both missing input and a failure", where)
	}
	for i, id := range append([]string{c.Param}, c.Also...) {
		field := "param"
		if i > 0 {
			field = fmt.Sprintf("also[%d]", i-1)
		}
		list, ok := rs.params[id]
		switch {
		case !ok:
			bad("%s.%s: unknown parameter %q", where, field, id)
		case list[0].RuleID != r.ID:
			bad("%s.%s: parameter %s belongs to rule %s, not %s", where, field, id, list[0].RuleID, r.ID)
		case list[0].Kind != KindText:
			bad("%s.%s: list_within needs a TEXT list parameter, %s is %s", where, field, id, list[0].Kind)
		}
	}
	return f.kind
}

// listWithin evaluates a list_within check on the subject's list.
func (rs *Ruleset) listWithin(r Rule, c *Check, asOf Date, have []string) Finding {
	prm, ok := rs.Param(c.Param, asOf)
	if !rs.InForce(r.ID, asOf) || !ok {
		return rs.NotInForce(r.ID, asOf)
	}
	own := SplitItems(prm.Value)
	allowed := slices.Clone(own)
	for _, id := range c.Also {
		p, ok := rs.Param(id, asOf)
		if !ok {
			return rs.NotInForce(r.ID, asOf)
		}
		allowed = append(allowed, SplitItems(p.Value)...)
	}
	vars := map[string]string{"name_zh": c.text("name_zh"), "name_en": c.text("name_en"), "path": c.Subject,
		"param": c.Param, "unit": prm.Unit, "value_zh": strings.Join(own, "、"), "value_en": strings.Join(own, ", "),
		"allowed_zh": strings.Join(allowed, "、"), "allowed_en": strings.Join(allowed, ", "),
		"allowed_count": strconv.Itoa(len(allowed))}
	required := render(c.text("required"), vars)
	if have == nil || (c.EmptyIsMissing && len(have) == 0) {
		f := rs.Insufficient(r.ID, vars["name_zh"]+"("+c.Subject+")", vars["name_en"]+" ("+c.Subject+")")
		f.Required = required
		return f
	}
	trimmed := make([]string, len(have))
	for i, h := range have {
		trimmed[i] = strings.TrimSpace(h)
	}
	outside := MissingItems(trimmed, allowed)
	vars["actual_zh"], vars["actual_en"] = strings.Join(trimmed, "、"), strings.Join(trimmed, ", ")
	vars["have_or_none"] = vars["actual_zh"]
	if len(have) == 0 {
		vars["have_or_none"] = "无 / none"
	}
	vars["outside_zh"], vars["outside_en"] = strings.Join(outside, "、"), strings.Join(outside, ", ")
	vars["outside_count"] = strconv.Itoa(len(outside))
	f := rs.Finding(r.ID, StatusPass)
	f.Required, f.Actual = required, render(c.text("actual"), vars)
	switch {
	case len(have) == 0 && c.EmptyFails:
		f.Status = StatusFail
		f.Remedy = render(c.text("empty_remedy"), vars)
		f.MessageZh, f.MessageEn = render(c.text("empty_zh"), vars), render(c.text("empty_en"), vars)
	case len(outside) > 0:
		f.Status = StatusFail
		f.Remedy = render(c.text("remedy"), vars)
		f.MessageZh, f.MessageEn = render(c.text("fail_zh"), vars), render(c.text("fail_en"), vars)
	default:
		f.MessageZh, f.MessageEn = render(c.text("pass_zh"), vars), render(c.text("pass_en"), vars)
	}
	return f
}

func (c *Check) withinString() string {
	return fmt.Sprintf("%s: every item of %s is one of %s", c.Kind, c.Subject, strings.Join(append([]string{c.Param}, c.Also...), " + "))
}
