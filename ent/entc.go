//go:build ignore

// entc.go runs ent code generation with the entgql extension. It is invoked
// by ent/generate.go (go generate ./ent) from the ent/ directory, so paths
// are relative to ent/.
package main

import (
	"fmt"
	"log"
	"os"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"
	"github.com/vektah/gqlparser/v2/ast"
)

func main() {
	ex, err := entgql.NewExtension(
		entgql.WithConfigPath("../gqlgen.yml"),
		entgql.WithSchemaGenerator(),
		entgql.WithSchemaPath("../graph/ent.graphql"),
		entgql.WithWhereInputs(true),
		entgql.WithSchemaHook(describeTypes),
	)
	if err != nil {
		log.Fatalf("creating entgql extension: %v", err)
	}
	err = entc.Generate("./schema", &gen.Config{
		Hooks: []gen.Hook{indexOrderFields},
		Features: []gen.Feature{
			// Type-ranged ids (each table owns a 2^32 block), so node(id)
			// works with plain integer ids on SQLite and PostgreSQL alike.
			gen.FeatureGlobalID,
			// ON CONFLICT upserts, for syncing plugin policy data.
			gen.FeatureUpsert,
			// Privacy policies (who may write what, ent/schema Policy methods) and
			// EntQL (generic filters the policies use).
			gen.FeaturePrivacy,
			gen.FeatureEntQL,
		},
	}, entc.Extensions(ex))
	if err != nil {
		log.Fatalf("running ent codegen: %v", err)
	}
	if err := fixAppendInputs("gql_mutation_input.go"); err != nil {
		log.Fatalf("fixing the append inputs: %v", err)
	}
	for _, file := range []string{"gql_pagination.go", "gql_collection.go"} {
		if err := countOnlyForTotalCount(file); err != nil {
			log.Fatalf("counting only for totalCount: %v", err)
		}
	}
}

// indexOrderFields adds an index on (column, id) for every field a connection can be ordered by
// (entgql.OrderField), unless the field is unique or an index already leads with its column:
// entgql pages in the order (field, id), and without an index a page of 50 sorts the whole
// table. Foreign keys get theirs at migration (internal/storage), where the join tables are.
func indexOrderFields(next gen.Generator) gen.Generator {
	return gen.GenerateFunc(func(g *gen.Graph) error {
		for _, n := range g.Nodes {
			for _, f := range n.Fields {
				if !isOrderField(f) || f.Unique || n.ID == nil {
					continue
				}
				col := f.StorageKey()
				if slices.ContainsFunc(n.Indexes, func(idx *gen.Index) bool { return idx.Columns[0] == col }) {
					continue
				}
				n.Indexes = append(n.Indexes, &gen.Index{
					Name:    strings.ToLower(n.Name) + "_" + col + "_" + n.ID.StorageKey(),
					Columns: []string{col, n.ID.StorageKey()},
				})
			}
		}
		return next.Generate(g)
	})
}

// isOrderField reports whether a connection can be ordered by f.
func isOrderField(f *gen.Field) bool {
	a, ok := f.Annotations["EntGQL"].(map[string]any)
	if !ok {
		return false
	}
	name, _ := a["OrderField"].(string)
	return name != ""
}

// pageInfoCounts matches the condition under which entgql v0.7.0's pagination and collection
// templates run a COUNT: totalCount or pageInfo selected, in a root connection (ctx,
// totalCountField) or a nested one (ctx, append(path, totalCountField)...).
var pageInfoCounts = regexp.MustCompile(`hasCollectedField\(ctx, (append\(path, )?totalCountField(\)\.\.\.)?\) \|\| hasCollectedField\(ctx, (append\(path, )?pageInfoField`)

