package sichuan

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shegong/shegong/plugins/sdk"
)

// governmentFindings applies the rules that bind governments: pilot designations at each level
// (四(一)), the pilot county's guidance catalogue (四(二)) and the cities' pilot submission
// (四(组织实施)(二)). Every government gets every finding; a rule of another level is
// NOT_APPLICABLE.
func governmentFindings(asOf sdk.Date, g sdk.GovernmentSpec) []sdk.Finding {
	return []sdk.Finding{
		provinceCounties(asOf, g),
		countyPerPrefecture(asOf, g),
		pilotTownships(asOf, g),
		guidanceCatalog(asOf, g),
		pilotSubmission(asOf, g),
	}
}

// govName is the government's name for messages, or its level.
func govName(g sdk.GovernmentSpec) string {
	if strings.TrimSpace(g.Name) != "" {
		return g.Name
	}
	return levelLabel(g.Level)
}

// otherLevel is the NOT_APPLICABLE finding of a rule that binds another level of government.
func otherLevel(ruleID string, g sdk.GovernmentSpec, bindsZh, bindsEn, required string) sdk.Finding {
	f := ruleset().Finding(ruleID, sdk.StatusNotApplicable)
	f.Required = required
	f.Actual = "government.level " + g.Level
	f.MessageZh = fmt.Sprintf("本条约束%s;%s为%s,不适用", bindsZh, govName(g), levelLabel(g.Level))
	f.MessageEn = fmt.Sprintf("the rule binds %s; %s is at %s level, so it does not apply", bindsEn, govName(g), g.Level)
	return f
}

// notPilot is the NOT_APPLICABLE finding of a rule that binds pilot counties, for a county that
// is not one.
func notPilot(ruleID string, g sdk.GovernmentSpec, required string) sdk.Finding {
	f := ruleset().Finding(ruleID, sdk.StatusNotApplicable)
	f.Required = required
	f.Actual = "government.isPilot false"
	f.MessageZh = fmt.Sprintf("本条约束试点县(市、区);%s不是试点县,不适用", govName(g))
	f.MessageEn = fmt.Sprintf("the rule binds pilot counties; %s is not a pilot, so it does not apply", govName(g))
	return f
}

// provinceCounties checks that the provincial department has selected 2–3 pilot counties.
func provinceCounties(asOf sdk.Date, g sdk.GovernmentSpec) sdk.Finding {
	lo, _, okLo := ruleset().Int(paramProvinceMin, asOf)
	hi, _, okHi := ruleset().Int(paramProvinceMax, asOf)
	if !ruleset().InForce(RuleProvinceCounties, asOf) || !okLo || !okHi {
		return ruleset().NotInForce(RuleProvinceCounties, asOf)
	}
	required := fmt.Sprintf("省民政厅自行选择 %d–%d 个试点县 / %d to %d counties selected by the provincial department", lo, hi, lo, hi)
	if g.Level != sdk.LevelProvince {
		return otherLevel(RuleProvinceCounties, g, "省民政厅", "the provincial department", required)
	}
	if g.PilotCounties == nil {
		f := ruleset().Insufficient(RuleProvinceCounties, "省级试点县数 government.pilotCounties", "provincial pilot counties (government.pilotCounties)")
		f.Required = required
		return f
	}
	return rangeFinding(RuleProvinceCounties, int64(*g.PilotCounties), lo, hi, required,
		"省民政厅选择的试点县", "个县", "counties selected by the provincial department", "counties",
		";不含各市(州)明确的试点县(通知未说明二者是否重合)", "; the prefectures' own pilots are not counted (the notice does not say whether they overlap)")
}

