// Package matrix builds the policy matrix: one cell per shared concept × region, from the policy
// tables that internal/policysync fills (no plugin call per cell), so researchers can line the
// regions up and follow every value to its clause.
//
// A cell's status is the region's own coverage answer (DEFINED, NOT_REGULATED, NOT_MODELLED),
// or INHERITED (StatusInherited) where the region sets no value of its own but a region up its
// chain does (株洲 → 湖南): the parent's rules bind the child, as the plugin host applies them.
// A concept DEFINED by a region but with no value in force on the as-of date keeps status
// DEFINED, with an empty Value, InForce false and Reason "not in force on <asOf>; …"; its
// ValidFrom/ValidTo and Citation then describe the nearest value (the last one before asOf, or
// else the first after), so the reader sees when the rule did apply. This keeps the coverage
// statuses the three of the design (a region did regulate the concept) while never presenting an
// expired value as current.
package matrix

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/policycoverage"
	"github.com/shegong/shegong/ent/policyparameter"
	entregion "github.com/shegong/shegong/ent/region"
	"github.com/shegong/shegong/internal/evaluate"
	"github.com/shegong/shegong/plugins/sdk"
)

// StatusInherited is the status of a cell whose region is silent on the concept (NOT_REGULATED,
// or not listed) while the nearest region up its chain that answers DEFINED sets a value: the
// cell then carries that region's value, unit, validity, citation and rules, and InheritedFrom
// names it. A region's own DEFINED value wins over its parent's. A region that answers
// NOT_MODELLED keeps that status (its own rule, not encoded, is what applies there; the reason
// names the parent that defines the concept). Regions never report it: the matrix derives it
// from the region chain synced into the region table.
const StatusInherited sdk.CoverageStatus = "INHERITED"

// Cell is one concept × region answer.
type Cell struct {
	Region, Concept string
	Status          sdk.CoverageStatus
	// InheritedFrom is the region whose value an INHERITED cell shows; "" otherwise.
	InheritedFrom string
	Value, Unit   string // Value "" unless DEFINED or INHERITED and in force on asOf
	Reason        string // for NOT_REGULATED, NOT_MODELLED, INHERITED, or a value not in force
	ValidFrom     *sdk.Date
	// ValidFromLatest is set when ValidFrom is inferred (推定): the value starts on the day its
	// document, which states no date of effect, is taken to start, and this is the latest day
	// that document can have taken effect (sdk.Document.ValidFromLatest).
	ValidFromLatest *sdk.Date
	ValidTo         *sdk.Date // nil while open-ended
	Citation        *sdk.Citation
	RuleIDs         []string
	// InForce reports whether Value is the value in force on asOf (DEFINED and INHERITED cells).
	InForce bool
}

// silentReason is the reason of a cell whose region's plugin does not list the concept at all
// (only possible for concepts beyond the shared list, which every region must account for).
const silentReason = "该地区插件未列出此概念 / the region's plugin does not list this concept"