// countOnlyForTotalCount makes a connection count its rows only when totalCount is selected,
// or when pageInfo is selected and the page has no rows to tell it (edges not selected, or
// first / last 0). entgql counts whenever pageInfo is selected, but with edges it computes
// hasNextPage / hasPreviousPage from the extra row it fetches (first + 1) and throws the count
// away: a full COUNT(*) of a large table per page. It fails when the pattern is gone, so an
// entgql upgrade that changes the templates is seen.
func countOnlyForTotalCount(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if !pageInfoCounts.Match(src) {
		return fmt.Errorf("%s: the count condition of entgql's pagination is not there any more; check whether countOnlyForTotalCount is still needed", path)
	}
	out := pageInfoCounts.ReplaceAllFunc(src, func(cond []byte) []byte {
		m := pageInfoCounts.FindSubmatch(cond)
		first, last := "first", "last" // arguments of Paginate
		if len(m[1]) > 0 {
			first, last = "args.first", "args.last" // a nested connection in collectField
		}
		return fmt.Appendf(nil, "hasCollectedField(ctx, %stotalCountField%s) || (ignoredEdges || %s != nil && *%s == 0 || %s != nil && *%s == 0) && hasCollectedField(ctx, %spageInfoField",
			m[1], m[2], first, first, last, last, m[3])
	})
	return os.WriteFile(path, out, 0o644)
}

// appendCall matches what entgql generates for the appendX field of an update input.
var appendCall = regexp.MustCompile(`m\.Append(\w+)\(i\.(\w+)\)`)

// fixAppendInputs works around a bug of entgql v0.7.0's mutation_input template (fixed by the
// open ent/contrib PR 639): when an update input's appendX field is set, its Mutate calls
// m.AppendX(i.X) — it appends the value of x, not of appendX, so appendFacilities: ["…"] alone
// changes nothing. It rewrites those calls to m.AppendX(i.AppendX); once the template is fixed
// the pattern no longer matches and this does nothing.
func fixAppendInputs(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	out := appendCall.ReplaceAllFunc(src, func(call []byte) []byte {
		m := appendCall.FindSubmatch(call)
		if string(m[1]) != string(m[2]) {
			return call
		}
		return []byte("m.Append" + string(m[1]) + "(i.Append" + string(m[1]) + ")")
	})
	return os.WriteFile(path, out, 0o644)
}

// describeTypes copies the bilingual comments of the ent schema into the
// GraphQL schema: each type's schema.Comment becomes its description, and
// an enum takes the comment of the field it was generated from (entgql
// leaves both empty or generic).
func describeTypes(g *gen.Graph, s *ast.Schema) error {
	defer describeGenerated(g, s) // after the comments, so it only fills what they leave empty
	for _, n := range g.Nodes {
		if c, ok := n.Annotations["Comment"].(map[string]any); ok {
			if text, _ := c["Text"].(string); text != "" {
				if def := s.Types[n.Name]; def != nil {
					def.Description = text
				}
			}
		}
		for _, f := range n.Fields {
			if !f.IsEnum() || f.Comment() == "" {
				continue
			}
			name := n.Name + strings.ReplaceAll(f.StructField(), "_", "")
			if a, ok := f.Annotations["EntGQL"].(map[string]any); ok {
				if t, _ := a["Type"].(string); t != "" {
					name = t
				}
			}
			if def := s.Types[name]; def != nil && def.Kind == ast.Enum {
				def.Description = f.Comment()
			}
		}
	}
	return nil
}

