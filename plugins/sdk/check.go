package sdk

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// CheckKind is one of the closed set of checks a rule may declare in its region's ruleset.yaml
// instead of being written in Go. Each kind owns its validity guard (NOT_IN_FORCE outside the
// rule's or the parameter's window), its INSUFFICIENT_INPUT path (the fact not given), its remedy
// and its bilingual messages, built from the parameter's own value so that a changed value
// changes the message.
type CheckKind string

const (
	// CheckAtLeast: a subject quantity is at least an INTEGER parameter, or — with `of`, a second
	// quantity as the whole — a share at least a RATIO parameter, exact and inclusive (以上, 不低于).
	CheckAtLeast CheckKind = "at_least"
	// CheckAtMost: the same, at most (以下, 不超过).
	CheckAtMost CheckKind = "at_most"
	// CheckListContains: a subject's free-text list holds every item of a TEXT list parameter
	// (items joined with 、), matched exactly once trimmed (MissingItems).
	CheckListContains CheckKind = "list_contains"
	// CheckPeriodic: a government has an act of a kind (government.acts) in every period of an
	// INTEGER parameter of months (每季度, 每半年, 每年) or up to a TEXT MM-DD yearly day
	// (每年11月底前), to the authorities the check names (periodic.go).
	CheckPeriodic CheckKind = "periodic"
	// CheckChoice: a subject's one-word fact is one of the values of a TEXT list parameter
	// (choice.go).
	CheckChoice CheckKind = "choice"
	// CheckTarget: a government reaches a target — a quantity at least an INTEGER parameter, or
	// a flag set — by the day of a DATE parameter (到2020年…达到N以上); unmet after it is a FAIL
	// saying how late (check_target.go, ConcludeDeadline).
	CheckTarget CheckKind = "target"
	// CheckListWithin: every item of a subject's free-text list is one of the items of a TEXT
	// list parameter and of the TEXT parameters under `also` (check_within.go).
	CheckListWithin CheckKind = "list_within"
	// CheckEachWorker: every worker of a project, station or worker subject meets a condition on
	// a worker fact — a level at least a TEXT parameter's, or a flag set — or, with `prefer`, the
	// workers who meet a preference are counted (check_worker.go).
	CheckEachWorker CheckKind = "each_worker"
)

// CheckKinds lists the kinds a ruleset may declare.
var CheckKinds = []CheckKind{CheckAtLeast, CheckAtMost, CheckListContains, CheckPeriodic, CheckChoice, CheckTarget,
	CheckListWithin, CheckEachWorker}

