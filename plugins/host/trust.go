package host

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// CheckTrusted refuses a file that a user other than root or the server's own could replace
// or redirect, the way OpenSSH checks the path of authorized_keys: with symlinks resolved, the
// file and every directory above it up to / must be owned by root or the server's user and
// writable by neither group nor others. A sticky world-writable directory such as /tmp is
// refused too: anyone may create a name there before the owner does. what names the file in
// the message ("plugin binary", "lock file", "plugin directory"). A binary checksummed at its
// start does not help against a folder another user can swap between two starts, lock file
// included.
func CheckTrusted(what, path string) error {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return fmt.Errorf("无法检查插件路径 / cannot check the permissions of %s %s: %w", what, path, err)
	}
	if real, err = filepath.Abs(real); err != nil {
		return fmt.Errorf("无法检查插件路径 / cannot check the permissions of %s %s: %w", what, path, err)
	}
	via := ""
	if real != filepath.Clean(path) {
		via = fmt.Sprintf(" (%s resolves to %s)", path, real)
	}
	for p := real; ; p = filepath.Dir(p) {
		info, err := os.Lstat(p) // components of a resolved path are no symlinks
		if err != nil {
			return fmt.Errorf("无法检查插件路径 / cannot check the permissions of %s%s: %w", p, via, err)
		}
		kind := what
		if p != real {
			kind = "parent directory"
		}
		if err := checkOwnerAndMode(kind, p, info); err != nil {
			return fmt.Errorf("%w%s", err, via)
		}
		if parent := filepath.Dir(p); parent == p {
			return nil
		}
	}
}

// checkOwnerAndMode is CheckTrusted's test of one path.
func checkOwnerAndMode(what, path string, info fs.FileInfo) error {
	if uid, ok := fileOwner(info); ok && uid != 0 && uid != os.Geteuid() {
		return fmt.Errorf("插件路径不可信 / %s %s is owned by uid %d, not by root or the server's user (uid %d); run chown root %s",
			what, path, uid, os.Geteuid(), path)
	}
	mode := info.Mode()
	if perm := mode.Perm(); perm&0o022 != 0 {
		sticky := ""
		if mode&fs.ModeSticky != 0 {
			sticky = ", sticky like /tmp: anyone may create names in it"
		}
		return fmt.Errorf("插件路径不可信 / %s %s is writable by group or others (mode %#o%s); run chmod go-w %s, or keep plugins outside it",
			what, path, perm, sticky, path)
	}
	return nil
}

// checkPluginTrusted checks an external plugin's binary, its directory and the lock file.
func (h *Host) checkPluginTrusted(binary string) error {
	if err := CheckTrusted("plugin binary", binary); err != nil {
		return err
	}
	// The binary may be a symlink out of the plugin directory: the directory that holds the
	// link is checked in its own right.
	if err := CheckTrusted("plugin directory", filepath.Dir(binary)); err != nil {
		return err
	}
	return CheckTrusted("lock file", h.cfg.LockFile)
}