// enumValueDescriptions describes every value of the ent enums (entgql generates the values
// bare). Keyed by GraphQL enum type, then value.
var enumValueDescriptions = map[string]map[string]string{
	"AuditOutcome": {
		"ok":        "成功 / committed",
		"error":     "失败 / failed; nothing was written",
		"forbidden": "拒绝 / refused: the token may not do this",
	},
	"BudgetCategory": {
		"LABOR":         "人员经费 / labour: salaries and social insurance of the workers",
		"SUPERVISION":   "督导 / supervision",
		"ACTIVITIES":    "活动 / service activities",
		"MANAGEMENT":    "管理 / management",
		"INSURANCE_TAX": "税费 / insurance and tax",
		"TRAINING":      "培训 / training",
		"OTHER":         "其他 / other",
	},
	"CertificateLevel": {
		"NONE":         "无 / no social-work certificate",
		"ASSISTANT":    "助理社会工作师 / assistant social worker",
		"INTERMEDIATE": "社会工作师 / social worker (intermediate)",
		"SENIOR":       "高级社会工作师 / senior social worker",
	},
	"ComplianceStatus": {
		"COMPLIANT":     "合规 / at least one rule passed, none failed, no input missing",
		"NON_COMPLIANT": "不合规 / at least one rule failed",
		"INCOMPLETE":    "信息不全 / no rule failed, but some rule lacked input (or a region of the chain did not answer)",
		"NOT_IN_FORCE":  "规则未生效 / no rule passed or failed, and some rule that would apply is outside its validity window on the as-of date",
		"NOT_REGULATED": "该地区没有适用于此对象的规则 / no rule of the region applies to this subject; not the same as compliant",
	},
	"CoverageStatus": {
		"DEFINED":       "已规定 / the region sets a value, with a citation",
		"NOT_REGULATED": "文件未规定 / the region's documents are silent on this concept",
		"NOT_MODELLED":  "已规定但尚未编码 / regulated, but the plugin does not encode it yet",
	},
	"EducationLevel": {
		"NONE":        "无 / none",
		"PRIMARY":     "小学 / primary school",
		"JUNIOR_HIGH": "初中 / junior high school",
		"SENIOR_HIGH": "高中/中专 / senior high or secondary vocational school",
		"ASSOCIATE":   "大专 / associate degree (junior college)",
		"BACHELOR":    "本科 / bachelor's degree",
		"MASTER":      "硕士 / master's degree",
		"DOCTORATE":   "博士 / doctorate",
	},
	"EvaluationKind": {
		"PROFESSIONAL": "专业评估 / professional evaluation",
		"PERFORMANCE":  "绩效评价 / performance evaluation",
		"MID_TERM":     "中期评估 / mid-term evaluation",
		"FINAL":        "末期评估 / final evaluation",
		"SELF":         "自评 / self-evaluation",
	},
	"EvaluationRating": {
		"EXCELLENT":   "优秀 / excellent",
		"GOOD":        "良好 / good",
		"QUALIFIED":   "合格 / qualified",
		"UNQUALIFIED": "不合格 / unqualified",
	},
	"OrganizationGrade": {
		"GRADE_3A": "3A 级 / grade 3A",
		"GRADE_4A": "4A 级 / grade 4A",
		"GRADE_5A": "5A 级 / grade 5A",
	},
	"ProjectProgramme": {
		"STATION":           "乡镇(街道)社会工作服务站项目 / township (street) social-work station programme, e.g. Hunan's 禾计划",
		"PARTY_MASS_CENTRE": "社区党群服务中心社会工作服务项目 / social-work service project of a community party-and-mass service centre",
	},
	"PurchaseMode": {
		"POST":    "岗位购买 / purchase per post",
		"PROJECT": "项目购买 / purchase per project",
	},
	"RegionLevel": {
		"PROVINCE": "省 / province",
		"CITY":     "市 / city",
	},
	"RegistrationLevel": {
		"PROVINCE": "省级 / registered at a provincial civil-affairs authority",
		"CITY":     "市级 / registered at a city civil-affairs authority",
		"COUNTY":   "县级 / registered at a county civil-affairs authority",
	},
	"Role": {
		"admin":           "管理员 / administrator: may do everything",
		"region_operator": "地区操作员 / region operator: may write in its region and the regions inside it",
		"researcher":      "研究人员 / researcher: may read worker records, without personal data",
	},
	"TrainingKind": {
		"INDUCTION":            "岗前培训 / induction training",
		"CONTINUING_EDUCATION": "继续教育 / continuing education",
		"SUPERVISION":          "督导 / supervision",
		"OTHER":                "其他 / other",
	},
	"TrainingUnit": {
		"CLASS_HOUR": "学时 / class period (not a clock hour)",
		"HOUR":       "小时 / clock hour",
	},
}

