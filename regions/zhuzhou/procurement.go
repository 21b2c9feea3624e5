package zhuzhou

import (
	"fmt"
	"strings"

	"github.com/shegong/shegong/plugins/sdk"
)

// openTender: 除技术复杂、性质特殊的社会工作服务项目和岗位,原则上均应通过公开招标方式竞争性购买.
// Open tender passes; another method passes with a listed exception
// (ZZ.contract.procurement_exceptions: 技术复杂、性质特殊); without one, 原则上 (in principle) only
// urges, so it is advice (sdk.Advisory: NOT_APPLICABLE with the remedy as advice), not a failure. A listed exception takes the project out of the default whatever its method, so the
// method is then not needed; without one, a method not given is INSUFFICIENT_INPUT.
func (p *policy) openTender(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	def, ok1 := p.rs.Param(paramProcDefault, asOf)
	exc, ok2 := p.rs.Param(paramProcExceptions, asOf)
	if !p.rs.InForce(RuleOpenTender, asOf) || !ok1 || !ok2 {
		return p.rs.NotInForce(RuleOpenTender, asOf)
	}
	method := methodOf(def.Value)
	var exceptions, excLabels []string
	for _, name := range sdk.SplitItems(exc.Value) {
		e := exceptionOf(name)
		exceptions = append(exceptions, e)
		excLabels = append(excLabels, e+" ("+name+")")
	}
	required := fmt.Sprintf("%s (%s), or another method with an exception: %s",
		method, def.Value, strings.Join(excLabels, ", "))
	actual := "procurementMethod " + orNone(methodLabel(pr.ProcurementMethod))
	if pr.ProcurementException != "" {
		actual += ", procurementException " + exceptionLabel(pr.ProcurementException)
	}
	excepted := false
	for _, e := range exceptions {
		excepted = excepted || pr.ProcurementException == e
	}
	switch {
	case pr.ProcurementMethod == method:
		f := p.rs.Finding(RuleOpenTender, sdk.StatusPass)
		f.Actual, f.Required = actual, required
		f.MessageZh = "通过" + def.Value + "方式竞争性购买"
		f.MessageEn = "bought by open competitive tender"
		return f
	case excepted:
		f := p.rs.Finding(RuleOpenTender, sdk.StatusPass)
		f.Actual, f.Required = actual, required
		f.MessageZh = fmt.Sprintf("属%s的项目或岗位,可不公开招标", exceptionZh(pr.ProcurementException))
		f.MessageEn = fmt.Sprintf("a %s project or post, which need not be tendered openly", exceptionEn(pr.ProcurementException))
		return f
	case pr.ProcurementMethod == "":
		f := p.rs.Insufficient(RuleOpenTender, "采购方式(project.procurementMethod)", "procurement method (project.procurementMethod)")
		f.Required = required
		if pr.ProcurementException != "" {
			f.Actual = actual
		}
		return f
	}
	f := p.rs.Finding(RuleOpenTender, sdk.StatusFail)
	f.Actual, f.Required = actual, required
	f.Remedy = fmt.Sprintf("须通过%s方式竞争性购买,或记录%s的例外理由(project.procurementException) / must be bought by open tender, or record an exception: %s (project.procurementException)",
		def.Value, exc.Value, strings.Join(exceptions, " or "))
	f.MessageZh = fmt.Sprintf("以%s购买,未记录%s的例外理由;原则上均应%s", methodZh(pr.ProcurementMethod), exc.Value, def.Value)
	f.MessageEn = fmt.Sprintf("bought by %s without a listed exception; open tender is the default", strings.ToLower(strings.ReplaceAll(pr.ProcurementMethod, "_", " ")))
	return sdk.Advisory(f, "原则上", "in principle")
}

// methodOf maps the default method named in ZZ.contract.procurement_default to the sdk value.
// An unknown name is a data error in ruleset.yaml, caught by the tests.
func methodOf(name string) string {
	if name == "公开招标" {
		return sdk.ProcurementOpenTender
	}
	panic("zhuzhou: no procurement method for " + name)
}

// exceptionOf maps an exception named in ZZ.contract.procurement_exceptions to the sdk value.
func exceptionOf(name string) string {
	switch name {
	case "技术复杂":
		return sdk.ExceptionTechnicallyComplex
	case "性质特殊":
		return sdk.ExceptionSpecialNature
	}
	panic("zhuzhou: no procurement exception for " + name)
}

func methodZh(m string) string {
	switch m {
	case sdk.ProcurementOpenTender:
		return "公开招标"
	case sdk.ProcurementInvitedTender:
		return "邀请招标"
	case sdk.ProcurementComparison:
		return "比选"
	case sdk.ProcurementNegotiation:
		return "竞争性谈判"
	case sdk.ProcurementConsultation:
		return "竞争性磋商"
	case sdk.ProcurementSingleSource:
		return "单一来源"
	case sdk.ProcurementRequestForQuotes:
		return "询价"
	case sdk.ProcurementOther:
		return "其他方式"
	}
	return m
}

func exceptionEn(e string) string {
	if e == sdk.ExceptionTechnicallyComplex {
		return "technically complex"
	}
	return "special-nature"
}

func exceptionZh(e string) string {
	switch e {
	case sdk.ExceptionTechnicallyComplex:
		return "技术复杂"
	case sdk.ExceptionSpecialNature:
		return "性质特殊"
	case sdk.ExceptionOther:
		return "其他理由"
	}
	return e
}

// methodLabel renders a method with its Chinese name: "COMPARISON (比选)"; "" stays "".
func methodLabel(m string) string {
	if m == "" {
		return ""
	}
	return m + " (" + methodZh(m) + ")"
}

func exceptionLabel(e string) string { return e + " (" + exceptionZh(e) + ")" }

func orNone(s string) string {
	if s == "" {
		return "未提供 / not given"
	}
	return s
}
