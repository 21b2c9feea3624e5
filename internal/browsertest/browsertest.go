// Package browsertest drives pages of a test server in Debian's headless Chromium (chromedp)
// that can reach nothing but that server: every other request is blocked and recorded, so a
// test can assert that the page asked for nothing outside the server and still worked.
package browsertest

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// Chromium returns the path of Debian's chromium. make test installs it (scripts/with-chromium.sh);
// without it the test is skipped, except under CI=true, where it fails.
func Chromium(t *testing.T) string {
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

// Open starts headless Chromium for a test, able to reach serverURL's host and nothing else:
// every other name resolves to nothing, and a request for another host fails as blocked by the
// client and is recorded in the returned Guard. The browser closes when the test ends. extra
// options (e.g. chromedp.WindowSize) are added to the defaults.
func Open(t *testing.T, serverURL string, extra ...chromedp.ExecAllocatorOption) (context.Context, *Guard) {
	t.Helper()
	bin := Chromium(t)
	server, err := url.Parse(serverURL)
	if err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox, // tests run as root in CI
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE "+server.Hostname()),
		chromedp.Flag("no-proxy-server", true),
	)
	opts = append(opts, extra...)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	g := &Guard{host: server.Host}
	done := make(chan struct{})
	// Cleanups run last-registered first: close the browser, then wait for the guard's loop.
	t.Cleanup(func() { <-done })
	t.Cleanup(cancelAlloc)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil { // start the browser, bound to ctx, not to a deadline
		close(done)
		t.Fatalf("start chromium: %v", err)
	}
	g.run(ctx, t, done)
	return ctx, g
}

// Guard records the requests the page made outside the server.
type Guard struct {
	host    string
	mu      sync.Mutex
	blocked []string
}

func (g *Guard) run(ctx context.Context, t *testing.T, done chan struct{}) {
	paused := chromedp.Events(ctx, fetch.RequestPaused)
	if _, err := chromedp.Call(ctx, fetch.Enable, fetch.EnableParams{}); err != nil {
		close(done)
		t.Fatalf("enable request interception: %v", err)
	}
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

// Blocked returns the URLs of the requests blocked so far.
func (g *Guard) Blocked() []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return append([]string(nil), g.blocked...)
}
