package sdk

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// The declared check choice: a subject's one-word fact (facts.go, textFacts) is one of the
// values of a TEXT list parameter (items joined with 、). An empty fact is missing input. The
// values are codes (POST, PROJECT); `labels` names them for messages, {zh, en} per code, and a
// value without a label is shown as it is.

// CheckLabel names a value of a choice in the messages: {zh: 购买社会工作岗位, en: social-work posts}.
type CheckLabel struct {
	Zh string `yaml:"zh"`
	En string `yaml:"en"`
}

var choiceDefaults = map[string]string{
	"required": "one of {allowed}",
	"actual":   "{actual_label}",
	"pass_zh":  "{name_zh}为{actual_zh},属规定的{count_zh}种之一",
	"pass_en":  "{name_en} is {actual_en}, one of the {count_en} allowed",
	"fail_zh":  "{name_zh} {actual_label} 不属规定的{count_zh}种:{allowed}",
	"fail_en":  "{name_en} {actual_label} is not one of the {count_en} allowed: {allowed}",
	"remedy":   "{name_zh}须为 {allowed} 之一 / {name_en} must be one of {allowed}",
}

var choiceTexts = []string{"name_zh", "name_en", "required", "actual", "pass_zh", "pass_en", "fail_zh", "fail_en", "remedy"}

var choiceParamVars = []string{"name_zh", "name_en", "path", "allowed", "count_zh", "count_en", "unit"}

var choiceVars = append(slices.Clone(choiceParamVars), "actual", "actual_label", "actual_zh", "actual_en")

// label renders a value with its Chinese name, "POST (购买社会工作岗位)", or alone without a label.
func (c *Check) label(v string) string {
	if l, ok := c.Labels[v]; ok && l.Zh != "" {
		return v + " (" + l.Zh + ")"
	}
	return v
}

func (rs *Ruleset) validateChoice(r Rule, c *Check, where string, bad func(string, ...any)) SubjectKind {
	f, ok := textFacts[c.Subject]
	if !ok {
		bad("%s.subject: %q is not a text fact (%s)", where, c.Subject, strings.Join(slices.Sorted(maps.Keys(textFacts)), ", "))
		return ""
	}
	if c.Of != "" || c.EmptyIsMissing {
		bad("%s: choice takes no of or empty_is_missing", where)
	}
	if list, ok := rs.params[c.Param]; ok && list[0].RuleID == r.ID {
		for _, prm := range list {
			if prm.Kind != KindText {
				bad("%s.param: choice needs a TEXT list parameter, %s is %s", where, c.Param, prm.Kind)
				break
			}
			if len(SplitItems(prm.Value)) == 0 {
				bad("%s.param: %s from %s allows no value", where, c.Param, prm.Validity.From)
			}
		}
	}
	for v, l := range c.Labels {
		if strings.TrimSpace(l.Zh) == "" || strings.TrimSpace(l.En) == "" {
			bad("%s.labels.%s: zh and en are required", where, v)
		}
	}
	return f.kind
}

// choice evaluates a choice check on the subject's fact value.
func (rs *Ruleset) choice(r Rule, c *Check, asOf Date, value string) Finding {
	prm, ok := rs.Param(c.Param, asOf)
	if !rs.InForce(r.ID, asOf) || !ok {
		return rs.NotInForce(r.ID, asOf)
	}
	allowed := SplitItems(prm.Value)
	labels := make([]string, len(allowed))
	for i, a := range allowed {
		labels[i] = c.label(a)
	}
	n := int64(len(allowed))
	vars := map[string]string{"name_zh": c.text("name_zh"), "name_en": c.text("name_en"), "path": c.Subject,
		"unit": prm.Unit, "allowed": strings.Join(labels, ", "), "count_zh": CountZh(n), "count_en": NumberEn(n)}
	required := render(c.text("required"), vars)
	if value == "" {
		f := rs.Insufficient(r.ID, vars["name_zh"]+"("+c.Subject+")", vars["name_en"]+" ("+c.Subject+")")
		f.Required = required
		return f
	}
	vars["actual"], vars["actual_label"] = value, c.label(value)
	vars["actual_zh"], vars["actual_en"] = value, value
	if l, ok := c.Labels[value]; ok {
		vars["actual_zh"], vars["actual_en"] = l.Zh, l.En
	}
	f := rs.Finding(r.ID, StatusPass)
	f.Actual, f.Required = render(c.text("actual"), vars), required
	if !slices.Contains(allowed, value) {
		f.Status = StatusFail
		f.Remedy = render(c.text("remedy"), vars)
		f.MessageZh, f.MessageEn = render(c.text("fail_zh"), vars), render(c.text("fail_en"), vars)
		return f
	}
	f.MessageZh, f.MessageEn = render(c.text("pass_zh"), vars), render(c.text("pass_en"), vars)
	return f
}

func (c *Check) choiceString() string {
	return fmt.Sprintf("%s: %s is one of %s", c.Kind, c.Subject, c.Param)
}