// Check is a rule's declared check, as ruleset.yaml writes it under the rule:
//
//	check:
//	  kind: list_contains                 # at_least | at_most | list_contains | periodic | choice | target | list_within | each_worker
//	  subject: station.systems            # the subject fact (facts.go lists them)
//	  param: HN.station.systems           # a parameter of this rule
//	  of: organization.fullTimeStaff      # at_least / at_most with a RATIO parameter: the whole
//	  when: [{fact: project.programme, equals: STATION}]   # else the rule is silent for the subject
//	  empty_is_missing: true              # list_contains: an empty list is missing input too
//	  text:                               # message templates; each key has a default per kind
//	    name_zh: 站点制度与档案
//	    fail_zh: "…{missing_zh}…"
//
// Templates name variables in braces: {value}, {value_zh}, {value_en}, {percent}, {unit} (the
// parameter), {actual}, {of}, {gap}, {need}, {hire}, {path} (the subject), and for lists
// {need_count}, {missing_zh}, {missing_en}, {missing_count}, {have_zh}, {have_or_none}; the text
// keys name_zh, name_en, of_name_zh, of_name_en, verb_zh, verb_en are variables too. Loading
// refuses an unknown key or variable, naming the rule and the field.
type Check struct {
	Kind           CheckKind         `yaml:"kind"`
	Subject        string            `yaml:"subject"`
	Param          string            `yaml:"param"`
	Of             string            `yaml:"of,omitempty" json:",omitempty"`
	When           []CheckCondition  `yaml:"when,omitempty" json:",omitempty"`
	EmptyIsMissing bool              `yaml:"empty_is_missing,omitempty" json:",omitempty"`
	Text           map[string]string `yaml:"text,omitempty" json:",omitempty"`
	// Advisory marks a rule whose text only urges (原则上, 鼓励): a FAIL becomes advice
	// (sdk.Advisory), in the text's own word.
	Advisory *CheckAdvisory `yaml:"advisory,omitempty" json:",omitempty"`
	// Periodic only: the act kind (GovernmentActKinds), the government levels the duty binds
	// (another level gets NOT_APPLICABLE), and to whom each act goes: each of Authorities
	// needs its own act per period; Above, one act to any level above the subject's (上级);
	// neither, any authority.
	Act         string   `yaml:"act,omitempty" json:",omitempty"`
	Levels      []string `yaml:"levels,omitempty" json:",omitempty"`
	Authorities []string `yaml:"authorities,omitempty" json:",omitempty"`
	Above       bool     `yaml:"above,omitempty" json:",omitempty"`
	// Labels name the values of a choice in its messages (choice only).
	Labels map[string]CheckLabel `yaml:"labels,omitempty" json:",omitempty"`
	// Target only (check_target.go): the DATE parameter of the deadline, the levels named by
	// the items of a TEXT parameter, and the names of levels and units in the messages.
	Due        string                `yaml:"due,omitempty" json:",omitempty"`
	LevelNames map[string]string     `yaml:"level_names,omitempty" json:",omitempty"`
	LevelZh    map[string]string     `yaml:"level_zh,omitempty" json:",omitempty"`
	Units      map[string]CheckLabel `yaml:"units,omitempty" json:",omitempty"`
	// List_within only (check_within.go): more TEXT parameters whose items are allowed too, and
	// whether an empty list fails.
	Also       []string `yaml:"also,omitempty" json:",omitempty"`
	EmptyFails bool     `yaml:"empty_fails,omitempty" json:",omitempty"`
	// Each_worker only (check_worker.go): the condition is a preference (优先), counted, never
	// failed.
	Prefer bool `yaml:"prefer,omitempty" json:",omitempty"`
}

// CheckAdvisory is the word by which the text only urges: {zh: 原则上, en: in principle}.
type CheckAdvisory struct {
	Zh string `yaml:"zh"`
	En string `yaml:"en"`
}

// CheckCondition limits a check to subjects whose text fact equals a value.
type CheckCondition struct {
	Fact   string `yaml:"fact"`
	Equals string `yaml:"equals"`
}

// checkTexts are the text keys each kind accepts.
var checkTexts = map[CheckKind][]string{
	CheckAtLeast: {"name_zh", "name_en", "of_name_zh", "of_name_en", "required", "actual", "pass_zh", "pass_en",
		"fail_zh", "fail_en", "remedy", "zero_zh", "zero_en", "zero_remedy", "scope_zh", "scope_en"},
	CheckListContains: {"name_zh", "name_en", "verb_zh", "verb_en", "required", "actual", "pass_zh", "pass_en",
		"fail_zh", "fail_en", "remedy", "scope_zh", "scope_en", "unrecognised_zh", "unrecognised_en"},
}

func init() {
	checkTexts[CheckAtMost] = checkTexts[CheckAtLeast]
	checkTexts[CheckPeriodic] = periodicTexts
	checkTexts[CheckChoice] = choiceTexts
	checkTexts[CheckTarget] = targetTexts
	checkTexts[CheckListWithin] = withinTexts
	checkTexts[CheckEachWorker] = workerTexts
}

// paramVars are the variables known before the subject is read: Required may use only these.
var paramVars = []string{"value", "value_zh", "value_en", "percent", "unit", "path", "param", "name_zh", "name_en", "of_name_zh",
	"of_name_en", "verb_zh", "verb_en", "need_count"}