// connectionArgs describes the arguments entgql puts on every connection field (its own
// descriptions are English only).
var connectionArgs = map[string]string{
	"after":   "游标之后 / return the elements after this cursor",
	"first":   "前 n 条 / return the first n elements",
	"before":  "游标之前 / return the elements before this cursor",
	"last":    "后 n 条 / return the last n elements",
	"orderBy": "排序 / ordering of the returned elements",
	"where":   "筛选条件 / filter the returned elements",
}

// fixedDescriptions describes the types and fields entgql generates for the Relay protocol.
var fixedDescriptions = map[string]string{
	"Query":                    "查询 / The queries of the shegong API.",
	"Query.node":               "按编号取对象 / fetch any object by its global id",
	"Query.node(id)":           "对象编号 / global id of the object",
	"Query.nodes":              "按编号批量取对象 / fetch objects by a list of global ids",
	"Query.nodes(ids)":         "对象编号列表 / global ids of the objects",
	"Node":                     "节点 / An object with a global id (Relay Node interface).",
	"Node.id":                  "编号 / global id, unique across all types",
	"Cursor":                   "游标 / An opaque cursor for paging (Relay); pass it as after or before.",
	"PageInfo":                 "分页信息 / Information for paging through a connection (Relay PageInfo).",
	"PageInfo.hasNextPage":     "有下一页 / whether more elements follow this page",
	"PageInfo.hasPreviousPage": "有上一页 / whether elements precede this page",
	"PageInfo.startCursor":     "首个游标 / cursor of the first element of this page",
	"PageInfo.endCursor":       "末个游标 / cursor of the last element of this page",
	"OrderDirection":           "排序方向 / Direction of an ordering.",
	"OrderDirection.ASC":       "升序 / ascending",
	"OrderDirection.DESC":      "降序 / descending",
	"WhereInput.and":           "全部满足 / all of these filters match",
	"WhereInput.or":            "任一满足 / any of these filters matches",
	"WhereInput.not":           "不满足 / this filter does not match",
	"Connection.edges":         "边 / the edges of this page",
	"Connection.pageInfo":      "分页信息 / paging information",
	"Connection.totalCount":    "总数 / number of elements matching the filter, over all pages",
	"Edge.node":                "节点 / the element at the end of the edge",
	"Edge.cursor":              "游标 / cursor of this element, for after / before",
	"Order.direction":          "排序方向 / the direction to order by",
	"Order.field":              "排序字段 / the field to order by",
	"node.id":                  "编号 / global id, unique across all types (Relay)",
	"CreateInput.description":  "新建 %s 的字段 / The fields of a new %s.",
	"UpdateInput.description":  "修改 %s 的字段 / The fields of a %s to change; omitted fields stay as they are.",
	"WhereInput.description":   "%s 的筛选条件 / A filter on %s; the fields combine with AND.",
	"Connection.description":   "%s 的分页列表 / A page of %s (Relay connection).",
	"Edge.description":         "%s 的边 / One %s with its cursor (Relay edge).",
	"Order.description":        "%s 的排序 / Ordering of %s.",
	"OrderField.description":   "%s 的排序字段 / Fields %s can be ordered by.",
	"Query.connection":         "%s列表 / %s, paged (Relay connection); filter with where, order with orderBy",
	"edge.connection":          "关联的%s / related %s, paged (Relay connection)",
	"predicate.has":            "%s 存在 / has at least one related %s",
	"predicate.hasWith":        "%s 满足条件 / has a related %s matching the filter",
	"input.edgeID":             "关联%s的编号 / id of the related %s",
	"input.edgeIDs":            "关联%s的编号列表 / ids of the related %s",
	"input.addIDs":             "添加关联%s / ids of %s to add",
	"input.removeIDs":          "移除关联%s / ids of %s to remove",
	"input.clear":              "清空 %s / clear %s",
	"input.append":             "追加 %s / values to append to %s",
	"orderField.value":         "按%s排序 / order by %s",
}

