package graphiql_test

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/shegong/shegong/internal/apptest"
)

func TestMain(m *testing.M) {
	apptest.MaybeServePlugin()
	os.Exit(m.Run())
}

// chromium returns the path of Debian's chromium. make test installs it (scripts/with-chromium.sh);
// without it the test is skipped, except under CI=true, where it fails.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is required under CI=true; scripts/with-chromium.sh installs it")
	}
	t.Skip("chromium is not installed (scripts/with-chromium.sh installs it); skipping the browser test")
	return ""
}

// guard lets the browser reach the server and nothing else: every request goes through the
// Fetch domain, and one for another host fails as blocked by the client and is recorded.
type guard struct {
	host    string
	mu      sync.Mutex
	blocked []string
}

func (g *guard) run(ctx context.Context, t *testing.T) {
	paused := chromedp.Events(ctx, fetch.RequestPaused)
	if _, err := chromedp.Call(ctx, fetch.Enable, fetch.EnableParams{}); err != nil {
		t.Fatalf("enable request interception: %v", err)
	}
	done := make(chan struct{})
	t.Cleanup(func() { <-done }) // after the test's defers have closed the browser
	go func() {
		defer close(done)
		for ev, err := range paused {
			if err != nil {
				return // the browser is gone
			}
			u, perr := url.Parse(ev.Request.URL)
			if perr == nil && u.Host == g.host {
				_, err = chromedp.Call(ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: ev.RequestID})
			} else {
				g.mu.Lock()
				g.blocked = append(g.blocked, ev.Request.URL)
				g.mu.Unlock()
				_, err = chromedp.Call(ctx, fetch.FailRequest, fetch.FailRequestParams{RequestID: ev.RequestID, ErrorReason: network.ErrorReasonBlockedByClient})
			}
			if err != nil && ctx.Err() == nil {
				t.Errorf("answer paused request %s: %v", ev.Request.URL, err)
			}
		}
	}()
}

func (g *guard) Blocked() []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return append([]string(nil), g.blocked...)
}

// TestGraphiQLOfflineInChromium loads GraphiQL from a real server (real plugin processes) in
// headless Chromium that can reach nothing but that server, types a query into the editor, runs
// it with Ctrl-Enter and reads the answer on the page.
func TestGraphiQLOfflineInChromium(t *testing.T) {
	bin := chromium(t)
	s := apptest.Start(t, apptest.Options{})
	server, err := url.Parse(s.URL)
	if err != nil {
		t.Fatal(err)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox, // tests run as root in CI
		// Every name but the server's address resolves to nothing.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE "+server.Hostname()),
		chromedp.Flag("no-proxy-server", true),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	if err := chromedp.Do(ctx); err != nil { // start the browser, bound to ctx, not to a deadline
		t.Fatalf("start chromium: %v", err)
	}
	g := &guard{host: server.Host}
	g.run(ctx, t)

	tctx, tcancel := context.WithTimeout(ctx, time.Minute)
	defer tcancel()
	const query = `{ regions(first: 5) { totalCount } }`
	editor := `.graphiql-query-editor .CodeMirror`
	err = chromedp.Do(tctx,
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