// checkVars are every variable of a kind's templates.
var checkVars = map[CheckKind][]string{
	CheckAtLeast: append(slices.Clone(paramVars), "actual", "of", "gap", "need", "hire"),
	CheckListContains: append(slices.Clone(paramVars), "missing_zh", "missing_en", "missing_count", "have_zh", "have_or_none",
		"unrecognised_zh", "unrecognised_en"),
}

func init() {
	checkVars[CheckAtMost] = checkVars[CheckAtLeast]
	checkVars[CheckPeriodic] = periodicVars
	checkVars[CheckChoice] = choiceVars
	checkVars[CheckTarget] = targetVars
	checkVars[CheckListWithin] = withinVars
	checkVars[CheckEachWorker] = workerVars
}

// Default texts, per kind. Integer thresholds and shares differ in their wording; the share
// defaults are chosen when the check has `of`.
var (
	listDefaults = map[string]string{
		"required": "{value_zh}",
		"actual":   "{have_or_none}",
		"remedy":   "须{verb_zh}:{missing_zh} / must {verb_en} {missing_count} more item(s): {missing_en}",
		"fail_zh":  "应{verb_zh}的 {need_count} 项中有 {missing_count} 项未{verb_zh}:{missing_zh}",
		"fail_en":  "{missing_count} of the {need_count} items to {verb_en} are missing: {missing_en}",
		"pass_zh":  "应{verb_zh}的 {need_count} 项均已{verb_zh}",
		"pass_en":  "all {need_count} items to {verb_en} are there",
		"verb_zh":  "具备",
		"verb_en":  "have",
	}
	atLeastDefaults = map[string]string{
		"required": ">= {value} {unit}",
		"actual":   "{actual}",
		"pass_zh":  "{name_zh} {actual},达到 {value}({value_zh})以上",
		"pass_en":  "{name_en} is {actual}, at least {value}",
		"fail_zh":  "{name_zh} {actual},不足 {value}(差 {gap})",
		"fail_en":  "{name_en} is {actual}, {gap} below {value}",
		"remedy":   "{name_zh}须再增加 {gap} / {name_en} must rise by {gap}",
	}
	atMostDefaults = map[string]string{
		"required": "<= {value} {unit}",
		"actual":   "{actual}",
		"pass_zh":  "{name_zh} {actual},在 {value}({value_zh})以下",
		"pass_en":  "{name_en} is {actual}, at most {value}",
		"fail_zh":  "{name_zh} {actual},超过 {value}(超出 {gap})",
		"fail_en":  "{name_en} is {actual}, {gap} over {value}",
		"remedy":   "{name_zh}须减少 {gap} / {name_en} must fall by {gap}",
	}
	shareAtLeastDefaults = map[string]string{
		"required":    ">= {value}({percent})",
		"actual":      "{actual}/{of}",
		"pass_zh":     "{of_name_zh} {of} 中{name_zh} {actual},达到{value_zh}以上",
		"pass_en":     "{actual} of {of} {of_name_en} are {name_en}, at least {value_en}",
		"fail_zh":     "{of_name_zh} {of} 中{name_zh}仅 {actual},不足{value_zh}",
		"fail_en":     "only {actual} of {of} {of_name_en} are {name_en}, below {value_en}",
		"remedy":      "{name_zh}还需增加 {need} / {need} more {name_en} needed",
		"zero_zh":     "{of_name_zh}为 0",
		"zero_en":     "there are no {of_name_en}",
		"zero_remedy": "须有{of_name_zh},其中至少{value_zh}为{name_zh} / {of_name_en} are needed, at least {value_en} of them {name_en}",
	}
	shareAtMostDefaults = map[string]string{
		"required":    "<= {value}({percent})",
		"actual":      "{actual}/{of}",
		"pass_zh":     "{of_name_zh} {of} 中{name_zh} {actual},在{value_zh}以下",
		"pass_en":     "{actual} of {of} {of_name_en} are {name_en}, at most {value_en}",
		"fail_zh":     "{of_name_zh} {of} 中{name_zh} {actual},超过{value_zh}",
		"fail_en":     "{actual} of {of} {of_name_en} are {name_en}, over {value_en}",
		"remedy":      "{name_zh}须减少 {need} / {name_en} must fall by {need}",
		"zero_zh":     "{of_name_zh}为 0",
		"zero_en":     "there are no {of_name_en}",
		"zero_remedy": "须有{of_name_zh} / {of_name_en} are needed",
	}
)

