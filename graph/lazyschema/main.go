// Command lazyschema rewrites the executor gqlgen generates (graph/generated/generated.go) so
// that the schema is parsed the first time it is needed, not when the package is initialised.
// `make generate` runs it after gqlgen:
//
//	go run ./graph/lazyschema graph/generated/generated.go
//
// Every region plugin is this binary re-executed (`shegong __plugin <region>`), and Go
// initialises every package of a binary before main, whatever the process goes on to do: each
// of the five plugin processes parsed the whole GraphQL schema at start, the largest
// initialiser of the binary (about 50 ms and 2.3 MB of heap each, GODEBUG=inittrace=1), for
// nothing. gqlgen has no option for it. The command fails when a pattern is missing, so a
// gqlgen upgrade that changes the generated code is noticed.
package main

import (
	"bytes"
	"fmt"
	"os"
)

var rewrites = []struct{ from, to string }{
	{"var parsedSchema = gqlparser.MustLoadSchema(sources...)\n",
		"var parsedSchema = sync.OnceValue(func() *ast.Schema { return gqlparser.MustLoadSchema(sources...) })\n"},
	{"\treturn parsedSchema\n", "\treturn parsedSchema()\n"},
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: lazyschema graph/generated/generated.go")
		os.Exit(2)
	}
	if err := rewrite(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "lazyschema:", err)
		os.Exit(1)
	}
}

func rewrite(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for _, r := range rewrites {
		if n := bytes.Count(src, []byte(r.from)); n != 1 {
			return fmt.Errorf("%s: want %q once, found it %d times (did gqlgen change?)", path, r.from, n)
		}
		src = bytes.Replace(src, []byte(r.from), []byte(r.to), 1)
	}
	return os.WriteFile(path, src, 0o644)
}
