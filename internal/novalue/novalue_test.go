package novalue

import (
	"strings"
	"testing"
)

// The messages below are the libraries' own (gqlgen's POST transport, gqlparser's validator
// and variable coercion, strconv, ent's enum validators, yaml), each carrying the value
// "张三 13912345678".
func TestMessageDropsTheValueKeepsTheRule(t *testing.T) {
	const v = "张三 13912345678"
	for _, tc := range []struct{ in, want string }{
		{`json request body could not be decoded: unexpected EOF body:{"query": "` + v + `"`, "json request body could not be decoded: unexpected EOF"},
		{`Expected value of type "CreateSocialWorkerInput!", found [{name: "` + v + `"}].`, `Expected value of type "CreateSocialWorkerInput!".`},
		{`String cannot represent a non string value: {n: "` + v + `"}`, "String cannot represent a non string value."},
		{`Int cannot represent non-integer value: "` + v + `"`, "Int cannot represent non-integer value."},
		{`Enum "EducationLevel" cannot represent non-enum value: "` + v + `".`, `Enum "EducationLevel" cannot represent non-enum value.`},
		{`Value "` + v + `" does not exist in "EducationLevel" enum.`, `Value does not exist in "EducationLevel" enum.`},
		{v + ` is not a valid EducationLevel`, "not a valid EducationLevel"},
		{`strconv.Atoi: parsing "` + v + `": invalid syntax`, "must be an integer"},
		{`strconv.Atoi: parsing "13912345678123456789": value out of range`, "integer out of range"},
		{`socialworker: invalid enum value for education field: "` + v + `"`, "socialworker: invalid enum value for education field"},
		{"yaml: unmarshal errors:\n  line 4: cannot unmarshal !!str `" + v + "` into int", "yaml: unmarshal errors:\n  line 4: cannot unmarshal !!str into int"},
		{`Expected Name, found String "` + v + `"`, "Expected Name, found String"},
		{`Cannot query field "status" on type "ScenarioResult".`, `Cannot query field "status" on type "ScenarioResult".`},
	} {
		if got := Message(tc.in); got != tc.want {
			t.Errorf("Message(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestLogDropsAnyQuotedText(t *testing.T) {
	for _, in := range []string{
		`pq: invalid input syntax for type date: "张三 13912345678"`,
		`sqlite: constraint failed: '张三 13912345678'`,
		`assess station 7: region "张三 13912345678" unknown`,
	} {
		if got := Log(in); strings.Contains(got, "13912345678") || !strings.Contains(got, "…") {
			t.Errorf("Log(%q) = %q", in, got)
		}
	}
}