var templateVar = regexp.MustCompile(`\{([a-z_]+)\}`)

// text is the check's template for key: the rule's own, else the kind's default, else "".
func (c *Check) text(key string) string {
	if t, ok := c.Text[key]; ok {
		return t
	}
	var def map[string]string
	switch {
	case c.Kind == CheckListContains:
		def = listDefaults
	case c.Kind == CheckPeriodic:
		def = periodicDefaults
	case c.Kind == CheckChoice:
		def = choiceDefaults
	case c.Kind == CheckTarget:
		def = c.targetDefaults()
	case c.Kind == CheckListWithin:
		def = withinDefaults
	case c.Kind == CheckEachWorker && workerFacts[c.Subject].flag != nil:
		def = workerDefaultsFlag
	case c.Kind == CheckEachWorker && workerFacts[c.Subject].qualified:
		def = workerDefaultsQualified
	case c.Kind == CheckEachWorker:
		def = workerDefaults
	case c.Kind == CheckAtLeast && c.Of != "":
		def = shareAtLeastDefaults
	case c.Kind == CheckAtLeast:
		def = atLeastDefaults
	case c.Of != "":
		def = shareAtMostDefaults
	default:
		def = atMostDefaults
	}
	return def[key]
}

// render fills a template's variables.
func render(t string, vars map[string]string) string {
	return templateVar.ReplaceAllStringFunc(t, func(m string) string { return vars[m[1:len(m)-1]] })
}

