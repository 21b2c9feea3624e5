package storage_test

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"

	"github.com/shegong/shegong/ent/migrate"
	"github.com/shegong/shegong/internal/testdb"
)

// TestEveryForeignKeyIsIndexed migrates a fresh database of each kind and checks, in the
// database's own catalogue, that every foreign key of the ent schema is the leading part of an
// index (or of the primary key), so that reading an edge never scans a whole table.
func TestEveryForeignKeyIsIndexed(t *testing.T) {
	for _, k := range testdb.Kinds {
		t.Run(string(k), func(t *testing.T) {
			t.Parallel()
			db := testdb.Open(t, k)
			ctx := context.Background()
			fks := 0
			for _, table := range migrate.Tables {
				indexes, err := indexColumns(ctx, db.SQL, k, table.Name)
				if err != nil {
					t.Fatal(err)
				}
				for _, fk := range table.ForeignKeys {
					fks++
					var cols []string
					for _, c := range fk.Columns {
						cols = append(cols, c.Name)
					}
					if !slices.ContainsFunc(indexes, func(idx []string) bool {
						return len(idx) >= len(cols) && slices.Equal(idx[:len(cols)], cols)
					}) {
						t.Errorf("%s: foreign key %s(%s) has no index; indexes: %v", k, table.Name, strings.Join(cols, ", "), indexes)
					}
				}
			}
			if fks == 0 {
				t.Fatal("the ent schema has no foreign keys: the test checks nothing")
			}
			t.Logf("%s: %d foreign keys, all indexed", k, fks)
		})
	}
}

// pgIndexColumns takes the column list out of a pg_indexes.indexdef: … USING btree (a, b).
var pgIndexColumns = regexp.MustCompile(`USING \w+ \((.*)\)$`)

// indexColumns lists the columns of each index of table, in index order, as the database
// reports them.
func indexColumns(ctx context.Context, db *sql.DB, k testdb.Kind, table string) ([][]string, error) {
	var out [][]string
	switch k {
	case testdb.Postgres:
		rows, err := db.QueryContext(ctx, `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1`, table)
		if err != nil {
			return nil, fmt.Errorf("pg_indexes of %s: %w", table, err)
		}
		defer rows.Close()
		for rows.Next() {
			var def string
			if err := rows.Scan(&def); err != nil {
				return nil, err
			}
			m := pgIndexColumns.FindStringSubmatch(def)
			if m == nil {
				return nil, fmt.Errorf("unexpected index definition %q", def)
			}
			var cols []string
			for _, c := range strings.Split(m[1], ",") {
				cols = append(cols, strings.Trim(strings.TrimSpace(c), `"`))
			}
			out = append(out, cols)
		}
		return out, rows.Err()
	case testdb.SQLite:
		var names []string
		rows, err := db.QueryContext(ctx, `SELECT name FROM pragma_index_list(?)`, table)
		if err != nil {
			return nil, fmt.Errorf("index list of %s: %w", table, err)
		}
		for rows.Next() {
			var name string
			if err := rows.Scan(&name); err != nil {
				rows.Close()
				return nil, err
			}
			names = append(names, name)
		}
		rows.Close()
		for _, name := range names {
			var cols []string
			rows, err := db.QueryContext(ctx, `SELECT name FROM pragma_index_info(?) ORDER BY seqno`, name)
			if err != nil {
				return nil, fmt.Errorf("columns of index %s: %w", name, err)
			}
			for rows.Next() {
				var c string
				if err := rows.Scan(&c); err != nil {
					rows.Close()
					return nil, err
				}
				cols = append(cols, c)
			}
			rows.Close()
			out = append(out, cols)
		}
		return out, nil
	}
	return nil, fmt.Errorf("unknown kind %q", k)
}

// TestEveryOrderFieldIsIndexed checks, in a migrated PostgreSQL's own catalogue, that every
// column a connection can be ordered by (an entgql.OrderField in ent/schema, read from the
// schema graph) leads an index, so a page ordered by it is read from the index, not sorted.
func TestEveryOrderFieldIsIndexed(t *testing.T) {
	g, err := entc.LoadGraph("../../ent/schema", &gen.Config{})
	if err != nil {
		t.Fatal(err)
	}
	db := testdb.Open(t, testdb.Postgres)
	ctx := context.Background()
	checked := 0
	for _, n := range g.Nodes {
		indexes, err := indexColumns(ctx, db.SQL, testdb.Postgres, n.Table())
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range n.Fields {
			if a, ok := f.Annotations["EntGQL"].(map[string]any); !ok || a["OrderField"] == nil {
				continue
			}
			checked++
			if !slices.ContainsFunc(indexes, func(idx []string) bool { return idx[0] == f.StorageKey() }) {
				t.Errorf("%s.%s orders connections but leads no index; indexes: %v", n.Table(), f.StorageKey(), indexes)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no order field in the ent schema: the test checks nothing")
	}
	t.Logf("%d order fields, all indexed", checked)
}
