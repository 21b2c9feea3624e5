package host

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRefusesWritablePlugins: a plugin binary or plugin directory writable by group or others
// is refused with a message naming it; the other regions still load.
func TestRefusesWritablePlugins(t *testing.T) {
	script := []byte("#!/bin/sh\nexit 1\n")
	check := func(t *testing.T, dir, file, named string) {
		t.Helper()
		lock := filepath.Join(dir, LockFileName)
		if _, err := WriteLockFile(dir, lock); err != nil {
			t.Fatal(err)
		}
		h := startHost(t, Config{Builtin: []string{"beta"}, PluginDir: dir})
		var found bool
		for _, st := range h.Status() {
			if st.Name == file {
				found = true
				if st.State != StateFailed || !strings.Contains(st.LastError, "writable by group or others") || !strings.Contains(st.LastError, named) {
					t.Errorf("%s: want FAILED naming %s, got %+v", file, named, st)
				}
			}
		}
		if !found {
			t.Errorf("%s not listed as refused", file)
		}
		if st := statusOf(t, h, "beta"); st.State != StateReady {
			t.Errorf("beta should still load: %+v", st)
		}
	}
	t.Run("binary", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "loose-plugin")
		if err := os.WriteFile(path, script, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, 0o777); err != nil { // explicit: the umask does not apply
			t.Fatal(err)
		}
		check(t, dir, "loose-plugin", path)
	})
	t.Run("directory", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "plugins")
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "ok-plugin"), script, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(dir, 0o777); err != nil {
			t.Fatal(err)
		}
		check(t, dir, "ok-plugin", dir)
	})
}
