package e2e

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/auditlog"
	"github.com/shegong/shegong/ent/region"
	"github.com/shegong/shegong/graph"
	"github.com/shegong/shegong/graph/server"
	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/requestid"
	"github.com/shegong/shegong/internal/testdb"
)

// tcpProxy forwards loopback connections to a PostgreSQL server. cut makes the server
// unreachable as a crashed or restarting database is: the listener closes (new connections
// are refused) and every open connection is reset; restore listens again on the same port.
type tcpProxy struct {
	target, addr string
	mu           sync.Mutex
	ln           net.Listener
	conns        map[net.Conn]bool
}

// startBehindProxy starts a server whose PostgreSQL database is reached through a loopback
// proxy that the test can cut and restore; direct is the database's own URL.
func startBehindProxy(t *testing.T) (s *apptest.Server, proxy *tcpProxy, direct string) {
	t.Helper()
	direct = testdb.URL(t, testdb.Postgres)
	u, err := url.Parse(direct)
	if err != nil {
		t.Fatal(err)
	}
	proxy = startProxy(t, u.Host)
	u.Host = proxy.addr
	return apptest.Start(t, apptest.Options{DatabaseURL: u.String()}), proxy, direct
}
func startProxy(t *testing.T, target string) *tcpProxy {
	p := &tcpProxy{target: target, addr: "127.0.0.1:0", conns: map[net.Conn]bool{}}
	p.restore(t)
	t.Cleanup(p.cut)
	return p
}

func (p *tcpProxy) restore(t *testing.T) {
	t.Helper()
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		t.Fatalf("proxy: listen: %v", err)
	}
	p.mu.Lock()
	p.ln, p.addr = ln, ln.Addr().String()
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go p.pipe(c)
		}
	}()
}

func (p *tcpProxy) pipe(client net.Conn) {
	server, err := net.Dial("tcp", p.target)
	if err != nil {
		_ = client.Close()
		return
	}
	p.mu.Lock()
	p.conns[client], p.conns[server] = true, true
	p.mu.Unlock()
	go func() { _, _ = io.Copy(server, client); _ = server.Close() }()
	_, _ = io.Copy(client, server)
	_ = client.Close()
}

func (p *tcpProxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		_ = p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		if tc, ok := c.(*net.TCPConn); ok {
			_ = tc.SetLinger(0) // close with RST: the peer sees "connection reset"
		}
		_ = c.Close()
		delete(p.conns, c)
	}
}

// answer is one HTTP exchange with /graphql.
type answer struct {
	status     int
	retryAfter string
	requestID  string
	errors     []struct {
		Message    string
		Extensions map[string]any
	}
}

