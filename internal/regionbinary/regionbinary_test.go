package regionbinary_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/shegong/shegong/internal/app"
	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/regionbinary"
	"github.com/shegong/shegong/internal/testdir"
	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/regions"
)

func TestMain(m *testing.M) {
	apptest.MaybeServePlugin()
	os.Exit(m.Run())
}

// buildRegions builds cmd/shegong-regions into a new trusted directory and returns its path.
func buildRegions(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(testdir.Trusted(t), regionbinary.Name)
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if out, err := exec.Command(gobin, "build", "-o", bin, "github.com/shegong/shegong/cmd/shegong-regions").CombinedOutput(); err != nil {
		t.Fatalf("go build shegong-regions: %v\n%s", err, out)
	}
	return bin
}

// staleRegions writes, as dir/shegong-regions, a binary that describes the built-in regions
// with Hunan one version behind: a copy left from an older build.
func staleRegions(t *testing.T, dir string, mode os.FileMode) string {
	t.Helper()
	ids, err := regions.Identities(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var lines bytes.Buffer
	for _, id := range ids {
		if id.Region == "hunan" {
			id.Version = "0.0.1"
		}
		b, _ := json.Marshal(id)
		fmt.Fprintf(&lines, "%s\n", b)
	}
	path := filepath.Join(dir, regionbinary.Name)
	script := "#!/bin/sh\ncat <<'EOF'\n" + lines.String() + "EOF\n"
	if err := os.WriteFile(path, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestChoose(t *testing.T) {
	ctx := context.Background()
	bin := buildRegions(t)
	server := filepath.Join(filepath.Dir(bin), "shegong")

	runs := func(t *testing.T, cmd func(string) *exec.Cmd, want string, args ...string) {
		t.Helper()
		c := cmd("hunan")
		if c.Path != want || !slices.Equal(c.Args[1:], args) {
			t.Errorf("hunan starts %s %v, want %s %v", c.Path, c.Args[1:], want, args)
		}
	}
	quiet := slog.New(slog.NewTextHandler(&bytes.Buffer{}, nil))

	t.Run("auto uses the matching binary beside the server", func(t *testing.T) {
		cmd, used, err := regionbinary.Choose(ctx, regionbinary.Auto, server, quiet)
		if err != nil || used != bin {
			t.Fatalf("Choose(auto) = %q, %v; want %s", used, err, bin)
		}
		runs(t, cmd, bin, "hunan")
	})
	t.Run("a path is used wherever the server is", func(t *testing.T) {
		cmd, used, err := regionbinary.Choose(ctx, bin, "/nonexistent/shegong", quiet)
		if err != nil || used != bin {
			t.Fatalf("Choose(path) = %q, %v; want %s", used, err, bin)
		}
		runs(t, cmd, bin, "hunan")
	})
	t.Run("self re-executes the server even beside a regions binary", func(t *testing.T) {
		cmd, used, err := regionbinary.Choose(ctx, regionbinary.Self, server, quiet)
		if err != nil || used != server {
			t.Fatalf("Choose(self) = %q, %v; want %s", used, err, server)
		}
		runs(t, cmd, server, host.PluginModeArg, "hunan")
	})
	t.Run("auto without a regions binary re-executes the server, silently", func(t *testing.T) {
		var log bytes.Buffer
		alone := filepath.Join(testdir.Trusted(t), "shegong")
		cmd, used, err := regionbinary.Choose(ctx, regionbinary.Auto, alone, slog.New(slog.NewTextHandler(&log, nil)))
		if err != nil || used != alone {
			t.Fatalf("Choose(auto) = %q, %v; want %s", used, err, alone)
		}
		runs(t, cmd, alone, host.PluginModeArg, "hunan")
		if log.Len() != 0 {
			t.Errorf("logged %q; nothing to warn about", log.String())
		}
	})

	refused := []struct {
		name, why string
		mode      os.FileMode
	}{
		{"a stale regions binary", "was built from other regions: hunan is 0.0.1", 0o755},
		{"a regions binary others may write", "writable by group or others", 0o775},
	}
	for _, c := range refused {
		dir := testdir.Trusted(t)
		path := staleRegions(t, dir, c.mode)
		if c.mode&0o022 != 0 {
			// Writable by others: the copy must otherwise match, so only the mode refuses it.
			if err := os.Remove(path); err != nil {
				t.Fatal(err)
			}
			copyFile(t, bin, path, c.mode)
		}
		alone := filepath.Join(dir, "shegong")
		t.Run(c.name+": auto warns and re-executes the server", func(t *testing.T) {
			var log bytes.Buffer
			cmd, used, err := regionbinary.Choose(ctx, regionbinary.Auto, alone, slog.New(slog.NewTextHandler(&log, nil)))
			if err != nil || used != alone {
				t.Fatalf("Choose(auto) = %q, %v; want %s", used, err, alone)
			}
			runs(t, cmd, alone, host.PluginModeArg, "hunan")
			if !strings.Contains(log.String(), "level=WARN") || !strings.Contains(log.String(), c.why) {
				t.Errorf("logged %q; want a warning saying %q", log.String(), c.why)
			}
		})
		t.Run(c.name+": a path given is an error", func(t *testing.T) {
			_, _, err := regionbinary.Choose(ctx, path, alone, quiet)
			if err == nil || !strings.Contains(err.Error(), "--regions-binary") || !strings.Contains(err.Error(), c.why) {
				t.Errorf("Choose(path) error %v; want one naming --regions-binary and saying %q", err, c.why)
			}
		})
	}
	t.Run("a missing path is an error", func(t *testing.T) {
		missing := filepath.Join(testdir.Trusted(t), regionbinary.Name)
		if _, _, err := regionbinary.Choose(ctx, missing, server, quiet); err == nil || !strings.Contains(err.Error(), missing) {
			t.Errorf("Choose(missing) error %v; want one naming %s", err, missing)
		}
	})
}

// TestServerRunsTheRegionsBinary starts a server whose built-in regions run as shegong-regions
// processes and checks over HTTP that they answer exactly as the regions in process do.
func TestServerRunsTheRegionsBinary(t *testing.T) {
	bin := buildRegions(t)
	small := apptest.Start(t, apptest.Options{RegionsBinary: bin})
	inproc := apptest.Start(t, apptest.Options{Plugins: app.PluginsInProcess})

	sts := small.Host.Status()
	if len(sts) != len(regions.Builtin()) {
		t.Fatalf("%d regions running, want the %d built-in ones", len(sts), len(regions.Builtin()))
	}
	for _, st := range sts {
		exe, err := os.Readlink(fmt.Sprintf("/proc/%d/exe", st.PID))
		if err != nil {
			t.Fatalf("%s: plugin process %d: %v", st.Region, st.PID, err)
		}
		if exe != bin {
			t.Errorf("%s runs %s, want %s", st.Region, exe, bin)
		}
	}

	const query = `query($s: SubjectInput!) { compare(subject: $s, asOf: "2023-06-01") {
		region status findings { ruleId status actual required remedy } } }`
	subjects := []map[string]any{
		{"worker": map[string]any{"age": 30, "education": "BACHELOR"}},
		{"worker": map[string]any{"age": 41}},
		{"project": map[string]any{"domain": "DOM-ELDERLY", "headcount": 5, "months": 12, "budget": []any{
			map[string]any{"category": "LABOR", "amount": "600000.00"}, map[string]any{"category": "ACTIVITIES", "amount": "80000.00"}}}},
	}
	for i, s := range subjects {
		a := small.GQL.Do(t, query, map[string]any{"s": s})
		b := inproc.GQL.Do(t, query, map[string]any{"s": s})
		if len(a.Errors) != 0 || len(b.Errors) != 0 {
			t.Fatalf("subject %d: errors %v / %v", i, a.Errors, b.Errors)
		}
		if !bytes.Equal(a.Data, b.Data) {
			t.Errorf("subject %d: the regions binary answers\n%s\nin process\n%s", i, a.Data, b.Data)
		}
	}
}

func copyFile(t *testing.T, from, to string, mode os.FileMode) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(to, mode); err != nil {
		t.Fatal(err)
	}
}
