package evaluate

import (
	"context"
	"errors"
	"reflect"
	"sync"
	"testing"

	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/regions"
)

// counted counts the Budget and Staffing calls that reach a region's policy.
type counted struct {
	sdk.Policy
	region string
	mu     *sync.Mutex
	calls  map[string]int
}

func (c *counted) add(call string) {
	c.mu.Lock()
	c.calls[c.region+" "+call]++
	c.mu.Unlock()
}

func (c *counted) Budget(ctx context.Context, d sdk.Date, ps []sdk.ProjectSpec) ([]sdk.BudgetResult, error) {
	c.add("budget")
	return c.Policy.Budget(ctx, d, ps)
}

func (c *counted) Staffing(ctx context.Context, d sdk.Date, ss []sdk.Subject) ([]sdk.StaffingResult, error) {
	c.add("staffing")
	return c.Policy.Staffing(ctx, d, ss)
}

// down is a region whose plugin cannot answer.
type down struct{ sdk.Policy }

func (d down) Budget(context.Context, sdk.Date, []sdk.ProjectSpec) ([]sdk.BudgetResult, error) {
	return nil, &host.UnavailableError{Region: "hunan", Cause: errors.New("test: hunan is down")}
}

func (d down) Staffing(context.Context, sdk.Date, []sdk.Subject) ([]sdk.StaffingResult, error) {
	return nil, &host.UnavailableError{Region: "hunan", Cause: errors.New("test: hunan is down")}
}

// serviceWith builds a service over the built-in regions, each policy passed through wrap.
func serviceWith(t *testing.T, wrap func(region string, p sdk.Policy) sdk.Policy) *Service {
	t.Helper()
	m := map[string]func() sdk.Policy{}
	for code, newPolicy := range regions.Builtin() {
		m[code] = func() sdk.Policy { return wrap(code, newPolicy()) }
	}
	h, err := host.NewInProcess(m, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return New(h)
}

// A compare over the five regions asks Hunan once although two chains contain it, and each
// region's evaluation is the one Evaluate gives for that region alone.
func TestCompareCallsEachRegionOnce(t *testing.T) {
	var mu sync.Mutex
	calls := map[string]int{}
	s := serviceWith(t, func(region string, p sdk.Policy) sdk.Policy {
		return &counted{Policy: p, region: region, mu: &mu, calls: calls}
	})
	on := sdk.MustDate("2023-06-01")
	evs, err := s.Compare(context.Background(), szProject(sdk.Yuan(1630000)), nil, on)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	for _, r := range s.Regions() {
		want[r+" budget"], want[r+" staffing"] = 1, 1
	}
	mu.Lock()
	if !reflect.DeepEqual(calls, want) {
		t.Errorf("calls %v, want one Budget and one Staffing per region %v", calls, want)
	}
	mu.Unlock()
	for _, ev := range evs {
		alone, err := s.Evaluate(context.Background(), ev.Region, szProject(sdk.Yuan(1630000)), on)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(ev, alone) {
			t.Errorf("%s in a compare differs from %s alone:\n%+v\n%+v", ev.Region, ev.Region, ev, alone)
		}
	}
}

// Hunan down during a compare of Zhuzhou, Hunan and Shenzhen: the one shared failure reaches
// both chains that contain Hunan; Zhuzhou still answers for itself, and Shenzhen is untouched.
func TestSharedParentDownAffectsOnlyItsChains(t *testing.T) {
	s := serviceWith(t, func(region string, p sdk.Policy) sdk.Policy {
		if region == "hunan" {
			return down{p}
		}
		return p
	})
	org := sdk.Subject{Organization: &sdk.OrganizationSpec{FullTimeStaff: 9, QualifiedStaff: intp(2)}}
	for _, subject := range []sdk.Subject{szProject(sdk.Yuan(1630000)), org} {
		evs, err := s.Compare(context.Background(), subject, []string{"zhuzhou", "hunan", "shenzhen"}, sdk.MustDate("2023-06-01"))
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range evs[:2] {
			if ev.Error == nil || ev.Error.Code != "PLUGIN_UNAVAILABLE" || ev.Error.Region != "hunan" {
				t.Errorf("%s %s with hunan down: error %+v", subject.Kind(), ev.Region, ev.Error)
			}
			if ev.Status == sdk.Compliant || ev.Status == sdk.NotInForce || ev.Status == sdk.NotRegulated {
				t.Errorf("%s %s with hunan down claims %s", subject.Kind(), ev.Region, ev.Status)
			}
			for _, f := range ev.Findings {
				if f.Region == "hunan" {
					t.Errorf("%s %s: a hunan finding with hunan down: %+v", subject.Kind(), ev.Region, f)
				}
			}
		}
		if zz := evs[0]; len(zz.EvaluatedBy) != 1 || zz.EvaluatedBy[0].Region != "zhuzhou" || len(zz.Findings) == 0 {
			t.Errorf("%s zhuzhou should still answer for itself: %+v", subject.Kind(), zz)
		}
		if hn := evs[1]; len(hn.EvaluatedBy) != 0 || len(hn.Findings) != 0 || hn.Status != sdk.Incomplete {
			t.Errorf("%s hunan down: %+v", subject.Kind(), hn)
		}
		if sz := evs[2]; sz.Error != nil || len(sz.EvaluatedBy) != 1 || len(sz.Findings) == 0 {
			t.Errorf("%s shenzhen while hunan is down: %+v", subject.Kind(), sz)
		}
	}
}

// A batch mixing projects with other subjects, under regions whose chains share Hunan: Budget
// sees only the projects, so each region must put its budget results back on the right
// subjects; every evaluation equals Evaluate of that subject under that region alone.
func TestMixedBatchWithSharedParentMatchesEvaluateAlone(t *testing.T) {
	s := serviceWith(t, func(_ string, p sdk.Policy) sdk.Policy { return p })
	on := sdk.MustDate("2023-06-01")
	org := sdk.Subject{Organization: &sdk.OrganizationSpec{FullTimeStaff: 9, QualifiedStaff: intp(2)}}
	born := sdk.MustDate("1982-06-02")
	station := sdk.Subject{Station: &sdk.StationSpec{Township: "白关镇", Workers: []sdk.WorkerSpec{{BirthDate: &born}}}}
	subjects := []sdk.Subject{org, szProject(sdk.Yuan(1630000)), station, szProject(sdk.Yuan(1000)), org, szProject(sdk.Yuan(900000))}
	regions := []string{"shenzhen", "zhuzhou", "hunan"}
	got, err := s.Batch(context.Background(), subjects, regions, on)
	if err != nil {
		t.Fatal(err)
	}
	budgets := 0
	for i, subject := range subjects {
		for j, region := range regions {
			alone, err := s.Evaluate(context.Background(), region, subject, on)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got[i][j], alone) {
				t.Errorf("subject %d (%s) under %s in the batch differs from alone:\n%+v\n%+v", i, subject.Kind(), region, got[i][j], alone)
			}
			if got[i][j].Budget != nil {
				budgets++
			}
			if subject.Project == nil && got[i][j].Budget != nil {
				t.Errorf("subject %d (%s) under %s got a budget requirement", i, subject.Kind(), region)
			}
		}
	}
	if budgets == 0 {
		t.Error("no project got a budget requirement: the test would not see results put on the wrong subject")
	}
}