func gqlPost(t *testing.T, base, token, query string) answer {
	t.Helper()
	a, err := do(base, token, query)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func do(base, token, query string) (answer, error) {
	body, _ := json.Marshal(map[string]any{"query": query})
	status, header, raw, err := postBody(base+"/graphql", token, string(body))
	if err != nil {
		return answer{}, err
	}
	a := answer{status: status, retryAfter: header.Get("Retry-After"), requestID: header.Get(requestid.Header)}
	if err := json.Unmarshal(raw, &struct {
		Errors *[]struct {
			Message    string
			Extensions map[string]any
		}
	}{&a.errors}); err != nil {
		return a, fmt.Errorf("answer (HTTP %d) is not JSON: %s", status, raw)
	}
	return a, nil
}

// unavailable reports whether a is a 503 UNAVAILABLE with Retry-After and the request id.
func (a answer) unavailable() error {
	if a.status != http.StatusServiceUnavailable || a.retryAfter == "" || len(a.errors) == 0 {
		return fmt.Errorf("HTTP %d, Retry-After %q, %d errors", a.status, a.retryAfter, len(a.errors))
	}
	for _, e := range a.errors {
		if e.Extensions["code"] != "UNAVAILABLE" || a.requestID == "" || e.Extensions["requestId"] != a.requestID {
			return fmt.Errorf("error %q %v, request id %q", e.Message, e.Extensions, a.requestID)
		}
	}
	return nil
}

// TestDatabaseOutage: with PostgreSQL unreachable (every connection reset, new ones refused),
// queries and mutations — anonymous or authenticated — answer 503 UNAVAILABLE with
// Retry-After and the request id, while what needs no database still answers; once it is
// back the same server recovers. Writers keep writing throughout, through terminated sessions
// and the cut: every acknowledged write is stored with its audit entry, every stored write has
// one (they commit together), no write made while the database was unreachable is stored,
// and an unacknowledged write that is stored (its COMMIT raced the cut) was answered so.
func TestDatabaseOutage(t *testing.T) {
	s, proxy, dbURL := startBehindProxy(t)
	admin := s.Token(t, auth.Admin, "", "outage admin")
	create := func(n int) string {
		return fmt.Sprintf(`mutation { createRegion(input: {code: "outage%d", nameZh: "断连测试%d", nameEn: "Outage", level: CITY, adminCode: "7%05d"}) { id } }`, n, n, n)
	}

	type write struct {
		n                int
		acked, duringCut bool
		// uncertain: the answer said the COMMIT may have been stored.
		uncertain bool
	}
	var (
		mu      sync.Mutex
		writes  []write
		cutAt   time.Time
		backAt  time.Time
		seq     int
		stop    = make(chan struct{})
		writers sync.WaitGroup
	)
	for range 2 {
		writers.Add(1)
		go func() {
			defer writers.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				mu.Lock()
				seq++
				n := seq
				mu.Unlock()
				started := time.Now()
				a, err := do(s.URL, admin, create(n))
				ended := time.Now()
				if err != nil {
					t.Errorf("write %d: %v", n, err)
					return
				}
				mu.Lock()
				during := !cutAt.IsZero() && started.After(cutAt) && (backAt.IsZero() || ended.Before(backAt))
				uncertain := len(a.errors) == 1 && strings.Contains(a.errors[0].Message, "may or may not be stored")
				writes = append(writes, write{n: n, acked: a.status == http.StatusOK && len(a.errors) == 0, duringCut: during, uncertain: uncertain})
				mu.Unlock()
				if a.status == http.StatusServiceUnavailable && a.unavailable() != nil || a.status != http.StatusOK && a.status != http.StatusServiceUnavailable {
					t.Errorf("write %d: HTTP %d %+v", n, a.status, a.errors)
				}
				time.Sleep(5 * time.Millisecond)
			}
		}()
	}

	time.Sleep(200 * time.Millisecond)
	// An administrator terminates the server's sessions (SQLSTATE 57P01, as in a restart):
	// the writers' requests on them answer ok or UNAVAILABLE, never INTERNAL.
	pg, err := sql.Open("postgres", dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	for range 3 {
		if _, err := pg.Exec(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`); err != nil {
			t.Fatalf("terminate sessions: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
	mu.Lock()
	proxy.cut()
	cutAt = time.Now()
	mu.Unlock()
	time.Sleep(100 * time.Millisecond)

	for name, c := range map[string]struct{ token, query string }{
		"anonymous query":        {"", `{ regions(first: 3) { totalCount edges { node { code } } } }`},
		"anonymous mutation":     {"", create(99990)},
		"authenticated query":    {admin, `{ auditLogs(first: 1) { totalCount } }`},
		"authenticated mutation": {admin, create(99991)},
	} {
		if err := gqlPost(t, s.URL, c.token, c.query).unavailable(); err != nil {
			t.Errorf("%s during the outage: want 503 UNAVAILABLE with Retry-After and the request id: %v", name, err)
		}
	}
	// What needs no database still answers.
	for _, q := range []string{
		`{ plugins { region state } }`,
		`{ evaluate(region: "zhuzhou", asOf: "2023-06-01", subject: {worker: {age: 30, education: BACHELOR}}) { status } }`,
		`{ compare(regions: ["hunan", "shenzhen"], asOf: "2023-06-01", subject: {worker: {age: 30}}) { status } }`,
	} {
		if a := gqlPost(t, s.URL, "", q); a.status != http.StatusOK || len(a.errors) > 0 {
			t.Errorf("%s during the outage: HTTP %d %+v", q, a.status, a.errors)
		}
	}
	if secs, err := strconv.Atoi(gqlPost(t, s.URL, "", create(99992)).retryAfter); err != nil || secs < 1 {
		t.Errorf("Retry-After %d (%v): want whole seconds", secs, err)
	}

	time.Sleep(300 * time.Millisecond)
	mu.Lock()
	proxy.restore(t)
	backAt = time.Now()
	mu.Unlock()
	// Connections broken by the outage may fail a first request or two; then it serves.
	deadline := time.Now().Add(20 * time.Second)
	for {
		a := gqlPost(t, s.URL, admin, `{ regions(first: 1) { totalCount } }`)
		if a.status == http.StatusOK && len(a.errors) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no recovery 20 s after the database came back: HTTP %d %+v", a.status, a.errors)
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
	close(stop)
	writers.Wait()
	for i := range 3 {
		if a := gqlPost(t, s.URL, admin, create(99000+i)); a.status != http.StatusOK || len(a.errors) > 0 {
			t.Errorf("write after recovery: HTTP %d %+v", a.status, a.errors)
		}
	}

	ctx := auth.System(context.Background())
	c := s.App.DB.Client
	// The two anonymous mutations refused during the outage are audited once the database
	// is back, with the time they were refused.
	for wait := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		entries := c.AuditLog.Query().Where(auditlog.ActorEQ("anonymous"), auditlog.ActionEQ("createRegion")).AllX(ctx)
		if len(entries) < 2 && time.Now().Before(wait) {
			continue
		}
		if len(entries) != 2 {
			t.Errorf("%d entries of the anonymous mutations refused during the outage, want 2", len(entries))
		}
		for _, e := range entries {
			if e.Outcome != auditlog.OutcomeError || e.Message != "UNAVAILABLE" || e.Time.Before(cutAt) || e.Time.After(backAt) {
				t.Errorf("entry of a refused anonymous mutation: %v, want outcome error, UNAVAILABLE, between %v and %v", e, cutAt, backAt)
			}
		}
		break
	}
	// A write whose COMMIT reached the database just before its connection was reset may be
	// stored although unacknowledged: its answer must say so.
	acked, refused, inFlight := 0, 0, 0
	for _, w := range writes {
		code := fmt.Sprintf("outage%d", w.n)
		r, err := c.Region.Query().Where(region.Code(code)).Only(ctx)
		stored := err == nil
		if err != nil && !ent.IsNotFound(err) {
			t.Fatalf("read %s: %v", code, err)
		}
		switch {
		case w.acked && !stored:
			t.Errorf("write %d was acknowledged but is not stored", w.n)
		case w.duringCut && stored:
			t.Errorf("write %d was made while the database was unreachable, yet it is stored", w.n)
		case w.duringCut && w.acked:
			t.Errorf("write %d was acknowledged while the database was unreachable", w.n)
		}
		if w.acked {
			acked++
		} else {
			refused++
		}
		if stored && !w.acked {
			inFlight++
			if !w.uncertain {
				t.Errorf("write %d is stored although its answer said it was not", w.n)
			}
		}
		if stored {
			n := c.AuditLog.Query().Where(auditlog.ActionEQ("createRegion"), auditlog.OutcomeEQ(auditlog.OutcomeOk),
				auditlog.EntityIDEQ(r.ID)).CountX(ctx)
			if n != 1 {
				t.Errorf("stored write %d has %d ok audit entries, want 1", w.n, n)
			}
		}
	}
	if acked == 0 || refused == 0 {
		t.Errorf("writers made %d acknowledged and %d refused writes: the outage was not exercised", acked, refused)
	}
	t.Logf("%d writes: %d acknowledged, %d refused (%d of them in flight at the cut and stored)", len(writes), acked, refused, inFlight)
}

// TestReloadPluginNeedsItsAuditEntry: a plugin restart cannot be rolled back, so reloadPlugin
// writes its audit entry first: with the database unreachable (and the caller authenticated
// without it), it answers 503 UNAVAILABLE and the plugin keeps running as it was.
func TestReloadPluginNeedsItsAuditEntry(t *testing.T) {
	s, proxy, _ := startBehindProxy(t)
	admin := func(context.Context, string) (*auth.Viewer, error) {
		return &auth.Viewer{Role: auth.Admin, Label: "reload admin", TokenID: 1}, nil
	}
	ts := httptest.NewServer(server.New(server.Options{Client: s.App.DB.Client, Logger: testdb.Logger(),
		Authenticate: admin, Resolver: graph.Config{Evaluator: s.App.Evaluator}}))
	t.Cleanup(ts.Close)
	pid := func() int {
		for _, st := range s.Host.Status() {
			if st.Region == "hunan" {
				return st.PID
			}
		}
		t.Fatal("no status of hunan")
		return 0
	}
	before := pid()
	proxy.cut()
	if err := gqlPost(t, ts.URL, "any", `mutation { reloadPlugin(region: "hunan") { state } }`).unavailable(); err != nil {
		t.Errorf("reloadPlugin with the database unreachable: want 503 UNAVAILABLE: %v", err)
	}
	if after := pid(); after != before {
		t.Errorf("the plugin was restarted (pid %d → %d) although its audit entry could not be written", before, after)
	}
}
