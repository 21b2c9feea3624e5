package transport

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"google.golang.org/protobuf/proto"

	pb "github.com/shegong/shegong/plugins/proto/policyv1"
	"github.com/shegong/shegong/plugins/sdk"
)

// FuzzSubject feeds subjects as a plugin receives them — protobuf bytes from the host —
// through the conversion and the shared input check. Invariants: nothing panics; a converted
// subject survives the protocol again unchanged and is judged the same; and the check's answer
// does not depend on any submitted text: the same subject with every free text (a major, a
// township, a list item, an unknown enum value …) replaced by a masked text that the rules
// cannot tell from it — the same length in characters, blank where it was blank — gets the
// same field and the same message, which holds no masked character. So no error echoes a
// submitted value, whatever its length. (Numbers are not masked: a bound in a message is the
// rule's, and no message quotes a submitted number — see TestBadInputNeverEchoesPersonalData
// in internal/e2e for the whole server.)
//
// make test-fuzz-subject runs it for a bounded time; a crasher it finds is written to
// testdata/fuzz/FuzzSubject and stays there as a regression case.
func FuzzSubject(f *testing.F) {
	for _, s := range fullSubjects() {
		data, err := proto.Marshal(subjectToPB(s))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var in pb.Subject
		if proto.Unmarshal(data, &in) != nil {
			return
		}
		s := subjectFromPB(&in)
		got := sdk.ValidateSubject(s)

		again := subjectFromPB(roundTrip(t, s))
		if !reflect.DeepEqual(again, s) {
			t.Fatalf("subject changed through the protocol:\n%#v\n%#v", s, again)
		}
		if e := sdk.ValidateSubject(again); !sameInputError(e, got) {
			t.Fatalf("the subject through the protocol is judged %v, before %v", e, got)
		}

		masked := subjectFromPB(roundTrip(t, s)) // a copy: the conversion shares the message's slices
		mask(reflect.ValueOf(&masked).Elem())
		want := sdk.ValidateSubject(masked)
		if !sameInputError(got, want) {
			t.Fatalf("the check's answer depends on submitted text:\n%v\nmasked: %v", got, want)
		}
		if want != nil && strings.ContainsRune(want.Error(), maskRune) {
			t.Fatalf("the error quotes submitted text: %v", want)
		}
	})
}

func roundTrip(t *testing.T, s sdk.Subject) *pb.Subject {
	data, err := proto.Marshal(subjectToPB(s))
	if err != nil {
		t.Fatalf("marshal a converted subject: %v", err)
	}
	var back pb.Subject
	if err := proto.Unmarshal(data, &back); err != nil {
		t.Fatalf("unmarshal a converted subject: %v", err)
	}
	return &back
}

func sameInputError(a, b *sdk.InputError) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Field == b.Field && a.Message == b.Message && slices.Equal(a.Accepted, b.Accepted)
}

// maskRune replaces the characters of submitted text; no message of the project contains it
// (a private-use character).
const maskRune = '\uE000'

// closedValues are the values of every closed set a subject's text may hold: the check
// compares them, so they are left as they are (they are the project's words, not the caller's).
var closedValues = func() map[string]bool {
	m := map[string]bool{}
	for _, list := range [][]string{sdk.GovernmentActKinds, sdk.AdminLevels, sdk.GovernmentLevels, sdk.PurchaserTypes, sdk.ProcurementMethods,
		sdk.ProcurementExceptions, sdk.ReportKinds, sdk.EvaluationKinds, sdk.EvaluationRatings, sdk.Programmes, sdk.PurchaseModes, sdk.SocialInsurances,
		sdk.OrganizationCategories, sdk.PartyOrganizationModes, sdk.AnnualInspectionResults,
		{string(sdk.CertificateNone), string(sdk.CertificateAssistant), string(sdk.CertificateIntermediate), string(sdk.CertificateSenior)}} {
		for _, v := range list {
			m[v] = true
		}
	}
	for _, c := range sdk.BudgetCategories {
		m[string(c)] = true
	}
	for _, e := range sdk.EducationLevels {
		m[string(e)] = true
	}
	return m
}()

// mask replaces, in place, every string reachable from v that is not a closed-set value by
// maskRune repeated, keeping its whitespace (blankness) and its length in characters.
func mask(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			mask(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			mask(v.Field(i))
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			mask(v.Index(i))
		}
	case reflect.String:
		if s := v.String(); s != "" && !closedValues[s] {
			v.SetString(strings.Map(func(r rune) rune {
				if unicode.IsSpace(r) {
					return r
				}
				return maskRune
			}, s))
		}
	}
}
