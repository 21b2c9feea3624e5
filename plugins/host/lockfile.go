package host

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// LockFileName is the default lock file inside the plugin directory. Its lines are
// "<sha256 hex>  <file name>", the format of sha256sum, so `sha256sum -c plugins.lock` run in
// the plugin directory checks it too.
const LockFileName = "plugins.lock"

// LockEntry is one locked plugin binary.
type LockEntry struct {
	File   string // base name inside the plugin directory
	SHA256 string // lowercase hex
}

// ReadLockFile parses a lock file into file name → lowercase hex SHA-256.
func ReadLockFile(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read lock file: %w", err)
	}
	out := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		sum, file, ok := strings.Cut(line, " ")
		file = strings.TrimPrefix(strings.TrimSpace(file), "*") // sha256sum's binary marker
		if !ok || file == "" || len(sum) != sha256.Size*2 {
			return nil, fmt.Errorf("lock file %s line %d: want \"<sha256>  <file>\"", path, n)
		}
		if _, err := hex.DecodeString(sum); err != nil {
			return nil, fmt.Errorf("lock file %s line %d: checksum is not hex", path, n)
		}
		if filepath.Base(file) != file {
			return nil, fmt.Errorf("lock file %s line %d: %q must be a file name inside the plugin directory", path, n, file)
		}
		out[file] = strings.ToLower(sum)
	}
	return out, sc.Err()
}

// PluginFiles lists the candidate plugin binaries in dir: regular executable files, not
// hidden, not the lock file. A missing directory has no plugins.
func PluginFiles(dir, lockPath string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read plugin dir: %w", err)
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || filepath.Join(dir, name) == filepath.Clean(lockPath) || strings.HasSuffix(name, ".lock") {
			continue
		}
		info, err := os.Stat(filepath.Join(dir, name)) // follows symlinks, as exec does
		if err != nil || !info.Mode().IsRegular() || info.Mode().Perm()&0o111 == 0 {
			continue
		}
		out = append(out, name)
	}
	slices.Sort(out)
	return out, nil
}

// FileSHA256 returns the lowercase hex SHA-256 of a file.
func FileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("hash %s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// WriteLockFile hashes every plugin binary in dir and writes the lock file atomically.
func WriteLockFile(dir, lockPath string) ([]LockEntry, error) {
	files, err := PluginFiles(dir, lockPath)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	b.WriteString("# shegong plugin lock file: sha256 of every plugin binary in this directory.\n")
	b.WriteString("# Regenerate with `shegong plugin lock`; a binary not listed here or with another hash is refused.\n")
	entries := make([]LockEntry, 0, len(files))
	for _, f := range files {
		sum, err := FileSHA256(filepath.Join(dir, f))
		if err != nil {
			return nil, err
		}
		entries = append(entries, LockEntry{File: f, SHA256: sum})
		fmt.Fprintf(&b, "%s  %s\n", sum, f)
	}
	tmp, err := os.CreateTemp(filepath.Dir(lockPath), ".plugins.lock-*")
	if err != nil {
		return nil, fmt.Errorf("write lock file: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.WriteString(b.String()); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("write lock file: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return nil, fmt.Errorf("write lock file: %w", err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return nil, fmt.Errorf("write lock file: %w", err)
	}
	if err := os.Rename(tmp.Name(), lockPath); err != nil {
		return nil, fmt.Errorf("write lock file: %w", err)
	}
	return entries, nil
}

// FileCheck is the verification status of one plugin binary.
type FileCheck struct {
	File   string
	Status string // OK, MISMATCH, NOT_LOCKED (on disk, not in the lock), MISSING (locked, not on disk)
	Want   string
	Got    string
}

// Lock check statuses.
const (
	CheckOK        = "OK"
	CheckMismatch  = "MISMATCH"
	CheckNotLocked = "NOT_LOCKED"
	CheckMissing   = "MISSING"
)

// VerifyPluginDir checks every binary in dir and every lock entry; sorted by file name.
func VerifyPluginDir(dir, lockPath string) ([]FileCheck, error) {
	lock, err := ReadLockFile(lockPath)
	if err != nil {
		return nil, err
	}
	files, err := PluginFiles(dir, lockPath)
	if err != nil {
		return nil, err
	}
	var out []FileCheck
	for _, f := range files {
		got, err := FileSHA256(filepath.Join(dir, f))
		if err != nil {
			return nil, err
		}
		want, ok := lock[f]
		switch {
		case !ok:
			out = append(out, FileCheck{File: f, Status: CheckNotLocked, Got: got})
		case want != got:
			out = append(out, FileCheck{File: f, Status: CheckMismatch, Want: want, Got: got})
		default:
			out = append(out, FileCheck{File: f, Status: CheckOK, Want: want, Got: got})
		}
	}
	for f, want := range lock {
		if !slices.Contains(files, f) {
			out = append(out, FileCheck{File: f, Status: CheckMissing, Want: want})
		}
	}
	slices.SortFunc(out, func(a, b FileCheck) int { return strings.Compare(a.File, b.File) })
	return out, nil
}
