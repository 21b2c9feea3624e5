package sdk

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// Override is one part of a reform (a "what if"): the value a parameter takes instead of its
// dated values over [From, To], both inclusive, within the parameter's validity (from the start
// of its first value to the end of its last; a zero From or To is that end). Value is written in
// the parameter's own kind: yuan for MONEY ("170000.00"), a fraction, decimal or percentage for
// RATIO ("7/10", "70%"), a whole number for INTEGER, YYYY-MM-DD for DATE, true or false for
// BOOL, items joined with 、 for a TEXT list.
type Override struct {
	Parameter string
	Value     string
	From, To  Date
}

// OverrideError is an override that cannot be applied: Index is its place in the list given,
// Field one of parameter, value, from and to.
type OverrideError struct {
	Index   int
	Field   string
	Message string
}

func (e *OverrideError) Error() string { return fmt.Sprintf("%s: %s", e.Path(), e.Message) }

// Path is the field's path in a reform argument: reform[0].value.
func (e *OverrideError) Path() string { return fmt.Sprintf("reform[%d].%s", e.Index, e.Field) }

// Reformer is a Policy that can evaluate under a reform: Reform returns the policy with the
// overrides applied, for one call; the policy it was made from is unchanged.
type Reformer interface {
	Policy
	// Reforms reports whether Reform may be called (a region whose rules do not read every
	// number from their ruleset cannot honour an override, nor can a plugin that does not
	// announce the reform feature).
	Reforms() bool
	// Reform returns the policy under overrides, or an *OverrideError naming the first that
	// cannot be applied (unknown parameter, a value not of the parameter's kind or one its rule
	// cannot take, a window that is reversed or outside the parameter's validity).
	Reform(overrides []Override) (Policy, error)
}

// CanReform reports whether p evaluates under a reform.
func CanReform(p Policy) bool {
	r, ok := p.(Reformer)
	return ok && r.Reforms()
}

// NormalizeOverrides checks overrides against a region's parameters (every dated value, as
// Description.Parameters lists them) and returns them with each value in its canonical form —
// MONEY as "170000.00", RATIO as a reduced "7/10", TEXT items trimmed and joined with 、 — so
// that two ways of writing one reform apply and hash alike. The first problem is an
// *OverrideError. Two overrides of one parameter may not overlap.
func NormalizeOverrides(params []Parameter, overrides []Override) ([]Override, error) {
	out := make([]Override, len(overrides))
	for i, o := range overrides {
		values := valuesOf(params, o.Parameter)
		if len(values) == 0 {
			return nil, &OverrideError{i, "parameter", "未知参数（见 policyParameters）/ unknown parameter (see policyParameters)"}
		}
		if !o.From.IsZero() && !o.To.IsZero() && o.To.Before(o.From) {
			return nil, &OverrideError{i, "to", fmt.Sprintf("改革期间止于 %s，早于起始日 %s / the window ends before it starts", o.To, o.From)}
		}
		span := spanOf(values)
		if !o.To.IsZero() && !span.From.IsZero() && o.To.Before(span.From) {
			return nil, &OverrideError{i, "to", fmt.Sprintf("改革期间在参数有效期（%s）之前结束 / the window ends before the parameter's validity %s starts", span, span)}
		}
		if !o.From.IsZero() && !span.To.IsZero() && o.From.After(span.To) {
			return nil, &OverrideError{i, "from", fmt.Sprintf("改革期间在参数有效期（%s）之后开始 / the window starts after the parameter's validity %s ends", span, span)}
		}
		v, err := canonicalValue(values[0].Kind, o.Value)
		if err != nil {
			// The message says what the kind takes, not the value given: inputs are never echoed.
			return nil, &OverrideError{i, "value", fmt.Sprintf("%s 类参数的值无效 / not a valid %s value: %s", values[0].Kind, values[0].Kind, valueHint[values[0].Kind])}
		}
		out[i] = Override{Parameter: o.Parameter, Value: v, From: o.From, To: o.To}
		for j := range i {
			if out[j].Parameter == o.Parameter && overlaps(window(out[j], span), window(out[i], span)) {
				return nil, &OverrideError{i, "from", fmt.Sprintf("与 reform[%d] 的期间重叠 / the window overlaps that of reform[%d]", j, j)}
			}
		}
	}
	return out, nil
}

// ApplyOverrides returns params with normalised overrides applied: within each override's
// window (clipped to its parameter's validity) the parameter has the override's value, and its
// dated values keep what lies outside the window. The parameters keep their order, a
// parameter's values sorted by start; params itself is not changed.
func ApplyOverrides(params []Parameter, overrides []Override) []Parameter {
	out := slices.Clone(params)
	for _, o := range overrides {
		values := valuesOf(out, o.Parameter)
		if len(values) == 0 {
			continue
		}
		w := window(o, spanOf(values))
		repl := values[0]
		for _, p := range values {
			if overlaps(p.Validity, w) {
				repl = p
				break
			}
		}
		repl.Value, repl.Validity = o.Value, w
		repl.Note = strings.TrimSpace("改革情景取值 / reform override. " + repl.Note)
		kept := []Parameter{repl}
		for _, p := range values {
			kept = append(kept, outside(p, w)...)
		}
		slices.SortFunc(kept, func(a, b Parameter) int { return a.Validity.From.Compare(b.Validity.From) })
		at := slices.IndexFunc(out, func(p Parameter) bool { return p.ID == o.Parameter })
		out = slices.DeleteFunc(out, func(p Parameter) bool { return p.ID == o.Parameter })
		out = slices.Insert(out, at, kept...)
	}
	return out
}