// rangeFinding is PASS when lo <= n <= hi and FAIL above hi, with how many to drop. Below lo the
// selection is not yet done: the notice sets no deadline for it (将选择, 选择1-2个), and a missing
// act cannot fail without one, so it is NOT_APPLICABLE with how many are still to be chosen.
func rangeFinding(ruleID string, n, lo, hi int64, required, whatZh, unitZh, whatEn, unitEn, noteZh, noteEn string) sdk.Finding {
	f := ruleset().Finding(ruleID, sdk.StatusPass)
	f.Required = required
	f.Actual = strconv.FormatInt(n, 10)
	switch {
	case n < lo:
		f.Status = sdk.StatusNotApplicable
		f.Remedy = fmt.Sprintf("需再确定 %d %s / %d more %s needed", lo-n, unitZh, lo-n, unitEn)
		f.MessageZh = fmt.Sprintf("%s %d 个,尚未达到 %d 个;通知未规定期限,尚未完成不判不合规", whatZh, n, lo)
		f.MessageEn = fmt.Sprintf("%d %s, fewer than %d so far; the notice states no deadline, so a selection not yet made is not a failure", n, whatEn, lo)
	case n > hi:
		f.Status = sdk.StatusFail
		f.Remedy = fmt.Sprintf("超出 %d %s,须减至 %d 个以内 / %d %s too many, at most %d", n-hi, unitZh, hi, n-hi, unitEn, hi)
		f.MessageZh = fmt.Sprintf("%s %d 个,多于 %d 个", whatZh, n, hi)
		f.MessageEn = fmt.Sprintf("%d %s, more than %d", n, whatEn, hi)
	default:
		f.MessageZh = fmt.Sprintf("%s %d 个,在 %d–%d 个之间", whatZh, n, lo, hi)
		f.MessageEn = fmt.Sprintf("%d %s, within %d to %d", n, whatEn, lo, hi)
	}
	f.MessageZh += noteZh
	f.MessageEn += noteEn
	return f
}

// countyPerPrefecture checks that a city (市、州) has designated its pilot county. "明确一个县" is
// read as exactly one (rangeFinding with both bounds at SC.pilot.counties_per_prefecture): one
// passes, two or more fail. "2017年起" says from when, not by when: the notice sets no deadline, so
// none is not yet done (NOT_APPLICABLE), never a failure.
func countyPerPrefecture(asOf sdk.Date, g sdk.GovernmentSpec) sdk.Finding {
	want, _, ok := ruleset().Int(paramCountiesPerPref, asOf)
	if !ruleset().InForce(RuleCountyPerPrefecture, asOf) || !ok {
		return ruleset().NotInForce(RuleCountyPerPrefecture, asOf)
	}
	required := fmt.Sprintf("恰好 %d 个(“明确一个县”),通知未规定期限 / exactly %d (\"designate one county\"); the notice sets no deadline", want, want)
	if g.Level != sdk.LevelCity {
		return otherLevel(RuleCountyPerPrefecture, g, "各市(州)", "each city or prefecture (市、州)", required)
	}
	if g.PilotCounties == nil {
		f := ruleset().Insufficient(RuleCountyPerPrefecture, "试点县数 government.pilotCounties", "pilot counties (government.pilotCounties)")
		f.Required = required
		return f
	}
	return rangeFinding(RuleCountyPerPrefecture, int64(*g.PilotCounties), want, want, required,
		govName(g)+"明确的试点县(市、区)", "个县", "pilot counties designated by "+govName(g), "counties",
		"", "")
}

// pilotCounty decides whether a county rule binds g: nil when it does, else the finding.
func pilotCounty(ruleID string, g sdk.GovernmentSpec, required string) *sdk.Finding {
	var f sdk.Finding
	switch {
	case g.Level != sdk.LevelCounty:
		f = otherLevel(ruleID, g, "试点县(市、区)民政部门", "pilot counties' civil-affairs departments", required)
	case g.IsPilot == nil:
		f = ruleset().Insufficient(ruleID, "是否试点县 government.isPilot", "whether the county is a pilot (government.isPilot)")
		f.Required = required
	case !*g.IsPilot:
		f = notPilot(ruleID, g, required)
	default:
		return nil
	}
	return &f
}

// pilotTownships checks that a pilot county has selected 1–2 pilot townships.
func pilotTownships(asOf sdk.Date, g sdk.GovernmentSpec) sdk.Finding {
	lo, _, okLo := ruleset().Int(paramTownshipsMin, asOf)
	hi, _, okHi := ruleset().Int(paramTownshipsMax, asOf)
	if !ruleset().InForce(RulePilotTownships, asOf) || !okLo || !okHi {
		return ruleset().NotInForce(RulePilotTownships, asOf)
	}
	required := fmt.Sprintf("%d–%d 个试点乡镇 / %d to %d pilot townships", lo, hi, lo, hi)
	if f := pilotCounty(RulePilotTownships, g, required); f != nil {
		return *f
	}
	if g.PilotTownships == nil {
		f := ruleset().Insufficient(RulePilotTownships, "试点乡镇数 government.pilotTownships", "pilot townships (government.pilotTownships)")
		f.Required = required
		return f
	}
	return rangeFinding(RulePilotTownships, int64(*g.PilotTownships), lo, hi, required,
		"试点乡镇", "个乡镇", "pilot townships", "townships", "", "")
}

