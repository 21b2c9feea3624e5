package dberr_test

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
	"testing"

	"github.com/lib/pq"

	"github.com/shegong/shegong/internal/dberr"
	"github.com/shegong/shegong/internal/storage"
)

func TestUnavailable(t *testing.T) {
	dial := &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"connection refused", fmt.Errorf("begin: %w", dial), true},
		{"connection reset", fmt.Errorf("query: %w", syscall.ECONNRESET), true},
		{"bad connection", fmt.Errorf("commit: %w", driver.ErrBadConn), true},
		{"admin shutdown", &pq.Error{Code: "57P01"}, true},
		{"cannot connect now", fmt.Errorf("x: %w", &pq.Error{Code: "57P03"}), true},
		{"connection failure", &pq.Error{Code: "08006"}, true},
		{"too many connections", &pq.Error{Code: "53300"}, true},
		{"deadline", fmt.Errorf("ping: %w", context.DeadlineExceeded), true},
		{"unique violation", &pq.Error{Code: "23505"}, false},
		{"undefined table", &pq.Error{Code: "42P01"}, false},
		{"no rows", sql.ErrNoRows, false},
		{"cancelled by the client", context.Canceled, false},
		{"plain", errors.New("boom"), false},
		{"nil", nil, false},
	} {
		if got := dberr.Unavailable(tc.err); got != tc.want {
			t.Errorf("%s (%v): Unavailable = %v, want %v", tc.name, tc.err, got, tc.want)
		}
	}
}

// TestUnavailableOnARealDatabase: the errors the drivers really return. A PostgreSQL port
// nobody listens on is unavailable; a closed pool is our fault, not an outage.
func TestUnavailableOnARealDatabase(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_ = ln.Close()
	db, err := sql.Open("postgres", "postgres://postgres@"+addr+"/x?sslmode=disable&connect_timeout=2")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.PingContext(context.Background()); !dberr.Unavailable(err) {
		t.Errorf("ping of a port nobody listens on: %v is not unavailable", err)
	}
	lite, err := storage.Open(context.Background(), t.TempDir()+"/x.db")
	if err != nil {
		t.Fatal(err)
	}
	_ = lite.Close()
	if err := lite.SQL.PingContext(context.Background()); err == nil || dberr.Unavailable(err) {
		t.Errorf("ping of a closed pool: %v, want an error that is not unavailable", err)
	}
}
