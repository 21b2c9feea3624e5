package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/gqltest"
	"github.com/shegong/shegong/internal/testdir"
	"github.com/shegong/shegong/plugins/host"
)

type trustStatus struct {
	Region, Name, Version, State string
	Pid                          *int
	Builtin                      bool
	FallbackReason               *string
}

func trustStatusOf(t *testing.T, admin *gqltest.Client, region string) trustStatus {
	t.Helper()
	var out struct{ Plugins []trustStatus }
	admin.MustData(t, `{ plugins { region name version state pid builtin fallbackReason } }`, nil, &out)
	for _, p := range out.Plugins {
		if p.Region == region {
			return p
		}
	}
	t.Fatalf("no plugin status for %s: %+v", region, out.Plugins)
	return trustStatus{}
}

// TestUntrustedReplacementPlugin, over HTTP with real plugin processes: an external Yunnan
// plugin serves the region; once its binary belongs to another user (nobody), reloadPlugin
// answers PLUGIN_REFUSED with the reason and the plugin keeps serving; after a crash the
// restart refuses it and the built-in Yunnan serves instead, which `plugins` says; once the
// binary is root's again, reloadPlugin brings the external plugin back.
func TestUntrustedReplacementPlugin(t *testing.T) {
	t.Parallel()
	dir := testdir.Trusted(t)
	bin := filepath.Join(dir, "yunnan-plugin")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/shegong/shegong/regions/yunnan/cmd/yunnan-plugin").CombinedOutput(); err != nil {
		t.Fatalf("build the yunnan plugin: %v\n%s", err, out)
	}
	if _, err := host.WriteLockFile(dir, filepath.Join(dir, host.LockFileName)); err != nil {
		t.Fatal(err)
	}
	s := apptest.Start(t, apptest.Options{PluginDir: dir})
	admin := s.As(s.Token(t, auth.Admin, "", "e2e trust"))
	st := trustStatusOf(t, admin, "yunnan")
	if st.Name != "yunnan-plugin" || st.Builtin || st.FallbackReason != nil || st.State != "READY" || st.Pid == nil {
		t.Fatalf("the external plugin should serve yunnan: %+v", st)
	}
	if err := os.Lchown(bin, 65534, -1); err != nil {
		t.Skipf("cannot chown (needs root): %v", err)
	}

	const reload = `mutation { reloadPlugin(region: "yunnan") { name builtin fallbackReason } }`
	e := expectError(t, admin.Do(t, reload, nil), "PLUGIN_REFUSED", "")
	if !strings.Contains(e.Message, bin) || !strings.Contains(e.Message, "owned by uid 65534") {
		t.Errorf("PLUGIN_REFUSED should name the binary and the reason: %q", e.Message)
	}
	if again := trustStatusOf(t, admin, "yunnan"); again.Name != "yunnan-plugin" || again.Pid == nil || *again.Pid != *st.Pid {
		t.Errorf("after the refused reload the external plugin should keep serving: %+v (was %+v)", again, st)
	}

	if err := syscall.Kill(*st.Pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(15 * time.Second)
	for st = trustStatusOf(t, admin, "yunnan"); st.FallbackReason == nil || st.State != "READY"; st = trustStatusOf(t, admin, "yunnan") {
		if time.Now().After(deadline) {
			t.Fatalf("yunnan does not fall back to its built-in version: %+v", st)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if st.Name != "builtin:yunnan" || !st.Builtin || !strings.Contains(*st.FallbackReason, "owned by uid 65534") {
		t.Errorf("fallback status: %+v", st)
	}
	for _, ev := range compareAll(t, s) {
		if ev.Error != nil || len(ev.EvaluatedBy) == 0 {
			t.Errorf("%s with yunnan on its fallback: %+v", ev.Region, ev.Error)
		}
		if ev.Region == "yunnan" && ev.EvaluatedBy[0].Plugin != "builtin:yunnan" {
			t.Errorf("yunnan evaluated by %+v, want builtin:yunnan", ev.EvaluatedBy)
		}
	}

	if err := os.Lchown(bin, 0, -1); err != nil {
		t.Fatal(err)
	}
	var out struct{ ReloadPlugin trustStatus }
	admin.MustData(t, reload, nil, &out)
	if got := out.ReloadPlugin; got.Name != "yunnan-plugin" || got.Builtin || got.FallbackReason != nil {
		t.Errorf("after a reload of the trusted binary: %+v", got)
	}
}
