package sdk

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// Fen is an amount of money in 分 (1/100 yuan). Money is never a float: floors such as
// 16.3万元 are exact, and a share rule compares exact products of integers.
type Fen int64

// Yuan returns whole yuan as Fen: Yuan(163000) is 16.3万元.
func Yuan(y int64) Fen { return Fen(y * 100) }

// String formats as a decimal yuan string with two decimals: "163000.00", "-0.50".
func (f Fen) String() string {
	sign := ""
	v := int64(f)
	if v < 0 {
		sign = "-"
		v = -v
	}
	return fmt.Sprintf("%s%d.%02d", sign, v/100, v%100)
}

// ParseYuan parses a decimal yuan string with at most two decimals ("163000", "163000.5",
// "163000.50") into Fen. Exponents, separators and more than two decimals are rejected so
// that no amount is silently rounded.
func ParseYuan(s string) (Fen, error) {
	str := strings.TrimSpace(s)
	neg := strings.HasPrefix(str, "-")
	str = strings.TrimPrefix(str, "-")
	whole, frac, hasDot := strings.Cut(str, ".")
	if whole == "" || (hasDot && (frac == "" || len(frac) > 2)) {
		return 0, errors.New(`parse money: want yuan with at most two decimals, e.g. "163000.00"`)
	}
	for _, part := range []string{whole, frac} {
		for _, r := range part {
			if r < '0' || r > '9' {
				return 0, errors.New(`parse money: want yuan with at most two decimals, e.g. "163000.00"`)
			}
		}
	}
	for len(frac) < 2 {
		frac += "0"
	}
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil || w > (1<<62)/100 {
		return 0, errors.New("parse money: amount out of range")
	}
	fr, _ := strconv.ParseInt(frac, 10, 64)
	v := w*100 + fr
	if neg {
		v = -v
	}
	return Fen(v), nil
}

// Ratio is an exact fraction Num/Den with Den > 0, e.g. 85% is {85, 100} and 三分之一 is {1, 3}.
type Ratio struct {
	Num int64
	Den int64
}

// String formats as "num/den".
func (r Ratio) String() string { return fmt.Sprintf("%d/%d", r.Num, r.Den) }

// Percent formats the ratio as a percentage with up to two decimals, for messages only.
func (r Ratio) Percent() string {
	if r.Den == 0 {
		return "—"
	}
	x := new(big.Rat).SetFrac64(r.Num*100, r.Den)
	return strings.TrimSuffix(strings.TrimSuffix(x.FloatString(2), "0"), ".0") + "%"
}

// Valid reports whether the ratio has a positive denominator and lies in [0, 1].
func (r Ratio) Valid() bool { return r.Den > 0 && r.Num >= 0 && r.Num <= r.Den }

// ParseRatio parses "17/20", "0.85" or "85%" exactly.
func ParseRatio(s string) (Ratio, error) {
	str := strings.TrimSpace(s)
	var x big.Rat
	if p, ok := strings.CutSuffix(str, "%"); ok {
		if _, ok := x.SetString(p); !ok {
			return Ratio{}, fmt.Errorf("parse ratio %q", s)
		}
		x.Quo(&x, big.NewRat(100, 1))
	} else if _, ok := x.SetString(str); !ok {
		return Ratio{}, fmt.Errorf("parse ratio %q: want \"n/d\", a decimal or a percentage", s)
	}
	if !x.Num().IsInt64() || !x.Denom().IsInt64() {
		return Ratio{}, fmt.Errorf("parse ratio %q: out of range", s)
	}
	return Ratio{Num: x.Num().Int64(), Den: x.Denom().Int64()}, nil
}

// AtLeast reports whether part/whole >= r, inclusive (以上, 不低于, 不少于), computed as
// part*r.Den >= r.Num*whole without rounding. A zero whole never meets a positive floor.
func (r Ratio) AtLeast(part, whole int64) bool {
	if whole <= 0 {
		return r.Num <= 0
	}
	return cmp(part, r.Den, r.Num, whole) >= 0
}

// AtMost reports whether part/whole <= r, inclusive (以下, 不超过).
func (r Ratio) AtMost(part, whole int64) bool {
	if whole <= 0 {
		return part <= 0
	}
	return cmp(part, r.Den, r.Num, whole) <= 0
}

// MinPart returns the smallest integer part with part/whole >= r (ceiling of r*whole): the
// count or amount a subject needs to pass, for remedies such as "需再增加 1 名持证社工".
func (r Ratio) MinPart(whole int64) int64 {
	p := new(big.Int).Mul(big.NewInt(r.Num), big.NewInt(whole))
	q, m := new(big.Int).QuoRem(p, big.NewInt(r.Den), new(big.Int))
	if m.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	return q.Int64()
}

// MaxPart returns the largest integer part with part/whole <= r (floor of r*whole).
func (r Ratio) MaxPart(whole int64) int64 {
	p := new(big.Int).Mul(big.NewInt(r.Num), big.NewInt(whole))
	return new(big.Int).Quo(p, big.NewInt(r.Den)).Int64()
}

// cmp compares a*b with c*d exactly.
func cmp(a, b, c, d int64) int {
	l := new(big.Int).Mul(big.NewInt(a), big.NewInt(b))
	r := new(big.Int).Mul(big.NewInt(c), big.NewInt(d))
	return l.Cmp(r)
}
