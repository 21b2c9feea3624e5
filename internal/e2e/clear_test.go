package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/auditlog"
	"github.com/shegong/shegong/ent/organization"
	"github.com/shegong/shegong/ent/project"
	"github.com/shegong/shegong/ent/region"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/gqltest"
	"github.com/shegong/shegong/internal/testdb"
)

// unlinkCase links a fresh record of Zhuzhou (or a region under Hunan) to a Hunan record
// through one edge. refused may not unlink it, allowed may.
type unlinkCase struct {
	refused, allowed string
	// link creates the record and links it; it returns the record's id and the linked id.
	link func(ctx context.Context, c *ent.Client, f *fixture) (id, linked int)
	// linked reads what the edge links now.
	linked func(ctx context.Context, c *ent.Client, id int) []int
}

// unlinkCases has one case per edge that an update input can clear ("Project.workers" for
// UpdateProjectInput.clearWorkers); TestClearedLinksAreChecked fails when the schema has a
// clear of an edge without a case here.
var unlinkCases = map[string]unlinkCase{
	"Project.workers": {rOpSame, rOpParent,
		func(ctx context.Context, c *ent.Client, f *fixture) (int, int) {
			w := newWorker(ctx, c, f.ids["hunan"])
			return newProject(ctx, c, f.ids["zhuzhou"]).Update().AddWorkerIDs(w).SaveX(ctx).ID, w
		},
		func(ctx context.Context, c *ent.Client, id int) []int {
			return c.Project.GetX(ctx, id).QueryWorkers().IDsX(ctx)
		}},
	"Project.contractor": {rOpSame, rOpParent,
		func(ctx context.Context, c *ent.Client, f *fixture) (int, int) {
			return newProject(ctx, c, f.ids["zhuzhou"]).Update().SetContractorID(f.ids["hunanOrg"]).SaveX(ctx).ID, f.ids["hunanOrg"]
		},
		func(ctx context.Context, c *ent.Client, id int) []int {
			return c.Project.GetX(ctx, id).QueryContractor().IDsX(ctx)
		}},
	"SocialWorker.organization": {rOpSame, rOpParent,
		func(ctx context.Context, c *ent.Client, f *fixture) (int, int) {
			w := newWorker(ctx, c, f.ids["zhuzhou"])
			c.SocialWorker.UpdateOneID(w).SetOrganizationID(f.ids["hunanOrg"]).ExecX(ctx)
			return w, f.ids["hunanOrg"]
		},
		func(ctx context.Context, c *ent.Client, id int) []int {
			return c.SocialWorker.GetX(ctx, id).QueryOrganization().IDsX(ctx)
		}},
	"SocialWorker.stations": {rOpSame, rOpParent,
		func(ctx context.Context, c *ent.Client, f *fixture) (int, int) {
			w, s := newWorker(ctx, c, f.ids["zhuzhou"]), newStation(ctx, c, f.ids["hunan"])
			c.SocialWorker.UpdateOneID(w).AddStationIDs(s).ExecX(ctx)
			return w, s
		},
		func(ctx context.Context, c *ent.Client, id int) []int {
			return c.SocialWorker.GetX(ctx, id).QueryStations().IDsX(ctx)
		}},
	"SocialWorker.projects": {rOpSame, rOpParent,
		func(ctx context.Context, c *ent.Client, f *fixture) (int, int) {
			w, p := newWorker(ctx, c, f.ids["zhuzhou"]), newProject(ctx, c, f.ids["hunan"]).ID
			c.SocialWorker.UpdateOneID(w).AddProjectIDs(p).ExecX(ctx)
			return w, p
		},
		func(ctx context.Context, c *ent.Client, id int) []int {
			return c.SocialWorker.GetX(ctx, id).QueryProjects().IDsX(ctx)
		}},
	"Station.operator": {rOpSame, rOpParent,
		func(ctx context.Context, c *ent.Client, f *fixture) (int, int) {
			s := newStation(ctx, c, f.ids["zhuzhou"])
			c.Station.UpdateOneID(s).SetOperatorID(f.ids["hunanOrg"]).ExecX(ctx)
			return s, f.ids["hunanOrg"]
		},
		func(ctx context.Context, c *ent.Client, id int) []int {
			return c.Station.GetX(ctx, id).QueryOperator().IDsX(ctx)
		}},
	"Station.workers": {rOpSame, rOpParent,
		func(ctx context.Context, c *ent.Client, f *fixture) (int, int) {
			s, w := newStation(ctx, c, f.ids["zhuzhou"]), newWorker(ctx, c, f.ids["hunan"])
			c.Station.UpdateOneID(s).AddWorkerIDs(w).ExecX(ctx)
			return s, w
		},
		func(ctx context.Context, c *ent.Client, id int) []int {
			return c.Station.GetX(ctx, id).QueryWorkers().IDsX(ctx)
		}},
	// Policy tables and regions are written by admins only: even the operator of the parent
	// region may not unlink one.
	"PolicyParameter.document": {rOpParent, rAdmin,
		func(ctx context.Context, c *ent.Client, f *fixture) (int, int) {
			n := f.next()
			d := c.PolicyDocument.Create().SetKey(fmt.Sprintf("UNLINK-%d", n)).SetTitleZh("解绑测试文件").SetRegionID(f.ids["hunan"]).SaveX(ctx)
			p := c.PolicyParameter.Create().SetParamID("UNLINK").SetRuleID("UNLINK").SetConcept("test.unlink").SetValue("1").
				SetKind("INTEGER").SetRegionID(f.ids["hunan"]).SetDocument(d).SaveX(ctx)
			return p.ID, d.ID
		},
		func(ctx context.Context, c *ent.Client, id int) []int {
			return c.PolicyParameter.GetX(ctx, id).QueryDocument().IDsX(ctx)
		}},
	"Region.parent": {rOpParent, rAdmin,
		func(ctx context.Context, c *ent.Client, f *fixture) (int, int) {
			n := f.next()
			r := c.Region.Create().SetCode(fmt.Sprintf("unlink%d", n)).SetNameZh("解绑测试区").SetNameEn("Unlink").
				SetLevel(region.LevelCITY).SetAdminCode(fmt.Sprintf("8%05d", n)).SetParentID(f.ids["hunan"]).SaveX(ctx)
			return r.ID, f.ids["hunan"]
		},
		func(ctx context.Context, c *ent.Client, id int) []int {
			return c.Region.GetX(ctx, id).QueryParent().IDsX(ctx)
		}},
}