// predicateOps describes entgql's where-input operators by field-name suffix, longest first.
var predicateOps = []struct{ suffix, zh, en string }{
	{"ContainsFold", "包含(不区分大小写)", "contains, case-insensitive"},
	{"EqualFold", "等于(不区分大小写)", "equals, case-insensitive"},
	{"HasPrefix", "开头是", "starts with"},
	{"HasSuffix", "结尾是", "ends with"},
	{"Contains", "包含", "contains"},
	{"NotNil", "非空", "is not null"},
	{"IsNil", "为空", "is null"},
	{"NotIn", "不在列表中", "not in the list"},
	{"NEQ", "不等于", "not equal to"},
	{"GTE", "大于等于", "greater than or equal to"},
	{"LTE", "小于等于", "less than or equal to"},
	{"GT", "大于", "greater than"},
	{"LT", "小于", "less than"},
	{"In", "在列表中", "in the list"},
}

// describeGenerated gives every element entgql generates — connections, edges, orders, where
// inputs, mutation inputs, root connection fields and their arguments, enum values and ids — a
// Chinese and English description, built from the ent schema comments where there are any.
// It fills only descriptions that are empty or English only; graph/schema_test.go checks the
// result over the whole schema.
func describeGenerated(g *gen.Graph, s *ast.Schema) {
	set := func(desc *string, text string) {
		if !bilingual(*desc) {
			*desc = text
		}
	}
	// zh / en labels of a node, from its comment ("机构 / A service organisation." → 机构, Organization).
	labels := map[string][2]string{}
	for _, n := range g.Nodes {
		zh := n.Name
		if def := s.Types[n.Name]; def != nil {
			zh = zhPart(def.Description, n.Name)
		}
		labels[n.Name] = [2]string{zh, n.Name}
	}
	edgeLabel := func(n *gen.Type, name string) (string, string) {
		for _, e := range n.Edges {
			if en := lowerFirst(camel(e.Name)); en == name || en == plural(name) || en == name+"ren" {
				if c := e.Comment(); c != "" {
					return zhPart(c, labels[e.Type.Name][0]), name
				}
				return labels[e.Type.Name][0], name
			}
		}
		return name, name
	}
	fieldsOf := func(typ string) map[string]string {
		out := map[string]string{}
		if def := s.Types[typ]; def != nil {
			for _, f := range def.Fields {
				out[f.Name] = f.Description
			}
		}
		return out
	}
	for _, n := range g.Nodes {
		zh, en := labels[n.Name][0], labels[n.Name][1]
		node := s.Types[n.Name]
		if node != nil {
			for _, f := range node.Fields {
				if f.Name == "id" {
					set(&f.Description, fixedDescriptions["node.id"])
				}
				if len(f.Arguments) > 0 { // a connection edge
					ezh, een := edgeLabel(n, f.Name)
					set(&f.Description, fmt.Sprintf(fixedDescriptions["edge.connection"], ezh, een))
				} else if f.Description == "" {
					ezh, een := edgeLabel(n, f.Name)
					set(&f.Description, fmt.Sprintf("关联的%s / related %s", ezh, een))
				}
				for _, a := range f.Arguments {
					set(&a.Description, connectionArgs[a.Name])
				}
			}
		}
		nodeFields := fieldsOf(n.Name)
		if def := s.Types[n.Name+"Connection"]; def != nil {
			set(&def.Description, fmt.Sprintf(fixedDescriptions["Connection.description"], zh, en))
			for _, f := range def.Fields {
				set(&f.Description, fixedDescriptions["Connection."+f.Name])
			}
		}
		if def := s.Types[n.Name+"Edge"]; def != nil {
			set(&def.Description, fmt.Sprintf(fixedDescriptions["Edge.description"], zh, en))
			for _, f := range def.Fields {
				set(&f.Description, fixedDescriptions["Edge."+f.Name])
			}
		}
		if def := s.Types[n.Name+"Order"]; def != nil {
			set(&def.Description, fmt.Sprintf(fixedDescriptions["Order.description"], zh, en))
			for _, f := range def.Fields {
				set(&f.Description, fixedDescriptions["Order."+f.Name])
			}
		}
		if def := s.Types[n.Name+"OrderField"]; def != nil {
			set(&def.Description, fmt.Sprintf(fixedDescriptions["OrderField.description"], zh, en))
			byOrder := orderFieldLabels(n)
			for _, v := range def.EnumValues {
				vzh := byOrder[v.Name]
				if vzh == "" {
					vzh = v.Name
				}
				set(&v.Description, fmt.Sprintf(fixedDescriptions["orderField.value"], vzh, strings.ToLower(v.Name)))
			}
		}
		if def := s.Types[n.Name+"WhereInput"]; def != nil {
			set(&def.Description, fmt.Sprintf(fixedDescriptions["WhereInput.description"], zh, en))
			for _, f := range def.Fields {
				set(&f.Description, describePredicate(n, f.Name, nodeFields, edgeLabel))
			}
		}
		for _, kind := range []string{"Create", "Update"} {
			def := s.Types[kind+n.Name+"Input"]
			if def == nil {
				continue
			}
			set(&def.Description, fmt.Sprintf(fixedDescriptions[kind+"Input.description"], zh, en))
			for _, f := range def.Fields {
				set(&f.Description, describeInputField(n, f.Name, nodeFields, edgeLabel))
			}
		}
	}
	if q := s.Types["Query"]; q != nil {
		set(&q.Description, fixedDescriptions["Query"])
		for _, f := range q.Fields {
			if d, ok := fixedDescriptions["Query."+f.Name]; ok {
				set(&f.Description, d)
			} else if conn, ok := strings.CutSuffix(typeName(f.Type), "Connection"); ok {
				if l, ok := labels[conn]; ok {
					set(&f.Description, fmt.Sprintf(fixedDescriptions["Query.connection"], l[0], f.Name))
				}
			}
			for _, a := range f.Arguments {
				if d, ok := fixedDescriptions["Query."+f.Name+"("+a.Name+")"]; ok {
					set(&a.Description, d)
				} else {
					set(&a.Description, connectionArgs[a.Name])
				}
			}
		}
	}
	for _, name := range []string{"Node", "Cursor", "PageInfo", "OrderDirection"} {
		def := s.Types[name]
		if def == nil {
			continue
		}
		set(&def.Description, fixedDescriptions[name])
		for _, f := range def.Fields {
			set(&f.Description, fixedDescriptions[name+"."+f.Name])
		}
		for _, v := range def.EnumValues {
			set(&v.Description, fixedDescriptions[name+"."+v.Name])
		}
	}
	for typ, values := range enumValueDescriptions {
		if def := s.Types[typ]; def != nil {
			for _, v := range def.EnumValues {
				set(&v.Description, values[v.Name])
			}
		}
	}
}

