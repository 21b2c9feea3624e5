// Package links finds the records an update will unlink without naming them: the edges it
// clears (clearWorkers, clearContractor …) and the unique edges it points elsewhere
// (contractorID on a project that has one). The privacy rules check those records like
// explicitly removed ones, and the audit log records them.
//
// It works for every entity and edge, from the generated code's conventions: the client has
// a <Type> client whose Get returns the record, the record's Edges struct names each edge in
// its json tag (a pointer for a unique edge, a slice otherwise), and the record has a
// Query<Field> method for it.
package links

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/shegong/shegong/ent"
)

// Unlinked is what one edge of an update unlinks.
type Unlinked struct {
	Edge string
	IDs  []int
	// Cleared is true for a clear of the edge, false for a unique edge set to another record.
	Cleared bool
}

type clientMutation interface {
	ent.Mutation
	Client() *ent.Client
	ID() (int, bool)
}

// edge is one edge to read: its name, the Edges field it is loaded into, and whether the
// update clears it.
type edge struct {
	name    string
	field   string
	cleared bool
}

// Of returns, for an update of one record, the records each cleared or re-pointed edge is
// linked to now (read through the mutation's client, so inside its transaction): every
// cleared edge, and each re-pointed unique edge that linked another record. Other mutations
// unlink nothing implicitly. It reads nothing when the update clears or re-points no edge.
func Of(ctx context.Context, m ent.Mutation) ([]Unlinked, error) {
	if !m.Op().Is(ent.OpUpdateOne) || len(m.ClearedEdges()) == 0 && len(m.AddedEdges()) == 0 {
		return nil, nil
	}
	cm, ok := m.(clientMutation)
	if !ok {
		return nil, fmt.Errorf("links: mutation %T has no client or id", m)
	}
	typ := cm.Type()
	get := reflect.ValueOf(cm.Client()).Elem().FieldByName(typ).MethodByName("Get")
	if !get.IsValid() {
		return nil, fmt.Errorf("links: the client has no %s.Get", typ)
	}
	fields, err := edgeFields(get.Type().Out(0))
	if err != nil {
		return nil, fmt.Errorf("links: %s: %w", typ, err)
	}
	var todo []edge
	cleared := m.ClearedEdges()
	for _, e := range cleared {
		f, ok := fields[e]
		if !ok {
			return nil, fmt.Errorf("links: %s has no edge %s", typ, e)
		}
		todo = append(todo, edge{name: e, field: f.Name, cleared: true})
	}
	for _, e := range m.AddedEdges() {
		f, ok := fields[e]
		if !ok {
			return nil, fmt.Errorf("links: %s has no edge %s", typ, e)
		}
		// Adding to a many-edge keeps what is there; setting a unique one replaces it.
		if f.Type.Kind() == reflect.Pointer && !slices.Contains(cleared, e) {
			todo = append(todo, edge{name: e, field: f.Name})
		}
	}
	if len(todo) == 0 {
		return nil, nil
	}
	id, ok := cm.ID()
	if !ok {
		return nil, fmt.Errorf("links: update of %s without an id", typ)
	}
	res := get.Call([]reflect.Value{reflect.ValueOf(ctx), reflect.ValueOf(id)})
	if err, _ := res[1].Interface().(error); err != nil {
		return nil, fmt.Errorf("links: read %s %d: %w", typ, id, err)
	}
	record := res[0]
	var out []Unlinked
	for _, e := range todo {
		ids, err := linkedIDs(ctx, record, e.field)
		if err != nil {
			return nil, fmt.Errorf("links: edge %s of %s %d: %w", e.name, typ, id, err)
		}
		if !e.cleared {
			ids = slices.DeleteFunc(ids, func(id int) bool { return slices.Contains(m.AddedIDs(e.name), ent.Value(id)) })
			if len(ids) == 0 {
				continue
			}
		}
		out = append(out, Unlinked{Edge: e.name, IDs: ids, Cleared: e.cleared})
	}
	return out, nil
}

// edgeFields maps the edge names of a record type (*ent.Project) to their Edges fields.
func edgeFields(record reflect.Type) (map[string]reflect.StructField, error) {
	if record.Kind() != reflect.Pointer {
		return nil, fmt.Errorf("record type %s is not a pointer", record)
	}
	edges, ok := record.Elem().FieldByName("Edges")
	if !ok {
		return nil, fmt.Errorf("%s has no Edges", record)
	}
	out := map[string]reflect.StructField{}
	for i := range edges.Type.NumField() {
		f := edges.Type.Field(i)
		if name, _, _ := strings.Cut(f.Tag.Get("json"), ","); name != "" && f.IsExported() {
			out[name] = f
		}
	}
	return out, nil
}

// linkedIDs runs record.Query<field>().IDs(ctx).
func linkedIDs(ctx context.Context, record reflect.Value, field string) ([]int, error) {
	q := record.MethodByName("Query" + field)
	if !q.IsValid() {
		return nil, fmt.Errorf("%s has no Query%s", record.Type(), field)
	}
	idsOf := q.Call(nil)[0].MethodByName("IDs")
	if !idsOf.IsValid() {
		return nil, fmt.Errorf("the query of %s has no IDs", field)
	}
	res := idsOf.Call([]reflect.Value{reflect.ValueOf(ctx)})
	if err, _ := res[1].Interface().(error); err != nil {
		return nil, err
	}
	ids, ok := res[0].Interface().([]int)
	if !ok {
		return nil, fmt.Errorf("the ids of %s are not ints", field)
	}
	if ids == nil {
		ids = []int{}
	}
	return ids, nil
}
