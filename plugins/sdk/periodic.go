package sdk

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The declared check periodic: a government's duty to have one act of a kind (government.acts)
// in every period — calendar quarters, halves or years from an INTEGER parameter of months per
// period, or the span from 1 January to a yearly day from a TEXT parameter MM-DD (11月底前 =
// 11-30). The periods checked on asOf are every period of asOf's calendar year that has fully
// ended before asOf; when none has, the last period of the previous year. A period that starts
// before the rule's validity is not checked, and when all do the rule is NOT_IN_FORCE. An act
// counts for a period when it is dated within it (每季度提交 = one in each quarter), has the kind
// and, where the check names them, the authority: each of `authorities` needs its own act per
// period; with `above` one act to any level above the subject's (上级) will do; with neither,
// any authority. A level the duty does not bind (`levels`) is NOT_APPLICABLE; no acts given,
// or an act of the kind that is undated (or has no authority while dated in a missing period),
// is INSUFFICIENT_INPUT. A FAIL is softened (UnsureStart) when every period missing an act
// starts before the rule's start is certain.

// govLevelZh / govLevelEn name a government level in the periodic messages.
var (
	govLevelZh = map[string]string{
		LevelProvince: "省级", LevelCity: "市(州)级", LevelCounty: "县(市、区)级",
		LevelTownship: "乡镇(街道)", LevelVillage: "村(社区)",
	}
	govLevelEn = map[string]string{
		LevelProvince: "province", LevelCity: "city", LevelCounty: "county",
		LevelTownship: "township", LevelVillage: "village",
	}
)

func govLevelNames(levels []string) (zh, en string) {
	var z, e []string
	for _, l := range levels {
		z, e = append(z, govLevelZh[l]), append(e, govLevelEn[l])
	}
	return strings.Join(z, "、"), strings.Join(e, ", ")
}

// levelsAbove returns the levels above a government's (上级): a county's city and province, a
// city's province.
func levelsAbove(level string) []string {
	switch level {
	case LevelCounty:
		return []string{LevelCity, LevelProvince}
	case LevelCity:
		return []string{LevelProvince}
	}
	return nil
}

var periodicDefaults = map[string]string{
	"required": "{duty_zh},每项须日期在所属期间内:{windows_zh} / {duty_en}, each dated within its period: {windows_en}",
	"actual":   "{done}/{slots} 已有记录 / {done} of {slots} on record",
	"pass_zh":  "{periods_zh}的{what_zh}均有记录",
	"pass_en":  "the {what_en} is on record for {periods_en}",
	"remedy":   "缺{what_zh}(须日期在所属期间内):{missing_zh} / missing {what_en} (dated within the period): {missing_en}",
	"fail_zh":  "未做到{duty_zh}:缺 {missing_count} 项(记录须日期在所属期间内)",
	"fail_en":  "not met: {duty_en}; {missing_count} missing (an act counts when dated within its period)",
	"to_zh":    "向{level_zh}民政部门",
	"to_en":    "to the {level_en}",
	"above_zh": "向上级({level_zh})民政部门",
	"above_en": "to a higher level ({level_en})",
	"verb_zh":  "提交",
}

var periodicTexts = []string{"what_zh", "what_en", "verb_zh", "to_zh", "to_en", "above_zh", "above_en", "required", "actual",
	"pass_zh", "pass_en", "fail_zh", "fail_en", "remedy"}

var periodicVars = []string{"what_zh", "what_en", "verb_zh", "freq_zh", "freq_en", "duty_zh", "duty_en",
	"windows_zh", "windows_en", "periods_zh", "periods_en", "done", "slots", "missing_count", "missing_zh",
	"missing_en", "level_zh", "level_en", "path"}

// Period is one period of a periodic duty, first and last day inclusive, with its name in
// Chinese and English (2024年第1季度 / 2024-Q1).
type Period struct {
	From, To Date
	Zh, En   string
}

// Contains reports whether d falls within the period.
func (pd Period) Contains(d Date) bool { return !d.Before(pd.From) && !d.After(pd.To) }

