package matrix_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/policycoverage"
	entregion "github.com/shegong/shegong/ent/region"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/matrix"
	"github.com/shegong/shegong/internal/policysync"
	"github.com/shegong/shegong/internal/testdb"
	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/regions"
)

func synced(t *testing.T, kind testdb.Kind) *ent.Client {
	t.Helper()
	db := testdb.Open(t, kind)
	h, err := host.NewInProcess(regions.Builtin(), testdb.Logger())
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close() // the matrix needs only the synced tables, not the plugins
	if err := policysync.Sync(context.Background(), db, h, testdb.Logger()); err != nil {
		t.Fatal(err)
	}
	return db.Client
}

func cell(t *testing.T, cells []matrix.Cell, region, concept string) matrix.Cell {
	t.Helper()
	for _, c := range cells {
		if c.Region == region && c.Concept == concept {
			return c
		}
	}
	t.Fatalf("no cell %s × %s", concept, region)
	return matrix.Cell{}
}

func date(d *sdk.Date) string {
	if d == nil {
		return "<nil>"
	}
	return d.String()
}

func TestMatrix(t *testing.T) {
	for _, kind := range testdb.Kinds {
		t.Run(string(kind), func(t *testing.T) {
			ctx := context.Background()
			client := synced(t, kind)

			// Defaults: every shared concept × every synced region, concept-major, sorted regions.
			all, err := matrix.Build(ctx, client, nil, nil, sdk.MustDate("2024-01-01"))
			if err != nil {
				t.Fatal(err)
			}
			regs := []string{"hunan", "shenzhen", "sichuan", "yunnan", "zhuzhou"}
			if len(all) != len(sdk.Concepts)*len(regs) {
				t.Fatalf("%d cells, want %d", len(all), len(sdk.Concepts)*len(regs))
			}
			for i, c := range all {
				if c.Concept != sdk.Concepts[i/len(regs)].Key || c.Region != regs[i%len(regs)] {
					t.Fatalf("cell %d is %s × %s, out of order", i, c.Concept, c.Region)
				}
			}

			on := func(asOf string, concepts, regions []string) []matrix.Cell {
				t.Helper()
				cells, err := matrix.Build(ctx, client, concepts, regions, sdk.MustDate(asOf))
				if err != nil {
					t.Fatal(err)
				}
				if len(cells) != len(concepts)*len(regions) {
					t.Fatalf("%d cells for %v × %v", len(cells), concepts, regions)
				}
				return cells
			}
			concepts := []string{"budget.package_per_worker_year_min", "budget.labor_share_min", "staffing.worker_age_max"}
			regions := []string{"shenzhen", "hunan", "sichuan"}

			// The Shenzhen floor on the first and the last day of the measures, and the day after.
			for _, day := range []string{"2020-11-12", "2024-01-01", "2025-11-11"} {
				c := cell(t, on(day, concepts, regions), "shenzhen", "budget.package_per_worker_year_min")
				if c.Status != sdk.CoverageDefined || c.Value != "163000.00" || c.Unit != "CNY/person/year" || !c.InForce ||
					date(c.ValidFrom) != "2020-11-12" || date(c.ValidTo) != "2025-11-11" || c.Reason != "" {
					t.Errorf("%s: shenzhen package = %+v", day, c)
				}
				if c.Citation == nil || c.Citation.Document != "SZ-2020" || c.Citation.Clause != "十三" ||
					c.Citation.Quote != "政府购买社会工作服务整体打包费标准不低于16.3万元/人/年" ||
					c.Citation.Title != "深圳市关于提升社会工作服务水平的若干措施" {
					t.Errorf("%s: citation = %+v", day, c.Citation)
				}
				if !slices.Equal(c.RuleIDs, []string{"SZ-BUDGET-PACKAGE-MIN"}) {
					t.Errorf("rule ids = %v", c.RuleIDs)
				}
			}
			for _, day := range []string{"2020-11-11", "2025-11-12"} {
				c := cell(t, on(day, concepts, regions), "shenzhen", "budget.package_per_worker_year_min")
				want := "not in force on " + day + "; valid 2020-11-12..2025-11-11 / 该日不在有效期内"
				if c.Status != sdk.CoverageDefined || c.Value != "" || c.InForce || c.Reason != want ||
					date(c.ValidFrom) != "2020-11-12" || date(c.ValidTo) != "2025-11-11" || c.Citation == nil || c.Citation.Clause != "十三" {
					t.Errorf("%s: shenzhen package = %+v, want not in force", day, c)
				}
			}

			cells := on("2024-01-01", concepts, regions)
			if c := cell(t, cells, "sichuan", "budget.labor_share_min"); c.Status != sdk.CoverageNotRegulated ||
				c.Value != "" || c.Citation != nil || c.Reason != "通知未规定经费结构 / the notice sets no budget structure" {
				t.Errorf("sichuan labour share = %+v", c)
			}
			if c := cell(t, cells, "shenzhen", "staffing.worker_age_max"); c.Status != sdk.CoverageNotRegulated ||
				c.Reason != "文件未规定年龄上限 / the document sets no age limit" {
				t.Errorf("shenzhen age = %+v", c)
			}
			if c := cell(t, cells, "hunan", "staffing.worker_age_max"); c.Status != sdk.CoverageDefined || c.Value != "40" ||
				c.Unit != "years" || date(c.ValidFrom) != "2018-01-01" || c.ValidTo != nil ||
				c.Citation == nil || c.Citation.Clause != "五(三)" || c.Citation.Document != "HN-2018" {
				t.Errorf("hunan age = %+v", c)
			}
			if c := cell(t, cells, "shenzhen", "budget.labor_share_min"); c.Value != "17/20" || c.Unit != "ratio" {
				t.Errorf("shenzhen labour share = %+v", c)
			}

			// NOT_MODELLED carries its reason; a region's own extra concept is accepted.
			c := cell(t, on("2024-01-01", []string{"budget.salary_guide_avg"}, []string{"shenzhen", "hunan"}), "shenzhen", "budget.salary_guide_avg")
			if c.Status != sdk.CoverageNotModelled || c.Reason == "" || len(c.RuleIDs) != 2 {
				t.Errorf("shenzhen salary guide = %+v", c)
			}
			// Yunnan's lottery fund has one value per year: the matrix shows the year asked.
			lottery := []string{"funding.lottery_sw_year"}
			if c := cell(t, on("2017-06-01", lottery, []string{"yunnan"}), "yunnan", "funding.lottery_sw_year"); c.Value != "2500000.00" || date(c.ValidFrom) != "2017-01-01" {
				t.Errorf("yunnan 2017 lottery = %+v", c)
			}
			if c := cell(t, on("2018-06-01", lottery, []string{"yunnan"}), "yunnan", "funding.lottery_sw_year"); c.Value != "6000000.00" || date(c.ValidTo) != "2018-12-31" {
				t.Errorf("yunnan 2018 lottery = %+v", c)
			}
			if c := cell(t, on("2019-06-01", lottery, []string{"yunnan"}), "yunnan", "funding.lottery_sw_year"); c.InForce || date(c.ValidFrom) != "2018-01-01" {
				t.Errorf("yunnan 2019 lottery = %+v, want the 2018 value as the nearest, not in force", c)
			}
		})
	}
}

