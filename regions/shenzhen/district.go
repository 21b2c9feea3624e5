package shenzhen

import (
	"fmt"

	"github.com/shegong/shegong/plugins/sdk"
)

// District package standards (clause 十三: 在不低于前述标准的前提下,各区可根据本区经济社会发展实际
// 自行制定政府购买社会工作服务整体打包标准). See the package comment for the readings.

// districtProjectFinding is the project side: where the project's district has its own
// standard (project.localPackageStandard) and it is not below the city floor that applies to
// the project's domain (city), the district standard binds, and the budget must reach
// standard × headcount × months / 12; the result's total is then that floor. A district
// standard below the city floor binds nothing: the city floor applies, and the finding is
// NOT_APPLICABLE, saying why.
func (p *policy) districtProjectFinding(asOf sdk.Date, pr sdk.ProjectSpec, m money, city floorResult) floorResult {
	rs := p.rs
	general, _, ok := rs.Money(paramPackageMin, asOf)
	if !rs.InForce(ruleDistrictStandard, asOf) || !ok || !city.known {
		return floorResult{finding: rs.NotInForce(ruleDistrictStandard, asOf)}
	}
	cityRule := rulePackageMin
	if city.finding.RuleID == rulePackageMinHigh {
		cityRule = rulePackageMinHigh
	}
	required := fmt.Sprintf(">= max(%s, project.localPackageStandard)", city.perYear)
	na := func(actual, zh, en string) floorResult {
		f := rs.Finding(ruleDistrictStandard, sdk.StatusNotApplicable)
		f.Actual, f.Required, f.MessageZh, f.MessageEn = actual, required, zh, en
		return floorResult{finding: f}
	}
	if pr.LocalPackageStandard == nil {
		return na("no district standard given",
			fmt.Sprintf("未给出区级整体打包标准(project.localPackageStandard);各区“可”自行制定,未制定时按市标准 %s 元/人/年(%s)", yuanZh(city.perYear), cityRule),
			fmt.Sprintf("no district package standard given (project.localPackageStandard); districts may set one, and without it the city floor of %s yuan/person/year applies (%s)", city.perYear, cityRule))
	}
	local := *pr.LocalPackageStandard
	actualStd := "district standard " + local.String() + " per person-year"
	if local < general {
		return na(actualStd,
			fmt.Sprintf("区级标准 %s 元/人/年低于市标准 %s 元/人/年,不符合“不低于前述标准”,不能作为下限;本项目按市标准 %s 元/人/年(%s)。该区标准本身请以政府主体评估(government.packageStandard)",
				yuanZh(local), yuanZh(general), yuanZh(city.perYear), cityRule),
			fmt.Sprintf("the district standard %s yuan/person/year is below the city floor %s, which the clause does not allow, so it sets no floor; the project is held to the city floor %s (%s). Evaluate the district itself as a government subject (government.packageStandard)",
				local, general, city.perYear, cityRule))
	}
	if local < city.perYear {
		return na(actualStd,
			fmt.Sprintf("区级标准 %s 元/人/年不低于市一般标准,但低于本项目适用的高风险领域标准 %s 元/人/年,以市标准为准(%s)", yuanZh(local), yuanZh(city.perYear), cityRule),
			fmt.Sprintf("the district standard %s yuan/person/year meets the general city floor but is below the high-risk floor %s that applies to this project, so the city floor binds (%s)", local, city.perYear, cityRule))
	}
	if pr.Headcount == 0 {
		f := rs.Insufficient(ruleDistrictStandard, "项目人员总数 project.headcount", "project.headcount")
		f.Actual, f.Required = actualStd, required
		return floorResult{finding: f}
	}
	months := pr.MonthsOrDefault()
	total := floorOver(local, pr.Headcount, months)
	res := floorResult{total: &total, perYear: local, known: true}
	bindZh := fmt.Sprintf("区级标准 %s 元/人/年高于市标准 %s 元/人/年,以区级标准为准", yuanZh(local), yuanZh(city.perYear))
	bindEn := fmt.Sprintf("the district standard %s yuan/person/year is above the city floor %s and binds", local, city.perYear)
	if local == city.perYear {
		bindZh = fmt.Sprintf("区级标准与市标准同为 %s 元/人/年", yuanZh(local))
		bindEn = fmt.Sprintf("the district standard equals the city floor, %s yuan/person/year", local)
	}
	perZh := fmt.Sprintf("%d 人 × %d 个月 ÷ 12 × %s 元/人/年 = %s 元", pr.Headcount, months, yuanZh(local), yuanZh(total))
	perEn := fmt.Sprintf("%d persons × %d months / 12 × %s yuan/person/year = %s yuan", pr.Headcount, months, local, total)
	if !m.given {
		f := rs.Insufficient(ruleDistrictStandard, "项目预算 project.budget", "project.budget")
		f.Required = ">= " + total.String()
		f.MessageZh += ";" + bindZh + ",下限为 " + perZh
		f.MessageEn += "; " + bindEn + "; the floor is " + perEn
		res.finding = f
		return res
	}
	f := rs.Finding(ruleDistrictStandard, sdk.StatusPass)
	f.Actual = m.total.String()
	f.Required = ">= " + total.String()
	if m.total >= total {
		f.MessageZh = fmt.Sprintf("项目经费 %s 元不低于区级整体打包标准:%s(%s)", yuanZh(m.total), perZh, bindZh)
		f.MessageEn = fmt.Sprintf("budget %s yuan meets the district package standard: %s (%s)", m.total, perEn, bindEn)
	} else {
		short := total - m.total
		f.Status = sdk.StatusFail
		f.Remedy = fmt.Sprintf("按区级标准需增加经费 %s 元 / %s yuan short of the district standard", yuanZh(short), short)
		f.MessageZh = fmt.Sprintf("项目经费 %s 元低于区级整体打包标准:%s(%s)", yuanZh(m.total), perZh, bindZh)
		f.MessageEn = fmt.Sprintf("budget %s yuan is below the district package standard: %s (%s)", m.total, perEn, bindEn)
	}
	res.finding = f
	return res
}

