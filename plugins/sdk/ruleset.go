package sdk

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Ruleset is a region's policy data — documents, rules, dated parameters, coverage, catalog
// and pilot sites — loaded from one embedded YAML file (see RulesetFile for the format). A rule
// of a closed set of kinds declares its check here (Check); the others' logic is Go. Every
// number either uses comes from here, with its citation.
type Ruleset struct {
	desc       Description
	rules      map[string]Rule
	params     map[string][]Parameter // by parameter id, sorted by Validity.From
	docs       map[string]Document
	domainKind []string
}

// RulesetFile is the YAML form of a Ruleset. Field names are snake_case in YAML.
//
//	region: {code: shenzhen, name_zh: 深圳市, name_en: Shenzhen, level: city, admin_code: "440300", parent: ""}
//	plugin_version: 1.0.0
//	documents:
//	  - {key: SZ-2020, title_zh: ..., issued_on: 2020-10-30, valid_from: 2020-11-12, valid_to: 2025-11-11, seed_file: 003_...txt}
//	  # an undated document: valid_from is the earliest day it supports, valid_from_latest the
//	  # latest (the start is then inferred, 推定), notes say what the inference rests on
//	  - {key: HN-2018, ..., valid_from: 2018-01-01, valid_from_latest: 2018-12-31}
//	rules:
//	  - id: SZ-BUDGET-PACKAGE-MIN          # the id in sources/registry.yaml
//	    concept: budget.package_per_worker_year_min
//	    category: budget
//	    applies_to: [project]
//	    status: MODELLED                   # MODELLED | PARTIAL | NOT_MODELLED (reason required for the last two)
//	    document: SZ-2020
//	    clause: 十三
//	    quote: 社会工作服务项目经费标准为每人每年不低于16.3万元
//	    # valid_from / valid_to: default to the document's window
//	    # check: a declared check the SDK evaluates (see Check); without it the rule is Go
//	    # check: {kind: list_contains, subject: station.systems, param: HN.station.systems}
//	parameters:
//	  - id: SZ.budget.package_min
//	    rule: SZ-BUDGET-PACKAGE-MIN
//	    concept: budget.package_per_worker_year_min   # default: the rule's concept
//	    kind: MONEY
//	    unit: CNY/person/year
//	    values:                            # keyed by validity start; clause/quote default to the rule's
//	      - {from: 2020-11-12, to: 2025-11-11, value: "163000.00"}
//	coverage:                              # every shared concept without a parameter must be listed
//	  - {concept: staffing.worker_age_max, status: NOT_REGULATED, reason: 文件未规定年龄 / the document sets no age limit}
//	catalog:
//	  - {code: SZ-DOM-06, kind: domain, term_zh: 精神卫生, term_en: Mental health, shared_codes: [DOM-MENTAL], match: "=", high_risk: true, rule: SZ-CATALOG-DOMAINS-16}
//	pilot_sites:
//	  - {code: YN-PILOT-KM, name_zh: 昆明市, name_en: Kunming, kind: pilot-city, admin_level: prefecture, rule: YN-PILOT-...}
type RulesetFile struct {
	Region        RegionYAML      `yaml:"region"`
	PluginVersion string          `yaml:"plugin_version"`
	DomainKinds   []string        `yaml:"domain_kinds"` // catalog kinds a project domain may name; default [domain]
	Documents     []DocumentYAML  `yaml:"documents"`
	Rules         []RuleYAML      `yaml:"rules"`
	Parameters    []ParameterYAML `yaml:"parameters"`
	Coverage      []CoverageYAML  `yaml:"coverage"`
	Catalog       []CatalogYAML   `yaml:"catalog"`
	PilotSites    []PilotSiteYAML `yaml:"pilot_sites"`
}

// RegionYAML is RegionInfo in YAML.
type RegionYAML struct {
	Code      string `yaml:"code"`
	NameZh    string `yaml:"name_zh"`
	NameEn    string `yaml:"name_en"`
	Level     string `yaml:"level"`
	AdminCode string `yaml:"admin_code"`
	Parent    string `yaml:"parent"`
}

