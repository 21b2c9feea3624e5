package sdk

import (
	"fmt"
	"slices"
	"strings"
)

// SplitItems splits a TEXT list parameter (items joined with 、, the documents' own enumeration
// mark) into its trimmed, non-empty items.
func SplitItems(v string) []string {
	var out []string
	for _, s := range strings.Split(v, "、") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// MissingItems returns the items of required that have does not contain, in required's order.
// Items match exactly once surrounding spaces are trimmed: they are free text named as the
// documents name them, and guessing at synonyms (年报 for 年度财务报告) would let a rule pass on
// something the document does not ask for. nil when nothing is missing.
func MissingItems(required, have []string) []string {
	got := make(map[string]bool, len(have))
	for _, h := range have {
		got[strings.TrimSpace(h)] = true
	}
	var missing []string
	for _, r := range required {
		if r = strings.TrimSpace(r); !got[r] {
			missing = append(missing, r)
		}
	}
	return missing
}

// ItemList names a subject's free-text list for the messages of ListFinding.
type ItemList struct {
	Path   string // field path, e.g. organization.disclosures
	NameZh string // 已公开信息
	NameEn string // disclosed items
	VerbZh string // what the subject must do with each item: 公开, 载明, 建立
	VerbEn string // disclose, state, have
}

// ListFinding is the finding of a rule that a subject's list must hold every item of the TEXT
// list parameter paramID: NOT_IN_FORCE outside the rule's or the parameter's validity,
// INSUFFICIENT_INPUT when the list is not given (nil), PASS when every item is there, FAIL
// otherwise with the missing items as the remedy. Regions add their own scope notes (who the
// rule binds) to the messages.
func (rs *Ruleset) ListFinding(asOf Date, ruleID, paramID string, have []string, l ItemList) Finding {
	prm, ok := rs.Param(paramID, asOf)
	if !rs.InForce(ruleID, asOf) || !ok {
		return rs.NotInForce(ruleID, asOf)
	}
	need := SplitItems(prm.Value)
	required := strings.Join(need, "、")
	if have == nil {
		f := rs.Insufficient(ruleID, l.NameZh+"("+l.Path+")", l.NameEn+" ("+l.Path+")")
		f.Required = required
		return f
	}
	missing := MissingItems(need, have)
	var done []string
	for _, n := range need {
		if !slices.Contains(missing, n) {
			done = append(done, n)
		}
	}
	f := rs.Finding(ruleID, StatusPass)
	f.Required = required
	f.Actual = strings.Join(done, "、")
	if f.Actual == "" {
		f.Actual = "无 / none"
	}
	if len(missing) > 0 {
		f.Status = StatusFail
		f.Remedy = fmt.Sprintf("须%s:%s / must %s %d more item(s): %s", l.VerbZh, strings.Join(missing, "、"), l.VerbEn, len(missing), strings.Join(missing, ", "))
		f.MessageZh = fmt.Sprintf("应%s的 %d 项中有 %d 项未%s:%s", l.VerbZh, len(need), len(missing), l.VerbZh, strings.Join(missing, "、"))
		f.MessageEn = fmt.Sprintf("%d of the %d items to %s are missing: %s", len(missing), len(need), l.VerbEn, strings.Join(missing, ", "))
		return f
	}
	f.MessageZh = fmt.Sprintf("应%s的 %d 项均已%s", l.VerbZh, len(need), l.VerbZh)
	f.MessageEn = fmt.Sprintf("all %d items to %s are there", len(need), l.VerbEn)
	return f
}

// DisclosureFinding is ListFinding over OrganizationSpec.Disclosures: an organisation must
// publicly disclose every item of the TEXT list parameter paramID (信息公开).
func (rs *Ruleset) DisclosureFinding(asOf Date, ruleID, paramID string, disclosed []string) Finding {
	return rs.ListFinding(asOf, ruleID, paramID, disclosed, ItemList{Path: "organization.disclosures",
		NameZh: "已公开信息", NameEn: "disclosed items", VerbZh: "公开", VerbEn: "disclose"})
}
