package app_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/auth"
)

// TestCORS: a browser page on a listed origin can call /graphql and /export/ (preflight, then
// the real request, whose answer it may read with credentials); any other origin gets no CORS
// header at all, so the browser keeps the answer from the page.
func TestCORS(t *testing.T) {
	const app, evil = "http://localhost:5173", "https://evil.example"
	s := apptest.Start(t, apptest.Options{CORSOrigins: []string{app, "https://portal.example.gov.cn"}})
	secret := s.Token(t, auth.Researcher, "", "front-end")

	do := func(method, path, origin string, header map[string]string, body string) *http.Response {
		t.Helper()
		req, err := http.NewRequest(method, s.URL+path, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		for k, v := range header {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { resp.Body.Close() })
		return resp
	}
	preflight := func(path, origin, method, headers string) *http.Response {
		t.Helper()
		return do(http.MethodOptions, path, origin, map[string]string{
			"Access-Control-Request-Method":  method,
			"Access-Control-Request-Headers": headers,
		}, "")
	}
	// Headers an Apollo Client page sends, as the browser lists them (lower case, sorted).
	const apolloHeaders = "apollo-require-preflight,apollographql-client-name,apollographql-client-version,authorization,content-type"

	t.Run("preflight from a listed origin", func(t *testing.T) {
		for _, path := range []string{"/graphql", "/export/compare.csv"} {
			resp := preflight(path, app, "POST", apolloHeaders)
			h := resp.Header
			if resp.StatusCode != http.StatusNoContent || h.Get("Access-Control-Allow-Origin") != app ||
				h.Get("Access-Control-Allow-Credentials") != "true" || h.Get("Access-Control-Allow-Methods") != "POST" ||
				h.Get("Access-Control-Allow-Headers") != apolloHeaders || !varies(h, "Origin") {
				t.Errorf("%s: %d %v", path, resp.StatusCode, h)
			}
		}
		// GET too (a query in the URL, the matrix export)
		resp := preflight("/export/matrix.csv", app, "GET", "authorization")
		if resp.Header.Get("Access-Control-Allow-Methods") != "GET" || resp.Header.Get("Access-Control-Allow-Origin") != app {
			t.Errorf("GET preflight: %v", resp.Header)
		}
	})

	t.Run("preflight refused", func(t *testing.T) {
		for name, resp := range map[string]*http.Response{
			"other origin":  preflight("/graphql", evil, "POST", "authorization,content-type"),
			"other method":  preflight("/graphql", app, "DELETE", ""),
			"other header":  preflight("/graphql", app, "POST", "content-type,x-evil"),
			"origin's path": preflight("/graphql", app+"/page", "POST", "content-type"),
		} {
			if got := corsHeaders(resp.Header); len(got) > 0 {
				t.Errorf("%s: CORS headers %v", name, got)
			}
		}
	})

	t.Run("request from a listed origin", func(t *testing.T) {
		resp := do(http.MethodPost, "/graphql", app, map[string]string{
			"Authorization": "Bearer " + secret, "Content-Type": "application/json",
		}, `{"query":"{ viewer { role label } }"}`)
		body, _ := io.ReadAll(resp.Body)
		h := resp.Header
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), `"label":"front-end"`) {
			t.Fatalf("%d %s", resp.StatusCode, body)
		}
		if h.Get("Access-Control-Allow-Origin") != app || h.Get("Access-Control-Allow-Credentials") != "true" || !varies(h, "Origin") ||
			!strings.Contains(h.Get("Access-Control-Expose-Headers"), "X-Request-Id") || h.Get("X-Request-Id") == "" {
			t.Errorf("headers %v", h)
		}
		// The export, and a refusal the page must be able to read (401 for a bad token).
		resp = do(http.MethodGet, "/export/matrix.csv?asOf=2024-01-01", "https://portal.example.gov.cn", nil, "")
		if resp.StatusCode != http.StatusOK || resp.Header.Get("Access-Control-Allow-Origin") != "https://portal.example.gov.cn" {
			t.Errorf("export: %d %v", resp.StatusCode, resp.Header)
		}
		resp = do(http.MethodPost, "/graphql", app, map[string]string{
			"Authorization": "Bearer sgt_not-a-token", "Content-Type": "application/json",
		}, `{"query":"{ viewer { role } }"}`)
		if resp.StatusCode != http.StatusUnauthorized || resp.Header.Get("Access-Control-Allow-Origin") != app {
			t.Errorf("401: %d %v", resp.StatusCode, resp.Header)
		}
	})

	t.Run("request from another origin", func(t *testing.T) {
		resp := do(http.MethodPost, "/graphql", evil, map[string]string{"Content-Type": "application/json"},
			`{"query":"{ viewer { role } }"}`)
		if got := corsHeaders(resp.Header); resp.StatusCode != http.StatusOK || len(got) > 0 || !varies(resp.Header, "Origin") {
			t.Errorf("%d, CORS headers %v", resp.StatusCode, got)
		}
	})
}

// TestNoCORSByDefault: without listed origins, no origin gets a CORS header.
func TestNoCORSByDefault(t *testing.T) {
	s := apptest.Start(t, apptest.Options{})
	req, _ := http.NewRequest(http.MethodOptions, s.URL+"/graphql", nil)
	req.Header.Set("Origin", "http://localhost:5173")
	req.Header.Set("Access-Control-Request-Method", "POST")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := corsHeaders(resp.Header); len(got) > 0 {
		t.Errorf("CORS headers without --cors-origins: %v", got)
	}
}

func corsHeaders(h http.Header) map[string]string {
	out := map[string]string{}
	for k := range h {
		if strings.HasPrefix(k, "Access-Control-") {
			out[k] = h.Get(k)
		}
	}
	return out
}

func varies(h http.Header, name string) bool {
	for _, v := range h.Values("Vary") {
		for _, f := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(f), name) {
				return true
			}
		}
	}
	return false
}