// DocumentYAML is Document in YAML.
type DocumentYAML struct {
	Key       string `yaml:"key"`
	TitleZh   string `yaml:"title_zh"`
	TitleEn   string `yaml:"title_en"`
	Issuer    string `yaml:"issuer"`
	DocNumber string `yaml:"doc_number"`
	IssuedOn  string `yaml:"issued_on"`
	ValidFrom string `yaml:"valid_from"`
	ValidTo   string `yaml:"valid_to"`
	SeedFile  string `yaml:"seed_file"`
	Notes     string `yaml:"notes"`
	// ValidFromLatest marks valid_from as inferred (推定): the latest day the document can have
	// taken effect, valid_from being the earliest. Omit it when the date of effect is stated.
	ValidFromLatest string `yaml:"valid_from_latest"`
}

// CiteYAML is the citation part shared by rules, parameter values, catalog items and sites.
// Empty fields are inherited from the rule they belong to.
type CiteYAML struct {
	Document string `yaml:"document"`
	Clause   string `yaml:"clause"`
	Quote    string `yaml:"quote"`
}

// RuleYAML is Rule in YAML.
type RuleYAML struct {
	ID        string   `yaml:"id"`
	Concept   string   `yaml:"concept"`
	Category  string   `yaml:"category"`
	TitleZh   string   `yaml:"title_zh"`
	TitleEn   string   `yaml:"title_en"`
	AppliesTo []string `yaml:"applies_to"`
	Status    string   `yaml:"status"`
	Reason    string   `yaml:"reason"`
	ValidFrom string   `yaml:"valid_from"`
	ValidTo   string   `yaml:"valid_to"`
	CiteYAML  `yaml:",inline"`
	// Check declares the rule's check from the closed set of kinds the SDK evaluates (see Check);
	// without it the rule is written in Go.
	Check *Check `yaml:"check"`
}

// ParameterYAML is a parameter with its dated values.
type ParameterYAML struct {
	ID      string      `yaml:"id"`
	Rule    string      `yaml:"rule"`
	Concept string      `yaml:"concept"`
	Kind    string      `yaml:"kind"`
	Unit    string      `yaml:"unit"`
	Note    string      `yaml:"note"`
	Values  []ValueYAML `yaml:"values"`
}

// ValueYAML is one dated value of a parameter.
type ValueYAML struct {
	From     string `yaml:"from"`
	To       string `yaml:"to"`
	Value    string `yaml:"value"`
	CiteYAML `yaml:",inline"`
}

// CoverageYAML is Coverage in YAML.
type CoverageYAML struct {
	Concept string   `yaml:"concept"`
	Status  string   `yaml:"status"`
	Reason  string   `yaml:"reason"`
	Rules   []string `yaml:"rules"`
}

// CatalogYAML is CatalogItem in YAML; rule names the rule whose citation it carries.
type CatalogYAML struct {
	Code        string   `yaml:"code"`
	Kind        string   `yaml:"kind"`
	TermZh      string   `yaml:"term_zh"`
	TermEn      string   `yaml:"term_en"`
	SharedCodes []string `yaml:"shared_codes"`
	Match       string   `yaml:"match"`
	Level       string   `yaml:"level"`
	HighRisk    bool     `yaml:"high_risk"`
	Rule        string   `yaml:"rule"`
	ValidFrom   string   `yaml:"valid_from"`
	ValidTo     string   `yaml:"valid_to"`
	CiteYAML    `yaml:",inline"`
}

// PilotSiteYAML is PilotSite in YAML.
type PilotSiteYAML struct {
	Code       string `yaml:"code"`
	NameZh     string `yaml:"name_zh"`
	NameEn     string `yaml:"name_en"`
	Kind       string `yaml:"kind"`
	AdminLevel string `yaml:"admin_level"`
	Note       string `yaml:"note"`
	Rule       string `yaml:"rule"`
	ValidFrom  string `yaml:"valid_from"`
	ValidTo    string `yaml:"valid_to"`
	CiteYAML   `yaml:",inline"`
}

