package storage

// SetUnlockSQL replaces the statement that releases the migration lock, so a
// test can make the unlock fail on a healthy connection; it returns a restore func.
func SetUnlockSQL(q string) (restore func()) {
	old := unlockSQL
	unlockSQL = q
	return func() { unlockSQL = old }
}

// MigrationLockKey is the advisory lock id, for tests that look at the lock from another session.
const MigrationLockKey = migrationLockKey
