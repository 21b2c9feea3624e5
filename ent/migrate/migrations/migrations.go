// Package migrations holds the versioned PostgreSQL migrations of the ent schema: Atlas
// migration files (one .sql file a version, applied in name order) and atlas.sum, the checksum
// of the directory that stops an edited or half-merged file from being applied. The files are
// written by `make migration name=…` (internal/storage/newmigration), never by hand-editing a
// committed one, and embedded in the binary, which applies them (internal/storage).
package migrations

import "embed"

// Files is the migration directory: every *.sql file and atlas.sum.
//
//go:embed *.sql atlas.sum
var Files embed.FS
