package e2e

import (
	"bufio"
	"bytes"
	"database/sql"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/gqltest"
	"github.com/shegong/shegong/internal/replicas"
	"github.com/shegong/shegong/internal/storage"
	"github.com/shegong/shegong/internal/testdb"
	"github.com/shegong/shegong/internal/testdir"
	"github.com/shegong/shegong/internal/testredis"
	"github.com/shegong/shegong/plugins/host"
)

// replicaBurst is the rate limit of the replicas under test: --rate-burst requests per client
// IP (and per token), refilled at --rate 0.001 a second, so within the test only the burst
// counts and the counts below do not depend on the machine's speed.
const replicaBurst = 40

// replica is one `shegong serve` process.
type replica struct {
	url  string
	logs *lockedBuffer
	cmd  *exec.Cmd
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) add(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.b.WriteString(s)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// buildBinary builds cmd/shegong, or a plugin, into dir.
func buildBinary(t *testing.T, out, pkg string, ldflags string) {
	t.Helper()
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
	args := []string{"build", "-o", out}
	if ldflags != "" {
		args = append(args, "-ldflags", ldflags)
	}
	if b, err := exec.Command(gobin, append(args, pkg)...).CombinedOutput(); err != nil {
		t.Fatalf("go build %s: %v\n%s", pkg, err, b)
	}
}

// startReplicas starts n `shegong serve` processes at the same moment and waits until each
// listens.
func startReplicas(t *testing.T, bin string, n int, args func(i int) []string) []*replica {
	t.Helper()
	listening := regexp.MustCompile(`msg="shegong listening" url=(http://[0-9.:]+)/`)
	out := make([]*replica, n)
	urls := make(chan struct {
		i   int
		url string
		err error
	}, n)
	for i := range n {
		cmd := exec.Command(bin, append([]string{"serve"}, args(i)...)...)
		cmd.Env = append(os.Environ(), "SHEGONG_PLUGINS=process")
		stderr, err := cmd.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		r := &replica{logs: &lockedBuffer{}, cmd: cmd}
		out[i] = r
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan struct{})
		go func() {
			sc := bufio.NewScanner(stderr)
			sc.Buffer(make([]byte, 1<<20), 1<<20)
			sent := false
			for sc.Scan() {
				r.logs.add(sc.Text() + "\n")
				if m := listening.FindStringSubmatch(sc.Text()); m != nil && !sent {
					sent = true
					urls <- struct {
						i   int
						url string
						err error
					}{i, m[1], nil}
				}
			}
			err := cmd.Wait()
			if !sent {
				urls <- struct {
					i   int
					url string
					err error
				}{i, "", fmt.Errorf("exited before listening: %v", err)}
			}
			close(done)
		}()
		t.Cleanup(func() {
			_ = cmd.Process.Signal(os.Interrupt)
			select {
			case <-done:
			case <-time.After(20 * time.Second):
				_ = cmd.Process.Kill()
				<-done
			}
		})
	}
	for range n {
		select {
		case u := <-urls:
			if u.err != nil {
				t.Fatalf("replica %d: %v\n%s", u.i+1, u.err, out[u.i].logs.String())
			}
			out[u.i].url = u.url
		case <-time.After(3 * time.Minute):
			t.Fatal("the replicas did not all start within 3 minutes")
		}
	}
	return out
}

// from is an HTTP client whose connections come from the loopback address ip (127.0.0.2 …):
// each part of the test is its own client IP, with its own rate-limit bucket.
func from(ip string) *http.Client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
	return &http.Client{Transport: &http.Transport{DialContext: d.DialContext}, Timeout: 30 * time.Second}
}

// httpStatus posts an anonymous query and returns the HTTP status.
func httpStatus(t *testing.T, c *http.Client, url string) int {
	t.Helper()
	resp, err := c.Post(url+"/graphql", "application/json", strings.NewReader(`{"query":"{ __typename }"}`))
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	_ = resp.Body.Close()
	return resp.StatusCode
}

// gauge scrapes a replica's shegong_rate_limits_shared.
func sharedGauge(t *testing.T, r *replica) float64 {
	t.Helper()
	fams, _ := scrape(t, r.url+"/metrics")
	f := fams["shegong_rate_limits_shared"]
	if f == nil || len(f.GetMetric()) != 1 {
		t.Fatalf("%s/metrics has no shegong_rate_limits_shared", r.url)
	}
	return f.GetMetric()[0].GetGauge().GetValue()
}