// ReformHash is a stable hash of normalised overrides (lowercase hex SHA-256): the same for the
// same overrides in any order, "" for none.
func ReformHash(overrides []Override) string {
	if len(overrides) == 0 {
		return ""
	}
	type entry struct{ Parameter, Value, From, To string }
	canon := make([]entry, len(overrides))
	for i, o := range overrides {
		canon[i] = entry{o.Parameter, o.Value, o.From.String(), o.To.String()}
	}
	slices.SortFunc(canon, func(a, b entry) int {
		return strings.Compare(a.Parameter+"\x00"+a.From+"\x00"+a.To, b.Parameter+"\x00"+b.From+"\x00"+b.To)
	})
	b, err := json.Marshal(canon)
	if err != nil {
		panic("sdk: reform hash: " + err.Error()) // plain strings: cannot fail
	}
	h := sha256.New()
	h.Write([]byte("shegong-reform-v1\n"))
	h.Write(b)
	return hex.EncodeToString(h.Sum(nil))
}

// valueHint says what a value of each kind must be, for the message of a refused override.
var valueHint = map[ValueKind]string{
	KindMoney:   `yuan with at most two decimals, not negative, e.g. "170000.00"`,
	KindRatio:   `a fraction, decimal or percentage within 0..1, e.g. "7/10", "0.7" or "70%"`,
	KindInteger: "a whole number, not negative",
	KindDate:    "a date YYYY-MM-DD",
	KindBool:    "true or false",
	KindText:    "one or more items joined with 、",
}

// canonicalValue parses v as a value of kind with the SDK's parsers and writes it back in one
// form, refusing a value no rule of that kind can take: negative money or counts, a ratio
// outside [0, 1], an empty list.
func canonicalValue(kind ValueKind, v string) (string, error) {
	switch kind {
	case KindInteger, KindDate, KindBool:
		v = strings.TrimSpace(v)
	case KindText:
		items := SplitItems(v)
		if len(items) == 0 {
			return "", fmt.Errorf("empty")
		}
		return strings.Join(items, "、"), nil
	}
	c, err := parseValue(kind, v)
	if err != nil {
		return "", err
	}
	if (kind == KindMoney || kind == KindInteger) && strings.HasPrefix(c, "-") {
		return "", fmt.Errorf("negative %s", strings.ToLower(string(kind)))
	}
	return c, nil
}

// valuesOf returns the dated values of parameter id, in the order listed.
func valuesOf(params []Parameter, id string) []Parameter {
	var out []Parameter
	for _, p := range params {
		if p.ID == id {
			out = append(out, p)
		}
	}
	return out
}

// spanOf is the window from the earliest start of values to their latest end (zero: open).
func spanOf(values []Parameter) Validity {
	span := values[0].Validity
	for _, p := range values[1:] {
		if p.Validity.From.Before(span.From) {
			span.From = p.Validity.From
		}
		if !span.To.IsZero() && (p.Validity.To.IsZero() || p.Validity.To.After(span.To)) {
			span.To = p.Validity.To
		}
	}
	return span
}

// window is o's window clipped to span.
func window(o Override, span Validity) Validity {
	w := Validity{From: o.From, To: o.To}
	if w.From.IsZero() || w.From.Before(span.From) {
		w.From = span.From
	}
	if w.To.IsZero() || (!span.To.IsZero() && w.To.After(span.To)) {
		w.To = span.To
	}
	return w
}

// overlaps reports whether two windows share a day.
func overlaps(a, b Validity) bool {
	return (a.To.IsZero() || !a.To.Before(b.From)) && (b.To.IsZero() || !b.To.Before(a.From))
}

// outside returns the parts of p's validity outside w (none, one or two dated values).
func outside(p Parameter, w Validity) []Parameter {
	if !overlaps(p.Validity, w) {
		return []Parameter{p}
	}
	var out []Parameter
	if p.Validity.From.Before(w.From) {
		before := p
		before.Validity.To = w.From.AddDate(0, 0, -1)
		out = append(out, before)
	}
	if !w.To.IsZero() && (p.Validity.To.IsZero() || p.Validity.To.After(w.To)) {
		after := p
		after.Validity.From = w.To.AddDate(0, 0, 1)
		out = append(out, after)
	}
	return out
}

// WithOverrides returns a copy of the ruleset with the overrides applied (see Override): every
// lookup by parameter id or concept, declared check and message of the copy reads the reformed
// values, and rs is unchanged, so a reform lives as long as the call that made it. A value the
// declared check of its rule cannot take is an *OverrideError on the value.
func (rs *Ruleset) WithOverrides(overrides []Override) (*Ruleset, error) {
	norm, err := NormalizeOverrides(rs.desc.Parameters, overrides)
	if err != nil {
		return nil, err
	}
	out := *rs
	out.params = make(map[string][]Parameter, len(rs.params))
	for id, list := range rs.params {
		out.params[id] = list
	}
	for i, o := range norm {
		out.desc.Parameters = ApplyOverrides(out.desc.Parameters, norm[i:i+1])
		out.params[o.Parameter] = valuesOf(out.desc.Parameters, o.Parameter)
		var problems []string
		for _, r := range out.desc.Rules {
			if r.Check != nil {
				out.validateCheck(r, r.Check, func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) })
			}
		}
		if len(problems) > 0 {
			return nil, &OverrideError{i, "value", "规则无法采用此值 / the rule cannot take this value: " + strings.Join(problems, "; ")}
		}
	}
	return &out, nil
}
