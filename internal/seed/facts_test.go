package seed

import (
	"context"
	"slices"
	"testing"

	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/regions"
)

// TestItemListsAreTheRegionsOwn: the lists the demo states are read from the built-in regions'
// parameters (regionItems), so they cannot drift; what is left to check is that every one is
// there and that the five insurances the demo enrols workers in (sdk.SocialInsurances) are
// Hunan's list, which the region states as its own parameter.
func TestItemListsAreTheRegionsOwn(t *testing.T) {
	l := regionItems() // panics on a missing parameter
	for name, list := range map[string][]string{
		"szDesignItems": l.szDesignItems, "scSpecItems": l.scSpecItems, "scFundingSources": l.scFundingSources,
		"hnClauses": l.hnClauses, "hnFundingSources": l.hnFundingSources, "hnStationSystems": l.hnStationSystems,
		"zzRegistrationConditions": l.zzRegistrationConditions, "szDisclosureItems": l.szDisclosureItems,
		"hnDisclosureItems": l.hnDisclosureItems, "zzDisclosureItems": l.zzDisclosureItems,
		"hn filings": {l.hnPlanDocument, l.hnAgreementDocument, l.hnRecruitmentDocument},
	} {
		if len(list) == 0 || slices.Contains(list, "") {
			t.Errorf("%s: %q", name, list)
		}
	}
	var insurances string
	for _, p := range must(regions.Builtin()["hunan"]().Describe(context.Background())).Parameters {
		if p.ID == "HN.contract.social_insurances" {
			insurances = p.Value
		}
	}
	if want := sdk.SplitItems(insurances); !slices.Equal(slices.Sorted(slices.Values(sdk.SocialInsurances)), slices.Sorted(slices.Values(want))) {
		t.Errorf("HN.contract.social_insurances: the demo enrols %q, the region lists %q", sdk.SocialInsurances, want)
	}
	if got := serviceMonthsOf(date(2024, 3, 1), date(2025, 2, 28)); got != 12 {
		t.Errorf("service months of a one-year project: %d", got)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