var unlinkSeq int

func newWorker(ctx context.Context, c *ent.Client, regionID int) int {
	unlinkSeq++
	return c.SocialWorker.Create().SetName(fmt.Sprintf("解绑测试社工%d", unlinkSeq)).SetPhone("13800000000").
		SetRegionID(regionID).SaveX(ctx).ID
}

func newStation(ctx context.Context, c *ent.Client, regionID int) int {
	return c.Station.Create().SetName("解绑测试站").SetTownship("测试街道").SetCounty("荷塘区").SetRegionID(regionID).SaveX(ctx).ID
}

func newProject(ctx context.Context, c *ent.Client, regionID int) *ent.Project {
	return c.Project.Create().SetName("解绑测试项目").SetPurchaser("株洲市民政局").SetDomain("DOM-ELDERLY").
		SetPurchaseMode(project.PurchaseModePOST).SetStartsOn(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)).
		SetEndsOn(time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)).SetHeadcount(2).SetProfessionalPosts(1).
		SetRegionID(regionID).SaveX(ctx)
}

// clearedEdges lists the edges an update input can clear, from the schema: every clearX of
// an UpdateTInput whose T.x is an object or a connection (not a scalar or enum).
func clearedEdges(t *testing.T, c *gqltest.Client) []string {
	type typeRef struct {
		Kind, Name string
		OfType     *typeRef
	}
	var out struct {
		Schema struct {
			Types []struct {
				Name   string
				Fields []struct {
					Name string
					Type typeRef
				}
				InputFields []struct{ Name string }
			}
		} `json:"__schema"`
	}
	c.MustData(t, `{ __schema { types { name
		fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
		inputFields { name } } } }`, nil, &out)
	objectFields := map[string]bool{}
	for _, ty := range out.Schema.Types {
		for _, f := range ty.Fields {
			tr := &f.Type
			for tr.OfType != nil {
				tr = tr.OfType
			}
			if tr.Kind == "OBJECT" || tr.Kind == "INTERFACE" {
				objectFields[ty.Name+"."+f.Name] = true
			}
		}
	}
	var edges []string
	for _, ty := range out.Schema.Types {
		entity, ok := strings.CutPrefix(ty.Name, "Update")
		if entity, ok = strings.CutSuffix(entity, "Input"); !ok {
			continue
		}
		for _, f := range ty.InputFields {
			rest, ok := strings.CutPrefix(f.Name, "clear")
			if !ok || rest == "" {
				continue
			}
			field := strings.ToLower(rest[:1]) + rest[1:]
			if objectFields[entity+"."+field] {
				edges = append(edges, entity+"."+field)
			}
		}
	}
	sort.Strings(edges)
	return edges
}

