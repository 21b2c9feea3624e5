package sdk

import "strings"

// Verdict gathers what a rule checking several facts of one subject found: the shortfalls,
// each worded as what must change, and the input paths it could not check. Ruleset.Conclude
// turns it into the finding, so that every such rule concludes the same way: a shortfall fails
// the rule even when other facts are unknown (giving them cannot make it pass), unknown facts
// alone make it INSUFFICIENT_INPUT naming their paths, and otherwise it passes.
type Verdict struct {
	Actual   string // the finding's Actual, whatever the status
	Required string

	shortZh, shortEn []string
	unknown          []string
}

// Short records a shortfall, worded (zh, en) as what must change: the FAIL remedy lists them.
func (v *Verdict) Short(zh, en string) {
	v.shortZh, v.shortEn = append(v.shortZh, zh), append(v.shortEn, en)
}

// Unknown records the input paths of facts that are not given.
func (v *Verdict) Unknown(paths ...string) { v.unknown = append(v.unknown, paths...) }

// Shortfalls is the number of shortfalls recorded, for FAIL messages that count them.
func (v *Verdict) Shortfalls() int { return len(v.shortZh) }

// Passes reports whether the verdict is PASS: nothing short and nothing unknown. It lets a rule
// word Actual for a passing subject before concluding.
func (v *Verdict) Passes() bool { return len(v.shortZh) == 0 && len(v.unknown) == 0 }

// ShortZh and ShortEn are the shortfalls joined as the remedy joins them, for FAIL messages that
// quote them.
func (v *Verdict) ShortZh() string { return strings.Join(v.shortZh, ";") }

// ShortEn: see ShortZh.
func (v *Verdict) ShortEn() string { return strings.Join(v.shortEn, "; ") }

// VerdictText is a rule's wording of the outcomes of a Verdict.
type VerdictText struct {
	FailZh, FailEn       string // the FAIL messages (the remedy is the shortfalls themselves)
	UnknownZh, UnknownEn string // what the unknown facts are, named with their paths (InsufficientPaths)
	PassZh, PassEn       string // the PASS messages
}

// Conclude is the finding of ruleID from v: FAIL with the shortfalls as the remedy ("zh;zh / en;
// en") when any is recorded, else INSUFFICIENT_INPUT naming the unknown paths, else PASS; each
// with v's Actual and Required and t's messages.
func (rs *Ruleset) Conclude(ruleID string, v Verdict, t VerdictText) Finding {
	var f Finding
	switch {
	case len(v.shortZh) > 0:
		f = rs.Finding(ruleID, StatusFail)
		f.Remedy = v.ShortZh() + " / " + v.ShortEn()
		f.MessageZh, f.MessageEn = t.FailZh, t.FailEn
	case len(v.unknown) > 0:
		f = rs.InsufficientPaths(ruleID, t.UnknownZh, t.UnknownEn, v.unknown)
	default:
		f = rs.Finding(ruleID, StatusPass)
		f.MessageZh, f.MessageEn = t.PassZh, t.PassEn
	}
	f.Actual, f.Required = v.Actual, v.Required
	return f
}

// InsufficientPaths is Insufficient for facts named by their input paths: in Chinese the paths
// follow the name in parentheses; in English one path goes with the name and several stand
// alone, so that readers of "missing input: …" (internal/export) get the paths as a list.
func (rs *Ruleset) InsufficientPaths(ruleID, nameZh, nameEn string, paths []string) Finding {
	en := strings.Join(paths, ", ")
	if len(paths) == 1 {
		en = nameEn + " (" + paths[0] + ")"
	}
	return rs.Insufficient(ruleID, nameZh+"("+strings.Join(paths, "、")+")", en)
}
