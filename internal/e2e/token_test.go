package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"github.com/shegong/shegong/graph/server"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/shegong/shegong/ent/apitoken"
	"github.com/shegong/shegong/ent/auditlog"
	"github.com/shegong/shegong/internal/app"
	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/testdb"
)

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// post sends a GraphQL query with an optional bearer token and returns the raw answer.
func post(t *testing.T, url, token, query string) (int, http.Header, string) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	status, header, raw, err := postBody(url, token, string(body))
	if err != nil {
		t.Fatal(err)
	}
	return status, header, string(raw)
}

// postBody posts a JSON body as it is, with an optional bearer token, and returns the answer.
// It reports failure as an error, so writers running in goroutines can use it.
func postBody(url, token, body string) (int, http.Header, []byte, error) {
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		return 0, nil, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil, nil, fmt.Errorf("post: %w", err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, raw, err
}

// TestTokens: revoked and expired tokens are refused from the next request on, with 401
// UNAUTHENTICATED; no token ever reaches the log; token changes are audited.
func TestTokens(t *testing.T) {
	var logs syncBuffer
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	var first bytes.Buffer
	s := apptest.Start(t, apptest.Options{Kind: testdb.SQLite, Plugins: app.PluginsInProcess, Logger: logger, FirstToken: &first})
	url := s.GQL.URL
	admin := s.Token(t, auth.Admin, "", "token test admin")
	var secrets []string
	secrets = append(secrets, admin, strings.TrimSpace(first.String()[strings.Index(first.String(), "sgt_"):][:47]))

	// An admin creates an operator token over GraphQL; it works at once.
	var created struct {
		CreateApiToken struct {
			Token    string
			APIToken struct{ ID, Label, Role string } `json:"apiToken"`
		}
	}
	s.As(admin).MustData(t, `mutation { createApiToken(input: {label: "hunan desk", role: region_operator, region: "hunan"}) { token apiToken { id label role } } }`, nil, &created)
	op := created.CreateApiToken.Token
	secrets = append(secrets, op)
	if err := auth.CheckFormat(op); err != nil {
		t.Fatalf("token %q: %v", op, err)
	}
	var v struct {
		Viewer struct{ Role, Label, Region string }
	}
	s.As(op).MustData(t, `{ viewer { role label region } }`, nil, &v)
	if v.Viewer.Role != "region_operator" || v.Viewer.Region != "hunan" || v.Viewer.Label != "hunan desk" {
		t.Errorf("viewer: %+v", v.Viewer)
	}
	// Revoked: the very next request is refused.
	s.As(admin).MustData(t, `mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, map[string]any{"id": created.CreateApiToken.APIToken.ID}, nil)
	code, hdr, body := post(t, url, op, `{ viewer { role } }`)
	if code != http.StatusUnauthorized || !strings.Contains(body, `"UNAUTHENTICATED"`) || !strings.Contains(body, "revoked") || hdr.Get("WWW-Authenticate") == "" {
		t.Errorf("revoked token: HTTP %d %s", code, body)
	}
	// Expired.
	exp := s.Token(t, auth.Researcher, "", "short lived")
	secrets = append(secrets, exp)
	ctx := auth.System(context.Background())
	s.App.DB.Client.ApiToken.Update().Where(apitoken.LabelEQ("short lived")).SetExpiresAt(time.Now().Add(-time.Second)).ExecX(ctx)
	if code, _, body := post(t, url, exp, `{ viewer { role } }`); code != http.StatusUnauthorized || !strings.Contains(body, "expired") {
		t.Errorf("expired token: HTTP %d %s", code, body)
	}
	// Malformed, unknown, or not a bearer at all: never anonymous.
	for _, bad := range []string{"garbage", auth.TokenPrefix + strings.Repeat("A", 43)} {
		if code, _, body := post(t, url, bad, `{ viewer { role } }`); code != http.StatusUnauthorized || !strings.Contains(body, "UNAUTHENTICATED") {
			t.Errorf("token %q: HTTP %d %s", bad, code, body)
		}
	}
	req, _ := http.NewRequest(http.MethodGet, s.URL+"/export/matrix.csv", nil)
	req.Header.Set("Authorization", "Basic dXNlcjpwYXNz")
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("basic auth on an export: %v %v", resp.StatusCode, err)
	}
	// Audit: both token changes are recorded, with their actor, the secret hash redacted.
	entries := s.App.DB.Client.AuditLog.Query().Where(auditlog.EntityTypeEQ("ApiToken"), auditlog.ActorEQ("token test admin")).AllX(ctx)
	if len(entries) != 2 || entries[0].Action != "createApiToken" || entries[1].Action != "revokeApiToken" {
		t.Errorf("token audit entries: %+v", entries)
	}
	for _, e := range entries {
		if strings.Contains(e.Changes, "token_hash") && !strings.Contains(e.Changes, `"token_hash":"[redacted]"`) {
			t.Errorf("audit entry shows the token hash: %s", e.Changes)
		}
	}
	// No secret in the log, at any level.
	s.App.Logger.Info("a careless line", "authorization", "Bearer "+admin, "note", "token "+op)
	out := logs.String()
	if !strings.Contains(out, "http request") {
		t.Fatalf("log capture is not working: %q", out)
	}
	for _, sec := range secrets {
		if strings.Contains(out, sec) || strings.Contains(out, sec[4:]) {
			t.Errorf("token %s… appears in the log", sec[:8])
		}
	}
}

// TestLimits: the per-token limit (tighter than the per-IP one here) and the per-IP limit
// answer 429 LIMIT_EXCEEDED with Retry-After, each for its own key.
func TestLimits(t *testing.T) {
	// One request per 100 s on average: no bucket refills while the test runs.
	s := apptest.Start(t, apptest.Options{Kind: testdb.SQLite, Plugins: app.PluginsInProcess,
		Rate: server.Rate{PerSecond: 0.01, Burst: 6}, TokenRate: &server.Rate{PerSecond: 0.01, Burst: 2}})
	url := s.GQL.URL
	q := `{ viewer { role } }`
	limited := func(what string, code int, hdr http.Header, body, per string) {
		t.Helper()
		retry, err := strconv.Atoi(hdr.Get("Retry-After"))
		if code != http.StatusTooManyRequests || err != nil || retry < 1 || !strings.Contains(body, `"LIMIT_EXCEEDED"`) || !strings.Contains(body, per) {
			t.Errorf("%s: want 429 LIMIT_EXCEEDED for this %s with Retry-After, got HTTP %d Retry-After %q %s", what, per, code, hdr.Get("Retry-After"), body)
		}
	}
	// A token's own limit: two requests, then 429 for this token …
	tok := s.Token(t, auth.Researcher, "", "rate limited")
	for i := range 2 {
		if code, _, body := post(t, url, tok, q); code != http.StatusOK {
			t.Fatalf("token request %d: HTTP %d %s", i, code, body)
		}
	}
	code, hdr, body := post(t, url, tok, q)
	limited("third request with one token", code, hdr, body, "token")
	// … while another token, and the address itself, still have room (4 of 6 used).
	if code, _, body := post(t, url, s.Token(t, auth.Researcher, "", "other"), q); code != http.StatusOK {
		t.Errorf("another token: HTTP %d %s", code, body)
	}
	if code, _, body := post(t, url, "", q); code != http.StatusOK {
		t.Errorf("anonymous request after a token hit its limit: HTTP %d %s", code, body)
	}
	// The address's limit: the sixth request passes, the seventh does not, with a token or without.
	if code, _, body := post(t, url, "", q); code != http.StatusOK {
		t.Errorf("sixth request from the address: HTTP %d %s", code, body)
	}
	code, hdr, body = post(t, url, "", q)
	limited("seventh anonymous request", code, hdr, body, "IP address")
	code, hdr, body = post(t, url, s.Token(t, auth.Researcher, "", "fresh"), q)
	limited("a fresh token from the limited address", code, hdr, body, "IP address")
}

// TestBodyLimits: a body over the caller's cap is 413 LIMIT_EXCEEDED on /graphql and on the
// CSV export, whether or not the client declares its length; a body exactly at the cap is
// served; a token's cap is larger than an anonymous caller's, so a batch an anonymous caller
// may not send fits with a token.
func TestBodyLimits(t *testing.T) {
	const anonCap, tokenCap = 2000, 5000
	s := apptest.Start(t, apptest.Options{Kind: testdb.SQLite, Plugins: app.PluginsInProcess,
		MaxBodyBytes: anonCap, MaxTokenBodyBytes: tokenCap})
	url := s.GQL.URL
	tok := s.Token(t, auth.Researcher, "", "big batches")
	// sized is a GraphQL request of exactly n bytes (a comment pads the query).
	sized := func(n int) string {
		body, _ := json.Marshal(map[string]any{"query": "{ viewer { role } } #"})
		pad := n - len(body)
		body, _ = json.Marshal(map[string]any{"query": "{ viewer { role } } #" + strings.Repeat("x", pad)})
		if len(body) != n {
			t.Fatalf("sized(%d) is %d bytes", n, len(body))
		}
		return string(body)
	}
	send := func(token, body string) (int, string) {
		status, _, raw, err := postBody(url, token, body)
		if err != nil {
			t.Fatal(err)
		}
		return status, string(raw)
	}
	for _, c := range []struct {
		who, token string
		size, want int
	}{
		{"anonymous at the cap", "", anonCap, http.StatusOK},
		{"anonymous one byte over", "", anonCap + 1, http.StatusRequestEntityTooLarge},
		{"token over the anonymous cap", tok, anonCap + 1, http.StatusOK},
		{"token at its cap", tok, tokenCap, http.StatusOK},
		{"token one byte over", tok, tokenCap + 1, http.StatusRequestEntityTooLarge},
	} {
		code, body := send(c.token, sized(c.size))
		if code != c.want || (code == http.StatusRequestEntityTooLarge) != strings.Contains(body, `"LIMIT_EXCEEDED"`) {
			t.Errorf("%s (%d bytes): HTTP %d %s, want %d", c.who, c.size, code, body, c.want)
		}
	}
	// Declared or chunked, a body over the cap is cut there.
	code, _, body := post(t, url, "", `{ viewer { role } } # `+strings.Repeat("x", tokenCap))
	if code != http.StatusRequestEntityTooLarge || !strings.Contains(body, "LIMIT_EXCEEDED") {
		t.Errorf("oversized GraphQL body: HTTP %d %s", code, body)
	}
	scenario := "scenarios:\n  - name: big\n    subject:\n      worker: {age: 30}\n# " + strings.Repeat("x", anonCap) + "\n"
	for _, chunked := range []bool{false, true} {
		var rd io.Reader = strings.NewReader(scenario)
		if chunked {
			rd = io.MultiReader(rd) // length unknown to the client: sent chunked
		}
		req, _ := http.NewRequest(http.MethodPost, s.URL+"/export/compare.csv", rd)
		req.Header.Set("Content-Type", "application/yaml")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(string(b), `"LIMIT_EXCEEDED"`) ||
			!strings.Contains(resp.Header.Get("Content-Type"), "json") {
			t.Errorf("oversized export body (chunked %v, length %d): HTTP %d %s", chunked, req.ContentLength, resp.StatusCode, b)
		}
	}
}