// TestClearedLinksAreChecked: clearing an edge (clearWorkers, clearContractor …) unlinks
// records like removing them does, so an operator may clear only links to records of its
// regions; the refused clear changes nothing and the allowed one records the unlinked ids in
// its audit entry. Every clear of an edge in the schema is covered.
func TestClearedLinksAreChecked(t *testing.T) {
	for _, k := range testdb.Kinds {
		t.Run(string(k), func(t *testing.T) {
			f := setupAccess(t, k)
			c := f.s.App.DB.Client
			ctx := auth.System(context.Background())
			edges := clearedEdges(t, f.clients[rAdmin])
			cased := make([]string, 0, len(unlinkCases))
			for e := range unlinkCases {
				cased = append(cased, e)
			}
			sort.Strings(cased)
			if !slices.Equal(edges, cased) {
				t.Fatalf("clears of edges in the schema %v, cases %v: add a case for each", edges, cased)
			}
			for _, e := range edges {
				t.Run(e, func(t *testing.T) {
					tc := unlinkCases[e]
					entity, field, _ := strings.Cut(e, ".")
					id, linked := tc.link(ctx, c, f)
					clear := "clear" + strings.ToUpper(field[:1]) + field[1:]
					m := fmt.Sprintf(`mutation($id: ID!) { update%s(id: $id, input: {%s: true}) { id } }`, entity, clear)
					vars := map[string]any{"id": id}

					res := f.clients[tc.refused].Do(t, m, vars)
					if len(res.Errors) != 1 || res.Errors[0].Code() != "FORBIDDEN" {
						t.Errorf("%s as %s: want FORBIDDEN, got %s", clear, tc.refused, res.ErrorString())
					}
					if got := tc.linked(ctx, c, id); !slices.Equal(got, []int{linked}) {
						t.Errorf("after the refused %s the record links %v, want [%d]", clear, got, linked)
					}

					res = f.clients[tc.allowed].Do(t, m, vars)
					if len(res.Errors) > 0 {
						t.Fatalf("%s as %s: %s", clear, tc.allowed, res.ErrorString())
					}
					if got := tc.linked(ctx, c, id); len(got) != 0 {
						t.Errorf("after %s the record still links %v", clear, got)
					}
					entry := c.AuditLog.Query().Where(auditlog.EntityIDEQ(id), auditlog.ActionEQ("update"+entity),
						auditlog.OutcomeEQ(auditlog.OutcomeOk)).Order(ent.Desc(auditlog.FieldID)).FirstX(ctx)
					var changes map[string]any
					if err := json.Unmarshal([]byte(entry.Changes), &changes); err != nil {
						t.Fatalf("audit changes %q: %v", entry.Changes, err)
					}
					key := "cleared_" + snake(field)
					if got, _ := json.Marshal(changes[key]); string(got) != fmt.Sprintf("[%d]", linked) {
						t.Errorf("audit entry of %s: changes %s, want %s: [%d]", clear, entry.Changes, key, linked)
					}
				})
			}
		})
	}
}

// TestRepointedLinksAreChecked: setting a unique edge that links a record of another region
// to one of the operator's own unlinks the former like a clear does: refused, and audited as
// replaced when allowed.
func TestRepointedLinksAreChecked(t *testing.T) {
	f := setupAccess(t, testdb.SQLite)
	c := f.s.App.DB.Client
	ctx := auth.System(context.Background())
	own := c.Organization.Query().Where(organization.HasRegionWith(region.ID(f.ids["zhuzhou"])), organization.IDNEQ(f.ids["hunanOrg"])).FirstIDX(ctx)
	for _, e := range []string{"Project.contractor", "SocialWorker.organization", "Station.operator"} {
		t.Run(e, func(t *testing.T) {
			tc := unlinkCases[e]
			entity, field, _ := strings.Cut(e, ".")
			id, linked := tc.link(ctx, c, f)
			m := fmt.Sprintf(`mutation($id: ID!, $to: ID!) { update%s(id: $id, input: {%sID: $to}) { id } }`, entity, field)
			vars := map[string]any{"id": id, "to": own}
			if res := f.clients[tc.refused].Do(t, m, vars); len(res.Errors) != 1 || res.Errors[0].Code() != "FORBIDDEN" {
				t.Errorf("re-pointing %s as %s: want FORBIDDEN, got %s", e, tc.refused, res.ErrorString())
			}
			if got := tc.linked(ctx, c, id); !slices.Equal(got, []int{linked}) {
				t.Errorf("after the refused change the record links %v, want [%d]", got, linked)
			}
			if res := f.clients[tc.allowed].Do(t, m, vars); len(res.Errors) > 0 {
				t.Fatalf("re-pointing %s as %s: %s", e, tc.allowed, res.ErrorString())
			}
			entry := c.AuditLog.Query().Where(auditlog.EntityIDEQ(id), auditlog.ActionEQ("update"+entity),
				auditlog.OutcomeEQ(auditlog.OutcomeOk)).Order(ent.Desc(auditlog.FieldID)).FirstX(ctx)
			if want := fmt.Sprintf(`"replaced_%s":[%d]`, snake(field), linked); !strings.Contains(entry.Changes, want) {
				t.Errorf("audit entry: changes %s, want %s", entry.Changes, want)
			}
		})
	}
}

// snake turns a GraphQL field name into the ent edge name (budgetLines → budget_lines).
func snake(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			b.WriteByte('_')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}