// PeriodsOfYear splits a calendar year into periods of months months, which must divide 12: 3
// gives the quarters, 6 the halves, 12 the year. Another value is a programming error (a
// ruleset's months are checked when it loads) and panics.
func PeriodsOfYear(year, months int) []Period {
	if months <= 0 || 12%months != 0 {
		panic(fmt.Sprintf("sdk: a period of %d months does not divide the year", months))
	}
	var out []Period
	for i, m := 0, 1; m <= 12; i, m = i+1, m+months {
		from := NewDate(year, time.Month(m), 1)
		pd := Period{From: from, To: from.AddDate(0, months, -1)}
		switch months {
		case 3:
			pd.Zh, pd.En = fmt.Sprintf("%d年第%d季度", year, i+1), fmt.Sprintf("%d-Q%d", year, i+1)
		case 6:
			pd.Zh, pd.En = fmt.Sprintf("%d年%s半年", year, []string{"上", "下"}[i]), fmt.Sprintf("%d-H%d", year, i+1)
		case 12:
			pd.Zh, pd.En = fmt.Sprintf("%d年", year), fmt.Sprintf("%d", year)
		default:
			pd.Zh = pd.From.String() + "至" + pd.To.String()
			pd.En = pd.From.String() + ".." + pd.To.String()
		}
		out = append(out, pd)
	}
	return out
}

// CheckedPeriods returns the periods checked on asOf: every period of asOf's calendar year that
// has fully ended before asOf, or, when none has, the last period of the previous year.
func CheckedPeriods(asOf Date, of func(year int) []Period) []Period {
	var out []Period
	for _, pd := range of(asOf.Year) {
		if pd.To.Before(asOf) {
			out = append(out, pd)
		}
	}
	if len(out) == 0 {
		prev := of(asOf.Year - 1)
		out = prev[len(prev)-1:]
	}
	return out
}

// PeriodLabels joins the periods' names, in Chinese and in English.
func PeriodLabels(ps []Period) (zh, en string) {
	var z, e []string
	for _, pd := range ps {
		z, e = append(z, pd.Zh), append(e, pd.En)
	}
	return strings.Join(z, "、"), strings.Join(e, ", ")
}

// periodsOf reads the periodic parameter's value: INTEGER months per period, or a TEXT MM-DD
// yearly day. err names what is wrong with the value (checked at load).
func periodsOf(prm Parameter) (of func(int) []Period, freqZh, freqEn string, err error) {
	if prm.Kind == KindText {
		md, err := time.Parse("01-02", strings.TrimSpace(prm.Value))
		if err != nil {
			return nil, "", "", fmt.Errorf("%q is not a yearly day MM-DD", prm.Value)
		}
		of = func(y int) []Period {
			to := NewDate(y, md.Month(), md.Day())
			return []Period{{From: NewDate(y, time.January, 1), To: to,
				Zh: fmt.Sprintf("%d年(%d月%d日前)", y, md.Month(), md.Day()), En: fmt.Sprintf("%d (by %s)", y, to)}}
		}
		return of, fmt.Sprintf("每年%d月%d日前", md.Month(), md.Day()), fmt.Sprintf("every year by %02d-%02d", md.Month(), md.Day()), nil
	}
	months, err := strconv.Atoi(prm.Value)
	if err != nil || months <= 0 || 12%months != 0 {
		return nil, "", "", fmt.Errorf("%q months per period does not divide the year", prm.Value)
	}
	freqZh, freqEn = fmt.Sprintf("每 %d 个月", months), fmt.Sprintf("every %d months", months)
	switch months {
	case 3:
		freqZh, freqEn = "每季度", "every quarter"
	case 6:
		freqZh, freqEn = "每半年", "every half-year"
	}
	return func(y int) []Period { return PeriodsOfYear(y, months) }, freqZh, freqEn, nil
}