// LoadRuleset parses and checks a region's YAML data. Every problem found is reported, each
// naming the entry, so a policy editor can fix a file in one pass.
func LoadRuleset(data []byte) (*Ruleset, error) {
	var f RulesetFile
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("ruleset: %w", err)
	}
	rs, errs := buildRuleset(&f)
	if len(errs) > 0 {
		return nil, fmt.Errorf("ruleset %s: %w", f.Region.Code, errors.Join(errs...))
	}
	return rs, nil
}

// MustLoadRuleset is LoadRuleset for embedded data checked by the region's tests.
func MustLoadRuleset(data []byte) *Ruleset {
	rs, err := LoadRuleset(data)
	if err != nil {
		panic(err)
	}
	return rs
}

func buildRuleset(f *RulesetFile) (*Ruleset, []error) {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	date := func(where, s string) Date {
		if s == "" {
			return Date{}
		}
		d, err := ParseDate(s)
		if err != nil {
			bad("%s: %v", where, err)
		}
		return d
	}
	validity := func(where, from, to string, def Validity) Validity {
		v := def
		if from != "" {
			v.From = date(where+".from", from)
		}
		if to != "" {
			v.To = date(where+".to", to)
		}
		if !v.From.IsZero() && !v.To.IsZero() && v.To.Before(v.From) {
			bad("%s: validity ends %s before it starts %s", where, v.To, v.From)
		}
		return v
	}

	rs := &Ruleset{
		rules:      map[string]Rule{},
		params:     map[string][]Parameter{},
		docs:       map[string]Document{},
		domainKind: f.DomainKinds,
	}
	if len(rs.domainKind) == 0 {
		rs.domainKind = []string{"domain"}
	}
	if f.Region.Code == "" || f.Region.NameZh == "" || f.Region.NameEn == "" {
		bad("region: code, name_zh and name_en are required")
	}
	if f.PluginVersion == "" {
		bad("plugin_version is required")
	}
	d := &rs.desc
	d.Region = RegionInfo(f.Region)
	d.PluginVersion = f.PluginVersion
	d.ProtocolVersion = ProtocolVersion

	for _, y := range f.Documents {
		where := "document " + y.Key
		if y.Key == "" || y.TitleZh == "" {
			bad("%s: key and title_zh are required", where)
		}
		if _, dup := rs.docs[y.Key]; dup {
			bad("%s: duplicate key", where)
		}
		doc := Document{Key: y.Key, TitleZh: y.TitleZh, TitleEn: y.TitleEn, Issuer: y.Issuer,
			DocNumber: y.DocNumber, IssuedOn: date(where+".issued_on", y.IssuedOn),
			Validity: validity(where, y.ValidFrom, y.ValidTo, Validity{}), SeedFile: y.SeedFile, Notes: y.Notes}
		if doc.Validity.From.IsZero() {
			bad("%s: valid_from is required", where)
		}
		if y.ValidFromLatest != "" {
			latest := date(where+".valid_from_latest", y.ValidFromLatest)
			if latest.Before(doc.Validity.From) {
				bad("%s: valid_from_latest %s is before valid_from %s", where, latest, doc.Validity.From)
			}
			doc.ValidFromLatest = &latest
		}
		rs.docs[y.Key] = doc
		d.Documents = append(d.Documents, doc)
	}

	cite := func(where string, c CiteYAML, def Citation) Citation {
		out := def
		if c.Document != "" {
			out.Document = c.Document
		}
		if c.Clause != "" {
			out.Clause = c.Clause
		}
		if c.Quote != "" {
			out.Quote = c.Quote
		}
		doc, ok := rs.docs[out.Document]
		if !ok {
			bad("%s: unknown document %q", where, out.Document)
		}
		out.Title = doc.TitleZh
		if strings.TrimSpace(out.Quote) == "" {
			bad("%s: citation quote is required", where)
		}
		return out
	}

	for _, y := range f.Rules {
		where := "rule " + y.ID
		if y.ID == "" {
			bad("rule: id is required")
			continue
		}
		if _, dup := rs.rules[y.ID]; dup {
			bad("%s: duplicate id", where)
		}
		status := RuleStatus(y.Status)
		switch status {
		case RuleModelled:
		case RulePartial, RuleNotModelled:
			if y.Reason == "" {
				bad("%s: status %s needs a reason", where, status)
			}
		default:
			bad("%s: status must be MODELLED, PARTIAL or NOT_MODELLED, not %q", where, y.Status)
		}
		c := cite(where, y.CiteYAML, Citation{})
		r := Rule{ID: y.ID, Concept: y.Concept, Category: y.Category, TitleZh: y.TitleZh, TitleEn: y.TitleEn,
			Status: status, Reason: y.Reason, Citation: c,
			Validity: validity(where, y.ValidFrom, y.ValidTo, rs.docs[c.Document].Validity), Check: y.Check}
		for _, k := range y.AppliesTo {
			kind := SubjectKind(k)
			if !slices.Contains(SubjectKinds, kind) {
				bad("%s: applies_to %q is not project, station, organization, worker or government", where, k)
			}
			r.AppliesTo = append(r.AppliesTo, kind)
		}
		rs.rules[y.ID] = r
		d.Rules = append(d.Rules, r)
	}

	for _, y := range f.Parameters {
		where := "parameter " + y.ID
		rule, ok := rs.rules[y.Rule]
		if !ok {
			bad("%s: unknown rule %q", where, y.Rule)
		}
		if _, dup := rs.params[y.ID]; dup || y.ID == "" {
			bad("%s: id missing or duplicate", where)
		}
		concept := y.Concept
		if concept == "" {
			concept = rule.Concept
		}
		kind := ValueKind(y.Kind)
		if len(y.Values) == 0 {
			bad("%s: no values", where)
		}
		var list []Parameter
		for i, v := range y.Values {
			vw := fmt.Sprintf("%s.values[%d]", where, i)
			p := Parameter{ID: y.ID, RuleID: y.Rule, Concept: concept, Kind: kind, Value: v.Value, Unit: y.Unit,
				Note: y.Note, Validity: validity(vw, v.From, v.To, rule.Validity),
				Citation: cite(vw, v.CiteYAML, rule.Citation)}
			if err := checkValue(kind, v.Value); err != nil {
				bad("%s: %v", vw, err)
			}
			if p.Unit == "" {
				bad("%s: unit is required", where)
			}
			// A shared concept lines regions up only if their values are in one unit: a value
			// in another unit (1 calendar month under a concept in days) would read as a
			// different number.
			if c, shared := ConceptByKey(concept); shared && p.Unit != c.Unit {
				bad("%s: unit %q differs from the unit %q of shared concept %s", where, p.Unit, c.Unit, concept)
			}
			if p.Validity.From.IsZero() {
				bad("%s: validity start (from) is required", vw)
			}
			list = append(list, p)
		}
		sort.SliceStable(list, func(i, j int) bool { return list[i].Validity.From.Before(list[j].Validity.From) })
		for i := 1; i < len(list); i++ {
			prevTo := list[i-1].Validity.To
			if prevTo.IsZero() || !prevTo.Before(list[i].Validity.From) {
				bad("%s: values overlap at %s", where, list[i].Validity.From)
			}
		}
		rs.params[y.ID] = list
		d.Parameters = append(d.Parameters, list...)
	}

	for _, r := range d.Rules {
		if r.Check != nil {
			rs.validateCheck(r, r.Check, bad)
		}
	}

	defined := map[string][]string{}
	for _, p := range d.Parameters {
		if p.Concept != "" && !slices.Contains(defined[p.Concept], p.RuleID) {
			defined[p.Concept] = append(defined[p.Concept], p.RuleID)
		}
	}
	seen := map[string]bool{}
	for _, y := range f.Coverage {
		where := "coverage " + y.Concept
		if seen[y.Concept] {
			bad("%s: duplicate concept", where)
		}
		seen[y.Concept] = true
		st := CoverageStatus(y.Status)
		switch st {
		case CoverageNotRegulated, CoverageNotModelled:
			if y.Reason == "" {
				bad("%s: %s needs a reason", where, st)
			}
			if len(defined[y.Concept]) > 0 {
				bad("%s: listed as %s but parameters define it", where, st)
			}
		case CoverageDefined:
			if len(defined[y.Concept]) == 0 {
				bad("%s: DEFINED but no parameter has this concept", where)
			}
		default:
			bad("%s: status must be DEFINED, NOT_REGULATED or NOT_MODELLED", where)
		}
		for _, id := range y.Rules {
			if _, ok := rs.rules[id]; !ok {
				bad("%s: unknown rule %q", where, id)
			}
		}
		d.Coverage = append(d.Coverage, Coverage{Concept: y.Concept, Status: st, Reason: y.Reason, RuleIDs: y.Rules})
	}
	for concept, ids := range defined {
		if !seen[concept] {
			d.Coverage = append(d.Coverage, Coverage{Concept: concept, Status: CoverageDefined, RuleIDs: ids})
			seen[concept] = true
		}
	}
	for _, c := range Concepts {
		if !seen[c.Key] {
			bad("coverage: shared concept %s is not accounted for (add a parameter, or a coverage entry NOT_REGULATED / NOT_MODELLED with a reason)", c.Key)
		}
	}
	sort.Slice(d.Coverage, func(i, j int) bool { return d.Coverage[i].Concept < d.Coverage[j].Concept })

	for _, y := range f.Catalog {
		where := "catalog " + y.Code
		rule, ok := rs.rules[y.Rule]
		if !ok {
			bad("%s: unknown rule %q", where, y.Rule)
		}
		if y.Code == "" || y.TermZh == "" || y.Kind == "" {
			bad("%s: code, kind and term_zh are required", where)
		}
		for _, sc := range y.SharedCodes {
			if strings.HasPrefix(sc, "DOM-") {
				if _, ok := SharedDomain(sc); !ok {
					bad("%s: unknown shared domain %q", where, sc)
				}
			}
		}
		d.Catalog = append(d.Catalog, CatalogItem{Code: y.Code, Kind: y.Kind, TermZh: y.TermZh, TermEn: y.TermEn,
			SharedCodes: y.SharedCodes, Match: y.Match, Level: y.Level, HighRisk: y.HighRisk,
			Validity: validity(where, y.ValidFrom, y.ValidTo, rule.Validity), Citation: cite(where, y.CiteYAML, rule.Citation)})
	}
	for _, y := range f.PilotSites {
		where := "pilot site " + y.Code
		rule, ok := rs.rules[y.Rule]
		if !ok {
			bad("%s: unknown rule %q", where, y.Rule)
		}
		d.PilotSites = append(d.PilotSites, PilotSite{Code: y.Code, NameZh: y.NameZh, NameEn: y.NameEn, Kind: y.Kind,
			AdminLevel: y.AdminLevel, Note: y.Note, Validity: validity(where, y.ValidFrom, y.ValidTo, rule.Validity),
			Citation: cite(where, y.CiteYAML, rule.Citation)})
	}
	return rs, errs
}

