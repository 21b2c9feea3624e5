package host

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/shegong/shegong/internal/testdir"
)

// nobody is the uid of an unprivileged user who is neither root nor the server's user (the
// tests run as root or as a developer, never as nobody).
const nobody = 65534

func chown(t *testing.T, path string, uid int) {
	t.Helper()
	if err := os.Lchown(path, uid, -1); err != nil {
		t.Skipf("cannot chown %s (tests of ownership need root): %v", path, err)
	}
}

// lockedPlugin puts a real test plugin serving region "ext" into dir and locks it: a plugin
// the host would run, unless the path to it is not trusted.
func lockedPlugin(t *testing.T, dir string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := buildTestPlugin(t, "ext", "1.0.0", dir, "ext-plugin")
	if _, err := WriteLockFile(dir, filepath.Join(dir, LockFileName)); err != nil {
		t.Fatal(err)
	}
	return path
}

// expectRefused starts a host over dir and checks that ext-plugin is refused with a message
// containing every want, that region ext is not served, and that the built-in beta still is.
func expectRefused(t *testing.T, dir string, want ...string) {
	t.Helper()
	h := startHost(t, Config{Builtin: []string{"beta"}, PluginDir: dir})
	var found bool
	for _, st := range h.Status() {
		if st.Name != "ext-plugin" {
			continue
		}
		found = true
		if st.State != StateFailed {
			t.Errorf("ext-plugin: want FAILED, got %+v", st)
		}
		for _, w := range want {
			if !strings.Contains(st.LastError, w) {
				t.Errorf("ext-plugin: error %q does not say %q", st.LastError, w)
			}
		}
	}
	if !found {
		t.Errorf("ext-plugin not listed as refused: %+v", h.Status())
	}
	for _, r := range h.Regions() {
		if r == "ext" {
			t.Errorf("region ext is served by an untrusted plugin: %+v", statusOf(t, h, "ext"))
		}
	}
	if st := statusOf(t, h, "beta"); st.State != StateReady {
		t.Errorf("beta should still load: %+v", st)
	}
}

// TestRefusesUntrustedPluginPaths: a plugin is run only if nobody but root or the server's
// user could have replaced the binary, its directory, the lock file or any directory above
// them, symlinks resolved (as OpenSSH checks authorized_keys). Each case would otherwise load:
// the binary is real and matches its lock file.
func TestRefusesUntrustedPluginPaths(t *testing.T) {
	t.Run("trusted", func(t *testing.T) {
		dir := testdir.Trusted(t)
		lockedPlugin(t, dir)
		h := startHost(t, Config{PluginDir: dir})
		waitServing(t, h, "ext", 5*time.Second)
	})
	t.Run("binary writable", func(t *testing.T) {
		dir := testdir.Trusted(t)
		path := lockedPlugin(t, dir)
		if err := os.Chmod(path, 0o777); err != nil { // explicit: the umask does not apply
			t.Fatal(err)
		}
		expectRefused(t, dir, "plugin binary "+path, "writable by group or others")
	})
	t.Run("directory writable", func(t *testing.T) {
		dir := filepath.Join(testdir.Trusted(t), "plugins")
		lockedPlugin(t, dir)
		if err := os.Chmod(dir, 0o777); err != nil {
			t.Fatal(err)
		}
		expectRefused(t, dir, dir, "writable by group or others")
	})
	t.Run("binary owned by another user", func(t *testing.T) {
		dir := testdir.Trusted(t)
		path := lockedPlugin(t, dir)
		chown(t, path, nobody)
		expectRefused(t, dir, "plugin binary "+path, "owned by uid 65534")
	})
	t.Run("lock file owned by another user", func(t *testing.T) {
		dir := testdir.Trusted(t)
		lockedPlugin(t, dir)
		lock := filepath.Join(dir, LockFileName)
		chown(t, lock, nobody)
		expectRefused(t, dir, "lock file "+lock, "owned by uid 65534")
	})
	t.Run("directory owned by another user", func(t *testing.T) {
		dir := filepath.Join(testdir.Trusted(t), "plugins")
		lockedPlugin(t, dir)
		chown(t, dir, nobody)
		expectRefused(t, dir, dir, "owned by uid 65534")
	})
	// The reported attack: the plugin folder sits in a folder another user owns, who can
	// move it aside and put in a folder of their own, lock file and all.
	t.Run("parent directory owned by another user", func(t *testing.T) {
		srv := filepath.Join(testdir.Trusted(t), "srv")
		dir := filepath.Join(srv, "plugins")
		lockedPlugin(t, dir)
		chown(t, srv, nobody)
		expectRefused(t, dir, "parent directory "+srv, "owned by uid 65534")
	})
	t.Run("symlinked directory under another user's folder", func(t *testing.T) {
		base := testdir.Trusted(t)
		theirs := filepath.Join(base, "theirs")
		real := filepath.Join(theirs, "plugins")
		lockedPlugin(t, real)
		chown(t, theirs, nobody)
		link := filepath.Join(base, "plugins")
		if err := os.Symlink(real, link); err != nil {
			t.Fatal(err)
		}
		expectRefused(t, link, "parent directory "+theirs, "owned by uid 65534", "resolves to")
	})
	t.Run("symlinked binary under another user's folder", func(t *testing.T) {
		base := testdir.Trusted(t)
		theirs := filepath.Join(base, "theirs")
		target := lockedPlugin(t, theirs)
		chown(t, theirs, nobody)
		dir := filepath.Join(base, "plugins")
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, filepath.Join(dir, "ext-plugin")); err != nil {
			t.Fatal(err)
		}
		if _, err := WriteLockFile(dir, filepath.Join(dir, LockFileName)); err != nil {
			t.Fatal(err)
		}
		expectRefused(t, dir, "parent directory "+theirs, "resolves to")
	})
	t.Run("under sticky world-writable tmp", func(t *testing.T) {
		dir := t.TempDir() // under os.TempDir(), /tmp: mode 1777
		tmp, err := filepath.EvalSymlinks(os.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		if info, err := os.Stat(tmp); err != nil || info.Mode()&os.ModeSticky == 0 || info.Mode().Perm()&0o002 == 0 {
			t.Skipf("%s is not a sticky world-writable directory", tmp)
		}
		lockedPlugin(t, dir)
		expectRefused(t, dir, tmp, "sticky")
	})
}