// guidanceCatalog checks that a pilot county has published a guidance catalogue whose every item
// is at township or village level. The notice sets no deadline (制定…向社会公布), so a catalogue
// not yet published is NOT_APPLICABLE (not yet done), never FAIL; the item levels are judged once
// it is published. publishedOn not given is INSUFFICIENT_INPUT.
func guidanceCatalog(asOf sdk.Date, g sdk.GovernmentSpec) sdk.Finding {
	prm, ok := ruleset().Param(paramCatalogLevels, asOf)
	if !ruleset().InForce(RuleGuidanceCatalog, asOf) || !ok {
		return ruleset().NotInForce(RuleGuidanceCatalog, asOf)
	}
	codes, words := levels(prm)
	required := fmt.Sprintf("指导目录已向社会公布,且每一事项的服务层级为%s / catalogue published, every item at %s level",
		strings.Join(words, "或"), strings.Join(codes, " or "))
	if f := pilotCounty(RuleGuidanceCatalog, g, required); f != nil {
		return *f
	}
	c := g.Catalog
	if c == nil {
		f := ruleset().Insufficient(RuleGuidanceCatalog, "购买服务指导目录 government.catalog", "guidance catalogue (government.catalog)")
		f.Required = required
		return f
	}
	if c.PublishedOn == nil {
		f := ruleset().Insufficient(RuleGuidanceCatalog, "目录公布日期 government.catalog.publishedOn", "catalogue publication date (government.catalog.publishedOn)")
		f.Required = required
		return f
	}
	published := "公布于 " + c.PublishedOn.String() + " / published " + c.PublishedOn.String()
	if c.PublishedOn.After(asOf) {
		f := ruleset().Finding(RuleGuidanceCatalog, sdk.StatusNotApplicable)
		f.Required, f.Actual = required, published
		f.Remedy = "向社会公布指导目录 / publish the catalogue"
		f.MessageZh = fmt.Sprintf("%s:指导目录于 %s 公布,评估日 %s 尚未公布;通知未规定期限,尚未完成不判不合规", govName(g), c.PublishedOn, asOf)
		f.MessageEn = fmt.Sprintf("%s: the catalogue is published on %s, not yet on %s; the notice states no deadline, so a catalogue not yet published is not a failure", govName(g), c.PublishedOn, asOf)
		return f
	}
	if c.ItemLevels == nil {
		f := ruleset().Insufficient(RuleGuidanceCatalog, "目录事项层级 government.catalog.itemLevels", "catalogue item levels (government.catalog.itemLevels)")
		f.Required, f.Actual = required, published
		return f
	}
	var bad []string
	for i, l := range c.ItemLevels {
		if !slices.Contains(codes, l) {
			bad = append(bad, fmt.Sprintf("government.catalog.itemLevels[%d] %s", i, l))
		}
	}
	actual := published + ";" + fmt.Sprintf("%d 项,%d 项层级不符 / %d items, %d at another level", len(c.ItemLevels), len(bad), len(c.ItemLevels), len(bad))
	f := ruleset().Finding(RuleGuidanceCatalog, sdk.StatusFail)
	f.Required, f.Actual = required, actual
	switch {
	case len(c.ItemLevels) == 0:
		f.Remedy = "列明可购买的服务事项并标明层级 / list the purchasable services with their levels"
		f.MessageZh = govName(g) + ":指导目录未列任何事项"
		f.MessageEn = govName(g) + ": the catalogue lists no item"
	case len(bad) > 0:
		f.Remedy = fmt.Sprintf("将 %d 项的服务层级改为%s / assign %d item(s) to %s level", len(bad), strings.Join(words, "或"), len(bad), strings.Join(codes, " or "))
		f.MessageZh = fmt.Sprintf("%s:%d 项的服务层级不是%s:%s", govName(g), len(bad), strings.Join(words, "或"), strings.Join(bad, "、"))
		f.MessageEn = fmt.Sprintf("%s: %d item(s) not at %s level: %s", govName(g), len(bad), strings.Join(codes, " or "), strings.Join(bad, ", "))
	default:
		f.Status = sdk.StatusPass
		f.MessageZh = fmt.Sprintf("%s的指导目录已于 %s 向社会公布,%d 项均区分%s层级", govName(g), c.PublishedOn, len(c.ItemLevels), strings.Join(words, "、"))
		f.MessageEn = fmt.Sprintf("%s published its catalogue on %s; all %d items are at %s level", govName(g), c.PublishedOn, len(c.ItemLevels), strings.Join(codes, " or "))
	}
	return f
}

