// Package schematype holds the Go types stored in JSON columns of the
// domain model: the findings of a stored assessment (评估结论) and the
// plugin references that stamp who produced them.
package schematype

import (
	"fmt"
	"io"
	"strconv"
)

// FindingStatus is the outcome of one rule applied to one subject.
type FindingStatus string

// Finding statuses (contract, see docs/architecture.md "Findings").
const (
	FindingPass              FindingStatus = "PASS"               // 符合
	FindingFail              FindingStatus = "FAIL"               // 不符合
	FindingNotApplicable     FindingStatus = "NOT_APPLICABLE"     // 不适用
	FindingInsufficientInput FindingStatus = "INSUFFICIENT_INPUT" // 信息不足
	// FindingNotInForce: the rule would apply but is outside its validity window on the
	// as-of date, so it was not applied (未生效).
	FindingNotInForce FindingStatus = "NOT_IN_FORCE"
)

// Valid reports whether s is one of the statuses above.
func (s FindingStatus) Valid() bool {
	switch s {
	case FindingPass, FindingFail, FindingNotApplicable, FindingInsufficientInput, FindingNotInForce:
		return true
	}
	return false
}

// MarshalGQL implements graphql.Marshaler.
func (s FindingStatus) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(s))) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (s *FindingStatus) UnmarshalGQL(v any) error {
	str, ok := v.(string)
	if !ok || !FindingStatus(str).Valid() {
		return fmt.Errorf("%v is not a valid FindingStatus", v)
	}
	*s = FindingStatus(str)
	return nil
}

// Citation points at the clause of a policy document a rule comes from
// (出处: 文件、条款、原文).
type Citation struct {
	Document string `json:"document"`
	Title    string `json:"title,omitempty"`
	Clause   string `json:"clause,omitempty"`
	Quote    string `json:"quote"`
}

// Finding is one rule applied to one subject (单条规则的评估结论).
type Finding struct {
	RuleID    string        `json:"ruleId"`
	Region    string        `json:"region"`
	Concept   *string       `json:"concept,omitempty"`
	Status    FindingStatus `json:"status"`
	Actual    *string       `json:"actual,omitempty"`
	Required  *string       `json:"required,omitempty"`
	Remedy    *string       `json:"remedy,omitempty"`
	MessageZh string        `json:"messageZh"`
	MessageEn string        `json:"messageEn"`
	Citation  Citation      `json:"citation"`
}

// PluginRef stamps an evaluation with the plugin that produced it, for every
// region in the chain (e.g. zhuzhou and hunan).
type PluginRef struct {
	Region        string `json:"region"`
	Plugin        string `json:"plugin,omitempty"`
	PluginVersion string `json:"pluginVersion"`
	RulesetHash   string `json:"rulesetHash"`
}