func TestMatrixBadInput(t *testing.T) {
	ctx := context.Background()
	client := synced(t, testdb.SQLite)
	on := sdk.MustDate("2024-01-01")
	for _, tc := range []struct {
		concepts, regions []string
		field             string
	}{
		{[]string{"budget.labor_share_min", "budget.nonsense"}, nil, "concepts[1]"},
		{nil, []string{"shenzhen", "beijing"}, "regions[1]"},
		{nil, []string{"hunan", "hunan"}, "regions[1]"},
		{[]string{"budget.labor_share_min", "budget.labor_share_min"}, nil, "concepts[1]"},
	} {
		_, err := matrix.Build(ctx, client, tc.concepts, tc.regions, on)
		var ie *sdk.InputError
		if !errors.As(err, &ie) || ie.Field != tc.field {
			t.Errorf("%v × %v: err = %v, want InputError on %s", tc.concepts, tc.regions, err, tc.field)
		}
	}
	_, err := matrix.Build(ctx, client, nil, []string{"beijing"}, on)
	var ie *sdk.InputError
	if !errors.As(err, &ie) || !slices.Equal(ie.Accepted, []string{"hunan", "shenzhen", "sichuan", "yunnan", "zhuzhou"}) {
		t.Errorf("accepted regions = %+v", ie)
	}
}

