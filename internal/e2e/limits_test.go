package e2e

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/shegong/shegong/graph"
	"github.com/shegong/shegong/graph/server"
	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/auth"
	evalpkg "github.com/shegong/shegong/internal/evaluate"
	"github.com/shegong/shegong/internal/gqltest"
	"github.com/shegong/shegong/internal/metrics"
	"github.com/shegong/shegong/internal/testdb"
)

// scenarios is a compareBatch variable of n worker scenarios.
func scenarios(n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = map[string]any{"name": fmt.Sprint("s", i), "subject": map[string]any{"worker": map[string]any{"age": 30 + i%20}}}
	}
	return out
}

// projectScenarios is a compareBatch variable of n project scenarios as a researcher writes
// them: a domain, posts and budget lines — about 200 bytes of JSON each.
func projectScenarios(n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = map[string]any{"name": fmt.Sprintf("社会救助 %d 人 / social assistance, scenario %d", 5+i%10, i),
			"subject": map[string]any{"project": map[string]any{
				"domain": "社会救助", "headcount": 5 + i%10, "professionalPosts": 4,
				"budget": []any{
					map[string]any{"category": "LABOR", "amount": fmt.Sprintf("%d.00", 600000+i)},
					map[string]any{"category": "SUPERVISION", "amount": "80000.00"},
				}}}}
	}
	return out
}

// aliases repeats field n times under the aliases a0, a1 …
func aliases(n int, field string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, " a%d: %s", i, field)
	}
	return b.String()
}

const batchField = `compareBatch(scenarios: $s) { name evaluations { status } }`