// checkValue reports whether v is a value of kind, as parseValue reads it.
func checkValue(kind ValueKind, v string) error {
	_, err := parseValue(kind, v)
	return err
}

// parseValue parses v as a value of kind with the SDK's parsers and writes it back in one form
// (a TEXT value as given). The ruleset loader and a reform's overrides read values through it,
// so a value means the same in both.
func parseValue(kind ValueKind, v string) (string, error) {
	switch kind {
	case KindMoney:
		f, err := ParseYuan(v)
		return f.String(), err
	case KindRatio:
		r, err := ParseRatio(v)
		if err != nil {
			return "", err
		}
		if !r.Valid() {
			return "", fmt.Errorf("ratio outside [0, 1]")
		}
		return r.String(), nil
	case KindInteger:
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return "", fmt.Errorf("want a whole number")
		}
		return strconv.FormatInt(n, 10), nil
	case KindDate:
		d, err := ParseDate(v)
		return d.String(), err
	case KindBool:
		if v != "true" && v != "false" {
			return "", fmt.Errorf("want true or false")
		}
		return v, nil
	case KindText:
		return v, nil
	default:
		return "", fmt.Errorf("kind must be MONEY, RATIO, INTEGER, DATE, BOOL or TEXT, not %q", kind)
	}
}
