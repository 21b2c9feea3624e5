// Package scalar implements the custom GraphQL scalars of the API:
// Money (decimal yuan over the wire, integer fen 分 in Go and storage) and
// Date (a calendar date "2024-05-01").
package scalar

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// moneyPattern accepts yuan with at most two decimals, e.g. 163000, 163000.5, 163000.00.
var moneyPattern = regexp.MustCompile(`^([0-9]{1,15})(?:\.([0-9]{1,2}))?$`)

// FormatMoney renders fen as yuan with exactly two decimals ("163000.00").
func FormatMoney(fen int64) string {
	var buf [24]byte
	return string(appendMoney(buf[:0], fen))
}

// appendMoney appends FormatMoney(fen) to dst without fmt: a list page marshals one amount per
// budget line.
func appendMoney(dst []byte, fen int64) []byte {
	if fen < 0 {
		dst = append(dst, '-')
		if fen == math.MinInt64 {
			return append(dst, "92233720368547758.08"...)
		}
		fen = -fen
	}
	dst = strconv.AppendInt(dst, fen/100, 10)
	return append(dst, '.', byte('0'+fen%100/10), byte('0'+fen%10))
}

// ParseMoney parses a decimal amount of yuan into fen. Amounts over the API
// are never negative and never carry more than two decimals: rounding money
// silently is how budgets stop adding up.
func ParseMoney(s string) (int64, error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "-") {
		return 0, errors.New("must not be negative")
	}
	m := moneyPattern.FindStringSubmatch(s)
	if m == nil {
		if i := strings.IndexByte(s, '.'); i >= 0 && len(s)-i-1 > 2 && moneyPattern.MatchString(s[:i]) {
			return 0, errors.New("must have at most two decimals (fen)")
		}
		return 0, errors.New(`must be a decimal amount of yuan such as "163000.00"`)
	}
	yuan, err := strconv.ParseInt(m[1], 10, 64)
	if err != nil {
		return 0, errors.New("amount out of range")
	}
	frac := m[2]
	if len(frac) == 1 {
		frac += "0"
	}
	var fen int64
	if frac != "" {
		f, _ := strconv.Atoi(frac)
		fen = int64(f)
	}
	return yuan*100 + fen, nil
}

// MarshalMoney implements the Money scalar for int64 fen.
func MarshalMoney(fen int64) graphql.ContextMarshaler {
	return graphql.ContextWriterFunc(func(_ context.Context, w io.Writer) error {
		// The digits, sign and point of an amount need no escaping in a JSON string.
		var buf [26]byte
		b := append(appendMoney(append(buf[:0], '"'), fen), '"')
		_, err := w.Write(b)
		return err
	})
}

// UnmarshalMoney accepts a string ("163000.00") or a JSON number with at
// most two decimals. The error names the input field it came from.
func UnmarshalMoney(ctx context.Context, v any) (int64, error) {
	var s string
	switch x := v.(type) {
	case string:
		s = x
	case json.Number:
		s = x.String()
	case int:
		s = strconv.Itoa(x)
	case int64:
		s = strconv.FormatInt(x, 10)
	case float64:
		s = strconv.FormatFloat(x, 'f', -1, 64)
	default:
		return 0, fieldError(ctx, "Money", errors.New(`must be a string such as "163000.00"`))
	}
	fen, err := ParseMoney(s)
	if err != nil {
		return 0, fieldError(ctx, "Money", err)
	}
	return fen, nil
}

// FormatDate renders a calendar date in its own location, so a date stored
// as local midnight is not shifted by a time-zone conversion.
func FormatDate(t time.Time) string { return t.Format(time.DateOnly) }

// ParseDate parses "2024-05-01" into UTC midnight.
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, errors.New(`must be a date such as "2024-05-01"`)
	}
	return t, nil
}

// MarshalDate implements the Date scalar.
func MarshalDate(t time.Time) graphql.ContextMarshaler {
	return graphql.ContextWriterFunc(func(_ context.Context, w io.Writer) error {
		_, err := io.WriteString(w, strconv.Quote(FormatDate(t)))
		return err
	})
}

// UnmarshalDate implements the Date scalar.
func UnmarshalDate(ctx context.Context, v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, fieldError(ctx, "Date", errors.New(`must be a string such as "2024-05-01"`))
	}
	t, err := ParseDate(s)
	if err != nil {
		return time.Time{}, fieldError(ctx, "Date", err)
	}
	return t, nil
}

// fieldError names the scalar; the error presenter adds the input path
// (e.g. "input.amount") to the message and to extensions.field.
func fieldError(_ context.Context, scalar string, err error) error {
	return fmt.Errorf("invalid %s: %w", scalar, err)
}
