package zhuzhou

import (
	"strings"

	"github.com/shegong/shegong/plugins/sdk"
)

// registrationConditions: 三(一)'s registration conditions, each named in
// ZZ.governance.registration_conditions and matched exactly in organization.registrationConditions.
// The parameter is a normalised vocabulary of the document's nouns (固定住所, not the text's
// 固定的住所(办公场所)), so a FAIL lists the accepted names and the items it did not recognise:
// a user who typed the document's phrase learns the vocabulary.
func (p *policy) registrationConditions(asOf sdk.Date, o sdk.OrganizationSpec) sdk.Finding {
	f := p.rs.ListFinding(asOf, RuleRegConditions, paramRegConditions, o.RegistrationConditions, sdk.ItemList{
		Path: "organization.registrationConditions", NameZh: "已具备的登记条件", NameEn: "registration conditions met",
		VerbZh: "具备", VerbEn: "meet"})
	switch f.Status {
	case sdk.StatusPass:
		f.MessageZh = "民办社会工作服务机构登记条件:" + f.MessageZh
		f.MessageEn = "registration conditions of a private social-work organisation: " + f.MessageEn
	case sdk.StatusFail:
		prm, _ := p.rs.Param(paramRegConditions, asOf) // in force: ListFinding checked it
		need := sdk.SplitItems(prm.Value)
		var unknown []string
		for _, h := range o.RegistrationConditions {
			if h = strings.TrimSpace(h); !containsItem(need, h) {
				unknown = append(unknown, h)
			}
		}
		f.MessageZh = "民办社会工作服务机构登记条件:" + f.MessageZh +
			";按规范名称逐项填写(" + paramRegConditions + "):" + strings.Join(need, "、")
		f.MessageEn = "registration conditions of a private social-work organisation: " + f.MessageEn +
			"; list each condition by its accepted name (" + paramRegConditions + "): " + strings.Join(need, ", ")
		if len(unknown) > 0 {
			f.MessageZh += ";未识别的条目:" + strings.Join(unknown, "、")
			f.MessageEn += "; not recognised: " + strings.Join(unknown, ", ")
		}
	}
	return f
}

func containsItem(items []string, s string) bool {
	for _, it := range items {
		if it == s {
			return true
		}
	}
	return false
}
