// Package validation holds the field rules of the domain model. They run
// inside ent (field validators and mutation hooks), so every writer — the
// GraphQL API, the seeder, the plugin sync — is held to the same rules, not
// only the resolvers.
package validation

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/shegong/shegong/internal/creditcode"
	"github.com/shegong/shegong/plugins/sdk"
)

// FieldError is a rule violation attributable to one field of an entity.
// Field is the ent field name (snake_case); the GraphQL layer turns it into
// the input path, e.g. "input.unifiedSocialCreditCode".
type FieldError struct {
	Field   string
	Message string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Message }

// Errorf builds a FieldError.
func Errorf(field, format string, args ...any) error {
	return &FieldError{Field: field, Message: fmt.Sprintf(format, args...)}
}

// AsFieldError unwraps a FieldError.
func AsFieldError(err error) (*FieldError, bool) {
	var fe *FieldError
	ok := errors.As(err, &fe)
	return fe, ok
}

// Runes returns a validator requiring min..max characters (runes, not bytes:
// ent's MaxLen counts bytes, and a Chinese character takes three).
func Runes(min, max int) func(string) error {
	return func(s string) error {
		n := utf8.RuneCountInString(s)
		if n < min || n > max {
			return fmt.Errorf("must have %d to %d characters", min, max)
		}
		return nil
	}
}

// CreditCode validates a unified social credit code (统一社会信用代码).
func CreditCode(s string) error { return creditcode.Validate(s) }

// Pattern returns a validator requiring s to match re; want describes the
// expected form in the error ("six digits, e.g. 440300").
func Pattern(re *regexp.Regexp, want string) func(string) error {
	return func(s string) error {
		if !re.MatchString(s) {
			return fmt.Errorf("must be %s", want) // never echo the value: it may be personal data (a phone number)
		}
		return nil
	}
}

// NonNegative rejects negative counts.
func NonNegative(n int) error {
	if n < 0 {
		return errors.New("must not be negative")
	}
	return nil
}

// NonNegativeFen rejects negative money amounts (in fen, 分).
func NonNegativeFen(n int64) error {
	if n < 0 {
		return errors.New("amount must not be negative")
	}
	return nil
}

// Range returns a validator for min..max inclusive.
func Range(min, max int) func(int) error {
	return func(n int) error {
		if n < min || n > max {
			return fmt.Errorf("must be between %d and %d", min, max)
		}
		return nil
	}
}

// Items validates a free-text list that rules match item by item against a region's list
// (contract clauses, funding sources, station systems …), as the sdk checks the same list in an
// evaluation (plugins/sdk/inputcheck.go): at most max items, none blank, none longer than
// sdk.MaxItemRunes characters. nil (not given) and an empty list (none) are both valid.
func Items(max int) func([]string) error {
	return func(items []string) error {
		if len(items) > max {
			return fmt.Errorf("too many items (at most %d)", max)
		}
		for i, it := range items {
			if strings.TrimSpace(it) == "" {
				return fmt.Errorf("item [%d] is blank", i)
			}
			if utf8.RuneCountInString(it) > sdk.MaxItemRunes {
				return fmt.Errorf("item [%d] is too long (at most %d characters)", i, sdk.MaxItemRunes)
			}
		}
		return nil
	}
}

// Text validates one free-text value matched exactly against a region's list (a filed
// document's name): not blank, at most sdk.MaxItemRunes characters.
func Text(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New("must not be blank")
	}
	if utf8.RuneCountInString(s) > sdk.MaxItemRunes {
		return fmt.Errorf("too long (at most %d characters)", sdk.MaxItemRunes)
	}
	return nil
}
