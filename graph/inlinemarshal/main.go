// Command inlinemarshal rewrites the executor gqlgen generates (graph/generated/generated.go)
// so that the elements of a list and the fields of an object below the root are marshalled on
// the goroutine of their parent, not each on a new goroutine. `make generate` runs it after
// gqlgen:
//
//	go run ./graph/inlinemarshal graph/generated/generated.go
//
// gqlgen starts a goroutine per list element and per field bound to a method that takes a
// context, whatever the method does. Below the root, ours are ent edges that CollectFields
// has already loaded with the page, and the masking of personal data: work of microseconds,
// for which a list page of 50 projects started hundreds of goroutines, and growing their
// stacks took about a third of the server's CPU (docs/benchmarks.md, "List page"). gqlgen
// has no option for it: exec.worker_limit only bounds how many such goroutines run at once.
// Root fields (evaluate and compare next to each other call the plugins in parallel) and
// @defer keep gqlgen's concurrency.
//
// It also makes the lists of streamedLists marshal through graph/streamlist, element by element
// as they are written, and the executor's data through streamlist.Marshal, so that the HTTP
// transport writes those lists to the client instead of gqlgen building the whole answer's
// marshallers, then its bytes, first (compareBatch: 82 MB of JSON for 10,000 scenarios × 5
// regions; docs/benchmarks.md, "Memory and start-up").
//
// The command fails when a pattern is missing, so a gqlgen upgrade that changes the generated
// code is noticed.
package main

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strings"
)

// streamedLists are the GraphQL object types whose non-null lists of non-null elements are
// written by graph/streamlist: those of answers too large to build in memory at once. Their
// objects must have no resolvers that can fail (errors are reported before the data is
// written; see graph/streamlist).
var streamedLists = []string{"ScenarioResult"}

var rewrites = []struct {
	what string
	from *regexp.Regexp
	to   []byte
}{
	{
		what: "list elements",
		from: regexp.MustCompile(`(\n\s*)go f\(i\)\n`),
		to:   []byte("${1}f(i)\n"),
	},
	{
		what: "object fields below the root",
		from: regexp.MustCompile(`out\.Concurrently\(i, func\(ctx context\.Context\) graphql\.Marshaler \{ return innerFunc\(ctx, out\) \}\)`),
		to:   []byte("out.Values[i] = innerFunc(ctx, out)"),
	},
	{
		what: "the query's data",
		from: regexp.MustCompile(`(\n\s*)var buf bytes\.Buffer\n\s*data\.MarshalGQL\(&buf\)\n\s*response\.Data = buf\.Bytes\(\)\n`),
		to:   []byte("${1}response.Data = streamlist.Marshal(ctx, data)\n"),
	},
	{
		what: "the import of graph/scalar",
		from: regexp.MustCompile(`(\n(\s*)"github\.com/shegong/shegong/graph/scalar"\n)`),
		to:   []byte("${1}${2}\"github.com/shegong/shegong/graph/streamlist\"\n"),
	},
}

// listMarshaller is gqlgen's marshaller of a non-null list of non-null objects of one type
// (name, element Go type, body); the element marshaller's name is the list's without the list
// markers ᚕ and ᚄ.
func listMarshaller(typ string) *regexp.Regexp {
	return regexp.MustCompile(`(?s)\nfunc \(ec \*executionContext\) (marshalN` + typ + `2ᚕ([^(]*)ᚄ)\(ctx context\.Context, sel ast\.SelectionSet, v \[\](\*[\w.]+)\) graphql\.Marshaler \{\n.*?\n\}\n`)
}

// streamList rewrites the marshaller of typ's lists to write each element as it goes.
func streamList(src []byte, typ string) ([]byte, error) {
	re := listMarshaller(typ)
	m := re.FindSubmatchIndex(src)
	if m == nil {
		return nil, fmt.Errorf("gqlgen's marshaller of a list of %s is not there any more", typ)
	}
	name, elemPath, elemType := string(src[m[2]:m[3]]), string(src[m[4]:m[5]]), string(src[m[6]:m[7]])
	elem := strings.TrimSuffix(strings.Replace(name, "2ᚕ"+elemPath, "2"+elemPath, 1), "ᚄ")
	fn := fmt.Sprintf(`
func (ec *executionContext) %s(ctx context.Context, sel ast.SelectionSet, v []%s) graphql.Marshaler {
	return streamlist.New(ctx, v, func(ctx context.Context, v %s) graphql.Marshaler {
		return ec.%s(ctx, sel, v)
	})
}
`, name, elemType, elemType, elem)
	return append(append(append([]byte{}, src[:m[0]]...), fn...), src[m[1]:]...), nil
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: inlinemarshal graph/generated/generated.go")
		os.Exit(2)
	}
	if err := rewrite(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "inlinemarshal:", err)
		os.Exit(1)
	}
}

func rewrite(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	out := src
	for _, r := range rewrites {
		if !r.from.Match(out) {
			return fmt.Errorf("%s: gqlgen's code for %s is not there any more; check whether this rewrite is still needed", path, r.what)
		}
		out = r.from.ReplaceAll(out, r.to)
	}
	for _, typ := range streamedLists {
		if out, err = streamList(out, typ); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	if bytes.Equal(out, src) {
		return nil
	}
	return os.WriteFile(path, out, 0o644)
}