// validateCheck checks a rule's declared check against the facts and the rule's parameters, for
// LoadRuleset: every problem names the rule and the field.
func (rs *Ruleset) validateCheck(r Rule, c *Check, bad func(string, ...any)) {
	where := "rule " + r.ID + ": check"
	if !slices.Contains(CheckKinds, c.Kind) {
		bad("%s.kind: %q is not one of %v", where, c.Kind, CheckKinds)
		return
	}
	if r.Status == RuleNotModelled {
		bad("%s: a NOT_MODELLED rule cannot declare a check", where)
	}
	var kind SubjectKind
	switch c.Kind {
	case CheckPeriodic:
		kind = SubjectGovernment
		rs.validatePeriodic(c, where, bad)
	case CheckChoice:
		if kind = rs.validateChoice(r, c, where, bad); kind == "" {
			return
		}
	case CheckTarget:
		if kind = rs.validateTarget(r, c, where, bad); kind == "" {
			return
		}
	case CheckListWithin:
		if kind = rs.validateWithin(r, c, where, bad); kind == "" {
			return
		}
	case CheckEachWorker:
		if kind = rs.validateWorker(r, c, where, bad); kind == "" {
			return
		}
	case CheckListContains:
		f, ok := listFacts[c.Subject]
		if !ok {
			bad("%s.subject: %q is not a list fact (%s)", where, c.Subject, strings.Join(slices.Sorted(maps.Keys(listFacts)), ", "))
			return
		}
		kind = f.kind
		if c.Of != "" {
			bad("%s.of: list_contains takes no of", where)
		}
	default:
		f, ok := quantityFacts[c.Subject]
		if !ok {
			bad("%s.subject: %q is not a quantity fact (%s)", where, c.Subject, strings.Join(slices.Sorted(maps.Keys(quantityFacts)), ", "))
			return
		}
		kind = f.kind
		if c.Of != "" {
			if of, ok := quantityFacts[c.Of]; !ok || of.kind != kind {
				bad("%s.of: %q is not a quantity fact of the %s subject", where, c.Of, kind)
			}
		}
		if c.EmptyIsMissing {
			bad("%s.empty_is_missing: only for list_contains", where)
		}
	}
	if c.Kind != CheckPeriodic && (c.Act != "" || (len(c.Levels) > 0 && c.Kind != CheckTarget) || len(c.Authorities) > 0 || c.Above) {
		bad("%s: act, levels, authorities and above are only for periodic", where)
	}
	if c.Kind != CheckChoice && len(c.Labels) > 0 {
		bad("%s.labels: only for choice", where)
	}
	if c.Kind != CheckListWithin && (len(c.Also) > 0 || c.EmptyFails) {
		bad("%s: also and empty_fails are only for list_within", where)
	}
	if c.Kind != CheckEachWorker && c.Prefer {
		bad("%s.prefer: only for each_worker", where)
	}
	if c.Kind != CheckEachWorker && !slices.Contains(r.AppliesTo, kind) { // each_worker: validateWorker
		bad("%s.subject: %s is a fact of a %s, but the rule's applies_to does not list %s", where, c.Subject, kind, kind)
	}
	list, ok := rs.params[c.Param]
	switch {
	case c.Kind == CheckTarget || c.Kind == CheckEachWorker: // param optional: checked with the kind's other fields
	case c.Kind == CheckListWithin: // checked with also
	case !ok:
		bad("%s.param: unknown parameter %q", where, c.Param)
	case list[0].RuleID != r.ID:
		bad("%s.param: parameter %s belongs to rule %s, not %s", where, c.Param, list[0].RuleID, r.ID)
	case c.Kind == CheckPeriodic || c.Kind == CheckChoice: // checked with the kind's other fields
	default:
		k := list[0].Kind
		switch {
		case c.Kind == CheckListContains && k != KindText:
			bad("%s.param: list_contains needs a TEXT list parameter, %s is %s", where, c.Param, k)
		case c.Kind != CheckListContains && c.Of == "" && k != KindInteger:
			bad("%s.param: %s needs an INTEGER parameter (or a RATIO one with of), %s is %s", where, c.Kind, c.Param, k)
		case c.Kind != CheckListContains && c.Of != "" && k != KindRatio:
			bad("%s.param: %s with of needs a RATIO parameter, %s is %s", where, c.Kind, c.Param, k)
		}
	}
	if a := c.Advisory; a != nil && (strings.TrimSpace(a.Zh) == "" || strings.TrimSpace(a.En) == "") {
		bad("%s.advisory: zh and en are required (the text's word, e.g. 原则上 / in principle)", where)
	}
	for i, w := range c.When {
		f, ok := textFacts[w.Fact]
		switch {
		case c.Kind == CheckEachWorker && (!ok || !slices.Contains(workerSubjects, f.kind)):
			bad("%s.when[%d].fact: %q is not a text fact of a subject with workers (%v)", where, i, w.Fact, workerSubjects)
		case c.Kind != CheckEachWorker && (!ok || f.kind != kind):
			bad("%s.when[%d].fact: %q is not a text fact of the %s subject", where, i, w.Fact, kind)
		}
	}
	for key, t := range c.Text {
		if !slices.Contains(checkTexts[c.Kind], key) {
			bad("%s.text.%s: not a text of %s (%s)", where, key, c.Kind, strings.Join(checkTexts[c.Kind], ", "))
			continue
		}
		allowed := checkVars[c.Kind]
		switch {
		case key == "required" && c.Kind == CheckChoice:
			allowed = choiceParamVars
		case key == "required" && c.Kind == CheckTarget:
			allowed = targetParamVars
		case key == "required" && c.Kind == CheckListWithin:
			allowed = withinParamVars
		case key == "required" && c.Kind == CheckEachWorker:
			allowed = workerParamVars
		case key == "required" && c.Kind != CheckPeriodic: // periodic's required names the periods checked
			allowed = paramVars
		}
		for _, m := range templateVar.FindAllStringSubmatch(t, -1) {
			if !slices.Contains(allowed, m[1]) {
				bad("%s.text.%s: unknown variable {%s} (%s)", where, key, m[1], strings.Join(allowed, ", "))
			}
		}
	}
}

