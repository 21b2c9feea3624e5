// Package dberr tells an unreachable database from every other failure, in one place: the
// GraphQL error presenter, the transaction interceptor, authentication and the CSV export
// all answer UNAVAILABLE (HTTP 503, Retry-After) for these errors, INTERNAL for the rest.
package dberr

import (
	"context"
	"database/sql/driver"
	"errors"
	"io"
	"net"
	"strings"
	"syscall"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// unavailableStates are the SQLSTATEs of a server that is going away or not accepting
// connections: connection exceptions (class 08) are matched by class.
var unavailableStates = map[string]bool{
	"57P01": true, // admin_shutdown: the server is shutting down or restarting
	"57P02": true, // crash_shutdown
	"57P03": true, // cannot_connect_now: starting up or in recovery
	"53300": true, // too_many_connections
}

// Unavailable reports whether err says the database cannot be reached right now (and a retry
// later may succeed): a refused, reset or timed-out connection, a connection the driver found
// broken (driver.ErrBadConn), a server shutting down or starting (SQLSTATE 57P01/57P02/57P03,
// class 08, too many connections), a deadline that ran out while waiting for it, an SQLite
// database locked by another writer for longer than its busy timeout.
func Unavailable(err error) bool {
	if err == nil {
		return false
	}
	var netErr net.Error
	var state interface{ SQLState() string }
	var lite *sqlite.Error
	switch {
	case errors.Is(err, driver.ErrBadConn),
		errors.Is(err, context.DeadlineExceeded),
		errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, syscall.ECONNREFUSED),
		errors.Is(err, syscall.ECONNRESET),
		errors.Is(err, syscall.EPIPE),
		errors.As(err, &netErr):
		return true
	case errors.As(err, &state):
		s := state.SQLState()
		return unavailableStates[s] || strings.HasPrefix(s, "08")
	case errors.As(err, &lite):
		code := lite.Code() & 0xff // the primary result code
		return code == sqlite3.SQLITE_BUSY
	}
	return false
}
