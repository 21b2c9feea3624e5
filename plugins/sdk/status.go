package sdk

// ComplianceStatus is the overall verdict of an evaluation.
type ComplianceStatus string

const (
	Compliant    ComplianceStatus = "COMPLIANT"     // no FAIL, nothing missing, at least one PASS
	NonCompliant ComplianceStatus = "NON_COMPLIANT" // at least one FAIL
	Incomplete   ComplianceStatus = "INCOMPLETE"    // no FAIL, but some INSUFFICIENT_INPUT
	NotInForce   ComplianceStatus = "NOT_IN_FORCE"  // no rule passed, and some rule is outside its window on the date
	// NotRegulated: no rule of the region applies to this subject (only NOT_APPLICABLE findings, or
	// none). It is kept apart from Compliant because researchers read COMPLIANT as "meets the
	// rules", which is misleading when no rule was ever checked (e.g. an organisation in Yunnan).
	NotRegulated ComplianceStatus = "NOT_REGULATED"
)

// ComplianceStatuses lists every overall status, in the order of precedence Overall applies.
var ComplianceStatuses = []ComplianceStatus{NonCompliant, Incomplete, Compliant, NotInForce, NotRegulated}

// Overall folds findings into the overall status (docs/architecture.md, Policy semantics). It is the one
// place this is decided, so the server, the CLI and policy test cases agree:
// any FAIL → NON_COMPLIANT; else any INSUFFICIENT_INPUT → INCOMPLETE; else any PASS → COMPLIANT;
// else any NOT_IN_FORCE → NOT_IN_FORCE; else (only NOT_APPLICABLE, or nothing) → NOT_REGULATED.
func Overall(findings []Finding) ComplianceStatus {
	var fail, missing, pass, notInForce bool
	for _, f := range findings {
		switch f.Status {
		case StatusFail:
			fail = true
		case StatusInsufficientInput:
			missing = true
		case StatusPass:
			pass = true
		case StatusNotInForce:
			notInForce = true
		}
	}
	switch {
	case fail:
		return NonCompliant
	case missing:
		return Incomplete
	case pass:
		return Compliant
	case notInForce:
		return NotInForce
	default:
		return NotRegulated
	}
}
