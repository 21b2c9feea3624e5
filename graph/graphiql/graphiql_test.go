package graphiql_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/shegong/shegong/graph/graphiql"
)

func get(t *testing.T, srv *httptest.Server, path string, header ...string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(body)
}

// TestPageServesItsOwnFiles: the page names only files of this server, each of them is served,
// and nothing in the page or our script points anywhere else.
func TestPageServesItsOwnFiles(t *testing.T) {
	mux := http.NewServeMux()
	graphiql.Register(mux, "标题 <title>", "/graphql")
	srv := httptest.NewServer(mux)
	defer srv.Close()

	resp, page := get(t, srv, "/")
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("GET / = %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if !strings.Contains(page, `data-endpoint="/graphql"`) || !strings.Contains(page, "标题 &lt;title&gt;") {
		t.Errorf("page lacks the endpoint or the escaped title:\n%s", page)
	}
	refs := regexp.MustCompile(`(?:src|href)="([^"]+)"`).FindAllStringSubmatch(page, -1)
	if len(refs) != 5 {
		t.Errorf("page references %d files, want 5 (stylesheet, react, react-dom, graphiql, boot): %v", len(refs), refs)
	}
	for _, ref := range refs {
		if !strings.HasPrefix(ref[1], graphiql.FilesPrefix) {
			t.Errorf("page loads %s, not a file of this server", ref[1])
			continue
		}
		resp, body := get(t, srv, ref[1])
		if resp.StatusCode != http.StatusOK || len(body) == 0 {
			t.Errorf("GET %s = %d (%d bytes)", ref[1], resp.StatusCode, len(body))
		}
		if strings.HasSuffix(ref[1], ".js") && !strings.Contains(resp.Header.Get("Content-Type"), "javascript") {
			t.Errorf("GET %s: Content-Type %q", ref[1], resp.Header.Get("Content-Type"))
		}
	}
	if _, boot := get(t, srv, graphiql.FilesPrefix+"boot.js"); strings.Contains(page+boot, "://") {
		t.Error("the page or boot.js names an absolute URL")
	}
	for _, licence := range []string{"graphiql/LICENSE", "react/LICENSE", "react-dom/LICENSE"} {
		if resp, body := get(t, srv, graphiql.FilesPrefix+licence); resp.StatusCode != http.StatusOK || !strings.Contains(body, "MIT") {
			t.Errorf("GET %s = %d, want the MIT licence", licence, resp.StatusCode)
		}
	}
	for _, missing := range []string{"index.html", "nope.js", "../graphiql.go"} {
		if resp, _ := get(t, srv, graphiql.FilesPrefix+missing); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s = %d, want 404", missing, resp.StatusCode)
		}
	}
}

// TestFilesRevalidate: the 3.5 MB script is sent once; a browser holding it gets 304.
func TestFilesRevalidate(t *testing.T) {
	mux := http.NewServeMux()
	graphiql.Register(mux, "t", "/graphql")
	srv := httptest.NewServer(mux)
	defer srv.Close()
	path := graphiql.FilesPrefix + "graphiql/graphiql.min.js"
	resp, body := get(t, srv, path)
	tag := resp.Header.Get("ETag")
	if resp.StatusCode != http.StatusOK || tag == "" || len(body) < 1<<20 {
		t.Fatalf("GET %s = %d, ETag %q, %d bytes", path, resp.StatusCode, tag, len(body))
	}
	if resp, body := get(t, srv, path, "If-None-Match", tag); resp.StatusCode != http.StatusNotModified || body != "" {
		t.Errorf("revalidation = %d with %d bytes, want 304 and none", resp.StatusCode, len(body))
	}
}
