package sdk

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Description returns a copy of the region's description. RulesetHash is left for Serve and
// the in-process adapter to fill, so that both paths hash the same way.
func (rs *Ruleset) Description() *Description {
	d := rs.desc
	return &d
}

// Region returns the region's code.
func (rs *Ruleset) Region() string { return rs.desc.Region.Code }

// Rule returns the rule with the id. It panics on an unknown id: rule ids in Go code are
// constants checked by the region's tests, and a typo must not pass silently.
func (rs *Ruleset) Rule(id string) Rule {
	r, ok := rs.rules[id]
	if !ok {
		panic(fmt.Sprintf("sdk: region %s has no rule %q", rs.Region(), id))
	}
	return r
}

// InForce reports whether the rule is in force on asOf.
func (rs *Ruleset) InForce(ruleID string, asOf Date) bool {
	return rs.Rule(ruleID).Validity.Contains(asOf)
}

// Param returns the value of a parameter in force on asOf.
func (rs *Ruleset) Param(id string, asOf Date) (Parameter, bool) {
	list, ok := rs.params[id]
	if !ok {
		panic(fmt.Sprintf("sdk: region %s has no parameter %q", rs.Region(), id))
	}
	for _, p := range list {
		if p.Validity.Contains(asOf) {
			return p, true
		}
	}
	return Parameter{}, false
}

// ByConcept returns every parameter of the shared concept in force on asOf, in the order the
// ruleset lists them: what a region says about budget.labor_share_min on that day, whatever
// its parameter ids are. Researchers' tools and cross-region checks use it; a region's own
// rules look their numbers up by id.
func (rs *Ruleset) ByConcept(concept string, asOf Date) []Parameter {
	var out []Parameter
	for _, p := range rs.desc.Parameters {
		if p.Concept == concept && p.Validity.Contains(asOf) {
			out = append(out, p)
		}
	}
	return out
}

// Citation returns the rule's citation: document key and title, clause, exact quote.
func (rs *Ruleset) Citation(ruleID string) Citation { return rs.Rule(ruleID).Citation }

// Money returns a MONEY parameter in force on asOf.
func (rs *Ruleset) Money(id string, asOf Date) (Fen, Parameter, bool) {
	p, ok := rs.Param(id, asOf)
	if !ok {
		return 0, p, false
	}
	f, err := ParseYuan(p.Value)
	if err != nil || p.Kind != KindMoney {
		panic(fmt.Sprintf("sdk: parameter %s is not money: %q", id, p.Value))
	}
	return f, p, true
}

// Ratio returns a RATIO parameter in force on asOf.
func (rs *Ruleset) Ratio(id string, asOf Date) (Ratio, Parameter, bool) {
	p, ok := rs.Param(id, asOf)
	if !ok {
		return Ratio{}, p, false
	}
	r, err := ParseRatio(p.Value)
	if err != nil || p.Kind != KindRatio {
		panic(fmt.Sprintf("sdk: parameter %s is not a ratio: %q", id, p.Value))
	}
	return r, p, true
}

// Int returns an INTEGER parameter in force on asOf.
func (rs *Ruleset) Int(id string, asOf Date) (int64, Parameter, bool) {
	p, ok := rs.Param(id, asOf)
	if !ok {
		return 0, p, false
	}
	n, err := strconv.ParseInt(p.Value, 10, 64)
	if err != nil || p.Kind != KindInteger {
		panic(fmt.Sprintf("sdk: parameter %s is not an integer: %q", id, p.Value))
	}
	return n, p, true
}

// Date returns a DATE parameter in force on asOf.
func (rs *Ruleset) Date(id string, asOf Date) (Date, Parameter, bool) {
	p, ok := rs.Param(id, asOf)
	if !ok {
		return Date{}, p, false
	}
	d, err := ParseDate(p.Value)
	if err != nil || p.Kind != KindDate {
		panic(fmt.Sprintf("sdk: parameter %s is not a date: %q", id, p.Value))
	}
	return d, p, true
}

// Finding starts a finding for the rule: rule id, region, concept and citation filled in.
func (rs *Ruleset) Finding(ruleID string, status FindingStatus) Finding {
	r := rs.Rule(ruleID)
	return Finding{RuleID: r.ID, Region: rs.Region(), Concept: r.Concept, Status: status, Citation: r.Citation}
}

// NotInForce is the finding for a rule that would apply but is outside its window on asOf.
func (rs *Ruleset) NotInForce(ruleID string, asOf Date) Finding {
	r := rs.Rule(ruleID)
	f := rs.Finding(ruleID, StatusNotInForce)
	f.Required = "in force " + r.Validity.String()
	f.Actual = "as of " + asOf.String()
	f.MessageZh = fmt.Sprintf("%s 于 %s 不在有效期内(%s),未适用", r.ID, asOf, r.Validity)
	f.MessageEn = fmt.Sprintf("%s is not in force on %s (valid %s); not applied", r.ID, asOf, r.Validity)
	if doc, ok := rs.inferredStart(ruleID); ok {
		f.Required += " (start inferred)"
		f.MessageZh += fmt.Sprintf(";起始日 %s 为推定(文件未载明施行日期,最迟 %s)", r.Validity.From, doc.ValidFromLatest)
		f.MessageEn += fmt.Sprintf("; the start %s is inferred (the document states no date of effect; %s at the latest)", r.Validity.From, doc.ValidFromLatest)
	}
	return f
}

