package sdk

import (
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
// list parameter paramID — the declared check list_contains, for a rule written in Go: NOT_IN_FORCE outside the rule's or the parameter's validity,
// INSUFFICIENT_INPUT when the list is not given (nil), PASS when every item is there, FAIL
// otherwise with the missing items as the remedy. Regions add their own scope notes (who the
// rule binds) to the messages.
func (rs *Ruleset) ListFinding(asOf Date, ruleID, paramID string, have []string, l ItemList) Finding {
	c := &Check{Kind: CheckListContains, Subject: l.Path, Param: paramID,
		Text: map[string]string{"name_zh": l.NameZh, "name_en": l.NameEn, "verb_zh": l.VerbZh, "verb_en": l.VerbEn}}
	return rs.listContains(rs.Rule(ruleID), c, asOf, have)
}

// DisclosureFinding is ListFinding over OrganizationSpec.Disclosures: an organisation must
// publicly disclose every item of the TEXT list parameter paramID (信息公开).
func (rs *Ruleset) DisclosureFinding(asOf Date, ruleID, paramID string, disclosed []string) Finding {
	return rs.ListFinding(asOf, ruleID, paramID, disclosed, ItemList{Path: "organization.disclosures",
		NameZh: "已公开信息", NameEn: "disclosed items", VerbZh: "公开", VerbEn: "disclose"})
}
