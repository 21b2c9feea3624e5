package export

import (
	"strings"

	"github.com/shegong/shegong/internal/evaluate"
	"github.com/shegong/shegong/plugins/sdk"
)

// Summary counts an evaluation's findings for the one-line views researchers scan (the compare
// table and the CSV summary line): a bare status hides how much was actually checked, and an
// INCOMPLETE one is only useful if it says which input to add.
type Summary struct {
	Pass    int       // PASS findings
	Failed  []string  // rule ids of the FAIL findings, in order
	Missing []Missing // the INSUFFICIENT_INPUT findings, in order
}

// Missing is one rule that could not be checked, and the input it lacks.
type Missing struct {
	RuleID string
	Field  string // e.g. "project.budget"; empty when the message is too long to be a field name
}

// maxFieldLen bounds the input name quoted from a finding's message: beyond it the message is
// prose, not a field name, and the rule id alone is more readable.
const maxFieldLen = 48

// Summarize counts ev's findings.
func Summarize(ev *evaluate.Evaluation) Summary {
	var s Summary
	for _, f := range ev.Findings {
		switch f.Status {
		case sdk.StatusPass:
			s.Pass++
		case sdk.StatusFail:
			s.Failed = append(s.Failed, f.RuleID)
		case sdk.StatusInsufficientInput:
			s.Missing = append(s.Missing, Missing{RuleID: f.RuleID, Field: missingField(f.MessageEn)})
		}
	}
	return s
}

// missingField extracts the input name from sdk.Ruleset.Insufficient's English message
// ("missing input: project.budget").
// Regions append detail after a ";" and often give a path in parentheses after prose
// ("station facilities list (station.facilities)"): the path alone is what a researcher adds.
func missingField(msg string) string {
	field, ok := strings.CutPrefix(msg, "missing input: ")
	field, _, _ = strings.Cut(field, ";")
	field = strings.TrimSpace(field)
	if open := strings.LastIndex(field, "("); open >= 0 && strings.HasSuffix(field, ")") {
		if path := field[open+1 : len(field)-1]; strings.Contains(path, ".") && !strings.Contains(path, " ") {
			field = path
		}
	}
	if !ok || field == "" || len(field) > maxFieldLen {
		return ""
	}
	return field
}

// MissingText lists the missing inputs, "RULE (field); RULE (field)", or "" when nothing is missing.
func (s Summary) MissingText() string {
	parts := make([]string, len(s.Missing))
	for i, m := range s.Missing {
		parts[i] = m.RuleID
		if m.Field != "" {
			parts[i] += " (" + m.Field + ")"
		}
	}
	return strings.Join(parts, "; ")
}