// Declared returns the findings of the rules that declare a check, for one valid subject, in the
// order the ruleset lists them: a rule whose check reads another kind of subject, or whose
// `when` conditions the subject does not meet, gives none. Like every rule of a region whose
// start is inferred, a FAIL before the latest possible start is softened (UnsureStart).
func (rs *Ruleset) Declared(asOf Date, s Subject) []Finding {
	var out []Finding
	for _, r := range rs.desc.Rules {
		if r.Check == nil {
			continue
		}
		if f, ok := rs.evalCheck(r, r.Check, asOf, s); ok {
			out = append(out, rs.UnsureStart(f, asOf))
		}
	}
	return out
}

// DeclaredRule is Declared for one rule: ok is false when the rule declares no check or the
// check does not apply to the subject.
func (rs *Ruleset) DeclaredRule(ruleID string, asOf Date, s Subject) (Finding, bool) {
	r := rs.Rule(ruleID)
	if r.Check == nil {
		return Finding{}, false
	}
	f, ok := rs.evalCheck(r, r.Check, asOf, s)
	if ok {
		f = rs.UnsureStart(f, asOf)
	}
	return f, ok
}

func (rs *Ruleset) evalCheck(r Rule, c *Check, asOf Date, s Subject) (Finding, bool) {
	var kind SubjectKind
	switch c.Kind {
	case CheckPeriodic:
		kind = SubjectGovernment
	case CheckChoice:
		kind = textFacts[c.Subject].kind
	case CheckTarget:
		kind = SubjectGovernment
	case CheckListContains, CheckListWithin:
		kind = listFacts[c.Subject].kind
	case CheckEachWorker:
		// Any subject with workers that the rule applies to.
		if k := s.Kind(); slices.Contains(workerSubjects, k) && slices.Contains(r.AppliesTo, k) {
			kind = k
		}
	default:
		kind = quantityFacts[c.Subject].kind
	}
	if s.Kind() != kind {
		return Finding{}, false
	}
	for _, w := range c.When {
		// An each_worker check reads several kinds of subject: a condition binds its own kind.
		if f := textFacts[w.Fact]; f.kind == kind && f.get(s) != w.Equals {
			return Finding{}, false
		}
	}
	var f Finding
	switch c.Kind {
	case CheckPeriodic:
		f = rs.periodic(r, c, asOf, *s.Government)
	case CheckChoice:
		f = rs.choice(r, c, asOf, textFacts[c.Subject].get(s))
	case CheckTarget:
		f = rs.target(r, c, asOf, *s.Government)
	case CheckListContains:
		f = rs.listContains(r, c, asOf, listFacts[c.Subject].get(s))
	case CheckListWithin:
		f = rs.listWithin(r, c, asOf, listFacts[c.Subject].get(s))
	case CheckEachWorker:
		f = rs.eachWorker(r, c, asOf, s)
	default:
		f = rs.threshold(r, c, asOf, s)
	}
	if c.Advisory != nil {
		f = Advisory(f, c.Advisory.Zh, c.Advisory.En)
	}
	return f, true
}

// scoped appends the check's scope note (who the rule binds) to the messages of a finding that
// applied the rule.
func scoped(f Finding, c *Check) Finding {
	if f.Status != StatusNotInForce {
		f.MessageZh += c.text("scope_zh")
		f.MessageEn += c.text("scope_en")
	}
	return f
}