// TestEvaluationBudget: an operation's evaluations (subject × region, summed over every field
// and alias) are budgeted by role before anything runs. The alias attack — 20 compareBatch
// aliases over one 10,000-scenario variable — is refused with LIMIT_EXCEEDED naming the limit,
// and no plugin is asked; exactly at each role's budget the operation runs; one over, it is
// refused, anonymous far below a token.
func TestEvaluationBudget(t *testing.T) {
	s := apptest.Start(t, apptest.Options{Kind: testdb.SQLite})
	regions := len(s.App.Evaluator.Regions())
	if evalpkg.AnonymousBudget%regions != 0 || evalpkg.TokenBudget != graph.MaxScenarios*regions {
		t.Fatalf("the cases below assume budgets that are multiples of the %d regions", regions)
	}
	researcher := s.As(s.Token(t, auth.Researcher, "", "budget"))
	vars := func(n int) map[string]any { return map[string]any{"s": scenarios(n)} }
	batchQuery := func(n int) string { return `query($s: [ScenarioInput!]!) {` + aliases(n, batchField) + ` }` }

	refused := func(name string, gq *gqltest.Client, query string, v map[string]any, limit, requested int) {
		t.Helper()
		before := s.App.Evaluator.Batches()
		start := time.Now()
		r := gq.Do(t, query, v)
		took := time.Since(start)
		if len(r.Errors) != 1 || r.Errors[0].Code() != "LIMIT_EXCEEDED" ||
			r.Errors[0].Extensions["limitName"] != "evaluations" ||
			r.Errors[0].Extensions["limit"] != float64(limit) || r.Errors[0].Extensions["requested"] != float64(requested) ||
			!strings.Contains(r.Errors[0].Message, fmt.Sprint(limit)) {
			t.Errorf("%s: want LIMIT_EXCEEDED evaluations limit %d requested %d, got %s", name, limit, requested, r.ErrorString())
		}
		if after := s.App.Evaluator.Batches(); after != before {
			t.Errorf("%s: refused, yet %d evaluation batches were sent to the plugins", name, after-before)
		}
		t.Logf("%s: refused in %s", name, took.Round(time.Millisecond))
	}
	served := func(name string, gq *gqltest.Client, query string, v map[string]any) {
		t.Helper()
		before := s.App.Evaluator.Batches()
		r := gq.Do(t, query, v)
		if len(r.Errors) > 0 {
			t.Errorf("%s: %s", name, r.ErrorString())
		}
		if s.App.Evaluator.Batches() == before {
			t.Errorf("%s: served without asking a plugin", name)
		}
	}

	anonAtLimit := evalpkg.AnonymousBudget / regions // scenarios under every region
	// The alias attack of the issue, anonymous and with a token: refused before evaluating.
	refused("20 aliases × 10,000 scenarios, anonymous", s.GQL, batchQuery(20), vars(graph.MaxScenarios),
		evalpkg.AnonymousBudget, 20*graph.MaxScenarios*regions)
	refused("20 aliases × 10,000 scenarios, researcher", researcher, batchQuery(20), vars(graph.MaxScenarios),
		evalpkg.TokenBudget, 20*graph.MaxScenarios*regions)
	// 1,000 aliases of compare.
	refused("1,000 compare aliases, anonymous", s.GQL,
		`{`+aliases(1000, `compare(subject: {worker: {age: 30}}) { status }`)+` }`, nil,
		evalpkg.AnonymousBudget, 1000*regions)

	// Anonymous: exactly the budget, summed over fields, runs; one more evaluation does not.
	mixed := `query($s: [ScenarioInput!]!) { b: ` + batchField +
		` c: compare(subject: {worker: {age: 41}}) { status } %s }`
	served("anonymous at the budget (compareBatch + compare)", s.GQL, fmt.Sprintf(mixed, ""), vars(anonAtLimit-1))
	refused("anonymous one over (… + evaluate)", s.GQL,
		fmt.Sprintf(mixed, `e: evaluate(region: "zhuzhou", subject: {worker: {age: 41}}) { status }`), vars(anonAtLimit-1),
		evalpkg.AnonymousBudget, evalpkg.AnonymousBudget+1)
	// The same response key asked twice runs once, and is counted once.
	served("anonymous at the budget, one field asked twice", s.GQL,
		`query($s: [ScenarioInput!]!) { x: `+batchField+` x: `+batchField+` }`, vars(anonAtLimit))
	refused("anonymous one scenario over", s.GQL, batchQuery(1), vars(anonAtLimit+1),
		evalpkg.AnonymousBudget, evalpkg.AnonymousBudget+regions)
	// @skip: what does not run is not counted.
	served("anonymous: a skipped alias is free", s.GQL,
		`query($s: [ScenarioInput!]!) { a: `+batchField+` b: compareBatch(scenarios: $s) @skip(if: true) { name } }`, vars(anonAtLimit))

	// A token: the largest compareBatch under every region is exactly its budget, and its
	// body, over the anonymous cap, fits under a token's.
	largest := map[string]any{"s": projectScenarios(graph.MaxScenarios)}
	if b, _ := json.Marshal(largest); len(b) <= server.DefaultMaxBodyBytes || len(b) > server.DefaultMaxTokenBodyBytes {
		t.Fatalf("the largest batch is %d bytes: want it between the anonymous and the token cap", len(b))
	}
	served("researcher at the budget", researcher, batchQuery(1), largest)
	refused("researcher one over", researcher,
		`query($s: [ScenarioInput!]!) {`+aliases(1, batchField)+` e: evaluate(region: "shenzhen", subject: {worker: {age: 30}}) { status } }`,
		vars(graph.MaxScenarios), evalpkg.TokenBudget, evalpkg.TokenBudget+1)

	// The CSV export spends the same budget: scenarios × regions.
	export := func(n int) (int, string) {
		var b strings.Builder
		b.WriteString("scenarios:\n")
		for i := range n {
			fmt.Fprintf(&b, "  - name: s%d\n    subject: {worker: {age: 30}}\n", i)
		}
		resp, err := http.Post(s.URL+"/export/compare.csv", "application/yaml", strings.NewReader(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	if code, body := export(anonAtLimit); code != http.StatusOK {
		t.Errorf("anonymous export at the budget: HTTP %d %.300s", code, body)
	}
	before := s.App.Evaluator.Batches()
	if code, body := export(anonAtLimit + 1); code != http.StatusBadRequest || !strings.Contains(body, `"LIMIT_EXCEEDED"`) ||
		!strings.Contains(body, fmt.Sprint(evalpkg.AnonymousBudget)) {
		t.Errorf("anonymous export one scenario over: HTTP %d %.300s", code, body)
	}
	if s.App.Evaluator.Batches() != before {
		t.Error("refused export asked the plugins")
	}
}

// TestMalformedRequests: every malformed request to /graphql is answered with a code and the
// HTTP status it deserves — never INTERNAL, never a panic in the log.
func TestMalformedRequests(t *testing.T) {
	var logs syncBuffer
	s := apptest.Start(t, apptest.Options{Kind: testdb.SQLite,
		Logger: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	deep := strings.Repeat("[", 10001) + strings.Repeat("]", 10001)
	const q = `{ viewer { role } }`
	for _, c := range []struct {
		name, method, contentType, query, body string
		status                                 int
		code, field                            string
	}{
		{"empty body", "POST", "application/json", "", "", 400, "BAD_USER_INPUT", "body"},
		{"array", "POST", "application/json", "", "[]", 400, "BAD_USER_INPUT", "body"},
		{"null", "POST", "application/json", "", "null", 400, "BAD_USER_INPUT", "body"},
		{"number", "POST", "application/json", "", "42", 400, "BAD_USER_INPUT", "body"},
		{"string", "POST", "application/json", "", `"{ viewer { role } }"`, 400, "BAD_USER_INPUT", "body"},
		{"truncated JSON", "POST", "application/json", "", `{"query": "{ viewer`, 400, "BAD_USER_INPUT", "body"},
		{"two JSON values", "POST", "application/json", "", `{"query": "` + q + `"} {}`, 400, "BAD_USER_INPUT", "body"},
		{"variables a string", "POST", "application/json", "", `{"query": "` + q + `", "variables": "x"}`, 400, "BAD_USER_INPUT", "variables"},
		{"variables an array", "POST", "application/json", "", `{"query": "` + q + `", "variables": [1]}`, 400, "BAD_USER_INPUT", "variables"},
		{"extensions a number", "POST", "application/json", "", `{"query": "` + q + `", "extensions": 1}`, 400, "BAD_USER_INPUT", "extensions"},
		{"query a number", "POST", "application/json", "", `{"query": 5}`, 400, "BAD_USER_INPUT", "query"},
		{"operationName a number", "POST", "application/json", "", `{"query": "` + q + `", "operationName": 5}`, 400, "BAD_USER_INPUT", "operationName"},
		{"unknown operationName", "POST", "application/json", "", `{"query": "` + q + `", "operationName": "nope"}`, 400, "BAD_USER_INPUT", ""},
		{"variables nested 10,001 deep", "POST", "application/json", "", `{"query": "` + q + `", "variables": {"v": ` + deep + `}}`, 400, "BAD_USER_INPUT", "body"},
		{"query nested 10,001 deep", "POST", "application/json", "", `{"query": "` + strings.Repeat("{a", 10001) + `"}`, 400, "BAD_USER_INPUT", ""},
		{"no query", "POST", "application/json", "", `{}`, 400, "BAD_USER_INPUT", ""},
		{"persisted query hash mismatch", "POST", "application/json", "",
			`{"query": "` + q + `", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "0000"}}}`, 400, "BAD_USER_INPUT", "extensions.persistedQuery"},
		{"persisted query version 2", "POST", "application/json", "",
			`{"query": "` + q + `", "extensions": {"persistedQuery": {"version": 2, "sha256Hash": "0000"}}}`, 400, "BAD_USER_INPUT", "extensions.persistedQuery"},
		{"persisted query not a map", "POST", "application/json", "",
			`{"query": "` + q + `", "extensions": {"persistedQuery": 7}}`, 400, "BAD_USER_INPUT", "extensions.persistedQuery"},
		{"unknown persisted query", "POST", "application/json", "",
			`{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "0000"}}}`, 200, "PERSISTED_QUERY_NOT_FOUND", ""},
		{"GET mutation", "GET", "", "query=" + url.QueryEscape(`mutation { reloadPlugin(region: "hunan") { region } }`), "", 405, "BAD_USER_INPUT", ""},
		{"GET variables not an object", "GET", "", "query=" + url.QueryEscape(q) + "&variables=5", "", 400, "BAD_USER_INPUT", "variables"},
		{"GET without a query", "GET", "", "", "", 400, "BAD_USER_INPUT", ""},
		{"text/plain", "POST", "text/plain", "", `{"query": "` + q + `"}`, 415, "BAD_USER_INPUT", "Content-Type"},
		{"form post", "POST", "application/x-www-form-urlencoded", "", "query=" + url.QueryEscape(q), 415, "BAD_USER_INPUT", "Content-Type"},
		{"multipart form", "POST", "multipart/form-data; boundary=x", "", "--x--", 415, "BAD_USER_INPUT", "Content-Type"},
		{"no content type", "POST", "", "", `{"query": "` + q + `"}`, 415, "BAD_USER_INPUT", "Content-Type"},
		{"PUT", "PUT", "application/json", "", `{"query": "` + q + `"}`, 405, "BAD_USER_INPUT", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			target := s.GQL.URL
			if c.query != "" {
				target += "?" + c.query
			}
			req, err := http.NewRequest(c.method, target, strings.NewReader(c.body))
			if err != nil {
				t.Fatal(err)
			}
			if c.contentType != "" {
				req.Header.Set("Content-Type", c.contentType)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var r gqltest.Response
			if err := jsonDecode(resp.Body, &r); err != nil {
				t.Fatalf("HTTP %d: body is not a GraphQL response: %v", resp.StatusCode, err)
			}
			if resp.StatusCode != c.status || len(r.Errors) != 1 || r.Errors[0].Code() != c.code || r.Errors[0].Field() != c.field {
				t.Errorf("HTTP %d %s, want HTTP %d %s field %q", resp.StatusCode, r.ErrorString(), c.status, c.code, c.field)
			}
		})
	}
	if out := logs.String(); strings.Contains(out, "panic") || strings.Contains(out, "internal error in GraphQL") || strings.Contains(out, "answered as INTERNAL") {
		t.Errorf("the server log has a panic or an internal error:\n%s", out)
	}
}

func jsonDecode(r io.Reader, v any) error { return json.NewDecoder(r).Decode(v) }

// rawRequest opens a connection to the server at base (from local, when set) and writes head.
func rawRequest(t *testing.T, base, local, head string) net.Conn {
	t.Helper()
	d := net.Dialer{Timeout: 5 * time.Second}
	if local != "" {
		d.LocalAddr = &net.TCPAddr{IP: net.ParseIP(local)}
	}
	c, err := d.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	if head != "" {
		if _, err := io.WriteString(c, head); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// status reads the status line of the answer on c, waiting at most wait; "" when the
// connection ended or the wait ran out first.
func status(c net.Conn, wait time.Duration) string {
	_ = c.SetReadDeadline(time.Now().Add(wait))
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return ""
	}
	return strings.TrimSpace(line)
}

// TestSlowClients: a body that trickles in is cut at the read timeout; one address cannot
// hold more than its share of connections while others are served; the rate limit refuses a
// request before its body is read.
func TestSlowClients(t *testing.T) {
	post := func(length int) string {
		return fmt.Sprintf("POST /graphql HTTP/1.1\r\nHost: shegong\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", length)
	}
	// The waits below are generous: without each limit the connection would still be
	// waiting when they run out.
	const wait = 20 * time.Second

	t.Run("slow body is cut at the read timeout", func(t *testing.T) {
		const timeout = time.Second
		s := apptest.Start(t, apptest.Options{Kind: testdb.SQLite, ReadTimeout: timeout})
		c := rawRequest(t, s.URL, "", post(100000)+`{"query": "`)
		go func() { // one byte every 100 ms: the whole body would take hours
			for {
				time.Sleep(100 * time.Millisecond)
				if _, err := c.Write([]byte(" ")); err != nil {
					return
				}
			}
		}()
		start := time.Now()
		got := status(c, wait)
		if !strings.Contains(got, "408") { // LIMIT_EXCEEDED in the body
			t.Fatalf("slow body: got %q after %s, want 408 after the %s read timeout", got, time.Since(start), timeout)
		}
		if took := time.Since(start); took < timeout/2 {
			t.Errorf("cut after %s, before the %s timeout", took, timeout)
		}
	})

	t.Run("connections per IP", func(t *testing.T) {
		const perIP = 3
		s := apptest.Start(t, apptest.Options{Kind: testdb.SQLite, MaxConnsPerIP: perIP})
		held := make([]net.Conn, perIP)
		for i := range held {
			held[i] = rawRequest(t, s.URL, "127.0.0.1", "")
		}
		// Accepted in order, the held ones first.
		over := rawRequest(t, s.URL, "127.0.0.1", "")
		_ = over.SetReadDeadline(time.Now().Add(wait))
		if got, _ := io.ReadAll(over); !strings.HasPrefix(string(got), "HTTP/1.1 429") ||
			!strings.Contains(string(got), `"limitName":"`+metrics.RefusedConnections+`"`) {
			t.Errorf("connection %d from one address: got %q, want 429 naming its limit, and closed", perIP+1, got)
		}
		// Another address is served meanwhile.
		other := rawRequest(t, s.URL, "127.0.0.2", "GET /healthz HTTP/1.1\r\nHost: shegong\r\n\r\n")
		if got := status(other, wait); !strings.Contains(got, "200") {
			t.Errorf("another address while the first is at its limit: got %q, want 200", got)
		}
		// A closed connection frees its slot.
		_ = held[0].Close()
		deadline := time.Now().Add(wait)
		for {
			c := rawRequest(t, s.URL, "127.0.0.1", "GET /healthz HTTP/1.1\r\nHost: shegong\r\n\r\n")
			got := status(c, wait)
			_ = c.Close()
			if strings.Contains(got, "200") {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("after closing one connection: got %q, want 200", got)
			}
			time.Sleep(50 * time.Millisecond) // the server notices the close asynchronously
		}
		// From another loopback address: 127.0.0.1 may still be at its limit while the server
		// notices the closes.
		other2 := &http.Client{Transport: &http.Transport{DialContext: (&net.Dialer{
			LocalAddr: &net.TCPAddr{IP: net.ParseIP("127.0.0.2")}}).DialContext}}
		if fams, _ := scrapeWith(t, other2, s.URL+metrics.Path); sum(fams, "shegong_limit_refusals_total", map[string]string{"reason": metrics.RefusedConnections}) < 1 {
			t.Errorf("the refused connection is not counted in shegong_limit_refusals_total")
		}
	})

	t.Run("rate limit before the body", func(t *testing.T) {
		s := apptest.Start(t, apptest.Options{Kind: testdb.SQLite, Rate: server.Rate{PerSecond: 0.01, Burst: 1}})
		if r := s.GQL.Do(t, `{ viewer { role } }`, nil); len(r.Errors) > 0 {
			t.Fatal(r.ErrorString())
		}
		// Under the body cap, declared in full, but only its first bytes ever sent: a server
		// that read the body before limiting would wait for the rest.
		c := rawRequest(t, s.URL, "", post(server.DefaultMaxBodyBytes-1)+`{"query": "`)
		if got := status(c, wait); !strings.Contains(got, "429") {
			t.Errorf("rate-limited client with a body still to come: got %q, want 429 at once", got)
		}
		if fams, _ := scrape(t, s.URL+metrics.Path); sum(fams, "shegong_limit_refusals_total", map[string]string{"reason": metrics.RefusedRateIP}) != 1 {
			t.Errorf("the rate-limited request is not counted once in shegong_limit_refusals_total")
		}
	})
}
