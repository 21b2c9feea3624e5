// Package graphiql serves GraphiQL, the in-browser GraphQL IDE, entirely from the binary: the
// page, its script and its styles come from this server, so it works on networks without
// internet access and no request leaves the machine.
//
// static/ holds the files of the npm packages graphiql 3.8.3 (its UMD build and stylesheet, web
// fonts inlined), react 18.3.1 and react-dom 18.3.1 (UMD builds), each with its licence; these
// are the last versions that ship UMD builds, which need no bundler. static/VERSIONS records
// them. static/index.html and static/boot.js are ours: the page, and the script that starts
// GraphiQL against the GraphQL endpoint with the headers editor open (for
// {"Authorization": "Bearer …"}; headers are not stored in the browser).
//
// To update: change the versions in scripts/update-graphiql.sh, run it (it fetches the packages
// with `npm pack` into a temporary folder and copies the files here), run
// `go test ./graph/graphiql/` (it drives the page in headless Chromium) and commit static/.
package graphiql

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"net/http"
	"strings"
	"sync"
	"time"
)

//go:embed static
var static embed.FS

// FilesPrefix is the path under which the page's files are served.
const FilesPrefix = "/graphiql/"

var page = template.Must(template.ParseFS(static, "static/index.html"))

// Register serves GraphiQL on mux: the page at "/" and its files under FilesPrefix. title is the
// page's title, endpoint the URL of the GraphQL endpoint the page queries.
func Register(mux *http.ServeMux, title, endpoint string) {
	mux.Handle("GET /{$}", Page(title, endpoint))
	mux.Handle("GET "+FilesPrefix, http.StripPrefix(FilesPrefix, Files()))
}

// Page returns the handler of the HTML page.
func Page(title, endpoint string) http.Handler {
	var buf bytes.Buffer
	err := page.Execute(&buf, struct{ Title, Endpoint, Base string }{title, endpoint, FilesPrefix})
	if err != nil {
		panic(fmt.Sprintf("graphiql: render page: %v", err)) // the template is ours and fixed
	}
	return content{"index.html", buf.Bytes(), etag(buf.Bytes())}
}

// Files returns the handler of the page's files (licences included), by path relative to static/
// (e.g. "graphiql/graphiql.min.js"); the page's template is not among them. A file is read from
// the binary's embedded data as it is served, and its ETag computed on its first request: the
// 3.5 MB script is neither copied onto the heap nor read at all by a server whose GraphiQL
// nobody opens.
func Files() http.Handler {
	files := map[string]*embedded{}
	err := fs.WalkDir(static, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		name := strings.TrimPrefix(p, "static/")
		if name == "index.html" {
			return nil
		}
		files[name] = newEmbedded(name, p)
		return nil
	})
	if err != nil {
		panic(fmt.Sprintf("graphiql: list embedded files: %v", err))
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f, ok := files[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		f.ServeHTTP(w, r)
	})
}

// embedded is one file of static/, served from the embedded data with an ETag of its content.
type embedded struct {
	name, path string
	etag       func() (string, error) // hashed once, on first use
}

func newEmbedded(name, path string) *embedded {
	return &embedded{name: name, path: path, etag: sync.OnceValues(func() (string, error) {
		f, err := static.Open(path)
		if err != nil {
			return "", err
		}
		defer f.Close()
		h := sha256.New()
		if _, err := io.Copy(h, f); err != nil {
			return "", err
		}
		return etagOf(h.Sum(nil)), nil
	})}
}

func (e *embedded) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	tag, err := e.etag()
	if err != nil {
		http.Error(w, "graphiql: embedded file unreadable", http.StatusInternalServerError)
		return
	}
	f, err := static.Open(e.path)
	if err != nil {
		http.Error(w, "graphiql: embedded file unreadable", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	// embed.FS files are io.ReadSeekers over the binary's data: nothing is copied.
	serve(w, r, e.name, tag, f.(io.ReadSeeker))
}

// content is one file served with an ETag, so browsers revalidate instead of downloading the
// 3.5 MB script again.
type content struct {
	name string
	data []byte
	etag string
}

func (c content) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	serve(w, r, c.name, c.etag, bytes.NewReader(c.data))
}

// serve writes a file with its ETag, for the browser to revalidate.
func serve(w http.ResponseWriter, r *http.Request, name, etag string, data io.ReadSeeker) {
	w.Header().Set("ETag", etag)
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	http.ServeContent(w, r, name, time.Time{}, data)
}

func etag(data []byte) string {
	sum := sha256.Sum256(data)
	return etagOf(sum[:])
}

// etagOf is the ETag of a file whose SHA-256 is sum.
func etagOf(sum []byte) string { return `"` + hex.EncodeToString(sum[:12]) + `"` }
