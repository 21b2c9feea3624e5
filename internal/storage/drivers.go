package storage

import (
	// Registers schema defaults, validators and hooks with the ent client;
	// without it creates panic on nil default funcs.
	_ "github.com/shegong/shegong/ent/runtime"

	// PostgreSQL driver, registered as "postgres".
	_ "github.com/lib/pq"
	// Pure-Go SQLite driver (no cgo), registered as "sqlite".
	_ "modernc.org/sqlite"
)
