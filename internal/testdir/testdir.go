// Package testdir gives tests directories the plugin host trusts. The host refuses a plugin
// under a directory that another user could write to, /tmp (sticky, world-writable) included,
// so t.TempDir() cannot hold test plugins; these directories live under the user's cache
// directory (os.UserCacheDir: $XDG_CACHE_HOME, or ~/.cache), whose parents belong to root or
// to the user running the tests.
package testdir

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Trusted returns a new empty directory, mode 0755, removed at cleanup.
func Trusted(t testing.TB) string {
	t.Helper()
	base, err := os.UserCacheDir()
	if err != nil {
		t.Fatalf("testdir: no cache directory for trusted test directories: %v", err)
	}
	root := filepath.Join(base, "shegong-test")
	if err := os.MkdirAll(root, 0o755); err != nil {
		t.Fatalf("testdir: %v", err)
	}
	dir, err := os.MkdirTemp(root, strings.NewReplacer("/", "_", " ", "_").Replace(t.Name())+"-")
	if err != nil {
		t.Fatalf("testdir: %v", err)
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatalf("testdir: %v", err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}