// The matrix costs a constant number of queries, not one per cell.
func TestMatrixQueryCount(t *testing.T) {
	ctx := context.Background()
	db := testdb.Open(t, testdb.SQLite)
	h, err := host.NewInProcess(regions.Builtin(), testdb.Logger())
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	if err := policysync.Sync(ctx, db, h, testdb.Logger()); err != nil {
		t.Fatal(err)
	}
	drv := testdb.NewCountingDriver(entsql.OpenDB(db.Dialect, db.SQL))
	client := ent.NewClient(ent.Driver(drv))
	if _, err := matrix.Build(ctx, client, nil, nil, sdk.MustDate("2024-01-01")); err != nil {
		t.Fatal(err)
	}
	// Regions with their parents (2), coverage (2), parameters with their regions and documents (3).
	if n := drv.Count(); n > 7 {
		t.Errorf("matrix of %d cells ran %d queries", len(sdk.Concepts)*5, n)
	}
}

// Hunan's rules bind Zhuzhou through the region chain (株洲 → 湖南): where Zhuzhou sets no value
// of its own the matrix shows Hunan's, as INHERITED from hunan with Hunan's value, unit,
// validity, citation and rules; a value Zhuzhou sets itself wins; Hunan, a root, inherits
// nothing.
func TestMatrixInherited(t *testing.T) {
	for _, kind := range testdb.Kinds {
		t.Run(string(kind), func(t *testing.T) {
			client := synced(t, kind)
			inherited := []string{"staffing.worker_age_max", "staffing.education_min", "contract.cycle_years", "contract.deploy_within_months"}
			concepts := append(slices.Clone(inherited), "reporting.disclosure", "staffing.qualified_share_min", "budget.labor_share_min")
			// Zhuzhou asked alone still inherits: the parent is read whether or not it is asked for.
			for _, regs := range [][]string{{"zhuzhou", "hunan"}, {"zhuzhou"}} {
				cells, err := matrix.Build(context.Background(), client, concepts, regs, sdk.MustDate("2024-01-01"))
				if err != nil {
					t.Fatal(err)
				}
				all, err := matrix.Build(context.Background(), client, concepts, []string{"hunan"}, sdk.MustDate("2024-01-01"))
				if err != nil {
					t.Fatal(err)
				}
				for _, concept := range inherited {
					hn, zz := cell(t, all, "hunan", concept), cell(t, cells, "zhuzhou", concept)
					if hn.Status != sdk.CoverageDefined || hn.InheritedFrom != "" || !hn.InForce || hn.Value == "" {
						t.Errorf("hunan %s = %+v, want its own value", concept, hn)
					}
					if zz.Status != matrix.StatusInherited || zz.InheritedFrom != "hunan" || !zz.InForce ||
						zz.Value != hn.Value || zz.Unit != hn.Unit || date(zz.ValidFrom) != date(hn.ValidFrom) || date(zz.ValidTo) != date(hn.ValidTo) ||
						zz.Citation == nil || *zz.Citation != *hn.Citation || !slices.Equal(zz.RuleIDs, hn.RuleIDs) ||
						!strings.HasPrefix(zz.Reason, "经区域链适用 hunan 的规定 / hunan's rule applies through the region chain") {
						t.Errorf("%v: zhuzhou %s = %+v, want hunan's %+v", regs, concept, zz, hn)
					}
				}
				if c := cell(t, cells, "zhuzhou", "staffing.worker_age_max"); c.Value != "40" || c.Citation.Clause != "五(三)" {
					t.Errorf("zhuzhou age = %+v", c)
				}
				if c := cell(t, cells, "zhuzhou", "contract.deploy_within_months"); c.Value != "1" || c.Unit != "calendar month" {
					t.Errorf("zhuzhou deployment = %+v", c)
				}
				// Both define the disclosure list: Zhuzhou's own six items, not Hunan's four.
				if c := cell(t, cells, "zhuzhou", "reporting.disclosure"); c.Status != sdk.CoverageDefined || c.InheritedFrom != "" ||
					!strings.Contains(c.Value, "捐资使用") || c.Citation == nil || !strings.HasPrefix(c.Citation.Document, "ZZ") {
					t.Errorf("zhuzhou disclosure = %+v, want its own", c)
				}
				if c := cell(t, cells, "zhuzhou", "staffing.qualified_share_min"); c.Status != sdk.CoverageDefined || c.InheritedFrom != "" {
					t.Errorf("zhuzhou qualified share = %+v", c)
				}
				// Silent in both: silent.
				if c := cell(t, cells, "zhuzhou", "budget.labor_share_min"); c.Status != sdk.CoverageNotRegulated || c.InheritedFrom != "" || c.Value != "" {
					t.Errorf("zhuzhou labour share = %+v", c)
				}
			}
			// A root region never inherits, whatever it is silent on.
			every, err := matrix.Build(context.Background(), client, nil, nil, sdk.MustDate("2024-01-01"))
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range every {
				if c.Region != "zhuzhou" && (c.Status == matrix.StatusInherited || c.InheritedFrom != "") {
					t.Errorf("%s × %s = %+v: only zhuzhou has a parent", c.Concept, c.Region, c)
				}
			}
			// A region that regulates the concept itself but does not encode it keeps NOT_MODELLED:
			// its own rule applies there, so the parent's value is not shown as its answer.
			ctx := auth.Bulk(context.Background())
			n, err := client.PolicyCoverage.Update().Where(policycoverage.Concept("staffing.education_min"),
				policycoverage.HasRegionWith(entregion.Code("zhuzhou"))).SetStatus(policycoverage.StatusNOT_MODELLED).SetReason("株洲另有规定 / Zhuzhou's own rule").Save(ctx)
			if err != nil || n != 1 {
				t.Fatalf("mark zhuzhou's education NOT_MODELLED: %d rows, %v", n, err)
			}
			nm, err := matrix.Build(ctx, client, []string{"staffing.education_min"}, []string{"zhuzhou"}, sdk.MustDate("2024-01-01"))
			if err != nil {
				t.Fatal(err)
			}
			if c := nm[0]; c.Status != sdk.CoverageNotModelled || c.InheritedFrom != "" || c.Value != "" || c.Citation != nil ||
				!strings.HasPrefix(c.Reason, "株洲另有规定 / Zhuzhou's own rule; ") || !strings.Contains(c.Reason, "hunan") {
				t.Errorf("zhuzhou education, not modelled = %+v", c)
			}

			// Before Hunan's value applies, the inherited cell says so like a DEFINED one.
			hn, err := matrix.Build(context.Background(), client, []string{"staffing.worker_age_max"}, []string{"hunan", "zhuzhou"}, sdk.MustDate("2000-01-01"))
			if err != nil {
				t.Fatal(err)
			}
			if zz := cell(t, hn, "zhuzhou", "staffing.worker_age_max"); zz.Status != matrix.StatusInherited || zz.InForce || zz.Value != "" ||
				!strings.Contains(zz.Reason, "not in force on 2000-01-01") || date(zz.ValidFrom) != date(cell(t, hn, "hunan", "staffing.worker_age_max").ValidFrom) {
				t.Errorf("zhuzhou age before Hunan's scheme = %+v", zz)
			}
		})
	}
}

