package host

import (
	"slices"
	"strings"

	"github.com/shegong/shegong/plugins/sdk"
)

// domainFor returns the project domain to send to region for the caller's input term.
//
// A region's own term (株洲 "城乡基层社会救助") means nothing to its parent or to a peer in a
// comparison, and would come back as "unknown domain". When the region does not name the
// term itself but another loaded region maps it to a shared code (DOM-SOC-ASSIST), the
// region receives that shared code, which every region accepts. Anything else is passed
// through unchanged, so the region still reports a genuinely unknown term with its own
// accepted list.
func (h *Host) domainFor(region, term string) string {
	in := strings.TrimSpace(term)
	if in == "" || strings.HasPrefix(strings.ToUpper(in), "DOM-") {
		return term
	}
	for _, sd := range sdk.SharedDomains {
		if sd.NameZh == in {
			return term
		}
	}
	if own := h.slot(region); own != nil && sharedCodeIn(own.description(), in) != "" {
		return term
	}
	regions := h.Regions()
	slices.Sort(regions)
	for _, r := range regions {
		if s := h.slot(r); s != nil {
			if code := sharedCodeIn(s.description(), in); code != "" {
				return code
			}
		}
	}
	return term
}

// sharedCodeIn returns the first shared domain code a region's catalog maps term to.
func sharedCodeIn(d *sdk.Description, term string) string {
	if d == nil {
		return ""
	}
	for _, it := range d.Catalog {
		if it.Code != term && it.TermZh != term && !strings.EqualFold(it.TermEn, term) {
			continue
		}
		for _, c := range it.SharedCodes {
			if strings.HasPrefix(c, "DOM-") {
				return c
			}
		}
	}
	return ""
}

// domainTranslator memoises domainFor over one call, since a batch repeats few terms.
type domainTranslator struct {
	h      *Host
	region string
	memo   map[string]string
}

func (h *Host) translator(region string) *domainTranslator {
	return &domainTranslator{h: h, region: region, memo: map[string]string{}}
}

func (t *domainTranslator) term(in string) string {
	out, ok := t.memo[in]
	if !ok {
		out = t.h.domainFor(t.region, in)
		t.memo[in] = out
	}
	return out
}

// projects returns the projects with domains translated for the region; the input slice is
// returned as is when nothing changes, so the common case copies nothing.
func (t *domainTranslator) projects(in []sdk.ProjectSpec) []sdk.ProjectSpec {
	var out []sdk.ProjectSpec
	for i, p := range in {
		if d := t.term(p.Domain); d != p.Domain {
			if out == nil {
				out = slices.Clone(in)
			}
			out[i].Domain = d
		}
	}
	if out == nil {
		return in
	}
	return out
}

// subjects is projects for the project subjects of a Staffing batch.
func (t *domainTranslator) subjects(in []sdk.Subject) []sdk.Subject {
	var out []sdk.Subject
	for i, s := range in {
		if s.Project == nil {
			continue
		}
		if d := t.term(s.Project.Domain); d != s.Project.Domain {
			if out == nil {
				out = slices.Clone(in)
			}
			p := *s.Project
			p.Domain = d
			out[i].Project = &p
		}
	}
	if out == nil {
		return in
	}
	return out
}
