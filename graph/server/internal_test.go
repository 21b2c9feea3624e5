package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/shegong/shegong/graph/server"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/requestid"
	"github.com/shegong/shegong/internal/seed"
	"github.com/shegong/shegong/internal/testdb"
)

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestDatabaseFailureIsInternal: with the database closed under a running server, a mutation
// (whose transaction cannot begin: entgql.Transactioner answers with the driver's text and no
// code) and a query (whose resolver fails) both answer INTERNAL with the request id, and no
// SQL or driver text reaches the client; the log has the original error.
func TestDatabaseFailureIsInternal(t *testing.T) {
	eachKind(t, func(t *testing.T, k testdb.Kind) {
		db := testdb.Open(t, k)
		if _, err := seed.EnsureRegions(context.Background(), db.Client); err != nil {
			t.Fatal(err)
		}
		var logs lockedBuffer
		logger := slog.New(slog.NewTextHandler(&logs, nil))
		admin := func(context.Context, string) (*auth.Viewer, error) {
			return &auth.Viewer{Role: auth.Admin, Label: "test admin", TokenID: 1}, nil
		}
		ts := httptest.NewServer(server.New(server.Options{Client: db.Client, Logger: logger, Authenticate: admin}))
		t.Cleanup(ts.Close)
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		for _, q := range []string{
			`mutation { createRegion(input: {code: "closed", nameZh: "甲", nameEn: "A", level: CITY, adminCode: "110100"}) { id } }`,
			`{ regions(first: 5) { totalCount edges { node { code } } } }`,
		} {
			body, _ := json.Marshal(map[string]any{"query": q})
			req, _ := http.NewRequest(http.MethodPost, ts.URL+"/graphql", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Authorization", "Bearer test")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			raw, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			var out struct {
				Errors []struct {
					Message    string
					Extensions map[string]any
				}
			}
			if err := json.Unmarshal(raw, &out); err != nil {
				t.Fatalf("%s: answer %s: %v", q, raw, err)
			}
			rid := resp.Header.Get(requestid.Header)
			if len(out.Errors) == 0 {
				t.Fatalf("%s: want an error with the database closed, got %s", q, raw)
			}
			for _, e := range out.Errors {
				if e.Extensions["code"] != "INTERNAL" || rid == "" || e.Extensions["requestId"] != rid || !strings.Contains(e.Message, rid) {
					t.Errorf("%s: want INTERNAL with request id %q, got %s", q, rid, raw)
				}
			}
			low := strings.ToLower(string(raw))
			for _, leak := range []string{"sql", "database is closed", "transaction", "driver", "pq:", "pgx"} {
				if strings.Contains(low, leak) {
					t.Errorf("%s: answer shows %q: %s", q, leak, raw)
				}
			}
			if !strings.Contains(logs.String(), rid) {
				t.Errorf("%s: the log has nothing under request id %s:\n%s", q, rid, logs.String())
			}
		}
		if !strings.Contains(logs.String(), "database is closed") {
			t.Errorf("the original error is not in the log:\n%s", logs.String())
		}
	})
}