// TestMatrixInferredStart: a value that starts with a document whose date of effect is inferred
// (Hunan's undated scheme) carries the latest day that document can have taken effect, in
// Hunan's own cells and in those Zhuzhou inherits; a dated document's value (Shenzhen) carries none.
func TestMatrixInferredStart(t *testing.T) {
	for _, kind := range testdb.Kinds {
		t.Run(string(kind), func(t *testing.T) {
			client := synced(t, kind)
			cells, err := matrix.Build(context.Background(), client, []string{"staffing.worker_age_max", "budget.package_per_worker_year_min"},
				[]string{"hunan", "zhuzhou", "shenzhen"}, sdk.MustDate("2024-01-01"))
			if err != nil {
				t.Fatal(err)
			}
			for _, region := range []string{"hunan", "zhuzhou"} {
				if c := cell(t, cells, region, "staffing.worker_age_max"); date(c.ValidFrom) != "2018-01-01" || date(c.ValidFromLatest) != "2018-12-31" {
					t.Errorf("%s age: from %s, latest %s; want 2018-01-01 inferred, 2018-12-31 at the latest", region, date(c.ValidFrom), date(c.ValidFromLatest))
				}
			}
			if c := cell(t, cells, "shenzhen", "budget.package_per_worker_year_min"); date(c.ValidFrom) != "2020-11-12" || c.ValidFromLatest != nil {
				t.Errorf("shenzhen package: from %s, latest %s; want a stated start", date(c.ValidFrom), date(c.ValidFromLatest))
			}
		})
	}
}
