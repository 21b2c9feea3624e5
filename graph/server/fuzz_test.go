package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/shegong/shegong/graph"
	"github.com/shegong/shegong/graph/server"
	"github.com/shegong/shegong/internal/evaluate"
	"github.com/shegong/shegong/internal/seed"
	"github.com/shegong/shegong/internal/testdb"
	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/regions"
)

// fuzzTarget is the handler under fuzzing with its log, built once per fuzz process: the
// built-in regions in process, SQLite with the regions seeded.
var fuzzTarget struct {
	once    sync.Once
	handler http.Handler
	logs    *lockedBuffer
}

func fuzzHandler(f *testing.F) (http.Handler, *lockedBuffer) {
	fuzzTarget.once.Do(func() {
		logs := &lockedBuffer{}
		logger := slog.New(slog.NewTextHandler(logs, nil))
		db := testdb.Open(f, testdb.SQLite)
		if _, err := seed.EnsureRegions(context.Background(), db.Client); err != nil {
			f.Fatal(err)
		}
		h, err := host.NewInProcess(regions.Builtin(), logger)
		if err != nil {
			f.Fatal(err)
		}
		fuzzTarget.handler = server.New(server.Options{Client: db.Client, Logger: logger,
			Resolver: graph.Config{Evaluator: evaluate.New(h)}})
		fuzzTarget.logs = logs
	})
	return fuzzTarget.handler, fuzzTarget.logs
}

// FuzzGraphQLHandler sends arbitrary bodies, content types and GET query strings to /graphql
// (anonymous, so nothing is written). Whatever arrives: no panic, no INTERNAL, a status that
// is 2xx or 4xx, a GraphQL response whose every error has extensions.code. The seed corpus
// (testdata/fuzz/FuzzGraphQLHandler) holds the malformed requests of the README's error
// section and every crasher ever found.
func FuzzGraphQLHandler(f *testing.F) {
	h, logs := fuzzHandler(f)
	f.Add(false, "application/json", []byte(`{"query": "{ regions(first: 5) { totalCount } }"}`))
	f.Fuzz(func(t *testing.T, get bool, contentType string, body []byte) {
		var req *http.Request
		if get {
			req = httptest.NewRequest(http.MethodGet, "/graphql", nil)
			req.URL.RawQuery = string(body)
		} else {
			req = httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
			req.Header.Set("Content-Type", contentType)
		}
		logged := len(logs.String())
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)

		if rec.Code < 200 || rec.Code >= 500 || (rec.Code >= 300 && rec.Code < 400) {
			t.Errorf("HTTP %d: want 2xx or 4xx\n%s", rec.Code, rec.Body)
		}
		var resp struct {
			Errors []struct {
				Message    string         `json:"message"`
				Extensions map[string]any `json:"extensions"`
			} `json:"errors"`
			Data json.RawMessage `json:"data"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
			t.Fatalf("HTTP %d: not a GraphQL response: %v\n%s", rec.Code, err, rec.Body)
		}
		if rec.Code >= 400 && len(resp.Errors) == 0 {
			t.Errorf("HTTP %d without an error", rec.Code)
		}
		for _, e := range resp.Errors {
			code, _ := e.Extensions["code"].(string)
			if code == "" || code == "INTERNAL" {
				t.Errorf("HTTP %d: error %q has code %q", rec.Code, e.Message, code)
			}
		}
		if out := logs.String()[logged:]; strings.Contains(out, "panic") || strings.Contains(out, "INTERNAL") ||
			strings.Contains(out, "internal error") {
			t.Errorf("the log has a panic or an internal error:\n%s", out)
		}
	})
}
