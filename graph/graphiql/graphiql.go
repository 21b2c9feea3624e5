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
	"io/fs"
	"net/http"
	"strings"
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
// (e.g. "graphiql/graphiql.min.js"); the page's template is not among them.
func Files() http.Handler {
	files := map[string]content{}
	err := fs.WalkDir(static, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		name := strings.TrimPrefix(p, "static/")
		if name == "index.html" {
			return nil
		}
		data, err := static.ReadFile(p)
		if err != nil {
			return err
		}
		files[name] = content{name, data, etag(data)}
		return nil
	})
	if err != nil {
		panic(fmt.Sprintf("graphiql: read embedded files: %v", err))
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, ok := files[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		c.ServeHTTP(w, r)
	})
}

// content is one file served with an ETag, so browsers revalidate instead of downloading the
// 3.5 MB script again.
type content struct {
	name string
	data []byte
	etag string
}

func (c content) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("ETag", c.etag)
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	http.ServeContent(w, r, c.name, time.Time{}, bytes.NewReader(c.data))
}

func etag(data []byte) string {
	sum := sha256.Sum256(data)
	return `"` + hex.EncodeToString(sum[:12]) + `"`
}