// inferredStart returns the rule's document when the rule starts on that document's inferred
// date of effect.
func (rs *Ruleset) inferredStart(ruleID string) (Document, bool) {
	r := rs.Rule(ruleID)
	doc, ok := rs.docs[r.Citation.Document]
	if !ok || !doc.StartInferred() || r.Validity.From != doc.Validity.From {
		return Document{}, false
	}
	return doc, true
}

// UnsureStart keeps a subject from failing on a day its rule may not yet have existed: when the
// rule starts on its document's inferred date of effect (Document.ValidFromLatest) and on — the
// day the duty fell due, or asOf — is before the latest day the document can have taken effect,
// a FAIL becomes NOT_APPLICABLE saying so, the remedy kept as advice. Any other finding, and
// any finding on a later day, is returned unchanged.
func (rs *Ruleset) UnsureStart(f Finding, on Date) Finding {
	doc, ok := rs.inferredStart(f.RuleID)
	if f.Status != StatusFail || !ok || !on.Before(*doc.ValidFromLatest) {
		return f
	}
	from := doc.Validity.From
	f.Status = StatusNotApplicable
	f.MessageZh += fmt.Sprintf(";%s 未载明施行日期,起始日 %s 为推定(最迟 %s 施行),%s 可能早于其施行,不判不合规", doc.Key, from, doc.ValidFromLatest, on)
	f.MessageEn += fmt.Sprintf("; %s states no date of effect: its start %s is inferred (in effect by %s at the latest), so %s may precede it and this is not a failure", doc.Key, from, doc.ValidFromLatest, on)
	return f
}

// Insufficient is the finding for a rule that cannot be checked because a fact is missing.
func (rs *Ruleset) Insufficient(ruleID, fieldZh, fieldEn string) Finding {
	f := rs.Finding(ruleID, StatusInsufficientInput)
	f.MessageZh = "缺少数据:" + fieldZh
	f.MessageEn = "missing input: " + fieldEn
	return f
}

// CatalogAt returns the catalog items and pilot sites in force on asOf.
func (rs *Ruleset) CatalogAt(asOf Date) *CatalogResult {
	out := &CatalogResult{}
	for _, it := range rs.desc.Catalog {
		if it.Validity.Contains(asOf) {
			out.Items = append(out.Items, it)
		}
	}
	for _, s := range rs.desc.PilotSites {
		if s.Validity.Contains(asOf) {
			out.PilotSites = append(out.PilotSites, s)
		}
	}
	return out
}

// DomainMatch is how a project's domain input was understood.
type DomainMatch struct {
	Input  string
	Shared string        // shared DOM-* code ("" when the region's term maps to none)
	Items  []CatalogItem // the region's own domain items that match (may be empty)
}

// HighRisk reports whether any matching item of the region is flagged high-risk.
func (m DomainMatch) HighRisk() bool {
	return slices.ContainsFunc(m.Items, func(it CatalogItem) bool { return it.HighRisk })
}

// ResolveDomain reads a project's domain: the region's own code or term (精神卫生), a shared
// code (DOM-MENTAL), or a shared domain's Chinese name. A shared domain the region's catalog
// does not name is still valid input (Items is then empty); anything else is an InputError
// listing the accepted terms.
func (rs *Ruleset) ResolveDomain(field, input string) (DomainMatch, *InputError) {
	in := strings.TrimSpace(input)
	m := DomainMatch{Input: in}
	isDomain := func(it CatalogItem) bool { return slices.Contains(rs.domainKind, it.Kind) }
	for _, it := range rs.desc.Catalog {
		if isDomain(it) && (it.Code == in || it.TermZh == in || strings.EqualFold(it.TermEn, in)) {
			m.Items = append(m.Items, it)
		}
	}
	if len(m.Items) > 0 {
		if len(m.Items[0].SharedCodes) > 0 {
			m.Shared = m.Items[0].SharedCodes[0]
		}
		return m, nil
	}
	for _, sd := range SharedDomains {
		if sd.Code == strings.ToUpper(in) || sd.NameZh == in {
			m.Shared = sd.Code
			for _, it := range rs.desc.Catalog {
				if isDomain(it) && slices.Contains(it.SharedCodes, sd.Code) {
					m.Items = append(m.Items, it)
				}
			}
			return m, nil
		}
	}
	return m, &InputError{
		Field:    field,
		Message:  fmt.Sprintf("未知的服务领域（%s） / unknown service domain for region %s", rs.Region(), rs.Region()),
		Accepted: rs.AcceptedDomains(),
	}
}

// AcceptedDomains lists the region's own domain terms, then the shared domain codes.
func (rs *Ruleset) AcceptedDomains() []string {
	var out []string
	for _, it := range rs.desc.Catalog {
		if slices.Contains(rs.domainKind, it.Kind) && !slices.Contains(out, it.TermZh) {
			out = append(out, it.TermZh)
		}
	}
	for _, sd := range SharedDomains {
		out = append(out, sd.Code)
	}
	return out
}