// validatePeriodic checks the fields only periodic has, for validateCheck.
func (rs *Ruleset) validatePeriodic(c *Check, where string, bad func(string, ...any)) {
	if c.Subject != "government.acts" {
		bad("%s.subject: periodic reads government.acts, not %q", where, c.Subject)
	}
	if !slices.Contains(GovernmentActKinds, c.Act) {
		bad("%s.act: %q is not one of %v", where, c.Act, GovernmentActKinds)
	}
	if len(c.Levels) == 0 {
		bad("%s.levels: periodic needs the government levels the duty binds", where)
	}
	for i, l := range c.Levels {
		if _, ok := govLevelZh[l]; !ok {
			bad("%s.levels[%d]: %q is not a government level", where, i, l)
		}
	}
	for i, a := range c.Authorities {
		if _, ok := govLevelZh[a]; !ok {
			bad("%s.authorities[%d]: %q is not a government level", where, i, a)
		}
	}
	if c.Above && len(c.Authorities) > 0 {
		bad("%s.above: give authorities or above, not both", where)
	}
	if list, ok := rs.params[c.Param]; ok {
		for _, prm := range list {
			if prm.Kind != KindInteger && prm.Kind != KindText {
				bad("%s.param: periodic needs an INTEGER (months per period) or TEXT (MM-DD) parameter, %s is %s", where, c.Param, prm.Kind)
				break
			}
			if _, _, _, err := periodsOf(prm); err != nil {
				bad("%s.param: %s from %s: %v", where, c.Param, prm.Validity.From, err)
			}
		}
	}
	if c.Of != "" || c.EmptyIsMissing {
		bad("%s: periodic takes no of or empty_is_missing", where)
	}
}

