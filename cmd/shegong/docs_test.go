package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shegong/shegong/internal/markdown"
)

var update = flag.Bool("update", false, "rewrite the command output samples of docs/ from what the commands print now")

// sampleMarker precedes, in a docs page, the output of the `go run ./cmd/shegong …` command
// on the first line of the ```sh block before it.
const sampleMarker = "<!-- output of the first command above, written by TestDocsCommandSamples (go test ./cmd/shegong -run TestDocsCommandSamples -update) -->"

// TestDocsCommandSamples runs the command whose output a docs page shows (the first line of
// the ```sh block before the marker, from the repository's root) and compares the page's
// sample with what it prints, so the sample cannot go stale. -update rewrites the sample.
func TestDocsCommandSamples(t *testing.T) {
	const root = "../.."
	page := filepath.Join(root, "docs", "policy.md")
	b, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	blocks := markdown.Blocks(src)
	samples := 0
	for i := 1; i < len(blocks); i++ {
		blk := blocks[i]
		if !strings.HasSuffix(strings.TrimSpace(src[blocks[i-1].End:blk.Start-len("```"+blk.Lang+"\n")]), sampleMarker) {
			continue
		}
		samples++
		cmdLine, _, _ := strings.Cut(blocks[i-1].Text, "\n")
		args, ok := strings.CutPrefix(cmdLine, "go run ./cmd/shegong compare ")
		if !ok || blocks[i-1].Lang != "sh" {
			t.Fatalf("%s:%d: the sample follows %q, want a ```sh block starting with `go run ./cmd/shegong compare`", page, blk.Line, cmdLine)
		}
		argv := strings.Fields(args)
		for j := range argv {
			if j > 0 && argv[j-1] == "--scenario" {
				argv[j] = filepath.Join(root, argv[j]) // the docs' paths start at the repository's root
			}
		}
		var out, errOut bytes.Buffer
		if err := compareTo(context.Background(), argv, &out, &errOut); err != nil {
			t.Fatalf("%s: %v\n%s", cmdLine, err, errOut.String())
		}
		if out.String() == blk.Text {
			continue
		}
		if !*update {
			t.Errorf("%s:%d: the output of %q changed; run go test ./cmd/shegong -run TestDocsCommandSamples -update and review the diff. Now:\n%s",
				page, blk.Line, cmdLine, out.String())
			continue
		}
		src = src[:blk.Start] + out.String() + src[blk.End:]
		if err := os.WriteFile(page, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s:%d: sample rewritten", page, blk.Line)
		blocks = markdown.Blocks(src) // offsets after the rewrite
	}
	if samples == 0 {
		t.Fatalf("%s: no command sample after %q", page, sampleMarker)
	}
}
