// Package doccheck holds the tests that keep the project's Markdown pages true: their links
// resolve and the README's quick start runs.
package doccheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shegong/shegong/internal/markdown"
)

// root is the repository, seen from this package's folder.
const root = "../.."

// TestRelativeLinksResolve: every relative link of every Markdown page names a file or folder
// of the repository, and every #anchor a heading of the page it points into.
func TestRelativeLinksResolve(t *testing.T) {
	pages, err := markdown.Pages(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) < 5 {
		t.Fatalf("found only %d Markdown pages under %s", len(pages), root)
	}
	anchors := map[string]map[string]bool{}
	anchorsOf := func(p string) map[string]bool {
		if a, ok := anchors[p]; ok {
			return a
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		anchors[p] = markdown.Anchors(string(b))
		return anchors[p]
	}
	checked := 0
	for _, page := range pages {
		src, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(root, page)
		for _, l := range markdown.Links(string(src)) {
			if strings.Contains(l, "://") || strings.HasPrefix(l, "mailto:") {
				continue
			}
			checked++
			target, frag, _ := strings.Cut(l, "#")
			file := page
			if target != "" {
				file = filepath.Join(filepath.Dir(page), target)
				if _, err := os.Stat(file); err != nil {
					t.Errorf("%s: link %s: no such file", rel, l)
					continue
				}
			}
			if frag == "" {
				continue
			}
			if !strings.HasSuffix(file, ".md") {
				t.Errorf("%s: link %s: an anchor into a file that is not Markdown", rel, l)
				continue
			}
			if !anchorsOf(file)[frag] {
				t.Errorf("%s: link %s: no heading with anchor #%s", rel, l, frag)
			}
		}
	}
	if checked < 20 {
		t.Errorf("checked only %d relative links", checked)
	}
}