// An external plugin that replaced a built-in region and is refused when it restarts (its
// binary now belongs to another user) leaves the region to the built-in version, which says
// so; once the binary is trusted again, a reload brings the external plugin back.
func TestRefusedReplacementFallsBackToBuiltin(t *testing.T) {
	t.Parallel()
	dir := testdir.Trusted(t)
	path := buildTestPlugin(t, "alpha", "9.0.0", dir, "alpha-plugin")
	if _, err := WriteLockFile(dir, filepath.Join(dir, LockFileName)); err != nil {
		t.Fatal(err)
	}
	h := startHost(t, Config{Builtin: []string{"alpha", "beta"}, PluginDir: dir})
	st := statusOf(t, h, "alpha")
	if st.Name != "alpha-plugin" || st.Version != "9.0.0" || st.Builtin || st.Fallback != "" {
		t.Fatalf("the external plugin should serve alpha: %+v", st)
	}
	chown(t, path, nobody)
	if err := syscall.Kill(st.PID, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for st = statusOf(t, h, "alpha"); st.Fallback == "" || st.State != StateReady; st = statusOf(t, h, "alpha") {
		if time.Now().After(deadline) {
			t.Fatalf("alpha does not serve its built-in fallback: %+v", st)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if st.Name != "builtin:alpha" || !st.Builtin || st.Version != "1.0.0" || st.Path != path ||
		!strings.Contains(st.Fallback, "owned by uid 65534") || !strings.Contains(st.Fallback, path) {
		t.Errorf("fallback status: %+v", st)
	}
	out, err := h.Budget(context.Background(), "alpha", asOf, projects(1, "DOM-MENTAL"))
	if err != nil || out.Err() != nil || len(out.EvaluatedBy) != 1 || !out.EvaluatedBy[0].Builtin || out.EvaluatedBy[0].Version != "1.0.0" {
		t.Errorf("alpha on its fallback: %v %+v", err, out)
	}
	// A reload re-checks the external plugin: still refused, with the reason; the fallback
	// keeps serving.
	var refused *RefusedError
	if err := h.Reload(context.Background(), "alpha"); !errors.As(err, &refused) || !strings.Contains(err.Error(), "owned by uid 65534") {
		t.Errorf("reload of the untrusted plugin: %v", err)
	}
	if again := statusOf(t, h, "alpha"); again.State != StateReady || again.Fallback == "" || again.PID != st.PID {
		t.Errorf("after the refused reload the fallback should keep serving: %+v", again)
	}
	chown(t, path, 0)
	if err := h.Reload(context.Background(), "alpha"); err != nil {
		t.Fatalf("reload of the trusted plugin: %v", err)
	}
	if st = statusOf(t, h, "alpha"); st.Name != "alpha-plugin" || st.Version != "9.0.0" || st.Builtin || st.Fallback != "" {
		t.Errorf("after the reload the external plugin should serve: %+v", st)
	}
}
