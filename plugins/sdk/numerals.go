package sdk

import (
	"fmt"
	"strings"
)

// NumeralZh writes a whole number from 0 to 99,999 in Chinese numerals, as the documents write
// counts and periods (三年, 十五个工作日, 一百二十): a message built from a parameter then reads
// as the text does. Larger or negative numbers are written in Arabic digits.
func NumeralZh(n int64) string {
	if n < 0 || n > 99999 {
		return fmt.Sprint(n)
	}
	if n == 0 {
		return "零"
	}
	digits := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	units := []string{"", "十", "百", "千", "万"}
	var parts []int64
	for m := n; m > 0; m /= 10 {
		parts = append(parts, m%10)
	}
	var b strings.Builder
	zero := false
	for i := len(parts) - 1; i >= 0; i-- {
		d := parts[i]
		if d == 0 {
			zero = true
			continue
		}
		if zero && b.Len() > 0 {
			b.WriteString("零")
		}
		zero = false
		// 十 alone for 10–19 (十五, not 一十五), as written in running text.
		if !(d == 1 && i == 1 && len(parts) == 2) {
			b.WriteString(digits[d])
		}
		b.WriteString(units[i])
	}
	return b.String()
}

// CountZh writes a count before a measure word: 两 for 2 (两方, 两名), otherwise NumeralZh.
func CountZh(n int64) string {
	if n == 2 {
		return "两"
	}
	return NumeralZh(n)
}

// NumberEn writes a whole number in words from zero to ten ("one-month deadline", "a three-year
// cycle"), and in digits otherwise.
func NumberEn(n int64) string {
	words := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
	if n < 0 || n >= int64(len(words)) {
		return fmt.Sprint(n)
	}
	return words[n]
}

// RatioZh writes a fraction as the documents do: 三分之一 for 1/3, 百分之八十五 for 85/100.
func RatioZh(r Ratio) string {
	switch r.Den {
	case 1:
		return NumeralZh(r.Num)
	case 100:
		return "百分之" + NumeralZh(r.Num)
	}
	return NumeralZh(r.Den) + "分之" + NumeralZh(r.Num)
}

// RatioEn writes a fraction in words for small denominators ("one third", "two fifths", "a
// half" as "one half"), and as "n/d" otherwise.
func RatioEn(r Ratio) string {
	ordinals := map[int64][2]string{2: {"half", "halves"}, 3: {"third", "thirds"}, 4: {"quarter", "quarters"},
		5: {"fifth", "fifths"}, 6: {"sixth", "sixths"}, 8: {"eighth", "eighths"}, 10: {"tenth", "tenths"}}
	words := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	o, ok := ordinals[r.Den]
	if !ok || r.Num < 1 || r.Num >= r.Den || r.Num > 9 {
		return r.String()
	}
	if r.Num == 1 {
		return "one " + o[0]
	}
	return words[r.Num] + " " + o[1]
}