// periodic evaluates a periodic check on a government subject.
func (rs *Ruleset) periodic(r Rule, c *Check, asOf Date, g GovernmentSpec) Finding {
	prm, ok := rs.Param(c.Param, asOf)
	if !rs.InForce(r.ID, asOf) || !ok {
		return rs.NotInForce(r.ID, asOf)
	}
	of, freqZh, freqEn, _ := periodsOf(prm) // checked at load
	if !slices.Contains(c.Levels, g.Level) {
		zh, en := govLevelNames(c.Levels)
		f := rs.Finding(r.ID, StatusNotApplicable)
		f.Actual = "level " + g.Level
		f.Required = "level " + strings.Join(c.Levels, " | ")
		f.MessageZh = fmt.Sprintf("本条约束%s民政部门,不适用于%s", zh, govLevelZh[g.Level])
		f.MessageEn = fmt.Sprintf("the rule binds the %s civil-affairs department, not a %s", en, govLevelEn[g.Level])
		return f
	}
	checked := CheckedPeriods(asOf, of)
	var ps []Period
	for _, pd := range checked {
		if !pd.From.Before(r.Validity.From) {
			ps = append(ps, pd)
		}
	}
	if len(ps) == 0 {
		zh, en := PeriodLabels(checked)
		f := rs.NotInForce(r.ID, asOf)
		f.Actual = "checked period " + en
		f.MessageZh = fmt.Sprintf("应检查的期间(%s)早于方案施行(%s),未适用", zh, r.Validity.From)
		f.MessageEn = fmt.Sprintf("the period checked (%s) precedes the scheme (%s); not applied", en, r.Validity.From)
		return f
	}
	vars := map[string]string{"path": c.Subject, "freq_zh": freqZh, "freq_en": freqEn}
	for _, k := range []string{"what_zh", "what_en", "verb_zh"} {
		vars[k] = c.text(k)
	}
	// to names the authorities of a slot with the text keys to_* (one level) or above_* (上级).
	to := func(key string, levels []string) (string, string) {
		zh, en := govLevelNames(levels)
		v := map[string]string{"level_zh": zh, "level_en": strings.ReplaceAll(en, ", ", " or ")}
		return render(c.text(key+"_zh"), v), render(c.text(key+"_en"), v)
	}
	// A slot is one act needed: a period and the authorities it may be addressed to (nil: any).
	type slot struct {
		pd     Period
		auth   []string
		zh, en string // 向省级民政部门 / to the province; "" when any authority will do
	}
	var toZh, toEn []string
	switch {
	case c.Above:
		z, e := to("above", levelsAbove(g.Level))
		toZh, toEn = []string{z}, []string{e}
	default:
		for _, a := range c.Authorities {
			z, e := to("to", []string{a})
			toZh, toEn = append(toZh, z), append(toEn, e)
		}
	}
	var slots []slot
	var winZh, winEn []string
	for _, pd := range ps {
		winZh = append(winZh, fmt.Sprintf("%s(%s至%s)", pd.Zh, pd.From, pd.To))
		winEn = append(winEn, fmt.Sprintf("%s (%s..%s)", pd.En, pd.From, pd.To))
		switch {
		case c.Above:
			slots = append(slots, slot{pd, levelsAbove(g.Level), toZh[0], toEn[0]})
		case c.Authorities == nil:
			slots = append(slots, slot{pd: pd})
		default:
			for i, a := range c.Authorities {
				slots = append(slots, slot{pd, []string{a}, toZh[i], toEn[i]})
			}
		}
	}
	// 每季度向省级…、向市(州)级…提交项目实施情况报告
	vars["duty_zh"] = freqZh + strings.Join(toZh, "、") + vars["verb_zh"] + vars["what_zh"]
	vars["duty_en"] = strings.Join(slices.DeleteFunc([]string{vars["what_en"], strings.Join(toEn, " and "), freqEn},
		func(s string) bool { return s == "" }), " ")
	vars["windows_zh"], vars["windows_en"] = strings.Join(winZh, "、"), strings.Join(winEn, ", ")
	vars["periods_zh"], vars["periods_en"] = PeriodLabels(ps)
	req := render(c.text("required"), vars)
	if g.Acts == nil {
		f := rs.Insufficient(r.ID, "记录(government.acts)", "acts on record (government.acts)")
		f.Required = req
		return f
	}
	var missing []slot
	done := 0
	for _, s := range slots {
		if slices.ContainsFunc(g.Acts, func(act GovernmentActSpec) bool {
			return act.Kind == c.Act && act.On != nil && s.pd.Contains(*act.On) && (s.auth == nil || slices.Contains(s.auth, act.Authority))
		}) {
			done++
		} else {
			missing = append(missing, s)
		}
	}
	vars["done"], vars["slots"] = strconv.Itoa(done), strconv.Itoa(len(slots))
	actual := render(c.text("actual"), vars)
	if len(missing) == 0 {
		f := rs.Finding(r.ID, StatusPass)
		f.Actual, f.Required = actual, req
		f.MessageZh, f.MessageEn = render(c.text("pass_zh"), vars), render(c.text("pass_en"), vars)
		return f
	}
	// An act of the kind that is undated, or has no authority while dated in a missing period,
	// could be one of the missing ones.
	var unknown []string
	for i, act := range g.Acts {
		if act.Kind != c.Act {
			continue
		}
		path := fmt.Sprintf("government.acts[%d]", i)
		switch {
		case act.On == nil:
			unknown = append(unknown, path+".on")
		case act.Authority == "" && slices.ContainsFunc(missing, func(s slot) bool { return s.auth != nil && s.pd.Contains(*act.On) }):
			unknown = append(unknown, path+".authority")
		}
	}
	if len(unknown) > 0 {
		f := rs.InsufficientPaths(r.ID, "记录日期或对象", "act dates or authorities", unknown)
		f.Actual, f.Required = actual, req
		return f
	}
	var zh, en []string
	var last Date // the latest start among the periods missing an act
	for _, s := range missing {
		if s.zh == "" {
			zh, en = append(zh, s.pd.Zh), append(en, s.pd.En)
		} else {
			zh, en = append(zh, s.pd.Zh+"("+s.zh+")"), append(en, s.pd.En+" ("+s.en+")")
		}
		if last.IsZero() || s.pd.From.After(last) {
			last = s.pd.From
		}
	}
	vars["missing_count"] = strconv.Itoa(len(missing))
	vars["missing_zh"], vars["missing_en"] = strings.Join(zh, "、"), strings.Join(en, "; ")
	f := rs.Finding(r.ID, StatusFail)
	f.Actual, f.Required = actual, req
	f.Remedy = render(c.text("remedy"), vars)
	f.MessageZh, f.MessageEn = render(c.text("fail_zh"), vars), render(c.text("fail_en"), vars)
	// A shortfall is certain only when some period missing an act starts once the rule is surely
	// in effect.
	return rs.UnsureStart(f, last)
}
