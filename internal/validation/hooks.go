package validation

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"entgo.io/ent"
)

// The hooks below use the generic ent.Mutation interface rather than the
// generated typed mutations, so ent/schema does not import the generated
// package and the runtime stays in ent/ (no import cycle).

// value returns the value a field will have after the mutation: the new
// value when set, else the stored one (UpdateOne only), else ok=false.
func value(ctx context.Context, m ent.Mutation, field string) (ent.Value, bool, error) {
	if v, ok := m.Field(field); ok {
		return v, true, nil
	}
	if m.Op().Is(ent.OpUpdateOne) {
		if m.FieldCleared(field) {
			return nil, false, nil
		}
		v, err := m.OldField(ctx, field)
		if err != nil {
			return nil, false, err
		}
		return v, v != nil, nil
	}
	return nil, false, nil
}

func touched(m ent.Mutation, fields ...string) bool {
	for _, f := range fields {
		if _, ok := m.Field(f); ok {
			return true
		}
	}
	return false
}

func asInt(v ent.Value) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case *int:
		if n != nil {
			return *n, true
		}
	}
	return 0, false
}

func asTime(v ent.Value) (time.Time, bool) {
	switch t := v.(type) {
	case time.Time:
		return t, true
	case *time.Time:
		if t != nil {
			return *t, true
		}
	}
	return time.Time{}, false
}

// IntAtMost returns a hook enforcing field small <= field big, e.g.
// professional_posts (专业岗位数) <= headcount (购买岗位总数). The error names
// the field that was written, preferring small.
func IntAtMost(small, big string) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if m.Op().Is(ent.OpCreate|ent.OpUpdateOne|ent.OpUpdate) && touched(m, small, big) {
				sv, sok, err := value(ctx, m, small)
				if err != nil {
					return nil, err
				}
				bv, bok, err := value(ctx, m, big)
				if err != nil {
					return nil, err
				}
				s, ok1 := asInt(sv)
				b, ok2 := asInt(bv)
				// Negative values are left to the field validators, which name
				// the right field; hooks run before them.
				if sok && bok && ok1 && ok2 && s >= 0 && b >= 0 && s > b {
					field := small
					if _, ok := m.Field(small); !ok {
						field = big
					}
					return nil, Errorf(field, "%s must not exceed %s", small, big)
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// DatesInOrder returns a hook enforcing field first <= field second when both
// are set, e.g. starts_on <= ends_on, valid_from <= valid_to.
func DatesInOrder(first, second string) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if m.Op().Is(ent.OpCreate|ent.OpUpdateOne|ent.OpUpdate) && touched(m, first, second) {
				fv, fok, err := value(ctx, m, first)
				if err != nil {
					return nil, err
				}
				sv, sok, err := value(ctx, m, second)
				if err != nil {
					return nil, err
				}
				f, ok1 := asTime(fv)
				s, ok2 := asTime(sv)
				if fok && sok && ok1 && ok2 && s.Before(f) {
					field := second
					if _, ok := m.Field(second); !ok {
						field = first
					}
					return nil, Errorf(field, "%s must not be before %s", second, first)
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// EnumList returns a hook that checks every value of a JSON list of enum values (a worker's
// social insurances) against accepted, for the values set and for those appended (appended
// returns them from the typed mutation, which this package cannot import). ent has no field
// validator for JSON lists of a named type; GraphQL checks its enums itself, so the hook is for
// every other writer (the seeder, Go callers). The error names the field and the position.
func EnumList(field string, accepted []string, appended func(ent.Mutation) (ent.Value, bool)) ent.Hook {
	check := func(v ent.Value) error {
		rv := reflect.ValueOf(v)
		if rv.Kind() != reflect.Slice {
			return nil
		}
		for i := range rv.Len() {
			e := rv.Index(i)
			if e.Kind() != reflect.String || !slices.Contains(accepted, e.String()) {
				return Errorf(field, "unknown value at [%d]; accepted: %s", i, strings.Join(accepted, ", "))
			}
		}
		return nil
	}
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if v, ok := m.Field(field); ok {
				if err := check(v); err != nil {
					return nil, err
				}
			}
			if appended != nil {
				if v, ok := appended(m); ok {
					if err := check(v); err != nil {
						return nil, err
					}
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// AppendedItems holds a free-text list field (ent/schema itemsField) to its validator when an
// update appends to it (appendX in GraphQL): ent runs a field's validator on a value that is
// set, not on appended items, so without this hook a blank item or one list too many could be
// stored and the rules would then refuse to read the record. The list as it will be stored
// (the new or stored value plus the appended items) must pass validation.Items(max).
func AppendedItems(field string, max int) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			add, ok := appendedStrings(m, field)
			if !ok {
				return next.Mutate(ctx, m)
			}
			cur, _, err := value(ctx, m, field)
			if err != nil {
				return nil, err
			}
			base, _ := cur.([]string)
			// The stored list was valid, so a failure is the appended items' (named as GraphQL
			// names the argument, appendX); indexes count from the start of the whole list.
			if err := Items(max)(append(slices.Clone(base), add...)); err != nil {
				return nil, Errorf("append_"+field, "%v", err)
			}
			return next.Mutate(ctx, m)
		})
	}
}

// appendedStrings calls the generated Appended<Field>() of m (say AppendedDisclosures for
// "disclosures"); the generic ent.Mutation has no such accessor. It panics when the method
// is missing, so a renamed field fails every test that writes the entity instead of letting
// appended items through unchecked.
func appendedStrings(m ent.Mutation, field string) ([]string, bool) {
	name := "Appended"
	for part := range strings.SplitSeq(field, "_") {
		name += strings.ToUpper(part[:1]) + part[1:]
	}
	meth := reflect.ValueOf(m).MethodByName(name)
	if !meth.IsValid() {
		panic(fmt.Sprintf("validation.AppendedItems: %T has no %s", m, name))
	}
	out := meth.Call(nil)
	add, _ := out[0].Interface().([]string)
	return add, out[1].Bool() && len(add) > 0
}