// Build returns one cell per concept × region, concept-major (all regions of the first concept,
// then the next), in the order given. Defaults: concepts = the shared sdk.Concepts in order;
// regions = every synced region, sorted; asOf = today in China (the zero Date). A concept is known when it is shared or some synced
// region reports it; an unknown concept or region, or one listed twice, is an *sdk.InputError
// whose Field is "concepts[i]" or "regions[i]". It runs three queries whatever the size.
func Build(ctx context.Context, client *ent.Client, concepts, regions []string, asOf sdk.Date) ([]Cell, error) {
	if asOf.IsZero() {
		asOf = evaluate.Today()
	}
	if err := sdk.ValidAsOf(asOf); err != nil {
		return nil, &sdk.InputError{Field: "asOf", Message: err.Error()}
	}
	synced, err := client.Region.Query().Where(entregion.HasPolicySource()).
		Order(ent.Asc(entregion.FieldCode)).Select(entregion.FieldID, entregion.FieldCode).
		WithParent(func(q *ent.RegionQuery) { q.Select(entregion.FieldCode) }).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("policy matrix: list synced regions: %w", err)
	}
	syncedCodes := make([]string, len(synced))
	regionID := map[string]int{}
	parentOf := map[string]string{}
	for i, r := range synced {
		syncedCodes[i] = r.Code
		regionID[r.Code] = r.ID
		if p := r.Edges.Parent; p != nil {
			parentOf[r.Code] = p.Code
		}
	}
	if len(regions) == 0 {
		regions = syncedCodes
	}
	if err := check("regions", regions, syncedCodes); err != nil {
		return nil, err
	}

	if len(concepts) == 0 {
		for _, c := range sdk.Concepts {
			concepts = append(concepts, c.Key)
		}
	} else {
		var reported []string
		if err := client.PolicyCoverage.Query().GroupBy(policycoverage.FieldConcept).Scan(ctx, &reported); err != nil {
			return nil, fmt.Errorf("policy matrix: list concepts: %w", err)
		}
		known := slices.Clone(reported)
		for _, c := range sdk.Concepts {
			known = append(known, c.Key)
		}
		slices.Sort(known)
		if err := check("concepts", concepts, slices.Compact(known)); err != nil {
			return nil, err
		}
	}

	// The regions asked for and every synced region up their chains, whose values they inherit.
	chains := map[string][]string{}
	var ids []int
	for _, r := range regions {
		chains[r] = ancestors(r, parentOf)
		for _, a := range append([]string{r}, chains[r]...) {
			if id, ok := regionID[a]; ok && !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	covs, err := client.PolicyCoverage.Query().
		Where(policycoverage.ConceptIn(concepts...), policycoverage.HasRegionWith(entregion.IDIn(ids...))).
		WithRegion(func(q *ent.RegionQuery) { q.Select(entregion.FieldCode) }).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("policy matrix: read coverage: %w", err)
	}
	params, err := client.PolicyParameter.Query().
		Where(policyparameter.ConceptIn(concepts...), policyparameter.HasRegionWith(entregion.IDIn(ids...))).
		WithRegion(func(q *ent.RegionQuery) { q.Select(entregion.FieldCode) }).
		WithDocument().
		Order(ent.Asc(policyparameter.FieldParamID), ent.Asc(policyparameter.FieldValidFrom)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("policy matrix: read parameters: %w", err)
	}

	coverage := map[key]*ent.PolicyCoverage{}
	for _, c := range covs {
		coverage[key{c.Edges.Region.Code, c.Concept}] = c
	}
	values := map[key][]*ent.PolicyParameter{}
	for _, p := range params {
		k := key{p.Edges.Region.Code, p.Concept}
		values[k] = append(values[k], p)
	}

	out := make([]Cell, 0, len(concepts)*len(regions))
	for _, concept := range concepts {
		for _, region := range regions {
			k := key{region, concept}
			cell := Cell{Region: region, Concept: concept, RuleIDs: []string{}}
			cell.Status, cell.Reason = sdk.CoverageNotRegulated, silentReason
			if cov := coverage[k]; cov != nil {
				cell.Status, cell.Reason = sdk.CoverageStatus(cov.Status), cov.Reason
				if cov.RuleIds != nil {
					cell.RuleIDs = slices.Clone(cov.RuleIds)
				}
			}
			if cell.Status == sdk.CoverageDefined {
				fillDefined(&cell, values[k], asOf)
				out = append(out, cell)
				continue
			}
			if from := definedUp(chains[region], concept, coverage); from != "" {
				if cell.Status == sdk.CoverageNotModelled {
					cell.Reason = joinReason(cell.Reason, fmt.Sprintf("上级地区 %s 已规定此概念(见其单元格) / %s, up the chain, defines this concept (see its cell)", from, from))
				} else {
					inherit(&cell, from, coverage[key{from, concept}], values[key{from, concept}], asOf)
				}
			}
			out = append(out, cell)
		}
	}
	return out, nil
}

// ancestors returns the synced regions up region's chain, nearest first (株洲 → 湖南), stopping
// at a region without a synced parent or at a loop.
func ancestors(region string, parentOf map[string]string) []string {
	var out []string
	for cur := parentOf[region]; cur != "" && cur != region && !slices.Contains(out, cur); cur = parentOf[cur] {
		out = append(out, cur)
	}
	return out
}

// key names one region's answer for one concept.
type key struct{ region, concept string }

// definedUp returns the nearest region of chain whose own answer for concept is DEFINED, or "".
func definedUp(chain []string, concept string, coverage map[key]*ent.PolicyCoverage) string {
	for _, r := range chain {
		if c := coverage[key{r, concept}]; c != nil && sdk.CoverageStatus(c.Status) == sdk.CoverageDefined {
			return r
		}
	}
	return ""
}

