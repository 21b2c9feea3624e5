package regions

import (
	"context"
	"testing"

	"github.com/shegong/shegong/plugins/sdk"
)

// Every value a built-in region gives a shared concept is in the concept's unit, so that the
// policy matrix lines up like with like (Hunan's deployment deadline is 1 calendar month, not a
// number of days).
func TestSharedConceptValuesAreInTheConceptsUnit(t *testing.T) {
	checked := 0
	for code, mk := range Builtin() {
		d, err := mk().Describe(context.Background())
		if err != nil {
			t.Fatalf("%s: %v", code, err)
		}
		for _, p := range d.Parameters {
			c, shared := sdk.ConceptByKey(p.Concept)
			if !shared {
				continue
			}
			checked++
			if p.Unit != c.Unit {
				t.Errorf("%s %s (%s): unit %q, concept unit %q", code, p.ID, p.Concept, p.Unit, c.Unit)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no region gives a shared concept a value")
	}
	if c, _ := sdk.ConceptByKey("contract.deploy_within_months"); c.Unit != "calendar month" {
		t.Errorf("deployment deadline concept = %+v", c)
	}
}
