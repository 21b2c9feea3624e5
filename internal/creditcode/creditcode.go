// Package creditcode validates and builds the unified social credit code
// (统一社会信用代码) defined by GB 32100-2015.
//
// A code has 18 characters: registration authority (登记管理部门), organisation
// type (机构类别), the six-digit GB/T 2260 administrative division code
// (登记管理机关行政区划码), the nine-character organisation code (主体标识码,
// GB 11714) and a check character (校验码) computed over the first 17.
package creditcode

import (
	"errors"
	"fmt"
	"strings"
)

// alphabet is the GB 32100 character set: digits and upper-case letters
// without I, O, Z, S and V, which are too easy to confuse with digits.
const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// weights are the position weights 3^(i) mod 31 for positions 1..17.
var weights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// Length is the length of a unified social credit code.
const Length = 18

// ErrFormat is returned (wrapped) for every malformed code.
var ErrFormat = errors.New("invalid unified social credit code (统一社会信用代码)")

// CheckChar returns the GB 32100 check character for the first 17 characters.
func CheckChar(body string) (byte, error) {
	if len(body) != Length-1 {
		return 0, fmt.Errorf("%w: body must have 17 characters", ErrFormat)
	}
	sum := 0
	for i := 0; i < len(body); i++ {
		v := strings.IndexByte(alphabet, body[i])
		if v < 0 {
			return 0, fmt.Errorf("%w: the character at position %d is not allowed", ErrFormat, i+1)
		}
		sum += v * weights[i]
	}
	c := 31 - sum%31
	if c == 31 {
		c = 0
	}
	return alphabet[c], nil
}

// Validate reports whether code is a well-formed unified social credit code
// with a correct check character. Lower-case input is rejected rather than
// normalised, so that what is stored is exactly what was validated.
func Validate(code string) error {
	if len(code) != Length {
		return fmt.Errorf("%w: must have 18 characters", ErrFormat)
	}
	for i := 2; i < 8; i++ {
		if code[i] < '0' || code[i] > '9' {
			return fmt.Errorf("%w: characters 3-8 must be the GB/T 2260 division code", ErrFormat)
		}
	}
	want, err := CheckChar(code[:Length-1])
	if err != nil {
		return err
	}
	if code[Length-1] != want {
		return fmt.Errorf("%w: the check character (position %d) does not match the others", ErrFormat, Length)
	}
	return nil
}

// orgCodeAlphabet is the GB 11714 character set of the organisation code.
const orgCodeAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

var orgCodeWeights = [8]int{3, 7, 9, 10, 5, 8, 4, 2}

// OrgCodeCheck returns the GB 11714 check character of an eight-character
// organisation code body (组织机构代码本体代码).
func OrgCodeCheck(body string) (byte, error) {
	if len(body) != 8 {
		return 0, errors.New("organisation code body must have 8 characters")
	}
	sum := 0
	for i := 0; i < 8; i++ {
		v := strings.IndexByte(orgCodeAlphabet, body[i])
		if v < 0 {
			return 0, fmt.Errorf("organisation code character at position %d is not allowed", i+1)
		}
		sum += v * orgCodeWeights[i]
	}
	switch c := 11 - sum%11; c {
	case 10:
		return 'X', nil
	case 11:
		return '0', nil
	default:
		return byte('0' + c), nil
	}
}

// Build assembles a complete code from its parts: authority+type (e.g. "52"
// for 民政 / 民办非企业单位, i.e. a social service organisation), the
// six-digit division code and the eight-character organisation code body.
func Build(authorityType, division, orgBody string) (string, error) {
	if len(authorityType) != 2 || len(division) != 6 {
		return "", fmt.Errorf("%w: authority/type must have 2 and division 6 characters", ErrFormat)
	}
	oc, err := OrgCodeCheck(orgBody)
	if err != nil {
		return "", err
	}
	body := authorityType + division + orgBody + string(oc)
	cc, err := CheckChar(body)
	if err != nil {
		return "", err
	}
	return body + string(cc), nil
}
