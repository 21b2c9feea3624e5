package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/shegong/shegong/graph/server"
	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/metrics"
	"github.com/shegong/shegong/internal/testdb"
	"github.com/shegong/shegong/plugins/host"
)

// httpAnswer is one HTTP httpAnswer of the server, read whole.
type httpAnswer struct {
	status int
	header http.Header
	body   string
	err    error
}

// send makes one request through c with the bearer token secret (none when ""); it does not
// fail the test, so that it can run in a goroutine of its own.
func send(c *http.Client, method, url, secret, body string) httpAnswer {
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		return httpAnswer{err: err}
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if secret != "" {
		req.Header.Set("Authorization", "Bearer "+secret)
	}
	resp, err := c.Do(req)
	if err != nil {
		return httpAnswer{err: err}
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return httpAnswer{status: resp.StatusCode, header: resp.Header, body: string(b), err: err}
}

const viewerQuery = `{"query": "{ viewer { role } }"}`

// compareQuery asks every region, Shenzhen's plugin included, about one worker.
var compareQuery = func() string {
	b, _ := json.Marshal(map[string]any{
		"query": `query($s: SubjectInput!) { compare(subject: $s, asOf: "2023-06-01") { region status error { code } } }`,
		"variables": map[string]any{"s": map[string]any{"worker": map[string]any{
			"age": 41, "education": "BACHELOR", "certificate": "ASSISTANT", "trainingHoursPerYear": 80}}},
	})
	return string(b)
}()

// TestMaxInFlightPerClient: with --max-in-flight-per-client 2, a token with two requests in
// flight — a compare waiting on a stopped plugin, and a request whose body has not arrived —
// is refused a third, on /graphql and on the CSV export alike (HTTP 429, Retry-After,
// LIMIT_EXCEEDED with limitName), while another token and an anonymous client on the same
// address are served; once one of the two has answered, the token's next request is served.
// Anonymous clients are counted per address the same way.
func TestMaxInFlightPerClient(t *testing.T) {
	t.Parallel()
	const perClient = 2
	var logs bytes.Buffer
	s := apptest.Start(t, apptest.Options{
		Kind:                 testdb.SQLite,
		MaxInFlightPerClient: perClient,
		Logger:               slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		// A stopped plugin holds its calls until it is continued: a deadline past the test's
		// end, and no health pings to find it hung and replace it.
		TuneHost: func(c *host.Config) {
			c.CallTimeout = time.Hour
			c.PingInterval = time.Hour
		},
	})
	heavy := s.Token(t, auth.Researcher, "", "in flight: heavy user")
	other := s.Token(t, auth.Researcher, "", "in flight: other user")
	gql, csv := s.URL+"/graphql", s.URL+"/export/matrix.csv"
	local := http.DefaultClient // from 127.0.0.1, without a timeout: the held compare waits

	if a := send(local, http.MethodPost, gql, heavy, compareQuery); a.err != nil || a.status != http.StatusOK {
		t.Fatalf("warm-up compare: %d %v %s", a.status, a.err, a.body)
	}
	scraper := from("127.0.0.9") // one client, its connection kept alive
	inFlight := func() float64 {
		fams, _ := scrapeWith(t, scraper, s.URL+metrics.Path)
		return sum(fams, "shegong_requests_in_flight", nil)
	}
	// waitInFlight waits until the server counts n requests in flight: a request's slot is
	// taken, and given back, by the server on its own time.
	waitInFlight := func(n float64) {
		t.Helper()
		for deadline := time.Now().Add(30 * time.Second); inFlight() != n; time.Sleep(10 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("the server counts %v requests in flight, want %v", inFlight(), n)
			}
		}
	}
	waitInFlight(0)

	// First held request: a compare that waits for Shenzhen's stopped plugin.
	pid := s.StopPlugin(t, "shenzhen")
	held := make(chan httpAnswer, 1)
	go func() { held <- send(local, http.MethodPost, gql, heavy, compareQuery) }()
	waitInFlight(1)
	// Second: a request whose body is declared but not yet sent.
	slow := rawRequest(t, s.URL, "127.0.0.1", fmt.Sprintf(
		"POST /graphql HTTP/1.1\r\nHost: shegong\r\nAuthorization: Bearer %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n",
		heavy, len(viewerQuery)))
	waitInFlight(perClient)

	refused := func(what string, a httpAnswer, graphQL bool) {
		t.Helper()
		if a.err != nil || a.status != http.StatusTooManyRequests || a.header.Get("Retry-After") != "1" {
			t.Fatalf("%s: HTTP %d, Retry-After %q, error %v, want 429 with Retry-After 1: %s", what, a.status, a.header.Get("Retry-After"), a.err, a.body)
		}
		var fields map[string]any
		if graphQL {
			var r struct {
				Errors []struct {
					Message    string
					Extensions map[string]any
				}
			}
			if err := json.Unmarshal([]byte(a.body), &r); err != nil || len(r.Errors) != 1 {
				t.Fatalf("%s: not one GraphQL error: %v %s", what, err, a.body)
			}
			fields = r.Errors[0].Extensions
		} else {
			var r struct{ Error map[string]any }
			if err := json.Unmarshal([]byte(a.body), &r); err != nil || r.Error == nil {
				t.Fatalf("%s: not an export error: %v %s", what, err, a.body)
			}
			fields = r.Error
		}
		if fields["code"] != "LIMIT_EXCEEDED" || fields["limitName"] != metrics.RefusedInFlight || fields["limit"] != float64(perClient) {
			t.Errorf("%s: %v, want LIMIT_EXCEEDED, limitName %s, limit %d", what, fields, metrics.RefusedInFlight, perClient)
		}
		for _, secret := range []string{heavy, "127.0.0.1"} {
			if strings.Contains(a.body, secret) {
				t.Errorf("%s: the httpAnswer names the client: %s", what, a.body)
			}
		}
	}
	refused("third GraphQL request of the token", send(local, http.MethodPost, gql, heavy, viewerQuery), true)
	refused("CSV export of the token", send(local, http.MethodGet, csv, heavy, ""), false)
	// Refused before its body is read: a server that read it first would wait for the rest.
	// (Declared larger than what net/http drains after a handler by itself, 256 KiB.)
	unsent := rawRequest(t, s.URL, "127.0.0.1", fmt.Sprintf(
		"POST /export/compare.csv HTTP/1.1\r\nHost: shegong\r\nAuthorization: Bearer %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n[",
		heavy, server.DefaultMaxBodyBytes-1))
	if got := status(unsent, 30*time.Second); !strings.Contains(got, "429") {
		t.Errorf("the token's request with its body still to come: %q, want 429 at once", got)
	}

	// Another token, and an anonymous client from the same address (counted by address, not
	// by the token), are served meanwhile.
	if a := send(local, http.MethodPost, gql, other, viewerQuery); a.status != http.StatusOK || !strings.Contains(a.body, "researcher") {
		t.Errorf("another token while the first is at its cap: HTTP %d %v %s", a.status, a.err, a.body)
	}
	if a := send(local, http.MethodPost, gql, "", viewerQuery); a.status != http.StatusOK || !strings.Contains(a.body, "anonymous") {
		t.Errorf("anonymous client on the same address while the token is at its cap: HTTP %d %v %s", a.status, a.err, a.body)
	}

	// The slow request's body arrives: it is answered and gives its slot back, and the token's
	// next request is served while the compare still waits.
	if _, err := io.WriteString(slow, viewerQuery); err != nil {
		t.Fatal(err)
	}
	if got := status(slow, 30*time.Second); !strings.Contains(got, "200") {
		t.Fatalf("the held request once its body arrived: %q, want 200", got)
	}
	waitInFlight(1)
	if a := send(local, http.MethodPost, gql, heavy, viewerQuery); a.status != http.StatusOK || !strings.Contains(a.body, "researcher") {
		t.Errorf("the token's next request once one has answered: HTTP %d %v %s", a.status, a.err, a.body)
	}
	select {
	case a := <-held:
		t.Fatalf("the compare answered while Shenzhen's plugin was stopped: HTTP %d %v %s", a.status, a.err, a.body)
	default:
	}

	// Anonymous clients are capped per address.
	var anon []net.Conn
	for range perClient {
		anon = append(anon, rawRequest(t, s.URL, "127.0.0.2", fmt.Sprintf(
			"POST /graphql HTTP/1.1\r\nHost: shegong\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n", len(viewerQuery))))
	}
	waitInFlight(1 + perClient)
	refused("anonymous request over its address's cap", send(from("127.0.0.2"), http.MethodPost, gql, "", viewerQuery), true)
	if a := send(from("127.0.0.3"), http.MethodPost, gql, "", viewerQuery); a.status != http.StatusOK {
		t.Errorf("anonymous client of another address: HTTP %d %v %s", a.status, a.err, a.body)
	}
	for _, c := range anon {
		if _, err := io.WriteString(c, viewerQuery); err != nil {
			t.Fatal(err)
		}
		if got := status(c, 30*time.Second); !strings.Contains(got, "200") {
			t.Errorf("held anonymous request once its body arrived: %q, want 200", got)
		}
	}

	// Shenzhen's plugin continues: the compare is answered.
	if err := syscall.Kill(pid, syscall.SIGCONT); err != nil {
		t.Fatal(err)
	}
	if a := <-held; a.err != nil || a.status != http.StatusOK || !strings.Contains(a.body, `"shenzhen"`) {
		t.Errorf("the held compare once the plugin continued: HTTP %d %v %s", a.status, a.err, a.body)
	}
	waitInFlight(0)

	fams, _ := scrapeWith(t, scraper, s.URL+metrics.Path)
	if got := sum(fams, "shegong_limit_refusals_total", map[string]string{"reason": metrics.RefusedInFlight}); got != 4 {
		t.Errorf("shegong_limit_refusals_total{reason=%q} = %v, want 4", metrics.RefusedInFlight, got)
	}
	for _, secret := range []string{heavy, other} {
		if strings.Contains(logs.String(), secret) {
			t.Error("the server log holds a token")
		}
	}
}
