package storage

import (
	"slices"
	"strings"

	"entgo.io/ent/dialect/sql/schema"

	"github.com/shegong/shegong/ent/migrate"
)

// Every foreign key gets an index before any migration runs, on SQLite and PostgreSQL alike.
// Neither engine indexes a foreign key by itself, and every edge is read through one: a
// project's budget lines (budget_lines.project_budget_lines = ?), a region's projects, the
// eager loading of a page's edges (… IN (ids of the page)), the cascade of a delete. The index
// ends with the table's id, the order in which entgql pages an edge (and PostGraphile too):
// with the foreign key alone, PostgreSQL reads "the first 10 budget lines of this project by
// id" by walking the primary key and filtering, the whole table for each project. Deriving
// the indexes from the schema's foreign keys covers every edge, including the join tables of
// many-to-many edges, which ent/schema Indexes() cannot reach, and the edges added later.
func init() { indexForeignKeys(migrate.Tables) }

// indexForeignKeys adds an index on the columns of each foreign key of tables, followed by the
// table's id, unless an index or the primary key already leads with those columns. It is
// idempotent.
func indexForeignKeys(tables []*schema.Table) {
	for _, t := range tables {
		for _, fk := range t.ForeignKeys {
			cols := slices.Clone(fk.Columns)
			if len(t.PrimaryKey) == 1 && !slices.Contains(cols, t.PrimaryKey[0]) {
				cols = append(cols, t.PrimaryKey[0])
			}
			if leadsAnIndex(t, cols) {
				continue
			}
			names := make([]string, len(cols))
			for i, c := range cols {
				names[i] = c.Name
			}
			// Not t.AddIndex: it finds columns by name in a map that the generated tables,
			// built as literals, leave empty.
			t.Indexes = append(t.Indexes, &schema.Index{Name: ForeignKeyIndexName(t.Name, names), Columns: cols})
		}
	}
}

// ForeignKeyIndexName names the index of a foreign key: its table and columns, as ent names
// the indexes declared in a schema.
func ForeignKeyIndexName(table string, columns []string) string {
	return strings.Join(append([]string{table}, columns...), "_")
}

// leadsAnIndex reports whether cols are the first columns of the primary key or of an index
// of t, so that a lookup by cols can use it.
func leadsAnIndex(t *schema.Table, cols []*schema.Column) bool {
	leads := func(idx []*schema.Column) bool {
		if len(idx) < len(cols) {
			return false
		}
		for i, c := range cols {
			if idx[i].Name != c.Name {
				return false
			}
		}
		return true
	}
	if leads(t.PrimaryKey) {
		return true
	}
	for _, idx := range t.Indexes {
		if leads(idx.Columns) {
			return true
		}
	}
	return false
}
