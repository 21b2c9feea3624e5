// Package links finds the records an update will unlink without naming them: the edges it
// clears (clearWorkers, clearContractor …) and the unique edges it points elsewhere
// (contractorID on a project that has one). The privacy rules check those records like
// explicitly removed ones, and the audit log records them.
//
// It works for every entity and edge, from the generated code's conventions: a record's
// Edges struct names each edge in its json tag, and the record has a Query<Field> method
// for it.
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

// Of returns, for an update of one record, the records each cleared or re-pointed edge is
// linked to now (read through the mutation's client, so inside its transaction): every
// cleared edge, and each re-pointed unique edge that linked another record. Other mutations
// unlink nothing implicitly.
func Of(ctx context.Context, m ent.Mutation) ([]Unlinked, error) {
	if !m.Op().Is(ent.OpUpdateOne) {
		return nil, nil
	}
	cleared := m.ClearedEdges()
	var unique []string
	for _, e := range m.AddedEdges() {
		if !slices.Contains(cleared, e) {
			unique = append(unique, e)
		}
	}
	if len(cleared) == 0 && len(unique) == 0 {
		return nil, nil
	}
	cm, ok := m.(clientMutation)
	if !ok {
		return nil, fmt.Errorf("links: mutation %T has no client or id", m)
	}
	id, ok := cm.ID()
	if !ok {
		return nil, fmt.Errorf("links: update of %s without an id", m.Type())
	}
	node, err := get(ctx, cm.Client(), m.Type(), id)
	if err != nil {
		return nil, err
	}
	var out []Unlinked
	for _, e := range cleared {
		ids, _, err := linked(ctx, node, e)
		if err != nil {
			return nil, err
		}
		out = append(out, Unlinked{Edge: e, IDs: ids, Cleared: true})
	}
	for _, e := range unique {
		ids, isUnique, err := linked(ctx, node, e)
		if err != nil {
			return nil, err
		}
		if !isUnique {
			continue // adding to a many-edge keeps what is there
		}
		ids = slices.DeleteFunc(ids, func(id int) bool { return slices.Contains(m.AddedIDs(e), ent.Value(id)) })
		if len(ids) > 0 {
			out = append(out, Unlinked{Edge: e, IDs: ids})
		}
	}
	return out, nil
}

// get reads the record of type typ through the client's <typ>.Get.
func get(ctx context.Context, c *ent.Client, typ string, id int) (reflect.Value, error) {
	tc := reflect.ValueOf(c).Elem().FieldByName(typ)
	if !tc.IsValid() {
		return reflect.Value{}, fmt.Errorf("links: the client has no %s", typ)
	}
	res := tc.MethodByName("Get").Call([]reflect.Value{reflect.ValueOf(ctx), reflect.ValueOf(id)})
	if err, _ := res[1].Interface().(error); err != nil {
		return reflect.Value{}, fmt.Errorf("links: read %s %d: %w", typ, id, err)
	}
	return res[0], nil
}

// linked returns the ids node's edge links to now, and whether the edge is unique.
func linked(ctx context.Context, v reflect.Value, edge string) ([]int, bool, error) {
	node := v.Interface()
	edges := v.Elem().FieldByName("Edges")
	if !edges.IsValid() {
		return nil, false, fmt.Errorf("links: %T has no edges", node)
	}
	for i := range edges.NumField() {
		f := edges.Type().Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name != edge {
			continue
		}
		q := v.MethodByName("Query" + f.Name)
		if !q.IsValid() {
			return nil, false, fmt.Errorf("links: %T has no Query%s", node, f.Name)
		}
		ids := q.Call(nil)[0].MethodByName("IDs")
		if !ids.IsValid() {
			return nil, false, fmt.Errorf("links: the query of %T.%s has no IDs", node, f.Name)
		}
		res := ids.Call([]reflect.Value{reflect.ValueOf(ctx)})
		if err, _ := res[1].Interface().(error); err != nil {
			return nil, false, fmt.Errorf("links: read edge %s of %T: %w", edge, node, err)
		}
		out, ok := res[0].Interface().([]int)
		if !ok {
			return nil, false, fmt.Errorf("links: edge %s of %T has no int ids", edge, node)
		}
		if out == nil {
			out = []int{}
		}
		return out, f.Type.Kind() == reflect.Pointer, nil
	}
	return nil, false, fmt.Errorf("links: %T has no edge %s", node, edge)
}
