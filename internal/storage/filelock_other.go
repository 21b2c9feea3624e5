//go:build !unix

package storage

// lockFile is a no-op where flock is unavailable: concurrent first starts
// on one SQLite file are then not protected.
func lockFile(string) (func(), error) { return func() {}, nil }