func (c *Check) baseVars(prm Parameter) map[string]string {
	v := map[string]string{"value": prm.Value, "unit": prm.Unit, "path": c.Subject, "param": c.Param}
	for _, k := range []string{"name_zh", "name_en", "of_name_zh", "of_name_en", "verb_zh", "verb_en"} {
		v[k] = c.text(k)
	}
	return v
}

func (rs *Ruleset) listContains(r Rule, c *Check, asOf Date, have []string) Finding {
	prm, ok := rs.Param(c.Param, asOf)
	if !rs.InForce(r.ID, asOf) || !ok {
		return rs.NotInForce(r.ID, asOf)
	}
	need := SplitItems(prm.Value)
	vars := c.baseVars(prm)
	vars["value_zh"] = strings.Join(need, "、")
	vars["value_en"] = strings.Join(need, ", ")
	vars["need_count"] = strconv.Itoa(len(need))
	if have == nil || (c.EmptyIsMissing && len(have) == 0) {
		f := rs.Insufficient(r.ID, vars["name_zh"]+"("+c.Subject+")", vars["name_en"]+" ("+c.Subject+")")
		f.Required = render(c.text("required"), vars)
		return scoped(f, c)
	}
	missing := MissingItems(need, have)
	var done []string
	for _, n := range need {
		if !slices.Contains(missing, n) {
			done = append(done, n)
		}
	}
	vars["missing_zh"] = strings.Join(missing, "、")
	vars["missing_en"] = strings.Join(missing, ", ")
	vars["missing_count"] = strconv.Itoa(len(missing))
	vars["have_zh"] = strings.Join(done, "、")
	vars["have_or_none"] = vars["have_zh"]
	if len(done) == 0 {
		vars["have_or_none"] = "无 / none"
	}
	f := rs.Finding(r.ID, StatusPass)
	f.Required = render(c.text("required"), vars)
	f.Actual = render(c.text("actual"), vars)
	// The listed items that are none of the parameter's, for a FAIL's unrecognised_* note: a user
	// who typed a near name learns the accepted one.
	var unrecognised []string
	for _, h := range have {
		if h = strings.TrimSpace(h); !slices.Contains(need, h) {
			unrecognised = append(unrecognised, h)
		}
	}
	vars["unrecognised_zh"], vars["unrecognised_en"] = strings.Join(unrecognised, "、"), strings.Join(unrecognised, ", ")
	if len(missing) > 0 {
		f.Status = StatusFail
		f.Remedy = render(c.text("remedy"), vars)
		f.MessageZh, f.MessageEn = render(c.text("fail_zh"), vars), render(c.text("fail_en"), vars)
		if len(unrecognised) > 0 {
			f.MessageZh += render(c.text("unrecognised_zh"), vars)
			f.MessageEn += render(c.text("unrecognised_en"), vars)
		}
	} else {
		f.MessageZh, f.MessageEn = render(c.text("pass_zh"), vars), render(c.text("pass_en"), vars)
	}
	return scoped(f, c)
}

