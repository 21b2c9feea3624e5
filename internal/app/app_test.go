package app_test

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/auth/token"
	"github.com/shegong/shegong/internal/storage"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/shegong/shegong/internal/app"
	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/gqltest"
	"github.com/shegong/shegong/internal/markdown"
	"github.com/shegong/shegong/internal/testdb"
)

// running is a server started the way `shegong serve` starts it, on a real
// listener at a random port.
type running struct {
	base  string
	gq    *gqltest.Client
	stop  func()
	first string // what the server printed about the first-start admin token
}

var adminSeq atomic.Int64

func startApp(t *testing.T, dsn string) *running {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var first bytes.Buffer
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	a, err := app.New(ctx, app.Config{DatabaseURL: dsn, Addr: ln.Addr().String(), FirstToken: &first}, testdb.Logger())
	if err != nil {
		cancel()
		_ = ln.Close()
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- a.Serve(ctx, ln) }()
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
		if err := a.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	}
	t.Cleanup(stop)
	base := "http://" + ln.Addr().String()
	tok := regexp.MustCompile(`Bearer (sgt_[A-Za-z0-9_-]+)`).FindStringSubmatch(first.String())
	gq := &gqltest.Client{URL: base + "/graphql"}
	if tok != nil {
		gq.Token = tok[1]
	} else if storage.IsPostgres(dsn) {
		// No first-start token on PostgreSQL: create one as `shegong token create` would.
		// Labels are unique: a restarted server on the same database needs a new one.
		label := fmt.Sprintf("app test admin %d", adminSeq.Add(1))
		secret, _, err := token.Store{Client: a.DB.Client}.Create(auth.System(ctx), token.Spec{Role: auth.Admin, Label: label})
		if err != nil {
			t.Fatal(err)
		}
		gq.Token = secret
	}
	return &running{base: base, gq: gq, stop: stop, first: first.String()}
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestServeEmptySQLite: serve on an empty SQLite file gives a populated API,
// GraphiQL at / and healthy probes.
func TestServeEmptySQLite(t *testing.T) {
	dsn := filepath.Join(t.TempDir(), "empty.db")
	s := startApp(t, dsn)
	var d struct {
		Regions  struct{ TotalCount int }
		Projects struct{ TotalCount int }
	}
	s.gq.MustData(t, `{ regions(first: 10) { totalCount } projects(first: 1) { totalCount } }`, nil, &d)
	if d.Regions.TotalCount != 5 || d.Projects.TotalCount == 0 {
		t.Errorf("demo data not loaded: %+v", d)
	}
	// The first start created an admin token and said so once, framed: the token alone on its
	// line, then where to open GraphiQL and where to put it.
	lines := strings.Split(strings.TrimSpace(s.first), "\n")
	framed := len(lines) > 2 && strings.Trim(lines[0], "=") == "" && lines[0] == lines[len(lines)-1]
	if s.gq.Token == "" || !framed || !slices.Contains(lines, "   "+s.gq.Token) || strings.Count(s.first, s.gq.Token) != 2 ||
		!strings.Contains(s.first, "open "+s.base+"/ and paste into GraphiQL's Headers panel") ||
		!strings.Contains(s.first, `{"Authorization": "Bearer `+s.gq.Token+`"}`) ||
		!strings.Contains(s.first, `shegong token revoke "`+app.FirstTokenLabel+`"`) {
		t.Errorf("first-start token message:\n%s", s.first)
	}
	var v struct{ Viewer struct{ Role, Label string } }
	s.gq.MustData(t, `{ viewer { role label } }`, nil, &v)
	if v.Viewer.Role != "admin" {
		t.Errorf("first-start token: viewer %+v", v.Viewer)
	}
	code, body := get(t, s.base+"/")
	if code != http.StatusOK || !strings.Contains(strings.ToLower(body), "graphiql") {
		t.Errorf("GET / = %d, want the GraphiQL page; body starts %.200q", code, body)
	}
	for _, p := range []string{"/healthz", "/readyz"} {
		if code, body := get(t, s.base+p); code != http.StatusOK {
			t.Errorf("GET %s = %d %s", p, code, body)
		}
	}
	if code, _ := get(t, s.base+"/nope"); code != http.StatusNotFound {
		t.Errorf("GET /nope = %d, want 404", code)
	}
}