// createToken makes a token with the command line, straight in the database.
func createToken(t *testing.T, bin, db, role, label string) (id, secret string) {
	t.Helper()
	out, err := exec.Command(bin, "token", "create", "--role", role, "--label", label, "--database", db).CombinedOutput()
	if err != nil {
		t.Fatalf("token create: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`created token (\d+) `).FindSubmatch(out)
	s := regexp.MustCompile(`(sgt_[A-Za-z0-9_-]+)`).FindSubmatch(out)
	if m == nil || s == nil {
		t.Fatalf("token create printed no id and token:\n%s", out)
	}
	return string(m[1]), string(s[1])
}

// buildPluginVersion builds the example plugin posing as Yunnan at version, into dir as the
// region's replacement binary, and locks the directory.
func buildPluginVersion(t *testing.T, dir, version string) {
	t.Helper()
	tmp := filepath.Join(t.TempDir(), "yunnan-plugin")
	buildBinary(t, tmp, "github.com/shegong/shegong/plugins/examples/testregion/cmd/testregion-plugin",
		"-X main.regionCode=yunnan -X main.version="+version)
	data, err := os.ReadFile(tmp)
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(dir, "yunnan-plugin")
	if err := os.WriteFile(dst+".new", data, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(dst+".new", dst); err != nil {
		t.Fatal(err)
	}
	if _, err := host.WriteLockFile(dir, filepath.Join(dir, host.LockFileName)); err != nil {
		t.Fatal(err)
	}
}

type servedBy struct {
	Region   string
	Version  string
	Replicas []struct {
		Replica string
		Version string
	}
}

func yunnanOn(t *testing.T, c *gqltest.Client) servedBy {
	t.Helper()
	var out struct{ Plugins []servedBy }
	c.MustData(t, `{ plugins { region version replicas { replica version } } }`, nil, &out)
	for _, p := range out.Plugins {
		if p.Region == "yunnan" {
			return p
		}
	}
	t.Fatal("no yunnan plugin")
	return servedBy{}
}

// TestReplicas: three `shegong serve` processes start at the same moment on one fresh
// PostgreSQL database and one Redis. They apply the migrations once between them and all come
// up; a client spread over them gets the rate limit's burst once in total; reloadPlugin on
// replica 1 brings a new plugin version to replicas 2 and 3 within 2 s, and `plugins` says which
// replica serves which version; a token revoked on replica 1 is refused by 2 and 3; each
// replica's /metrics counts its own plugin calls; with Redis
// unreachable each replica counts on its own and says so on shegong_rate_limits_shared.
func TestReplicas(t *testing.T) {
	pg := testdb.URL(t, testdb.Postgres)
	redisURL, prefix := testredis.URL(t)
	redisAddr := strings.Split(redisURL, "/")[2]
	// The replicas reach Redis through a proxy that the test cuts later.
	prx := startProxy(t, redisAddr)

	bin := filepath.Join(t.TempDir(), "shegong")
	buildBinary(t, bin, "github.com/shegong/shegong/cmd/shegong", "")
	dir := testdir.Trusted(t)
	buildPluginVersion(t, dir, "1.0.0")

	rs := startReplicas(t, bin, 3, func(i int) []string {
		return []string{"--addr", "127.0.0.1:0", "--database", pg, "--no-demo-data", "--plugin-dir", dir,
			"--redis-url", "redis://" + prx.addr + "/0", "--redis-prefix", prefix,
			"--rate", "0.001", "--rate-burst", fmt.Sprint(replicaBurst),
			"--replica-id", fmt.Sprintf("replica-%d", i+1), "--log-level", "info"}
	})

	t.Run("migrated once", func(t *testing.T) {
		mdir, err := storage.MigrationDir()
		if err != nil {
			t.Fatal(err)
		}
		files, err := mdir.Files()
		if err != nil {
			t.Fatal(err)
		}
		applied := 0
		for _, r := range rs {
			applied += strings.Count(r.logs.String(), `msg="migration applied"`)
		}
		if applied != len(files) {
			t.Errorf("the replicas applied %d migration files between them, want each of the %d once", applied, len(files))
		}
		for i, r := range rs {
			if sharedGauge(t, r) != 1 {
				t.Errorf("replica %d: shegong_rate_limits_shared is not 1 with Redis reachable", i+1)
			}
		}
	})

	t.Run("shared rate limit", func(t *testing.T) {
		c := from("127.0.0.2")
		ok, refusedOn := 0, map[int]bool{}
		for i := range 3 * replicaBurst {
			switch code := httpStatus(t, c, rs[i%3].url); code {
			case http.StatusOK:
				ok++
			case http.StatusTooManyRequests:
				refusedOn[i%3] = true
			default:
				t.Fatalf("HTTP %d", code)
			}
		}
		if ok != replicaBurst {
			t.Errorf("3 replicas allowed %d of %d requests of one client IP, want the burst %d in total", ok, 3*replicaBurst, replicaBurst)
		}
		if len(refusedOn) != 3 {
			t.Errorf("every replica should refuse once the shared bucket is empty: refused on %v", refusedOn)
		}
	})

	adminID, admin := createToken(t, bin, pg, "admin", "e2e replicas admin")
	_ = adminID
	clients := make([]*gqltest.Client, 3)
	for i, r := range rs {
		clients[i] = &gqltest.Client{URL: r.url + "/graphql", Token: admin, HTTP: from(fmt.Sprintf("127.0.0.%d", 10+i))}
	}

	t.Run("reload on every replica", func(t *testing.T) {
		for i, c := range clients {
			if st := yunnanOn(t, c); st.Version != "1.0.0" {
				t.Fatalf("replica %d serves yunnan %s before the reload, want 1.0.0", i+1, st.Version)
			}
		}
		before := yunnanOn(t, clients[0])
		if len(before.Replicas) != 3 {
			t.Fatalf("plugins.replicas lists %+v, want the 3 replicas", before.Replicas)
		}
		buildPluginVersion(t, dir, "2.0.0")
		var out struct{ ReloadPlugin servedBy }
		clients[0].MustData(t, `mutation { reloadPlugin(region: "yunnan") { region version } }`, nil, &out)
		if out.ReloadPlugin.Version != "2.0.0" {
			t.Fatalf("replica 1 reloaded yunnan at %s, want 2.0.0", out.ReloadPlugin.Version)
		}
		reloaded := time.Now()
		deadline := reloaded.Add(2 * time.Second)
		for i := 1; i < 3; i++ {
			for st := yunnanOn(t, clients[i]); st.Version != "2.0.0"; st = yunnanOn(t, clients[i]) {
				if time.Now().After(deadline) {
					t.Fatalf("replica %d still serves yunnan %s 2 s after the reload on replica 1\n%s", i+1, st.Version, rs[i].logs.String())
				}
				time.Sleep(100 * time.Millisecond)
			}
		}
		t.Logf("replicas 2 and 3 served yunnan 2.0.0 %v after replica 1 answered the reload", time.Since(reloaded).Round(time.Millisecond))
		for st := yunnanOn(t, clients[0]); ; st = yunnanOn(t, clients[0]) {
			versions := map[string]string{}
			for _, r := range st.Replicas {
				versions[r.Replica] = r.Version
			}
			want := map[string]string{"replica-1": "2.0.0", "replica-2": "2.0.0", "replica-3": "2.0.0"}
			if fmt.Sprint(versions) == fmt.Sprint(want) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("plugins.replicas of yunnan: %v, want %v", versions, want)
			}
			time.Sleep(100 * time.Millisecond)
		}
		// Replica 1 reloaded once, on the mutation, and ignored its own notice; 2 and 3 reloaded
		// on it; the policy tables hold the new version's rows.
		if strings.Contains(rs[0].logs.String(), "asked by another replica") {
			t.Errorf("replica 1 reloaded again on its own notice:\n%s", rs[0].logs.String())
		}
		for i := 1; i < 3; i++ {
			if !strings.Contains(rs[i].logs.String(), `msg="plugin reloaded: asked by another replica" region=yunnan from=replica-1`) {
				t.Errorf("replica %d does not log the reload asked by replica 1:\n%s", i+1, rs[i].logs.String())
			}
		}
		db, err := sql.Open("postgres", pg)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var synced string
		if err := db.QueryRow(`SELECT ps.plugin_version FROM policy_sources ps JOIN regions r ON r.id = ps.region_policy_source
			WHERE r.code = 'yunnan'`).Scan(&synced); err != nil || synced != "2.0.0" {
			t.Errorf("yunnan's policy tables were synced from version %q (%v), want 2.0.0", synced, err)
		}
		// Anyone else reads no replicas (host names and process ids are for admins).
		var anon struct {
			Plugins []struct{ Replicas []any }
		}
		(&gqltest.Client{URL: rs[1].url + "/graphql", HTTP: from("127.0.0.20")}).MustData(t, `{ plugins { replicas { replica } } }`, nil, &anon)
		for _, p := range anon.Plugins {
			if p.Replicas != nil {
				t.Fatalf("an anonymous caller reads plugins.replicas: %+v", p.Replicas)
			}
		}
	})

	t.Run("revoked everywhere", func(t *testing.T) {
		id, secret := createToken(t, bin, pg, "researcher", "e2e replicas researcher")
		for i, r := range rs {
			c := &gqltest.Client{URL: r.url + "/graphql", Token: secret, HTTP: from(fmt.Sprintf("127.0.0.%d", 30+i))}
			if resp := c.Do(t, `{ plugins { region } }`, nil); len(resp.Errors) > 0 {
				t.Fatalf("replica %d refuses a valid token: %s", i+1, resp.ErrorString())
			}
		}
		clients[0].MustData(t, `mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, map[string]any{"id": id}, nil)
		for i, r := range rs {
			c := &gqltest.Client{URL: r.url + "/graphql", Token: secret, HTTP: from(fmt.Sprintf("127.0.0.%d", 30+i))}
			resp := c.Do(t, `{ plugins { region } }`, nil)
			if len(resp.Errors) == 0 || resp.Errors[0].Code() != "UNAUTHENTICATED" {
				t.Errorf("replica %d after the revocation on replica 1: %s, want UNAUTHENTICATED", i+1, resp.ErrorString())
			}
		}
	})

	t.Run("plugin calls on each replica's metrics", func(t *testing.T) {
		for i, r := range rs {
			c := &gqltest.Client{URL: r.url + "/graphql", HTTP: from(fmt.Sprintf("127.0.0.%d", 40+i))}
			c.MustData(t, `{ evaluate(region: "zhuzhou", asOf: "2023-06-01", subject: {worker: {age: 30, education: BACHELOR}}) { status } }`, nil, nil)
			fams, _ := scrape(t, r.url+"/metrics")
			if n := sum(fams, "shegong_plugin_call_duration_seconds", map[string]string{"region": "zhuzhou"}); n < 1 {
				t.Errorf("replica %d: /metrics counts no plugin call of zhuzhou after an evaluation there", i+1)
			}
		}
	})

	t.Run("Redis unreachable", func(t *testing.T) {
		prx.cut()
		c := from("127.0.0.3")
		for i, r := range rs[:2] {
			ok := 0
			for range 2 * replicaBurst {
				if httpStatus(t, c, r.url) == http.StatusOK {
					ok++
				}
			}
			if ok != replicaBurst {
				t.Errorf("replica %d without Redis allowed %d of %d, want its own burst %d", i+1, ok, 2*replicaBurst, replicaBurst)
			}
			if g := sharedGauge(t, r); g != 0 {
				t.Errorf("replica %d: shegong_rate_limits_shared = %v without Redis, want 0", i+1, g)
			}
			if n := strings.Count(r.logs.String(), "Redis unreachable"); n != 1 {
				t.Errorf("replica %d logged Redis unreachable %d times, want once", i+1, n)
			}
		}
	})
}

// TestPluginReplicasOnSQLite: one server on SQLite has no replicas to coordinate; `plugins`
// lists it alone, under its default id (host name:process id), with the version each region's
// plugin has, and only for an admin.
func TestPluginReplicasOnSQLite(t *testing.T) {
	t.Parallel()
	s := apptest.Start(t, apptest.Options{})
	admin := s.As(s.Token(t, auth.Admin, "", "e2e replicas sqlite"))
	var out struct {
		Plugins []servedBy
	}
	admin.MustData(t, `{ plugins { region version replicas { replica version } } }`, nil, &out)
	if len(out.Plugins) != 5 {
		t.Fatalf("%d plugins, want the 5 built-in regions", len(out.Plugins))
	}
	for _, p := range out.Plugins {
		if len(p.Replicas) != 1 || p.Replicas[0].Replica != replicas.DefaultID() || p.Replicas[0].Version != p.Version {
			t.Errorf("%s: replicas %+v, want this server (%s) alone at %s", p.Region, p.Replicas, replicas.DefaultID(), p.Version)
		}
	}
	researcher := s.As(s.Token(t, auth.Researcher, "", "e2e replicas researcher"))
	var anon struct {
		Plugins []struct{ Replicas []any }
	}
	researcher.MustData(t, `{ plugins { replicas { replica } } }`, nil, &anon)
	for _, p := range anon.Plugins {
		if p.Replicas != nil {
			t.Fatalf("a researcher reads plugins.replicas: %+v", p.Replicas)
		}
	}
}
