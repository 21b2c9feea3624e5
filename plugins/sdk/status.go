package sdk

// ComplianceStatus is the overall verdict of an evaluation.
type ComplianceStatus string

const (
	Compliant    ComplianceStatus = "COMPLIANT"     // no FAIL, nothing missing
	NonCompliant ComplianceStatus = "NON_COMPLIANT" // at least one FAIL
	Incomplete   ComplianceStatus = "INCOMPLETE"    // no FAIL, but some INSUFFICIENT_INPUT
	NotInForce   ComplianceStatus = "NOT_IN_FORCE"  // no rule of the region applies on the date
)

// Overall folds findings into the overall status (DESIGN.md, Policy semantics). It is the one
// place this is decided, so the server, the CLI and policy test cases agree.
func Overall(findings []Finding) ComplianceStatus {
	applied, fail, missing := 0, false, false
	for _, f := range findings {
		switch f.Status {
		case StatusFail:
			fail = true
			applied++
		case StatusInsufficientInput:
			missing = true
			applied++
		case StatusPass, StatusNotApplicable:
			applied++
		}
	}
	switch {
	case fail:
		return NonCompliant
	case missing:
		return Incomplete
	case applied == 0 && len(findings) > 0:
		return NotInForce
	default:
		return Compliant
	}
}
