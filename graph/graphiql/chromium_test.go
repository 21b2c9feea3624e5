package graphiql_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/browsertest"
)

func TestMain(m *testing.M) {
	apptest.MaybeServePlugin()
	os.Exit(m.Run())
}

// TestGraphiQLOfflineInChromium loads GraphiQL from a real server (real plugin processes) in
// headless Chromium that can reach nothing but that server, types a query into the editor, runs
// it with Ctrl-Enter and reads the answer on the page.
func TestGraphiQLOfflineInChromium(t *testing.T) {
	s := apptest.Start(t, apptest.Options{})
	ctx, g := browsertest.Open(t, s.URL)

	tctx, tcancel := context.WithTimeout(ctx, time.Minute)
	defer tcancel()
	const query = `{ regions(first: 5) { totalCount } }`
	editor := `.graphiql-query-editor .CodeMirror`
	err := chromedp.Do(tctx,
		chromedp.Navigate(s.URL+"/"),
		chromedp.WaitVisible(editor),
		chromedp.Click(editor),
		chromedp.KeyEvent("a", chromedp.KeyModifiers(chromedp.ModifierCtrl)),
		chromedp.KeyEvent(kb.Delete),
		chromedp.KeyEvent(query),
		chromedp.KeyEvent(kb.Enter, chromedp.KeyModifiers(chromedp.ModifierCtrl)),
	)
	if err != nil {
		t.Fatalf("load GraphiQL and type the query: %v (blocked requests: %v)", err, g.Blocked())
	}
	// The answer as the page shows it: the text of the response pane.
	const shown = `((document.querySelector(".graphiql-response") || {}).innerText || "").replace(/\u00a0/g, " ")`
	const want = `"totalCount": 5`
	pctx, pcancel := context.WithTimeout(tctx, 30*time.Second)
	defer pcancel()
	if _, err := chromedp.Run(pctx, chromedp.Poll[chromedp.Void](shown+`.includes(`+"`"+want+"`"+`)`)); err != nil {
		typed, _ := chromedp.Run(tctx, chromedp.Evaluate[string](`document.querySelector(".graphiql-query-editor").innerText`))
		answer, _ := chromedp.Run(tctx, chromedp.Evaluate[string](shown))
		t.Fatalf("the page does not show %s: %v\nquery editor: %q\nresponse pane: %q\nblocked requests: %v", want, err, typed, answer, g.Blocked())
	}
	if b := g.Blocked(); len(b) != 0 {
		t.Errorf("the page asked for %d resources outside the server: %v", len(b), b)
	}

	// The guard is in force: a request elsewhere fails and is recorded. (The name resolves to
	// nothing either, so the request could not leave the machine even without the guard.)
	_, _ = chromedp.Run(tctx, chromedp.Evaluate[chromedp.Void](`fetch("http://cdn.example.invalid/x.js").catch(() => null)`, chromedp.EvalAwaitPromise))
	if b := g.Blocked(); len(b) != 1 || !strings.Contains(b[0], "cdn.example.invalid") {
		t.Errorf("a request outside the server was not blocked: blocked %v", b)
	}
}
