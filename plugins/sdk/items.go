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

// DisclosureFinding is the finding of a rule that an organisation must publicly disclose every
// item of the TEXT list parameter paramID (信息公开): NOT_IN_FORCE outside the rule's or the
// parameter's validity, INSUFFICIENT_INPUT when OrganizationSpec.Disclosures is not given (nil),
// PASS when every item is disclosed, FAIL otherwise with the missing items as the remedy.
// Regions add their own scope notes (who the rule binds) to the messages.
func (rs *Ruleset) DisclosureFinding(asOf Date, ruleID, paramID string, disclosed []string) Finding {
	prm, ok := rs.Param(paramID, asOf)
	if !rs.InForce(ruleID, asOf) || !ok {
		return rs.NotInForce(ruleID, asOf)
	}
	need := SplitItems(prm.Value)
	required := strings.Join(need, "、")
	if disclosed == nil {
		f := rs.Insufficient(ruleID, "已公开信息(organization.disclosures)", "disclosed items (organization.disclosures)")
		f.Required = required
		return f
	}
	missing := MissingItems(need, disclosed)
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
		f.Remedy = fmt.Sprintf("须公开:%s / must disclose %d more item(s): %s", strings.Join(missing, "、"), len(missing), strings.Join(missing, ", "))
		f.MessageZh = fmt.Sprintf("应公开的 %d 项信息中有 %d 项未公开:%s", len(need), len(missing), strings.Join(missing, "、"))
		f.MessageEn = fmt.Sprintf("%d of the %d items to disclose are not disclosed: %s", len(missing), len(need), strings.Join(missing, ", "))
		return f
	}
	f.MessageZh = fmt.Sprintf("应公开的 %d 项信息均已公开", len(need))
	f.MessageEn = fmt.Sprintf("all %d items to disclose are disclosed", len(need))
	return f
}
