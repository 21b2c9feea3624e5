package evaluate

import (
	"context"
	"errors"
	"testing"

	"github.com/shegong/shegong/plugins/sdk"
)

// In process, as over plugins: a reform reaches the region whose parameter it overrides,
// Sichuan (whose rules do not offer reforms) answers REFORM_UNSUPPORTED, a region the reform
// does not touch answers as always, every evaluation carries the reform, and a bad override is
// an InputError naming its path.
func TestCompareUnderReformInProcess(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	asOf := sdk.MustDate("2024-06-01")
	reform, err := s.Reform([]sdk.Override{
		{Parameter: "SZ.budget.package_min", Value: "170000.00"},
		{Parameter: "SC.pilot.counties_per_prefecture", Value: "2"},
	})
	if err != nil {
		t.Fatal(err)
	}
	subject := szProject(sdk.Yuan(1630000)) // 10 people at exactly 163,000 a year
	evs, err := s.CompareUnder(ctx, subject, []string{"shenzhen", "sichuan", "hunan"}, asOf, reform)
	if err != nil {
		t.Fatal(err)
	}
	if f := finding(evs[0], "SZ-BUDGET-PACKAGE-MIN"); f == nil || f.Status != sdk.StatusFail || f.Required != ">= 1700000.00" {
		t.Errorf("shenzhen under the reform: %+v", f)
	}
	if e := evs[1].Error; e == nil || e.Code != "REFORM_UNSUPPORTED" || e.Region != "sichuan" || evs[1].Status != sdk.Incomplete {
		t.Errorf("sichuan: %+v %s", e, evs[1].Status)
	}
	if evs[2].Error != nil || len(evs[2].Findings) == 0 {
		t.Errorf("hunan, untouched: %+v", evs[2])
	}
	for _, ev := range evs {
		if ev.ReformHash != reform.Hash || len(ev.Reform) != 2 {
			t.Errorf("%s: reform stamp %q %+v", ev.Region, ev.ReformHash, ev.Reform)
		}
	}
	base, err := s.Evaluate(ctx, "shenzhen", subject, asOf)
	if err != nil {
		t.Fatal(err)
	}
	if f := finding(base, "SZ-BUDGET-PACKAGE-MIN"); f == nil || f.Status != sdk.StatusPass || base.ReformHash != "" || base.Reform != nil {
		t.Errorf("shenzhen at baseline after the reform: %+v %q", f, base.ReformHash)
	}
	_, err = s.Reform([]sdk.Override{{Parameter: "SZ.budget.package_min", Value: "170000"}, {Parameter: "HN.nope", Value: "1"}})
	var ie *sdk.InputError
	if !errors.As(err, &ie) || ie.Field != "reform[1].parameter" {
		t.Errorf("unknown parameter: %v", err)
	}
}
