package sdk

import (
	"errors"
	"slices"
	"testing"
)

// reformParams are two parameters as a description lists them: a floor with two dated values
// and an open-ended share.
var reformParams = []Parameter{
	{ID: "X.floor", Kind: KindMoney, Value: "100000.00", Validity: Validity{From: MustDate("2020-01-01"), To: MustDate("2021-12-31")}},
	{ID: "X.floor", Kind: KindMoney, Value: "110000.00", Validity: Validity{From: MustDate("2022-01-01"), To: MustDate("2024-12-31")}},
	{ID: "X.share", Kind: KindRatio, Value: "4/5", Validity: Validity{From: MustDate("2020-01-01")}},
	{ID: "X.count", Kind: KindInteger, Value: "3", Validity: Validity{From: MustDate("2020-01-01")}},
	{ID: "X.items", Kind: KindText, Value: "甲、乙", Validity: Validity{From: MustDate("2020-01-01")}},
}

func TestNormalizeOverrides(t *testing.T) {
	d := MustDate
	good := []Override{
		{Parameter: "X.floor", Value: " 170000 "},
		{Parameter: "X.share", Value: "70%"},
		{Parameter: "X.count", Value: "0"},
		{Parameter: "X.items", Value: " 甲 、丙、 "},
	}
	got, err := NormalizeOverrides(reformParams, good)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"170000.00", "7/10", "0", "甲、丙"}; !slices.Equal(values(got), want) {
		t.Errorf("normalised values %v, want %v", values(got), want)
	}
	for _, c := range []struct {
		name  string
		o     Override
		field string
	}{
		{"unknown parameter", Override{Parameter: "X.nope", Value: "1"}, "parameter"},
		{"money with three decimals", Override{Parameter: "X.floor", Value: "1.001"}, "value"},
		{"negative money", Override{Parameter: "X.floor", Value: "-1.00"}, "value"},
		{"ratio above one", Override{Parameter: "X.share", Value: "101%"}, "value"},
		{"ratio as words", Override{Parameter: "X.share", Value: "七成"}, "value"},
		{"integer with a unit", Override{Parameter: "X.count", Value: "3人"}, "value"},
		{"negative integer", Override{Parameter: "X.count", Value: "-1"}, "value"},
		{"empty list", Override{Parameter: "X.items", Value: " 、 "}, "value"},
		{"to before from", Override{Parameter: "X.floor", Value: "1", From: d("2023-01-02"), To: d("2023-01-01")}, "to"},
		{"window before validity", Override{Parameter: "X.floor", Value: "1", To: d("2019-12-31")}, "to"},
		{"window after validity", Override{Parameter: "X.floor", Value: "1", From: d("2025-01-01")}, "from"},
	} {
		_, err := NormalizeOverrides(reformParams, []Override{{Parameter: "X.count", Value: "1"}, c.o})
		var oe *OverrideError
		if !errors.As(err, &oe) || oe.Index != 1 || oe.Field != c.field {
			t.Errorf("%s: got %v, want an error on reform[1].%s", c.name, err, c.field)
		}
	}
	// The window's ends are inclusive: one day of overlap is an overlap, touching is not.
	_, err = NormalizeOverrides(reformParams, []Override{
		{Parameter: "X.floor", Value: "1", To: d("2022-06-30")},
		{Parameter: "X.floor", Value: "2", From: d("2022-07-01")},
	})
	if err != nil {
		t.Errorf("adjacent windows: %v", err)
	}
	_, err = NormalizeOverrides(reformParams, []Override{
		{Parameter: "X.floor", Value: "1", To: d("2022-07-01")},
		{Parameter: "X.floor", Value: "2", From: d("2022-07-01")},
	})
	if oe := (*OverrideError)(nil); !errors.As(err, &oe) || oe.Path() != "reform[1].from" {
		t.Errorf("overlapping windows: got %v, want reform[1].from", err)
	}
	// The last day of the validity is inside it; the day after is not.
	if _, err := NormalizeOverrides(reformParams, []Override{{Parameter: "X.floor", Value: "1", From: d("2024-12-31")}}); err != nil {
		t.Errorf("window from the last valid day: %v", err)
	}
}

func values(os []Override) []string {
	var out []string
	for _, o := range os {
		out = append(out, o.Value)
	}
	return out
}

func TestApplyOverridesWindow(t *testing.T) {
	d := MustDate
	at := func(params []Parameter, id string, day Date) string {
		for _, p := range params {
			if p.ID == id && p.Validity.Contains(day) {
				return p.Value
			}
		}
		return "(none)"
	}
	norm, err := NormalizeOverrides(reformParams, []Override{{Parameter: "X.floor", Value: "170000", From: d("2021-07-01"), To: d("2022-06-30")}})
	if err != nil {
		t.Fatal(err)
	}
	got := ApplyOverrides(reformParams, norm)
	for day, want := range map[string]string{
		"2019-12-31": "(none)", "2020-01-01": "100000.00", "2021-06-30": "100000.00", "2021-07-01": "170000.00",
		"2022-01-01": "170000.00", "2022-06-30": "170000.00", "2022-07-01": "110000.00", "2024-12-31": "110000.00", "2025-01-01": "(none)",
	} {
		if v := at(got, "X.floor", d(day)); v != want {
			t.Errorf("X.floor on %s: %s, want %s", day, v, want)
		}
	}
	if at(reformParams, "X.floor", d("2021-07-01")) != "100000.00" {
		t.Error("ApplyOverrides changed its argument")
	}
	// No window: the parameter's whole validity, and no further.
	norm, _ = NormalizeOverrides(reformParams, []Override{{Parameter: "X.floor", Value: "1"}})
	got = ApplyOverrides(reformParams, norm)
	if at(got, "X.floor", d("2020-01-01")) != "1.00" || at(got, "X.floor", d("2024-12-31")) != "1.00" || at(got, "X.floor", d("2025-01-01")) != "(none)" {
		t.Errorf("whole-time override: %+v", got)
	}
	if i := slices.IndexFunc(got, func(p Parameter) bool { return p.ID == "X.floor" }); i != 0 {
		t.Errorf("the overridden parameter moved to %d", i)
	}
}

func TestReformHash(t *testing.T) {
	a, _ := NormalizeOverrides(reformParams, []Override{{Parameter: "X.share", Value: "70%"}, {Parameter: "X.floor", Value: "170000"}})
	b, _ := NormalizeOverrides(reformParams, []Override{{Parameter: "X.floor", Value: "170000.00"}, {Parameter: "X.share", Value: "0.7"}})
	c, _ := NormalizeOverrides(reformParams, []Override{{Parameter: "X.floor", Value: "170000.01"}, {Parameter: "X.share", Value: "0.7"}})
	if ReformHash(a) != ReformHash(b) || ReformHash(a) == "" {
		t.Errorf("one reform written two ways hashes differently: %s %s", ReformHash(a), ReformHash(b))
	}
	if ReformHash(a) == ReformHash(c) {
		t.Error("different reforms hash alike")
	}
	if ReformHash(nil) != "" {
		t.Error("no reform has a hash")
	}
}