// describePredicate describes one field of a where input from the node field it filters on.
func describePredicate(n *gen.Type, name string, nodeFields map[string]string, edgeLabel func(*gen.Type, string) (string, string)) string {
	if d, ok := fixedDescriptions["WhereInput."+name]; ok {
		return d
	}
	if d, ok := nodeFields[name]; ok {
		return fmt.Sprintf("%s 等于 / %s equals", zhPart(d, name), name)
	}
	for _, op := range predicateOps {
		if base, ok := strings.CutSuffix(name, op.suffix); ok {
			if d, ok := nodeFields[base]; ok {
				return fmt.Sprintf("%s %s / %s %s", zhPart(d, base), op.zh, base, op.en)
			}
		}
	}
	if rest, ok := strings.CutPrefix(name, "has"); ok && rest != "" {
		with := strings.HasSuffix(rest, "With")
		edge := lowerFirst(strings.TrimSuffix(rest, "With"))
		zh, en := edgeLabel(n, edge)
		if with {
			return fmt.Sprintf(fixedDescriptions["predicate.hasWith"], zh, en)
		}
		return fmt.Sprintf(fixedDescriptions["predicate.has"], zh, en)
	}
	return fmt.Sprintf("%s 条件 / filter on %s", name, name)
}

// describeInputField describes one field of a create or update input.
func describeInputField(n *gen.Type, name string, nodeFields map[string]string, edgeLabel func(*gen.Type, string) (string, string)) string {
	if d, ok := nodeFields[name]; ok && d != "" {
		return d
	}
	edge := func(s string) (string, string) { return edgeLabel(n, lowerFirst(s)) }
	field := func(s string) (string, string) {
		s = lowerFirst(s)
		if d, ok := nodeFields[s]; ok {
			return zhPart(d, s), s
		}
		return edge(s)
	}
	switch {
	case strings.HasPrefix(name, "add") && strings.HasSuffix(name, "IDs"):
		zh, en := edge(strings.TrimSuffix(strings.TrimPrefix(name, "add"), "IDs"))
		return fmt.Sprintf(fixedDescriptions["input.addIDs"], zh, en)
	case strings.HasPrefix(name, "remove") && strings.HasSuffix(name, "IDs"):
		zh, en := edge(strings.TrimSuffix(strings.TrimPrefix(name, "remove"), "IDs"))
		return fmt.Sprintf(fixedDescriptions["input.removeIDs"], zh, en)
	case strings.HasPrefix(name, "clear"):
		zh, en := field(strings.TrimPrefix(name, "clear"))
		return fmt.Sprintf(fixedDescriptions["input.clear"], zh, en)
	case strings.HasPrefix(name, "append"):
		zh, en := field(strings.TrimPrefix(name, "append"))
		return fmt.Sprintf(fixedDescriptions["input.append"], zh, en)
	case strings.HasSuffix(name, "IDs"):
		zh, en := edge(strings.TrimSuffix(name, "IDs"))
		return fmt.Sprintf(fixedDescriptions["input.edgeIDs"], zh, en)
	case strings.HasSuffix(name, "ID"):
		zh, en := edge(strings.TrimSuffix(name, "ID"))
		return fmt.Sprintf(fixedDescriptions["input.edgeID"], zh, en)
	}
	return fmt.Sprintf("%s / %s", name+" 字段", name)
}