// pilotSubmission checks that a city has submitted its pilot progress to the provincial
// department: a report of the kind SC.reporting.pilot_submission_kind to the authority
// SC.reporting.pilot_submission_authority, dated from the notice's publication to asOf, PASSes;
// none is NOT_APPLICABLE, since 及时 states no deadline and a missing act cannot fail without one.
func pilotSubmission(asOf sdk.Date, g sdk.GovernmentSpec) sdk.Finding {
	to, okTo := ruleset().Param(paramSubmissionTo, asOf)
	kind, okK := ruleset().Param(paramSubmissionKind, asOf)
	if !ruleset().InForce(RulePilotSubmission, asOf) || !okTo || !okK {
		return ruleset().NotInForce(RulePilotSubmission, asOf)
	}
	from := ruleset().Rule(RulePilotSubmission).Validity.From
	required := fmt.Sprintf("%s 起向省民政厅报送试点工作情况(acts: %s, authority %s) / a pilot progress report to the provincial department from %s",
		from, kind.Value, to.Value, from)
	const notCheckedZh = ";“及时”未规定期限,报送时间未检查;试点县名单与试点方案未单独检查"
	const notCheckedEn = "; 及时 (promptly) sets no deadline, so timing is not checked; the pilot-county list and pilot plan are not checked apart"
	if g.Level != sdk.LevelCity {
		return otherLevel(RulePilotSubmission, g, "各市(州)民政局(通知的受文单位;县经市(州)报送)", "the cities' civil-affairs bureaus (the notice's addressees; counties report through their city)", required)
	}
	if g.Acts == nil {
		f := ruleset().Insufficient(RulePilotSubmission, "报告记录 government.acts", "acts on record (government.acts)")
		f.Required = required
		return f
	}
	var unknown []string
	for i, a := range g.Acts {
		if a.Kind != kind.Value {
			continue
		}
		path := "government.acts[" + strconv.Itoa(i) + "]"
		switch {
		case a.Authority != "" && a.Authority != to.Value:
			continue
		case a.Authority == "":
			unknown = append(unknown, path+".authority")
		case a.On == nil:
			unknown = append(unknown, path+".on")
		case !a.On.Before(from) && !a.On.After(asOf):
			f := ruleset().Finding(RulePilotSubmission, sdk.StatusPass)
			f.Required = required
			f.Actual = fmt.Sprintf("%s %s → %s %s", path, a.Kind, a.Authority, a.On)
			f.MessageZh = fmt.Sprintf("%s已于 %s 向省民政厅报送试点工作情况", govName(g), a.On) + notCheckedZh
			f.MessageEn = fmt.Sprintf("%s submitted its pilot progress to the provincial department on %s", govName(g), a.On) + notCheckedEn
			return f
		}
	}
	if len(unknown) > 0 {
		f := ruleset().Insufficient(RulePilotSubmission, strings.Join(unknown, "、"), strings.Join(unknown, ", "))
		f.Required = required
		return f
	}
	// No deadline (及时): a report not yet on record is not a failure.
	f := ruleset().Finding(RulePilotSubmission, sdk.StatusNotApplicable)
	f.Required = required
	f.Actual = fmt.Sprintf("%s 至 %s 无报送省民政厅的 %s / no %s to %s between %s and %s", from, asOf, kind.Value, kind.Value, to.Value, from, asOf)
	f.Remedy = "将开展试点工作的县(市、区)名单和试点方案、试点工作情况报送省民政厅 / submit the pilot-county list, pilot plan and pilot progress to the provincial department"
	f.MessageZh = fmt.Sprintf("%s尚无报送省民政厅的试点工作情况记录;“及时”未规定期限,尚未报送不判不合规", govName(g)) + notCheckedZh
	f.MessageEn = fmt.Sprintf("%s has no pilot progress report to the provincial department on record yet; 及时 (promptly) states no deadline, so a report not yet made is not a failure", govName(g)) + notCheckedEn
	return f
}
