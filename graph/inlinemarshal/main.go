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
// @defer keep gqlgen's concurrency. The command fails when a pattern is missing, so a gqlgen
// upgrade that changes the generated code is noticed.
package main

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
)

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
	if bytes.Equal(out, src) {
		return nil
	}
	return os.WriteFile(path, out, 0o644)
}
