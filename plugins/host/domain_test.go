package host

import (
	"context"
	"testing"

	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/regions"
)

// A region's own domain term reaches its parent and peers as the shared code it maps to.
func TestRegionalDomainTermIsTranslatedForOtherRegions(t *testing.T) {
	h, err := NewInProcess(regions.Builtin(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	on := sdk.MustDate("2019-06-01")
	// 城乡基层社会救助 is Zhuzhou's own purchase item; Hunan does not name it.
	zz := []sdk.ProjectSpec{{Domain: "城乡基层社会救助", Headcount: 3}}
	out, err := h.Budget(context.Background(), "zhuzhou", on, zz)
	if err != nil {
		t.Fatal(err)
	}
	if inv := out.Results[0].Invalid; len(inv) != 0 {
		t.Fatalf("chain rejected a Zhuzhou term: %+v", inv)
	}
	if got := h.domainFor("hunan", "城乡基层社会救助"); got != "DOM-SOC-ASSIST" {
		t.Errorf("domainFor(hunan) = %q, want DOM-SOC-ASSIST", got)
	}
	if got := h.domainFor("zhuzhou", "城乡基层社会救助"); got != "城乡基层社会救助" {
		t.Errorf("a region's own term must reach it unchanged, got %q", got)
	}
	// A peer in a comparison gets the shared code too.
	sz, err := h.Budget(context.Background(), "shenzhen", sdk.MustDate("2023-06-01"), zz)
	if err != nil {
		t.Fatal(err)
	}
	if inv := sz.Results[0].Invalid; len(inv) != 0 {
		t.Fatalf("shenzhen rejected a translated term: %+v", inv)
	}
	// A term no region knows still comes back invalid, naming the field.
	bad, err := h.Budget(context.Background(), "zhuzhou", on, []sdk.ProjectSpec{{Domain: "火星开发", Headcount: 3}})
	if err != nil {
		t.Fatal(err)
	}
	if inv := bad.Results[0].Invalid; len(inv) == 0 || inv[0].Field != "project.domain" || len(inv[0].Accepted) == 0 {
		t.Fatalf("unknown term: %+v", inv)
	}
}
