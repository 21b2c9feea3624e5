package sdk

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// The declared check each_worker: every worker of the subject — a project's or a station's
// listed workers (project.workers[i], station.workers[i]), or the worker subject itself
// (worker) — meets a condition on one worker fact (workerFacts): a level fact (worker.education)
// at least the level a TEXT parameter names (及以上: inclusive), a flag fact (worker.localHukou)
// set, or worker.swQualified: a national social-work certificate, or a major (worker.major) that
// the TEXT list parameter names (社会工作专业资质: 社会工作及其相关专业毕业,或持证); unknown when
// neither the certificate nor the major is given. Outside the rule's or the parameter's window it is NOT_IN_FORCE; no
// worker listed is NOT_APPLICABLE (nothing to check); a worker who falls short fails the rule,
// named by path, even when others' facts are missing; otherwise a worker whose fact is not given
// is INSUFFICIENT_INPUT naming the paths. With `prefer: true` the condition is a preference
// (优先), not a requirement: the finding is always NOT_APPLICABLE, counting the workers who meet
// it and those unknown.

// workerFact is a fact of one worker: a level compared by rank (Education), a flag, or
// qualified — met by a certificate or by a major among the parameter's items.
type workerFact struct {
	level     func(WorkerSpec) Education
	flag      func(WorkerSpec) *bool
	qualified bool
}

var workerFacts = map[string]workerFact{
	"worker.education":   {level: func(w WorkerSpec) Education { return w.Education }},
	"worker.localHukou":  {flag: func(w WorkerSpec) *bool { return w.LocalHukou }},
	"worker.swQualified": {qualified: true},
}

// swQualified is whether the worker holds a social-work certificate or one of the majors; nil
// when neither is given. shown is what the data says, for a FAIL's Actual.
func swQualified(w WorkerSpec, majors []string) (ok *bool, shown string) {
	yes := w.Certificate.Certified() || slices.Contains(majors, strings.TrimSpace(w.Major))
	if !yes && w.Certificate == CertificateUnknown && w.Major == "" {
		return nil, ""
	}
	return &yes, fmt.Sprintf("certificate %s, major %s", orQuestion(string(w.Certificate)), orQuestion(w.Major))
}

func orQuestion(s string) string {
	if s == "" {
		return "?"
	}
	return s
}

var workerTexts = []string{"name_zh", "name_en", "required", "actual", "fail_actual", "pass_zh", "pass_en",
	"fail_zh", "fail_en", "remedy", "none_zh", "none_en", "note_zh", "note_en"}

var workerParamVars = []string{"name_zh", "name_en", "path", "param", "unit", "value", "value_zh"}

var workerVars = append(slices.Clone(workerParamVars), "count", "met_count", "unknown_count", "failed_count",
	"failed_paths", "failed_actual", "missing_paths")

var workerDefaults = map[string]string{
	"required":    ">= {value}({value_zh})",
	"actual":      "{met_count}/{count}",
	"fail_actual": "{failed_actual}",
	"pass_zh":     "{count} 人{name_zh}均符合要求",
	"pass_en":     "all {count} workers meet the {name_en} requirement",
	"fail_zh":     "{failed_count} 人{name_zh}不符合要求:{failed_paths}",
	"fail_en":     "{failed_count} workers do not meet the {name_en} requirement: {failed_paths}",
	"remedy":      "{failed_paths} 的{name_zh}不符合要求 / {failed_paths}: {name_en} falls short",
	"none_zh":     "未列出工作人员,无人可查",
	"none_en":     "no workers listed; nothing to check",
	"note_zh":     "{name_zh}为优先条件,不影响合格判定",
	"note_en":     "{name_en} is a preference and does not decide compliance",
}

var (
	workerDefaultsFlag      = withDefaults(workerDefaults, map[string]string{"required": "{name_zh} / {name_en}"})
	workerDefaultsQualified = withDefaults(workerDefaults, map[string]string{
		"required": "持社会工作者职业水平证书或专业为{value_zh} / a social-work certificate or a major of {value_zh}"})
)

// workerSubjects are the subject kinds whose workers an each_worker check reads.
var workerSubjects = []SubjectKind{SubjectProject, SubjectStation, SubjectWorker}

// validateWorker checks the fields of an each_worker check, for validateCheck; it returns
// SubjectWorker, or "" when the subject is not a worker fact.
func (rs *Ruleset) validateWorker(r Rule, c *Check, where string, bad func(string, ...any)) SubjectKind {
	f, ok := workerFacts[c.Subject]
	if !ok {
		bad("%s.subject: %q is not a worker fact (%s)", where, c.Subject, strings.Join(slices.Sorted(maps.Keys(workerFacts)), ", "))
		return ""
	}
	if c.Of != "" || c.EmptyIsMissing {
		bad("%s: each_worker takes no of or empty_is_missing", where)
	}
	list, has := rs.params[c.Param]
	switch {
	case f.flag != nil && c.Param != "":
		bad("%s.param: a flag fact (%s) takes no parameter", where, c.Subject)
	case f.flag != nil:
	case !has:
		bad("%s.param: unknown parameter %q", where, c.Param)
	case list[0].RuleID != r.ID:
		bad("%s.param: parameter %s belongs to rule %s, not %s", where, c.Param, list[0].RuleID, r.ID)
	case f.qualified:
		for _, prm := range list {
			if prm.Kind != KindText || len(SplitItems(prm.Value)) == 0 {
				bad("%s.param: %s from %s is not a TEXT list of majors", where, c.Param, prm.Validity.From)
			}
		}
	default:
		for _, prm := range list {
			if prm.Kind != KindText || Education(prm.Value).Rank() < 0 {
				bad("%s.param: %s from %s is not an education level (%v)", where, c.Param, prm.Validity.From, EducationLevels)
			}
		}
	}
	if !slices.ContainsFunc(workerSubjects, func(k SubjectKind) bool { return slices.Contains(r.AppliesTo, k) }) {
		bad("%s.subject: the rule's applies_to lists none of %v", where, workerSubjects)
	}
	return SubjectWorker
}

