package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shegong/shegong/internal/markdown"
)

// TestPluginsDocYAMLOnlyExample runs the example of docs/plugins.md "Changing rules with YAML
// only" as written: a copy of Hunan's ruleset and cases in a temporary directory, the page's
// YAML blocks applied where the page says, `policy test -v` on the copy, and the page's output
// excerpt found in what it prints.
func TestPluginsDocYAMLOnlyExample(t *testing.T) {
	page, err := os.ReadFile("../../docs/plugins.md")
	if err != nil {
		t.Fatal(err)
	}
	var sh, yml, text []string
	for _, b := range markdown.Blocks(markdown.Section(string(page), "Changing rules with YAML only")) {
		switch b.Lang {
		case "sh":
			sh = append(sh, strings.TrimSpace(b.Text))
		case "yaml":
			yml = append(yml, b.Text)
		case "text":
			text = append(text, b.Text)
		}
	}
	if len(sh) != 2 || len(yml) != 4 || len(text) != 1 {
		t.Fatalf("the example has %d sh, %d yaml and %d text blocks; want 2, 4 and 1", len(sh), len(yml), len(text))
	}
	if sh[0] != "mkdir -p /tmp/try && cp -r regions/hunan /tmp/try/" || sh[1] != "go run ./cmd/shegong policy test -v /tmp/try/hunan" {
		t.Fatalf("the example's commands are not the ones this test runs: %q", sh)
	}

	// mkdir -p /tmp/try && cp -r regions/hunan /tmp/try/ — the two files policy test reads.
	try := t.TempDir()
	dir := filepath.Join(try, "hunan")
	copyFile(t, "../../regions/hunan/ruleset.yaml", filepath.Join(dir, "ruleset.yaml"))
	copyFile(t, "../../regions/hunan/testdata/cases.yaml", filepath.Join(dir, "testdata", "cases.yaml"))

	rsPath := filepath.Join(dir, "ruleset.yaml")
	rs := read(t, rsPath)
	// The value of HN.staffing.worker_age_max: the first value line of that parameter.
	at := strings.Index(rs, "  - id: HN.staffing.worker_age_max\n")
	if at < 0 {
		t.Fatal("ruleset.yaml has no HN.staffing.worker_age_max")
	}
	line := strings.Index(rs[at:], "\n      - {from: ")
	end := strings.IndexByte(rs[at+line+1:], '\n')
	if line < 0 || end < 0 {
		t.Fatal("HN.staffing.worker_age_max has no value line")
	}
	rs = rs[:at+line+1] + yml[0] + rs[at+line+1+end+1:]
	rs = insertAfter(t, rs, "\nrules:\n", yml[1])
	rs = insertAfter(t, rs, "\nparameters:\n", yml[2])
	write(t, rsPath, rs)
	casesPath := filepath.Join(dir, "testdata", "cases.yaml")
	write(t, casesPath, read(t, casesPath)+yml[3])

	var out bytes.Buffer
	err = runPolicyTo(context.Background(), []string{"test", "-v", dir}, &out)
	if err == nil {
		t.Error("policy test passed, but the cases written for the limit of 40 must fail at 35")
	}
	got := out.String()
	for _, want := range strings.Split(strings.TrimSpace(text[0]), "\n") {
		want = strings.ReplaceAll(want, "/tmp/try", try)
		if !strings.Contains(got, want+"\n") {
			t.Errorf("output lacks the page's line\n%s\noutput:\n%s", want, got)
		}
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, to, read(t, from))
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func insertAfter(t *testing.T, s, mark, add string) string {
	t.Helper()
	i := strings.Index(s, mark)
	if i < 0 {
		t.Fatalf("no %q in ruleset.yaml", mark)
	}
	i += len(mark)
	return s[:i] + add + s[i:]
}