// inherit turns a cell whose region is silent into an INHERITED one showing the value of from.
// The reason says where the value comes from, then the region's own reason for setting none,
// or, when the inherited value is not in force on asOf, why.
func inherit(cell *Cell, from string, cov *ent.PolicyCoverage, ps []*ent.PolicyParameter, asOf sdk.Date) {
	own := cell.Reason
	cell.Status, cell.InheritedFrom, cell.Reason = StatusInherited, from, ""
	cell.RuleIDs = []string{}
	if cov.RuleIds != nil {
		cell.RuleIDs = slices.Clone(cov.RuleIds)
	}
	fillDefined(cell, ps, asOf)
	why := own
	if !cell.InForce && cell.Reason != "" {
		why = cell.Reason
	}
	cell.Reason = joinReason(fmt.Sprintf("经区域链适用 %s 的规定 / %s's rule applies through the region chain", from, from), why)
}

func joinReason(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

// fillDefined sets the value in force on asOf, or explains why there is none.
func fillDefined(cell *Cell, ps []*ent.PolicyParameter, asOf sdk.Date) {
	var now []*ent.PolicyParameter
	for _, p := range ps {
		if validity(p).Contains(asOf) {
			now = append(now, p)
		}
	}
	if len(now) == 0 {
		if len(ps) == 0 {
			if cell.Reason == "" {
				cell.Reason = "已规定但无取值参数 / defined, but the region publishes no parameter value"
			}
			return
		}
		near := nearest(ps, asOf)
		setSource(cell, near)
		cell.Reason = fmt.Sprintf("not in force on %s; valid %s / 该日不在有效期内", asOf, validity(near))
		return
	}
	// Several parameters of one concept in force at once (e.g. a start date and a term in
	// years) are shown together, in parameter-id order, rather than one picked arbitrarily.
	vals := make([]string, len(now))
	var units []string
	for i, p := range now {
		vals[i] = p.Value
		if !slices.Contains(units, p.Unit) {
			units = append(units, p.Unit)
		}
	}
	cell.Value, cell.Unit, cell.InForce = strings.Join(vals, "; "), strings.Join(units, "; "), true
	cell.Reason = ""
	setSource(cell, now[0])
}

func setSource(cell *Cell, p *ent.PolicyParameter) {
	v := validity(p)
	if !v.From.IsZero() {
		cell.ValidFrom = &v.From
	}
	if !v.To.IsZero() {
		cell.ValidTo = &v.To
	}
	c := &sdk.Citation{Document: p.CitationDocument, Clause: p.CitationClause, Quote: p.CitationQuote}
	if doc := p.Edges.Document; doc != nil {
		c.Document, c.Title = doc.Key, doc.TitleZh
		// Inferred as the rules infer it (sdk.Ruleset.UnsureStart): the value starts with its
		// document, whose own start is inferred.
		if doc.ValidFromLatest != nil && doc.ValidFrom != nil && cell.ValidFrom != nil && sdk.DateOf(doc.ValidFrom.UTC()) == *cell.ValidFrom {
			latest := sdk.DateOf(doc.ValidFromLatest.UTC())
			cell.ValidFromLatest = &latest
		}
	}
	cell.Citation = c
	if !cell.InForce && cell.Unit == "" {
		cell.Unit = p.Unit
	}
}

// nearest returns the last value that ended before asOf, or else the first that starts after.
func nearest(ps []*ent.PolicyParameter, asOf sdk.Date) *ent.PolicyParameter {
	var before, after *ent.PolicyParameter
	for _, p := range ps {
		v := validity(p)
		switch {
		case !v.To.IsZero() && v.To.Before(asOf):
			if before == nil || validity(before).To.Before(v.To) {
				before = p
			}
		case after == nil || v.From.Before(validity(after).From):
			after = p
		}
	}
	if before != nil {
		return before
	}
	return after
}

func validity(p *ent.PolicyParameter) sdk.Validity {
	var v sdk.Validity
	if p.ValidFrom != nil {
		v.From = sdk.DateOf(p.ValidFrom.UTC())
	}
	if p.ValidTo != nil {
		v.To = sdk.DateOf(p.ValidTo.UTC())
	}
	return v
}

// check rejects a value not in known, and a value listed twice.
func check(field string, got, known []string) error {
	for i, v := range got {
		if !slices.Contains(known, v) {
			what := map[string]string{"regions": "未知或未同步的地区 / unknown or unsynced region", "concepts": "未知概念 / unknown concept"}[field]
			return &sdk.InputError{Field: fmt.Sprintf("%s[%d]", field, i), Message: what, Accepted: slices.Clone(known)}
		}
		if slices.Index(got, v) != i {
			return &sdk.InputError{Field: fmt.Sprintf("%s[%d]", field, i), Message: "重复 / listed twice"}
		}
	}
	return nil
}
