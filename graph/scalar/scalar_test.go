package scalar

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"strconv"
	"testing"
)

func TestParseMoney(t *testing.T) {
	ok := map[string]int64{"163000.00": 16300000, "163000": 16300000, "0.5": 50, "0.05": 5, "12.3": 1230}
	for in, want := range ok {
		got, err := ParseMoney(in)
		if err != nil || got != want {
			t.Errorf("ParseMoney(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"-1.00", "1.005", "abc", "", "1e5", "1,000.00", ".5", "1."} {
		if _, err := ParseMoney(in); err == nil {
			t.Errorf("ParseMoney(%q) succeeded, want error", in)
		}
	}
}

func TestFormatMoney(t *testing.T) {
	for fen, want := range map[int64]string{
		16300000: "163000.00", 5: "0.05", 0: "0.00", -150: "-1.50", 10: "0.10", 199: "1.99", -7: "-0.07",
		math.MaxInt64: "92233720368547758.07", math.MinInt64: "-92233720368547758.08",
	} {
		if got := FormatMoney(fen); got != want {
			t.Errorf("FormatMoney(%d) = %q, want %q", fen, got, want)
		}
		var b bytes.Buffer
		if err := MarshalMoney(fen).MarshalGQLContext(context.Background(), &b); err != nil || b.String() != strconv.Quote(want) {
			t.Errorf("MarshalMoney(%d) = %s %v, want %q", fen, b.String(), err, want)
		}
	}
}

func TestUnmarshalMoneyNumbers(t *testing.T) {
	ctx := context.Background()
	if v, err := UnmarshalMoney(ctx, json.Number("12.34")); err != nil || v != 1234 {
		t.Errorf("json.Number: %d %v", v, err)
	}
	if _, err := UnmarshalMoney(ctx, 12.345); err == nil {
		t.Error("float with three decimals accepted")
	}
	if v, err := UnmarshalMoney(ctx, int64(7)); err != nil || v != 700 {
		t.Errorf("int64: %d %v", v, err)
	}
}

func TestDate(t *testing.T) {
	d, err := ParseDate("2024-05-01")
	if err != nil || FormatDate(d) != "2024-05-01" {
		t.Fatalf("round trip: %v %v", d, err)
	}
	if _, err := ParseDate("2024-13-01"); err == nil {
		t.Error("month 13 accepted")
	}
}