func levelZh(level string) string {
	switch level {
	case sdk.LevelProvince:
		return "省级"
	case sdk.LevelCity:
		return "市级"
	case sdk.LevelCounty:
		return "县(区)级"
	}
	return level
}

// districtGovernmentFinding is the government side: a district (level COUNTY) that has set its
// own package standard must not set it below the city's general floor (SZ.budget.package_min).
// The clause empowers districts (可…自行制定), so a district without one (packageStandard nil:
// none set, or not given) is NOT_APPLICABLE rather than short of input, and a province or city
// is NOT_APPLICABLE.
func (p *policy) districtGovernmentFinding(asOf sdk.Date, g sdk.GovernmentSpec) sdk.Finding {
	rs := p.rs
	general, _, ok := rs.Money(paramPackageMin, asOf)
	if !rs.InForce(ruleDistrictStandard, asOf) || !ok {
		return rs.NotInForce(ruleDistrictStandard, asOf)
	}
	name := g.Name
	if name == "" {
		name = "本单位"
	}
	nameEn := g.Name
	if nameEn == "" {
		nameEn = "the unit"
	}
	required := ">= " + general.String()
	if g.Level != sdk.LevelCounty {
		f := rs.Finding(ruleDistrictStandard, sdk.StatusNotApplicable)
		f.Actual, f.Required = "level "+g.Level, required
		f.MessageZh = fmt.Sprintf("“各区可…自行制定”授权区(县级)制定本区整体打包标准;%s为%s,不适用", name, levelZh(g.Level))
		f.MessageEn = fmt.Sprintf("the clause lets districts (county level) set their own package standard; %s is at %s level, so it does not apply", nameEn, g.Level)
		if g.Level == sdk.LevelCity {
			f.MessageZh += ";市级标准即本措施规定的整体打包标准"
			f.MessageEn += "; the city's standard is the floor the measures set"
		}
		return f
	}
	if g.PackageStandard == nil {
		f := rs.Finding(ruleDistrictStandard, sdk.StatusNotApplicable)
		f.Actual, f.Required = "no district standard given", required
		f.MessageZh = fmt.Sprintf("各区“可”根据本区实际自行制定整体打包标准,为授权而非义务;%s未给出本区标准(government.packageStandard),无可核对,按市标准执行;如已制定,请给出以核对其不低于市标准", name)
		f.MessageEn = fmt.Sprintf("districts may set their own package standard but need not; no standard is given for %s (government.packageStandard), so there is nothing to check and the city floor applies; if it has set one, give it to check that it is not below the city floor", nameEn)
		return f
	}
	std := *g.PackageStandard
	f := rs.Finding(ruleDistrictStandard, sdk.StatusPass)
	f.Actual, f.Required = std.String()+" per person-year", required
	if std >= general {
		f.MessageZh = fmt.Sprintf("%s整体打包标准 %s 元/人/年不低于市标准 %s 元/人/年", name, yuanZh(std), yuanZh(general))
		f.MessageEn = fmt.Sprintf("the package standard of %s, %s yuan/person/year, is not below the city floor %s", nameEn, std, general)
		if high, _, okHigh := rs.Money(paramPackageMinHigh, asOf); okHigh && std < high {
			f.MessageZh += fmt.Sprintf(";高风险领域项目仍按市标准 %s 元/人/年执行(取两者较高者)", yuanZh(high))
			f.MessageEn += fmt.Sprintf("; high-risk projects keep the city's %s floor (the higher of the two applies)", high)
		}
		return f
	}
	short := general - std
	f.Status = sdk.StatusFail
	f.Remedy = fmt.Sprintf("需将本区标准提高 %s 元/人/年,至不低于 %s 元/人/年 / raise the district standard by %s yuan/person/year to at least %s", yuanZh(short), yuanZh(general), short, general)
	f.MessageZh = fmt.Sprintf("%s整体打包标准 %s 元/人/年低于市标准 %s 元/人/年;各区须在不低于市标准的前提下制定", name, yuanZh(std), yuanZh(general))
	f.MessageEn = fmt.Sprintf("the package standard of %s, %s yuan/person/year, is below the city floor %s; a district's standard must not be lower", nameEn, std, general)
	return f
}