// threshold evaluates at_least and at_most, over an integer or (with of) a share.
func (rs *Ruleset) threshold(r Rule, c *Check, asOf Date, s Subject) Finding {
	prm, ok := rs.Param(c.Param, asOf)
	if !rs.InForce(r.ID, asOf) || !ok {
		return rs.NotInForce(r.ID, asOf)
	}
	vars := c.baseVars(prm)
	var ratio Ratio
	var limit int64
	if c.Of != "" {
		ratio, _ = ParseRatio(prm.Value) // checked at load
		vars["value_zh"], vars["value_en"], vars["percent"] = RatioZh(ratio), RatioEn(ratio), ratio.Percent()
		vars["value"] = ratio.String()
	} else {
		limit, _ = strconv.ParseInt(prm.Value, 10, 64) // checked at load
		vars["value_zh"], vars["value_en"] = NumeralZh(limit), strconv.FormatInt(limit, 10)
	}
	required := render(c.text("required"), vars)

	n, okN := quantityFacts[c.Subject].get(s)
	var whole int64
	okW := true
	var missing []string
	if !okN {
		missing = append(missing, c.Subject)
	}
	if c.Of != "" {
		if whole, okW = quantityFacts[c.Of].get(s); !okW {
			missing = append(missing, c.Of)
		}
	}
	if len(missing) > 0 {
		f := rs.InsufficientPaths(r.ID, vars["name_zh"], vars["name_en"], missing)
		f.Required = required
		return scoped(f, c)
	}
	vars["actual"] = strconv.FormatInt(n, 10)
	vars["of"] = strconv.FormatInt(whole, 10)
	atLeast := c.Kind == CheckAtLeast
	var pass bool
	var gap int64
	switch {
	case c.Of == "" && atLeast:
		pass, gap = n >= limit, limit-n
	case c.Of == "":
		pass, gap = n <= limit, n-limit
	case atLeast:
		pass, gap = ratio.AtLeast(n, whole), ratio.MinPart(whole)-n
		// Hiring h more of the qualifying kind: (n+h)*Den >= Num*(whole+h), so
		// h >= (Num*whole - Den*n) / (Den - Num); no number of hires reaches a share of 1.
		hire := int64(-1)
		if ratio.Den > ratio.Num {
			num, den := ratio.Num*whole-ratio.Den*n, ratio.Den-ratio.Num
			hire = (num + den - 1) / den
		}
		vars["hire"] = strconv.FormatInt(hire, 10)
	default:
		pass, gap = ratio.AtMost(n, whole), n-ratio.MaxPart(whole)
	}
	vars["gap"], vars["need"] = strconv.FormatInt(gap, 10), strconv.FormatInt(gap, 10)
	f := rs.Finding(r.ID, StatusPass)
	f.Actual, f.Required = render(c.text("actual"), vars), required
	switch {
	case pass:
		f.MessageZh, f.MessageEn = render(c.text("pass_zh"), vars), render(c.text("pass_en"), vars)
	case c.Of != "" && whole <= 0:
		f.Status = StatusFail
		f.Remedy = render(c.text("zero_remedy"), vars)
		f.MessageZh, f.MessageEn = render(c.text("zero_zh"), vars), render(c.text("zero_en"), vars)
	default:
		f.Status = StatusFail
		f.Remedy = render(c.text("remedy"), vars)
		f.MessageZh, f.MessageEn = render(c.text("fail_zh"), vars), render(c.text("fail_en"), vars)
	}
	return scoped(f, c)
}

// String names the check for errors and docs: "list_contains station.systems ⊇ HN.station.systems".
func (c *Check) String() string {
	switch c.Kind {
	case CheckPeriodic:
		return fmt.Sprintf("%s: %s has a %s in every period of %s", c.Kind, c.Subject, c.Act, c.Param)
	case CheckChoice:
		return c.choiceString()
	case CheckTarget:
		return c.targetString()
	case CheckListWithin:
		return c.withinString()
	case CheckEachWorker:
		return c.workerString()
	case CheckListContains:
		return fmt.Sprintf("%s: %s holds every item of %s", c.Kind, c.Subject, c.Param)
	case CheckAtLeast:
		if c.Of != "" {
			return fmt.Sprintf("%s: %s / %s >= %s", c.Kind, c.Subject, c.Of, c.Param)
		}
		return fmt.Sprintf("%s: %s >= %s", c.Kind, c.Subject, c.Param)
	}
	if c.Of != "" {
		return fmt.Sprintf("%s: %s / %s <= %s", c.Kind, c.Subject, c.Of, c.Param)
	}
	return fmt.Sprintf("%s: %s <= %s", c.Kind, c.Subject, c.Param)
}