// orderFieldLabels maps a node's OrderField enum values to the zh labels of their fields.
func orderFieldLabels(n *gen.Type) map[string]string {
	out := map[string]string{}
	for _, f := range n.Fields {
		a, ok := f.Annotations["EntGQL"].(map[string]any)
		if !ok {
			continue
		}
		if name, _ := a["OrderField"].(string); name != "" {
			out[name] = zhPart(f.Comment(), name)
		}
	}
	return out
}

// zhPart returns the Chinese label before " / " of a bilingual comment, or fallback.
func zhPart(desc, fallback string) string {
	zh, _, ok := strings.Cut(desc, " / ")
	if !ok || !bilingual(zh+"x") {
		return fallback
	}
	return strings.TrimSpace(zh)
}

// bilingual reports whether text has a CJK ideograph and an ASCII letter (as graph/schema_test.go checks).
func bilingual(text string) bool {
	var han, latin bool
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			han = true
		case r < unicode.MaxASCII && unicode.IsLetter(r):
			latin = true
		}
	}
	return han && latin
}

func typeName(t *ast.Type) string {
	for t.Elem != nil {
		t = t.Elem
	}
	return t.NamedType
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// camel turns an ent edge name (snake_case) into the GraphQL field name's form.
func camel(s string) string {
	parts := strings.Split(s, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}

// plural maps the singular entgql uses in addXIDs back to the edge name (workerIDs → workers).
func plural(s string) string {
	if strings.HasSuffix(s, "y") {
		return s[:len(s)-1] + "ies"
	}
	return s + "s"
}
