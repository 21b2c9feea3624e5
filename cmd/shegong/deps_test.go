package main

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// linksTesting are the libraries that import package testing in their non-test code and that
// the binaries cannot drop; no other package in a binary may import it.
var linksTesting = map[string]string{
	"github.com/hashicorp/go-plugin":       "testing.go: TestConn and TestPluginGRPCConn, helpers for plugin authors' tests",
	"golang.org/x/tools/internal/modindex": "reached through entgo.io/contrib/entgql, which imports entc for its code generator extension",
}

// TestBinariesDoNotImportTesting keeps package testing out of every main package of the
// module — the shegong command, each region's plugin command, the example plugin and the
// developer tools — except through the libraries listed in linksTesting. A binary that links
// testing carries test-only code; the usual cause is a production package importing a helper
// meant for tests (plugins/policytest instead of plugins/policycases).
func TestBinariesDoNotImportTesting(t *testing.T) {
	mains := goList(t, "-f", `{{if eq .Name "main"}}{{.ImportPath}}{{end}}`, "../../...")
	for _, want := range []string{"github.com/shegong/shegong/cmd/shegong", "github.com/shegong/shegong/regions/hunan/cmd/hunan-plugin"} {
		if !slices.Contains(mains, want) {
			t.Fatalf("go list found no main package %s among %v", want, mains)
		}
	}
	for _, m := range mains {
		for _, imp := range importersOf(t, m, "testing") {
			if _, known := linksTesting[imp]; !known {
				t.Errorf("%s links package testing through %s", m, imp)
			}
		}
	}
	// The check sees testing where it is: the test helpers do import it.
	if imps := importersOf(t, "github.com/shegong/shegong/plugins/policytest", "testing"); !slices.Contains(imps, "github.com/shegong/shegong/plugins/policytest") {
		t.Errorf("importersOf does not find plugins/policytest importing testing (got %v): the check above cannot fail", imps)
	}
}

// importersOf lists the packages among main's dependencies that import pkg directly.
func importersOf(t *testing.T, main, pkg string) []string {
	var out []string
	for _, line := range goList(t, "-deps", "-f", `{{.ImportPath}} {{join .Imports " "}}`, main) {
		fields := strings.Fields(line)
		if len(fields) > 1 && slices.Contains(fields[1:], pkg) {
			out = append(out, fields[0])
		}
	}
	return out
}

func goList(t *testing.T, args ...string) []string {
	t.Helper()
	cmd := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), append([]string{"list"}, args...)...)
	out, err := cmd.Output()
	if err != nil {
		msg := ""
		if ee, ok := err.(*exec.ExitError); ok {
			msg = string(ee.Stderr)
		}
		t.Fatalf("go list %v: %v\n%s", args, err, msg)
	}
	var lines []string
	for _, l := range strings.Split(string(out), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}