// TestRestartKeepsData: create, stop, start again on the same database, read back with the
// token of the first run; on SQLite and on PostgreSQL.
func TestRestartKeepsData(t *testing.T) {
	for _, k := range testdb.Kinds {
		t.Run(string(k), func(t *testing.T) {
			t.Parallel()
			dsn := testdb.URL(t, k)
			s := startApp(t, dsn)
			var regions struct {
				Regions struct {
					Edges []struct{ Node struct{ ID string } }
				}
			}
			s.gq.MustData(t, `{ regions(first: 1, where: {code: "yunnan"}) { edges { node { id } } } }`, nil, &regions)
			var created struct{ CreateStation struct{ ID string } }
			s.gq.MustData(t, `mutation($r: ID!) { createStation(input: {name: "重启测试服务站", township: "华山街道", county: "五华区", facilities: ["办公室"], regionID: $r}) { id } }`,
				map[string]any{"r": regions.Regions.Edges[0].Node.ID}, &created)
			s.stop()

			token := s.gq.Token
			s = startApp(t, dsn)
			if s.first != "" {
				t.Errorf("second start printed a token again: %q", s.first)
			}
			s.gq.Token = token
			var back struct {
				Node struct {
					Name       string
					Facilities []string
					Region     struct{ Code string }
				}
				Viewer struct{ Role string }
			}
			s.gq.MustData(t, `query($id: ID!) { node(id: $id) { ... on Station { name facilities region { code } } } viewer { role } }`,
				map[string]any{"id": created.CreateStation.ID}, &back)
			if back.Node.Name != "重启测试服务站" || back.Node.Region.Code != "yunnan" || len(back.Node.Facilities) != 1 {
				t.Errorf("after restart: %+v", back.Node)
			}
			if back.Viewer.Role != "admin" {
				t.Errorf("the first run's admin token after restart: viewer %+v", back.Viewer)
			}
			// The demo data was loaded once, not again on the second start.
			var count struct{ Regions struct{ TotalCount int } }
			s.gq.MustData(t, `{ regions(first: 1) { totalCount } }`, nil, &count)
			if count.Regions.TotalCount != 5 {
				t.Errorf("regions after restart: %d, want 5", count.Regions.TotalCount)
			}
		})
	}
}

var expectLine = regexp.MustCompile(`(?m)^# expect: (\S+) (\S+)$`)

// docExample is a GraphQL example of a Markdown page: where it is, and the query.
type docExample struct{ where, query string }

// docExamples returns the ```graphql blocks of every Markdown page of the repository (the
// README and docs/), in order.
func docExamples(t *testing.T) []docExample {
	t.Helper()
	const root = "../.."
	pages, err := markdown.Pages(root)
	if err != nil {
		t.Fatal(err)
	}
	var out []docExample
	for _, p := range pages {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(root, p)
		for _, b := range markdown.Blocks(string(src)) {
			if b.Lang == "graphql" {
				out = append(out, docExample{where: fmt.Sprintf("%s:%d", rel, b.Line), query: b.Text})
			}
		}
	}
	return out
}

// TestDocExamples runs every GraphQL example of the Markdown pages (docs/api.md,
// docs/policy.md, docs/access-control.md …) against the demo data on both databases, as an
// admin, so the documentation stays true.
func TestDocExamples(t *testing.T) {
	blocks := docExamples(t)
	if len(blocks) < 15 {
		t.Fatalf("found %d GraphQL examples in the Markdown pages", len(blocks))
	}
	// The audit log's example reads the entries the mutation examples of the other pages write.
	slices.SortStableFunc(blocks, func(a, b docExample) int {
		return cmp.Compare(strings.Count(a.query, "auditLogs"), strings.Count(b.query, "auditLogs"))
	})
	for _, k := range testdb.Kinds {
		t.Run(string(k), func(t *testing.T) {
			t.Parallel()
			s := startApp(t, testdb.URL(t, k))
			for _, b := range blocks {
				q := b.query
				r := s.gq.Do(t, q, nil)
				if m := expectLine.FindStringSubmatch(q); m != nil {
					if len(r.Errors) != 1 || r.Errors[0].Code() != m[1] || r.Errors[0].Field() != m[2] {
						t.Errorf("%s: example should fail with %s on %s, got %s\n%s", b.where, m[1], m[2], r.ErrorString(), q)
					}
					continue
				}
				if len(r.Errors) > 0 {
					t.Errorf("%s: example fails: %s\n%s", b.where, r.ErrorString(), q)
				}
				if strings.Contains(string(r.Data), `"totalCount":0`) || strings.Contains(string(r.Data), `"edges":[]`) || strings.Contains(string(r.Data), `"node":null`) {
					t.Errorf("%s: example returns nothing on the demo data: %s\n%s", b.where, r.Data, q)
				}
			}
		})
	}
}

