package policytest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shegong/shegong/plugins/sdk"
)

// OldListFinding is sdk.Ruleset.ListFinding as it was written in Go before the declared
// list_contains check: the reference that the regions' TestDeclaredChecksMatchGo compare the
// declared check against, word for word.
func OldListFinding(rs *sdk.Ruleset, asOf sdk.Date, ruleID, paramID string, have []string, l sdk.ItemList) sdk.Finding {
	prm, ok := rs.Param(paramID, asOf)
	if !rs.InForce(ruleID, asOf) || !ok {
		return rs.NotInForce(ruleID, asOf)
	}
	need := sdk.SplitItems(prm.Value)
	required := strings.Join(need, "、")
	if have == nil {
		f := rs.Insufficient(ruleID, l.NameZh+"("+l.Path+")", l.NameEn+" ("+l.Path+")")
		f.Required = required
		return f
	}
	missing := sdk.MissingItems(need, have)
	var done []string
	for _, n := range need {
		if !slices.Contains(missing, n) {
			done = append(done, n)
		}
	}
	f := rs.Finding(ruleID, sdk.StatusPass)
	f.Required = required
	f.Actual = strings.Join(done, "、")
	if f.Actual == "" {
		f.Actual = "无 / none"
	}
	if len(missing) > 0 {
		f.Status = sdk.StatusFail
		f.Remedy = fmt.Sprintf("须%s:%s / must %s %d more item(s): %s", l.VerbZh, strings.Join(missing, "、"), l.VerbEn, len(missing), strings.Join(missing, ", "))
		f.MessageZh = fmt.Sprintf("应%s的 %d 项中有 %d 项未%s:%s", l.VerbZh, len(need), len(missing), l.VerbZh, strings.Join(missing, "、"))
		f.MessageEn = fmt.Sprintf("%d of the %d items to %s are missing: %s", len(missing), len(need), l.VerbEn, strings.Join(missing, ", "))
		return f
	}
	f.MessageZh = fmt.Sprintf("应%s的 %d 项均已%s", l.VerbZh, len(need), l.VerbZh)
	f.MessageEn = fmt.Sprintf("all %d items to %s are there", len(need), l.VerbEn)
	return f
}
