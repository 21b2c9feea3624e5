package explore_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/shegong/shegong/graph/explore"
)

// TestFiles serves the embedded build: the page at /explore/, its script beside it with an ETag
// that revalidates, /explore redirected, no directory listing, nothing else.
func TestFiles(t *testing.T) {
	mux := http.NewServeMux()
	explore.Register(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

	get := func(path string, header ...string) (*http.Response, string) {
		t.Helper()
		req, err := http.NewRequest(http.MethodGet, srv.URL+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i+1 < len(header); i += 2 {
			req.Header.Set(header[i], header[i+1])
		}
		resp, err := noRedirect.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp, string(body)
	}

	resp, page := get("/explore/")
	if resp.StatusCode != http.StatusOK || !strings.Contains(resp.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("GET /explore/: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if !strings.Contains(page, `src="./assets/explore.js"`) {
		t.Errorf("the page does not load its script relative to itself:\n%s", page)
	}
	if strings.Contains(page, "//") && strings.Contains(page, "http") {
		t.Errorf("the page names another host:\n%s", page)
	}

	resp, script := get("/explore/assets/explore.js")
	etag := resp.Header.Get("ETag")
	if resp.StatusCode != http.StatusOK || !strings.Contains(resp.Header.Get("Content-Type"), "javascript") || len(script) == 0 || etag == "" {
		t.Fatalf("GET the script: %d %q, %d bytes, ETag %q", resp.StatusCode, resp.Header.Get("Content-Type"), len(script), etag)
	}
	if resp, _ := get("/explore/assets/explore.js", "If-None-Match", etag); resp.StatusCode != http.StatusNotModified {
		t.Errorf("revalidating with the ETag: %d, want 304", resp.StatusCode)
	}
	if resp, _ := get("/explore"); resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != explore.Prefix {
		t.Errorf("GET /explore: %d to %q, want a redirect to %s", resp.StatusCode, resp.Header.Get("Location"), explore.Prefix)
	}
	for _, path := range []string{"/explore/assets/", "/explore/nothing.js"} {
		if resp, _ := get(path); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", path, resp.StatusCode)
		}
	}
}
