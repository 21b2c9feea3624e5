package seed

import (
	"context"
	"fmt"
	"github.com/shegong/shegong/internal/auth"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/region"
)

// RegionSpec describes one built-in region (contract codes, GB/T 2260 codes).
type RegionSpec struct {
	Code, NameZh, NameEn string
	Level                region.Level
	AdminCode            string
	Parent               string // region code, "" for none
}

// Regions are the five regions that ship with shegong. Zhuzhou (株洲) is a
// city inside Hunan (湖南) and inherits its rules.
var Regions = []RegionSpec{
	{Code: "shenzhen", NameZh: "深圳市", NameEn: "Shenzhen", Level: region.LevelCITY, AdminCode: "440300"},
	{Code: "hunan", NameZh: "湖南省", NameEn: "Hunan", Level: region.LevelPROVINCE, AdminCode: "430000"},
	{Code: "sichuan", NameZh: "四川省", NameEn: "Sichuan", Level: region.LevelPROVINCE, AdminCode: "510000"},
	{Code: "yunnan", NameZh: "云南省", NameEn: "Yunnan", Level: region.LevelPROVINCE, AdminCode: "530000"},
	{Code: "zhuzhou", NameZh: "株洲市", NameEn: "Zhuzhou", Level: region.LevelCITY, AdminCode: "430200", Parent: "hunan"},
}

// EnsureRegions creates the built-in regions that are missing and returns
// all of them by code. Existing rows are left as they are.
func EnsureRegions(ctx context.Context, c *ent.Client) (map[string]*ent.Region, error) {
	ctx = auth.Bulk(ctx) // the server's own rows (see auth.Bulk)
	out := map[string]*ent.Region{}
	existing, err := c.Region.Query().All(ctx)
	if err != nil {
		return nil, fmt.Errorf("list regions: %w", err)
	}
	for _, r := range existing {
		out[r.Code] = r
	}
	// Regions is ordered parents first.
	for _, s := range Regions {
		if _, ok := out[s.Code]; ok {
			continue
		}
		cr := c.Region.Create().SetCode(s.Code).SetNameZh(s.NameZh).SetNameEn(s.NameEn).
			SetLevel(s.Level).SetAdminCode(s.AdminCode)
		if s.Parent != "" {
			cr.SetParentID(out[s.Parent].ID)
		}
		r, err := cr.Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("create region %s: %w", s.Code, err)
		}
		out[s.Code] = r
	}
	return out, nil
}
