// Package explore serves the researcher's workbench (研究者工作台) at /explore/: the policy
// matrix, a concept's timeline, a scenario compared across the regions and a batch of scenarios,
// with charts, over the GraphQL API and the CSV export.
//
// The page is built from web/ (TypeScript, Vite, ECharts, operations typed by GraphQL Code
// Generator from schema.graphql) into dist/, which is committed and embedded: the binary serves
// it without Node and the page asks nothing of any other host. `make generate` rebuilds dist/
// (`npm ci && npm run build` in web/) and `make check-generated` fails when it is stale.
package explore

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed dist
var dist embed.FS

// Prefix is the path of the page; its files are under it.
const Prefix = "/explore/"

// Register serves the page on mux at Prefix (and redirects the path without its slash there).
func Register(mux *http.ServeMux) {
	mux.Handle("GET "+Prefix, http.StripPrefix(Prefix, Files()))
	mux.Handle("GET "+Prefix[:len(Prefix)-1], http.RedirectHandler(Prefix, http.StatusMovedPermanently))
}

// Files returns the handler of the built page, by path relative to dist/ ("" and "index.html"
// are the page). Each file is served with an ETag of its content, so a browser revalidates
// instead of downloading ECharts again, and sees a new build at once.
func Files() http.Handler {
	root, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(fmt.Sprintf("explore: embedded files: %v", err)) // dist is embedded at build time
	}
	etags := map[string]string{}
	err = fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(root, p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		etags[p] = `"` + hex.EncodeToString(sum[:12]) + `"`
		return nil
	})
	if err != nil {
		panic(fmt.Sprintf("explore: read embedded files: %v", err))
	}
	files := http.FileServerFS(root)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := r.URL.Path
		if strings.HasSuffix(name, "/") { // no directory listings
			http.NotFound(w, r)
			return
		}
		if name == "" {
			name = "index.html"
		}
		if tag, ok := etags[name]; ok {
			w.Header().Set("ETag", tag)
		}
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		files.ServeHTTP(w, r)
	})
}
