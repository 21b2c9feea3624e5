package export

import (
	"slices"
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

// maxFieldLen bounds the input name quoted from a finding's message when it is not a list of
// field paths: beyond it the message is prose, not a field name, and the rule id alone is more
// readable.
const maxFieldLen = 48

// maxPaths bounds how many distinct field paths one missing-input entry lists.
const maxPaths = 4

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
// A list of paths ("station.workers[0].laborContract, station.workers[1].laborContract") is
// shortened to its distinct fields with the indexes dropped (station.workers[].laborContract),
// at most maxPaths of them.
func missingField(msg string) string {
	field, ok := strings.CutPrefix(msg, "missing input: ")
	field, _, _ = strings.Cut(field, ";")
	field = strings.TrimSpace(field)
	if open := strings.LastIndex(field, "("); open >= 0 && strings.HasSuffix(field, ")") {
		if paths, isList := fieldPaths(field[open+1 : len(field)-1]); isList {
			field = paths
		}
	} else if paths, isList := fieldPaths(field); isList {
		field = paths
	}
	if !ok || field == "" || len(field) > maxFieldLen && !strings.Contains(field, ".") {
		return ""
	}
	return field
}

// fieldPaths reads s as a comma-separated list of field paths (each with a dot and no space) and
// returns its distinct paths with list indexes dropped; false when s is not such a list.
func fieldPaths(s string) (string, bool) {
	var out []string
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(p)
		if !strings.Contains(p, ".") || strings.ContainsAny(p, " \t") {
			return "", false
		}
		p = dropIndexes(p)
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	if len(out) > maxPaths {
		return strings.Join(out[:maxPaths], ", ") + ", …", true
	}
	return strings.Join(out, ", "), true
}

// dropIndexes turns station.workers[1].age into station.workers[].age.
func dropIndexes(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		b.WriteByte(p[i])
		if p[i] == '[' {
			for i+1 < len(p) && p[i+1] >= '0' && p[i+1] <= '9' {
				i++
			}
		}
	}
	return b.String()
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
