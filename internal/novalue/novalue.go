// Package novalue takes the submitted values out of error messages: the messages that
// gqlparser, gqlgen, strconv, encoding/json and database drivers write about a value they
// could not accept quote it, and a value may be personal data (a worker's name, phone or birth
// date). The API answers, and the server logs, name the field and the rule, never the value.
package novalue

import "regexp"

// rewrites turn the messages of the libraries the server uses, which end in or quote the value,
// into the same message without it. The first match wins; the generic quote removal below runs
// after them on every message.
var rewrites = []struct {
	re  *regexp.Regexp
	out string
}{
	// gqlgen's POST transport appends the whole request body to a JSON decoding error.
	{regexp.MustCompile(`(?s)^(.*?) body:.*$`), "$1"},
	// gqlparser, literal values in a query document.
	{regexp.MustCompile(`(?s)^Expected value of type "([^"]*)", found .*$`), `Expected value of type "$1".`},
	{regexp.MustCompile(`(?s)^(Int|Float|String|Boolean|ID) cannot represent (.*?value): .*$`), "$1 cannot represent $2."},
	{regexp.MustCompile(`(?s)^Enum "([^"]*)" cannot represent non-enum value: .*$`), `Enum "$1" cannot represent non-enum value.`},
	{regexp.MustCompile(`(?s)^Value ".*" does not exist in "([^"]*)" enum\.$`), `Value does not exist in "$1" enum.`},
	// ent's generated enum validators.
	{regexp.MustCompile(`(?s)^(.*invalid enum value for \w+ field): .*$`), "$1"},
	// gqlparser, variables; ent's generated enum decoders.
	{regexp.MustCompile(`(?s)^.* is not a valid ([\w.]+)$`), "not a valid $1"},
	{regexp.MustCompile(`(?s)^cannot use (?:value )?[-+0-9.eE]+ as (\w+)(.*)$`), "cannot use the value as $1$2"},
	// strconv, decoding an ID or an Int given as a string.
	{regexp.MustCompile(`(?s)^strconv\.(?:Atoi|ParseInt|ParseUint): parsing .*: value out of range$`), "integer out of range"},
	{regexp.MustCompile(`(?s)^strconv\.(?:Atoi|ParseInt|ParseUint): parsing .*$`), "must be an integer"},
	{regexp.MustCompile(`(?s)^strconv\.ParseFloat: parsing .*$`), "must be a number"},
}

// yamlValues are the values gopkg.in/yaml quotes in a decoding error ("cannot unmarshal !!str
// `…` into int").
var yamlValues = regexp.MustCompile("(!!\\w+) `[^`]*`")

// tokens are the string tokens gqlparser's lexer and parser quote in a syntax error ("Expected
// Name, found String \"…\"").
var tokens = regexp.MustCompile(`\b(String|BlockString) "(?:[^"\\]|\\.)*"`)

// quoted is any quoted run of text: %q of a value, a JSON string, a driver's 'value'.
var quoted = regexp.MustCompile(`"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'`)

// Message returns msg without the values the known library messages quote, keeping their
// wording: for answers to the client, whose other quoted names (a field or type of the
// schema: Cannot query field "x" on type "Y") are the schema's, not values.
func Message(msg string) string {
	for _, r := range rewrites {
		if r.re.MatchString(msg) {
			msg = r.re.ReplaceAllString(msg, r.out)
			break
		}
	}
	msg = yamlValues.ReplaceAllString(msg, "$1")
	return tokens.ReplaceAllString(msg, "$1")
}

// Log returns msg for the server log: Message, and any other quoted text replaced by "…" (a
// driver's or library's message may quote a value in a way this package does not know). A
// quoted table or type name is lost with the values; the log line still has the request id,
// path and code to find it by.
func Log(msg string) string {
	return quoted.ReplaceAllStringFunc(Message(msg), func(q string) string { return q[:1] + "…" + q[len(q)-1:] })
}

// Error is Log of err's text; "" for nil.
func Error(err error) string {
	if err == nil {
		return ""
	}
	return Log(err.Error())
}