func TestGracefulShutdown(t *testing.T) {
	s := startApp(t, filepath.Join(t.TempDir(), "stop.db"))
	done := make(chan struct{})
	go func() { s.stop(); close(done) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("server did not stop")
	}
}

// TestPluginsStartAndStop: the server runs every built-in region as its own process, reports
// them in /readyz, and leaves none running after Close.
func TestPluginsStartAndStop(t *testing.T) {
	s := apptest.Start(t, apptest.Options{})
	resp, err := http.Get(s.URL + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("/readyz: %d", resp.StatusCode)
	}
	var pids []int
	for _, st := range s.Host.Status() {
		if st.State != "READY" || st.PID <= 0 || st.PID == os.Getpid() {
			t.Fatalf("plugin %s: %+v", st.Region, st)
		}
		pids = append(pids, st.PID)
	}
	if len(pids) != 5 {
		t.Fatalf("%d plugin processes, want 5", len(pids))
	}
	if err := s.App.Host.Close(); err != nil {
		t.Fatal(err)
	}
	for _, pid := range pids {
		if err := syscall.Kill(pid, 0); err == nil {
			t.Errorf("plugin process %d still running after Close", pid)
		}
	}
	resp, err = http.Get(s.URL + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("/readyz with plugins stopped: %d, want 503", resp.StatusCode)
	}
}

// TestInProcessMode: --plugins=inprocess serves the same answers without processes.
func TestInProcessMode(t *testing.T) {
	s := apptest.Start(t, apptest.Options{Plugins: app.PluginsInProcess})
	var out struct {
		Evaluate struct {
			Status   string
			Findings []struct{ RuleID, Status string }
		}
	}
	s.GQL.MustData(t, `{ evaluate(region: "zhuzhou", subject: {organization: {fullTimeStaff: 9, qualifiedStaff: 3, partyMembers: 0, hasBoard: true, hasSupervisoryBoard: true,
		disclosures: ["组织机构", "年报公告", "财务收支", "捐资使用", "服务内容", "奖惩情况", "基本情况", "专业资质", "年度财务报告", "社会服务项目经验"],
		registrationLevel: COUNTY, registrationConditions: ["内部治理结构", "管理制度", "民主监督制度", "固定住所", "合法资产", "经济来源", "社会工作服务机构名称", "组织架构", "章程", "财务管理制度", "核算制度", "资产管理制度"]}}, asOf: "2023-06-01") { status findings { ruleId status } } }`, nil, &out)
	if out.Evaluate.Status != "COMPLIANT" {
		t.Errorf("in-process evaluation: %+v", out.Evaluate)
	}
	for _, st := range s.Host.Status() {
		if st.PID != 0 {
			t.Errorf("in-process region %s has a pid %d", st.Region, st.PID)
		}
	}
}

func TestBrowseURL(t *testing.T) {
	for addr, want := range map[string]string{
		"":               "http://" + app.DefaultAddr + "/",
		"127.0.0.1:8080": "http://127.0.0.1:8080/",
		":8080":          "http://127.0.0.1:8080/",
		"0.0.0.0:9000":   "http://127.0.0.1:9000/",
		"[::]:9000":      "http://127.0.0.1:9000/",
		"[::1]:9000":     "http://[::1]:9000/",
		"10.1.2.3:80":    "http://10.1.2.3:80/",
		"localhost:8080": "http://localhost:8080/",
	} {
		if got := app.BrowseURL(addr); got != want {
			t.Errorf("BrowseURL(%q) = %q, want %q", addr, got, want)
		}
	}
}