// workersOf are the subject's workers with their paths; ok is false for a subject without workers.
func workersOf(s Subject) (paths []string, ws []WorkerSpec, ok bool) {
	prefix := ""
	switch {
	case s.Worker != nil:
		return []string{"worker"}, []WorkerSpec{*s.Worker}, true
	case s.Project != nil:
		prefix, ws = "project.workers", s.Project.Workers
	case s.Station != nil:
		prefix, ws = "station.workers", s.Station.Workers
	default:
		return nil, nil, false
	}
	for i := range ws {
		paths = append(paths, fmt.Sprintf("%s[%d]", prefix, i))
	}
	return paths, ws, true
}

// eachWorker evaluates an each_worker check on the subject's workers.
func (rs *Ruleset) eachWorker(r Rule, c *Check, asOf Date, s Subject) Finding {
	f := workerFacts[c.Subject]
	vars := map[string]string{"name_zh": c.text("name_zh"), "name_en": c.text("name_en"), "path": c.Subject, "param": c.Param}
	var min Education
	var majors []string
	if f.flag == nil {
		prm, ok := rs.Param(c.Param, asOf)
		if !ok {
			return rs.NotInForce(r.ID, asOf)
		}
		vars["value"], vars["unit"] = prm.Value, prm.Unit
		if f.qualified {
			majors = SplitItems(prm.Value)
			vars["value_zh"] = strings.Join(majors, "、")
		} else {
			min = Education(prm.Value) // a level: checked at load
			vars["value_zh"] = min.Zh()
		}
	}
	if !rs.InForce(r.ID, asOf) {
		return rs.NotInForce(r.ID, asOf)
	}
	paths, ws, _ := workersOf(s)
	if len(ws) == 0 {
		nf := rs.Finding(r.ID, StatusNotApplicable)
		nf.Actual = "0"
		nf.MessageZh, nf.MessageEn = render(c.text("none_zh"), vars), render(c.text("none_en"), vars)
		return nf
	}
	var failed, missing, failedActual []string
	met := 0
	for i, w := range ws {
		var ok *bool
		var shown string
		if f.qualified {
			ok, shown = swQualified(w, majors)
		} else if f.level != nil {
			if e := f.level(w); e != EducationUnknown {
				meets := e.Rank() >= min.Rank()
				ok, shown = &meets, string(e)
			}
		} else if v := f.flag(w); v != nil {
			ok, shown = v, strconv.FormatBool(*v)
		}
		switch {
		case ok == nil:
			missing = append(missing, paths[i])
		case *ok:
			met++
		default:
			failed = append(failed, paths[i])
			failedActual = append(failedActual, paths[i]+": "+shown)
		}
	}
	vars["count"], vars["met_count"], vars["unknown_count"] = strconv.Itoa(len(ws)), strconv.Itoa(met), strconv.Itoa(len(missing))
	vars["failed_count"], vars["failed_paths"] = strconv.Itoa(len(failed)), strings.Join(failed, ", ")
	vars["failed_actual"], vars["missing_paths"] = strings.Join(failedActual, ", "), strings.Join(missing, ", ")
	out := rs.Finding(r.ID, StatusPass)
	out.Required = render(c.text("required"), vars)
	switch {
	case c.Prefer:
		out.Status = StatusNotApplicable
		out.Actual = render(c.text("actual"), vars)
		out.MessageZh, out.MessageEn = render(c.text("note_zh"), vars), render(c.text("note_en"), vars)
	case len(failed) > 0:
		out.Status = StatusFail
		out.Actual = render(c.text("fail_actual"), vars)
		out.Remedy = render(c.text("remedy"), vars)
		out.MessageZh, out.MessageEn = render(c.text("fail_zh"), vars), render(c.text("fail_en"), vars)
	case len(missing) > 0:
		in := rs.Insufficient(r.ID, vars["name_zh"]+"("+vars["missing_paths"]+")", vars["name_en"]+" ("+vars["missing_paths"]+")")
		in.Required = out.Required
		return in
	default:
		out.Actual = render(c.text("actual"), vars)
		out.MessageZh, out.MessageEn = render(c.text("pass_zh"), vars), render(c.text("pass_en"), vars)
	}
	return out
}

func (c *Check) workerString() string {
	if f := workerFacts[c.Subject]; f.flag != nil {
		return fmt.Sprintf("%s: every worker's %s is set", c.Kind, c.Subject)
	} else if f.qualified {
		return fmt.Sprintf("%s: every worker has a certificate or a major of %s", c.Kind, c.Param)
	}
	return fmt.Sprintf("%s: every worker's %s >= %s", c.Kind, c.Subject, c.Param)
}
