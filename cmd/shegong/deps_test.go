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

// transportOnly are the libraries that carry a policy between processes; only
// plugins/transport and what imports it (the host, the plugin commands) may link them.
var transportOnly = []string{
	"google.golang.org/grpc",
	"google.golang.org/protobuf",
	"google.golang.org/genproto",
	"github.com/hashicorp/go-plugin",
	"go.opentelemetry.io",
	"github.com/shegong/shegong/plugins/proto",
	"github.com/shegong/shegong/plugins/transport",
}

// TestAuthorSurfaceLinksNoTransport keeps the transport out of what a region author's rules
// build with: plugins/sdk and every region's package (not its plugin command, whose main
// calls transport.Serve) link none of transportOnly.
func TestAuthorSurfaceLinksNoTransport(t *testing.T) {
	libs := goList(t, "-f", `{{if ne .Name "main"}}{{.ImportPath}}{{end}}`, "../../plugins/sdk", "../../regions/...")
	if !slices.Contains(libs, "github.com/shegong/shegong/regions/hunan") {
		t.Fatalf("go list found no regions/hunan among %v", libs)
	}
	for _, lib := range libs {
		for _, line := range goList(t, "-deps", "-f", `{{.ImportPath}} {{join .Imports " "}}`, lib) {
			fields := strings.Fields(line)
			if transportPackage(fields[0]) {
				continue // name the edge into the transport, not the transport's own imports
			}
			for _, imp := range fields[1:] {
				if transportPackage(imp) {
					t.Errorf("%s links %s through %s", lib, imp, fields[0])
				}
			}
		}
	}
	// The check sees the transport where it is: the plugin commands do link it.
	cmd := "github.com/shegong/shegong/regions/hunan/cmd/hunan-plugin"
	if imps := importersOf(t, cmd, "github.com/shegong/shegong/plugins/transport"); !slices.Contains(imps, cmd) {
		t.Errorf("importersOf does not find %s importing plugins/transport (got %v): the check above cannot fail", cmd, imps)
	}
}

// transportPackage reports whether pkg is one of transportOnly or inside one.
func transportPackage(pkg string) bool {
	for _, prefix := range transportOnly {
		if pkg == prefix || strings.HasPrefix(pkg, prefix+"/") {
			return true
		}
	}
	return false
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
