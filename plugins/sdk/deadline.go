package sdk

import "fmt"

// DeadlineCheck is what a rule with a deadline found on one subject: a target to reach or a
// task to complete by a day (到2020年…达到, 于…前完成). A deadline is not the end of the rule's
// validity: the rule stays in force after it, and a target still unmet, or a task completed
// late, is a FAIL that says how late (NOT_IN_FORCE is kept for days before the document takes
// effect or after it expires). ConcludeDeadline turns it into the finding, so that every such
// rule concludes the same way.
type DeadlineCheck struct {
	Due Date // the deadline, inclusive (…前 and 到…年 include the day)
	Met bool // the target is reached, or the task done, on asOf
	// MetOn is the day it was reached or done, when the data dates it (a completion date on or
	// before asOf); nil when only the state on asOf is known (a count, a flag).
	MetOn *Date
	// Actual and Required fill the finding; Required should name the deadline.
	Actual, Required string
	// GoalZh / GoalEn say what is to be achieved, as a verb phrase: 达到民办社会工作服务机构
	// 40 家以上 / reach 40 or more private social-work organisations.
	GoalZh, GoalEn string
	// GapZh / GapEn say what is still missing while unmet (尚差 1 家 / 1 more needed); they lead
	// the remedy.
	GapZh, GapEn string
}

// Deadline readings, quoted in findings so that the reading is visible where it applies.
const (
	deadlineReadingZh = "期限不是规则的失效日:期限过后未达成或逾期完成均为不合规"
	deadlineReadingEn = "a deadline does not end the rule: unmet or late after it is a failure"
)

// ConcludeDeadline is the finding of ruleID for c on asOf:
//
//   - met, and not known to be late → PASS (with MetOn after Due known → FAIL, the days late);
//   - unmet before the deadline → NOT_APPLICABLE (尚未到期), the gap and the days left in the
//     remedy;
//   - unmet on or after the deadline → FAIL, the gap and the days overdue in the remedy.
//
// A PASS after the deadline without MetOn says that the state is the one on asOf: whether it
// was reached by the deadline is not shown by the data.
func (rs *Ruleset) ConcludeDeadline(ruleID string, asOf Date, c DeadlineCheck) Finding {
	f := rs.Finding(ruleID, StatusPass)
	f.Actual, f.Required = c.Actual, c.Required
	switch {
	case c.Met && c.MetOn != nil && c.MetOn.After(c.Due):
		late := DaysBetween(c.Due, *c.MetOn)
		f.Status = StatusFail
		f.Remedy = fmt.Sprintf("逾期 %d 天:于 %s 才%s,期限 %s / %d day(s) late: done on %s, due %s",
			late, c.MetOn, c.GoalZh, c.Due, late, c.MetOn, c.Due)
		f.MessageZh = fmt.Sprintf("于 %s %s,晚于期限 %s %d 天(%s)", c.MetOn, c.GoalZh, c.Due, late, deadlineReadingZh)
		f.MessageEn = fmt.Sprintf("done on %s, %d day(s) after the deadline %s, to %s (%s)", c.MetOn, late, c.Due, c.GoalEn, deadlineReadingEn)
	case c.Met:
		f.MessageZh = fmt.Sprintf("已%s(期限 %s)", c.GoalZh, c.Due)
		f.MessageEn = fmt.Sprintf("met: %s (due %s)", c.GoalEn, c.Due)
		if c.MetOn == nil && asOf.After(c.Due) {
			f.MessageZh += fmt.Sprintf(";所给为 %s 的状态,是否在期限前达到数据未显示", asOf)
			f.MessageEn += fmt.Sprintf("; the data is the state on %s and does not show whether it was met by the deadline", asOf)
		}
	case asOf.Before(c.Due):
		left := DaysBetween(asOf, c.Due)
		f.Status = StatusNotApplicable
		f.Remedy = fmt.Sprintf("%s;距期限 %s 还有 %d 天 / %s; %d day(s) to the deadline %s", c.GapZh, c.Due, left, c.GapEn, left, c.Due)
		f.MessageZh = fmt.Sprintf("期限 %s 尚未到期:尚未%s", c.Due, c.GoalZh)
		f.MessageEn = fmt.Sprintf("not yet due (deadline %s): yet to %s", c.Due, c.GoalEn)
	default:
		over := DaysBetween(c.Due, asOf)
		f.Status = StatusFail
		f.Remedy = fmt.Sprintf("%s;已逾期 %d 天(期限 %s) / %s; %d day(s) past the deadline %s", c.GapZh, over, c.Due, c.GapEn, over, c.Due)
		if over == 0 {
			f.Remedy = fmt.Sprintf("%s;今日即期限 %s,须尽快完成 / %s; the deadline %s is today", c.GapZh, c.Due, c.GapEn, c.Due)
		}
		f.MessageZh = fmt.Sprintf("期限 %s 已到,未%s(%s)", c.Due, c.GoalZh, deadlineReadingZh)
		f.MessageEn = fmt.Sprintf("the deadline %s has come and the target to %s is not met (%s)", c.Due, c.GoalEn, deadlineReadingEn)
	}
	return f
}

// DaysBetween is the number of calendar days from a to b (negative when b is before a).
func DaysBetween(a, b Date) int {
	return int(b.Time().Sub(a.Time()).Hours() / 24)
}
