package policycases

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/sources"
)

// CheckSourcesIn cross-checks a region's claims against the project's sources (package
// sources: the document texts and registry.yaml): every rule id it lists is in the registry
// under one of its documents; every provision of its documents that the registry marks
// checkable yes or partial is listed (MODELLED, PARTIAL or NOT_MODELLED with a reason); and
// every cited quote — rules, parameters, catalog items, pilot sites — is found verbatim
// (whitespace removed) in the text of its document. It returns every problem.
func CheckSourcesIn(ctx context.Context, p sdk.Policy, reg *sources.Registry) []error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	d, err := p.Describe(ctx)
	if err != nil {
		return []error{fmt.Errorf("describe: %w", err)}
	}

	// The region's documents and their texts (whitespace removed).
	texts := map[string]string{}
	docKeys := map[string]bool{}
	for _, doc := range d.Documents {
		docKeys[doc.Key] = true
		src, ok := reg.Document(doc.Key)
		if !ok {
			bad("document %s: not a document of the registry (sources/registry.yaml)", doc.Key)
			continue
		}
		if src.Region != d.Region.Code {
			bad("document %s: the registry files it under region %s, not %s", doc.Key, src.Region, d.Region.Code)
		}
		if doc.SeedFile != src.Text {
			bad("document %s: seed_file %q, the registry's text is %q", doc.Key, doc.SeedFile, src.Text)
			continue
		}
		text, err := reg.Text(src.Text)
		if err != nil {
			bad("document %s: %v", doc.Key, err)
			continue
		}
		texts[doc.Key] = StripSpace(text)
	}
	if len(d.Documents) == 0 {
		bad("region %s lists no documents", d.Region.Code)
	}

	quote := func(where string, c sdk.Citation) {
		text, ok := texts[c.Document]
		if !ok {
			if !docKeys[c.Document] {
				bad("%s: cites document %q, which the region does not list", where, c.Document)
			}
			return // already reported: the document or its text is not in the registry
		}
		q := StripSpace(c.Quote)
		if q == "" {
			bad("%s: empty quote", where)
		} else if !strings.Contains(text, q) {
			bad("%s: quote not found verbatim in %s: %q", where, c.Document, c.Quote)
		}
		if strings.TrimSpace(c.Clause) == "" {
			bad("%s: no clause", where)
		}
	}

	claimed := map[string]bool{}
	for _, r := range d.Rules {
		claimed[r.ID] = true
		_, src, ok := reg.Rule(r.ID)
		switch {
		case !ok:
			bad("rule %s: not in the registry (sources/registry.yaml)", r.ID)
		case !docKeys[src.Key]:
			bad("rule %s: the registry files it under %s, not a document of region %s", r.ID, src.Key, d.Region.Code)
		case src.Key != r.Citation.Document:
			bad("rule %s: cites %s, the registry says %s", r.ID, r.Citation.Document, src.Key)
		}
		if (r.Status == sdk.RulePartial || r.Status == sdk.RuleNotModelled) && strings.TrimSpace(r.Reason) == "" {
			bad("rule %s: %s without a reason", r.ID, r.Status)
		}
		quote("rule "+r.ID, r.Citation)
	}
	var missing []string
	for key := range docKeys {
		src, ok := reg.Document(key)
		if !ok {
			continue
		}
		for _, sr := range src.Rules {
			if !claimed[sr.ID] && (sr.Checkable == sources.Yes || sr.Checkable == sources.Partial) {
				missing = append(missing, fmt.Sprintf("%s (%s)", sr.ID, sr.Checkable))
			}
		}
	}
	sort.Strings(missing)
	for _, id := range missing {
		bad("rule %s: checkable in the registry but not listed by region %s (list it as MODELLED, PARTIAL or NOT_MODELLED with a reason)", id, d.Region.Code)
	}

	for _, pr := range d.Parameters {
		quote(fmt.Sprintf("parameter %s (from %s)", pr.ID, pr.Validity.From), pr.Citation)
		if !claimed[pr.RuleID] {
			bad("parameter %s: rule %s is not listed", pr.ID, pr.RuleID)
		}
	}
	for _, it := range d.Catalog {
		quote("catalog "+it.Code, it.Citation)
	}
	for _, s := range d.PilotSites {
		quote("pilot site "+s.Code, s.Citation)
	}
	for _, c := range sdk.Concepts {
		if !slices.ContainsFunc(d.Coverage, func(cv sdk.Coverage) bool { return cv.Concept == c.Key }) {
			bad("coverage: shared concept %s not accounted for", c.Key)
		}
	}
	return errs
}

// StripSpace removes every whitespace character, for whitespace-insensitive quote matching.
func StripSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			return -1
		}
		return r
	}, s)
}
