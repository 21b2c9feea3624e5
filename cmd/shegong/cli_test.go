package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/mattn/go-runewidth"

	"github.com/shegong/shegong/ent/apitoken"
	"github.com/shegong/shegong/ent/auditlog"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/storage"
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/regions"
)

// runMainEnv makes the test binary run main (see TestMain).
const runMainEnv = "SHEGONG_TEST_RUN_MAIN"

// result is what a command line did: its exit status and what it printed where.
type result struct {
	code           int
	stdout, stderr string
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\n--- stdout:\n%s--- stderr:\n%s", r.code, r.stdout, r.stderr)
}

// shegong runs `shegong args…` as its own process (this test binary running main) in dir
// ("" for this package's directory), with no SHEGONG_ variable from the caller's environment
// but those in env.
func shegong(t *testing.T, dir string, env []string, args ...string) result {
	t.Helper()
	return shegongWithin(t, 2*time.Minute, dir, env, args...)
}

// shegongWithin is shegong, stopping the command after limit (a command that should have
// refused to start and serves instead).
func shegongWithin(t *testing.T, limit time.Duration, dir string, env []string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := shegongCommand(t, ctx, dir, env, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	r := result{}
	var exit *exec.ExitError
	switch err := cmd.Run(); {
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("shegong %v: %v", args, err)
	}
	r.stdout, r.stderr = stdout.String(), stderr.String()
	return r
}

// shegongCommand is `shegong args…` as its own process (this test binary running main) in dir,
// with no SHEGONG_ variable from the caller's environment but those in env. Cancelling ctx
// kills it together with the plugin processes it started.
func shegongCommand(t *testing.T, ctx context.Context, dir string, env []string, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, exe, args...)
	cmd.Dir = dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "SHEGONG_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(append(cmd.Env, runMainEnv+"=1"), env...)
	return cmd
}

// startShegong starts a command that keeps running (serve) and returns it, its stderr and a
// context that ends at limit, when the command is killed; at the end of the test it is stopped
// with SIGTERM, plugin processes included (a test may stop and Wait for it earlier).
func startShegong(t *testing.T, limit time.Duration, args ...string) (*exec.Cmd, io.Reader, context.Context) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	cmd := shegongCommand(t, ctx, "", nil, args...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		_ = cmd.Wait()
		cancel()
	})
	return cmd, stderr, ctx
}

// logLine matches a line of the text log (slog's TextHandler).
var logLine = regexp.MustCompile(`(?m)^time=\S+ level=`)

// commandLines are every command, with its subcommand, as typed.
var commandLines = [][]string{
	{"serve"}, {"migrate"}, {"seed"}, {"compare"}, {"policy", "test"},
	{"token", "create"}, {"token", "list"}, {"token", "revoke"},
	{"plugin", "list"}, {"plugin", "lock"}, {"plugin", "verify"}, {"version"},
}

// TestUsageErrorsExit2: a bad flag on any command is exit status 2 with the command's usage
// and the error on stderr, and nothing on stdout.
func TestUsageErrorsExit2(t *testing.T) {
	dir := t.TempDir()
	for _, cmd := range commandLines {
		name := strings.Join(cmd, " ")
		t.Run(name, func(t *testing.T) {
			r := shegong(t, dir, nil, append(cmd, "--no-such-flag")...)
			if r.code != 2 || r.stdout != "" || !strings.Contains(r.stderr, "Usage: shegong "+name) ||
				!strings.Contains(r.stderr, "-no-such-flag") {
				t.Errorf("%v", r)
			}
		})
	}
	for _, args := range [][]string{nil, {"nope"}, {"token"}, {"token", "mint"}, {"plugin"}, {"policy"}, {"policy", "test"},
		{"compare"}, {"token", "create", "--role", "king", "--label", "x", "--database", filepath.Join(dir, "t.db")}} {
		if r := shegong(t, dir, nil, args...); r.code != 2 || r.stdout != "" || r.stderr == "" {
			t.Errorf("%v: %v", args, r)
		}
	}
}

// TestHelpSaysWhatWithExample: every command's -h says what it does, with an example, on
// stdout with exit status 0.
func TestHelpSaysWhatWithExample(t *testing.T) {
	helps := append([][]string{{"token"}, {"plugin"}, {"policy"}}, commandLines...)
	for _, cmd := range helps {
		name := strings.Join(cmd, " ")
		r := shegong(t, "", nil, append(cmd, "-h")...)
		if r.code != 0 || r.stderr != "" || !strings.HasPrefix(r.stdout, "Usage: shegong "+name) ||
			!strings.Contains(r.stdout, "\nExample:\n  shegong "+cmd[0]) {
			t.Errorf("%s -h: %v", name, r)
		}
		// a paragraph saying what it does between the synopsis and the example
		if parts := strings.SplitN(r.stdout, "\n\n", 3); len(parts) < 3 || len(parts[1]) < 40 {
			t.Errorf("%s -h: no description:\n%s", name, r.stdout)
		}
	}
	r := shegong(t, "", nil, "help")
	if r.code != 0 || !strings.Contains(r.stdout, "version") || !strings.Contains(r.stdout, "Example:") {
		t.Errorf("help: %v", r)
	}
}

// TestVersion: the version, the commit line, the plugin protocol and each built-in region's
// plugin version as the region itself reports it.
func TestVersion(t *testing.T) {
	for _, arg := range []string{"--version", "version", "-version"} {
		r := shegong(t, "", nil, arg)
		if r.code != 0 || r.stderr != "" {
			t.Fatalf("%s: %v", arg, r)
		}
		fields := map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
			k, v, _ := strings.Cut(line, "  ")
			fields[k] = strings.TrimSpace(v)
		}
		if fields["shegong"] == "" || fields["commit"] == "" || fields["plugin protocol"] != fmt.Sprint(sdk.ProtocolVersion) {
			t.Errorf("%s: %q", arg, r.stdout)
		}
		for code, newPolicy := range regions.Builtin() {
			d, err := newPolicy().Describe(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if want := code + " " + d.PluginVersion; !strings.Contains(fields["regions"], want) {
				t.Errorf("%s: regions %q lack %q", arg, fields["regions"], want)
			}
		}
	}
}

// TestVersionFromBuildInfo: the commit and the modified flag come from the VCS stamp of the
// build; a local build without a module version is "devel".
func TestVersionFromBuildInfo(t *testing.T) {
	const rev = "4f1c2a9d0e8b7c6a5f4e3d2c1b0a9f8e7d6c5b4a"
	for _, tc := range []struct {
		bi   *debug.BuildInfo
		want []string
	}{
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: "true"}}},
			[]string{"shegong          devel\n", "commit           " + rev + " (modified: uncommitted changes)\n", "go               go1.26.8\n"}},
		{&debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: "false"}}},
			[]string{"shegong          v1.2.0\n", "commit           " + rev + "\n"}},
		{nil, []string{"shegong          devel\n", "commit           unknown"}},
	} {
		var out bytes.Buffer
		if err := writeVersion(context.Background(), &out, tc.bi); err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("lacks %q:\n%s", w, out.String())
			}
		}
	}
}

// TestBadEnvironmentAndPluginDir: a value that cannot be read in a numeric or duration
// variable, a --plugin-dir that does not exist, or a bad origin list stops the command with
// exit status 2 and the name of what to fix, before anything is opened or started.
func TestBadEnvironmentAndPluginDir(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "never.db")
	missing := filepath.Join(dir, "no-such-plugins")
	plain := filepath.Join(dir, "a-file")
	if err := os.WriteFile(plain, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		env  string
		args []string
		want string
	}{
		{"SHEGONG_RATE=fast", []string{"serve"}, "SHEGONG_RATE="},
		{"SHEGONG_RATE_BURST=40x", []string{"serve"}, "SHEGONG_RATE_BURST="},
		{"SHEGONG_MAX_BODY=1MB", []string{"serve"}, "SHEGONG_MAX_BODY="},
		{"SHEGONG_RATE=NaN", []string{"serve"}, "SHEGONG_RATE="},
		// Whole numbers are read whole, never truncated; a negative limit, size or timeout
		// is refused naming the flag and its variable.
		{"SHEGONG_RATE_BURST=40.5", []string{"serve"}, "SHEGONG_RATE_BURST="},
		{"SHEGONG_MAX_CONNS_PER_IP=1.5", []string{"serve"}, "SHEGONG_MAX_CONNS_PER_IP="},
		{"", []string{"serve", "--rate", "-1"}, "--rate (env SHEGONG_RATE) -1"},
		{"", []string{"serve", "--rate-burst", "-1"}, "--rate-burst (env SHEGONG_RATE_BURST)"},
		{"", []string{"serve", "--max-body", "-5"}, "--max-body (env SHEGONG_MAX_BODY) -5"},
		{"SHEGONG_MAX_BODY_TOKEN=-5", []string{"serve"}, "--max-body-token (env SHEGONG_MAX_BODY_TOKEN)"},
		{"", []string{"serve", "--max-conns-per-ip", "-1"}, "--max-conns-per-ip (env SHEGONG_MAX_CONNS_PER_IP)"},
		{"", []string{"serve", "--max-in-flight-per-client", "-1"}, "--max-in-flight-per-client (env SHEGONG_MAX_IN_FLIGHT_PER_CLIENT) -1"},
		{"SHEGONG_MAX_IN_FLIGHT_PER_CLIENT=-3", []string{"serve"}, "--max-in-flight-per-client (env SHEGONG_MAX_IN_FLIGHT_PER_CLIENT)"},
		{"SHEGONG_MAX_IN_FLIGHT_PER_CLIENT=2.5", []string{"serve"}, "SHEGONG_MAX_IN_FLIGHT_PER_CLIENT="},
		{"", []string{"serve", "--max-in-flight-per-client", "2.5"}, `invalid value "2.5" for flag -max-in-flight-per-client`},
		{"", []string{"serve", "--read-timeout", "-1s"}, "--read-timeout (env SHEGONG_READ_TIMEOUT)"},
		{"SHEGONG_IDLE_TIMEOUT=-5s", []string{"serve"}, "--idle-timeout (env SHEGONG_IDLE_TIMEOUT)"},
		{"", []string{"serve", "--plugin-call-timeout", "-1ms"}, "--plugin-call-timeout (env SHEGONG_PLUGIN_CALL_TIMEOUT)"},
		{"SHEGONG_PLUGIN_DIR=" + missing, []string{"serve"}, "--plugin-dir"},
		{"", []string{"serve", "--plugin-dir", missing}, "--plugin-dir"},
		{"", []string{"serve", "--plugin-dir", plain}, "--plugin-dir"},
		{"SHEGONG_PLUGIN_DIR=" + missing, []string{"compare", "--scenario", "testdata/compare-example.yaml"}, "--plugin-dir"},
		{"SHEGONG_PLUGIN_DIR=" + missing, []string{"plugin", "list"}, "--plugin-dir"},
		{"", []string{"plugin", "lock", "--plugin-dir", missing}, "--plugin-dir"},
		{"", []string{"plugin", "verify", "--plugin-dir", missing}, "--plugin-dir"},
		{"SHEGONG_CORS_ORIGINS=*", []string{"serve"}, "SHEGONG_CORS_ORIGINS"},
		{"SHEGONG_LOG_LEVEL=loud", []string{"token", "list"}, "SHEGONG_LOG_LEVEL"},
		{"SHEGONG_LOG_LEVEL=loud", []string{"serve"}, "SHEGONG_LOG_LEVEL"},
		{"", []string{"serve", "--cors-origins", "https://app.example.org/path"}, "--cors-origins"},
	} {
		var env []string
		if tc.env != "" {
			env = []string{tc.env, "SHEGONG_DATABASE_URL=" + db}
		} else {
			env = []string{"SHEGONG_DATABASE_URL=" + db}
		}
		args := tc.args
		if args[0] == "serve" {
			args = append(args, "--addr", "127.0.0.1:0")
		}
		r := shegongWithin(t, 20*time.Second, "", env, args...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) || r.stdout != "" {
			t.Errorf("%s %v: %v", tc.env, tc.args, r)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a command with a bad configuration opened the database")
	}
}

// TestTokenCommandOutput: token create and token list print their result alone on stdout
// (logs, quiet by default, go to stderr), a duplicate label is refused naming --label with
// nothing written, and list lines up a Chinese label by its display width.
func TestTokenCommandOutput(t *testing.T) {
	dir := t.TempDir()
	dbArg := []string{"--database", filepath.Join(dir, "tokens.db")}
	tok := func(env []string, args ...string) result {
		t.Helper()
		return shegong(t, dir, env, append(append([]string{"token"}, args...), dbArg...)...)
	}
	r := tok(nil, "create", "--role", "admin", "--label", "张三的数据平台")
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if r.code != 0 || r.stderr != "" || len(lines) != 2 || !strings.HasPrefix(lines[0], "created token ") ||
		!regexp.MustCompile(`^sgt_[A-Za-z0-9_-]{43}$`).MatchString(lines[1]) {
		t.Fatalf("create: %v", r)
	}

	r = tok(nil, "create", "--role", "researcher", "--label", "张三的数据平台")
	if r.code == 0 || r.stdout != "" || !strings.Contains(r.stderr, `--label "张三的数据平台"`) || !strings.Contains(r.stderr, "already used") {
		t.Errorf("duplicate label: %v", r)
	}
	db, err := storage.Open(context.Background(), filepath.Join(dir, "tokens.db"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := auth.System(context.Background())
	tokens := db.Client.ApiToken.Query().CountX(ctx)
	created := db.Client.AuditLog.Query().Where(auditlog.ActionEQ("token.create")).CountX(ctx)
	researchers := db.Client.ApiToken.Query().Where(apitoken.RoleEQ(apitoken.RoleResearcher)).CountX(ctx)
	db.Close()
	if tokens != 1 || created != 1 || researchers != 0 {
		t.Errorf("after a refused duplicate: %d tokens, %d researcher tokens, %d token.create audit entries; want 1, 0, 1", tokens, researchers, created)
	}

	// With logs asked for, they go to stderr and stdout stays the result alone.
	r = tok([]string{"SHEGONG_LOG_LEVEL=info"}, "create", "--role", "researcher", "--label", "ab")
	if r.code != 0 || !logLine.MatchString(r.stderr) || logLine.MatchString(r.stdout) || strings.Count(r.stdout, "\n") != 2 {
		t.Errorf("create with logs: %v", r)
	}
	for _, env := range [][]string{nil, {"SHEGONG_LOG_LEVEL=debug"}} {
		r = tok(env, "list")
		if r.code != 0 || logLine.MatchString(r.stdout) || (env == nil && r.stderr != "") {
			t.Fatalf("list: %v", r)
		}
		lines = strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
		if len(lines) != 3 {
			t.Fatalf("list: %v", r)
		}
		// The ROLE column starts in the same terminal column on every line.
		col := func(line, cell string) int {
			i := strings.Index(line, "  "+cell+" ")
			if i < 0 {
				t.Fatalf("no %q in %q", cell, line)
			}
			return runewidth.StringWidth(line[:i+2])
		}
		h, a, b := col(lines[0], "ROLE"), col(lines[1], "researcher"), col(lines[2], "admin")
		if h != a || h != b {
			t.Errorf("ROLE column at %d, %d, %d:\n%s", h, a, b, r.stdout)
		}
	}
}

// TestPolicyTestByRegionCode: "policy test shenzhen" finds the region's cases from anywhere in
// the repository, and prints the cases alone on stdout.
func TestPolicyTestByRegionCode(t *testing.T) {
	r := shegong(t, "", nil, "policy", "test", "shenzhen", "zhuzhou")
	if r.code != 0 || r.stderr != "" || logLine.MatchString(r.stdout) ||
		!strings.Contains(r.stdout, filepath.Join("regions", "shenzhen", "testdata", "cases.yaml")+" (shenzhen)") ||
		!strings.Contains(r.stdout, "(zhuzhou → hunan)") || !regexp.MustCompile(`\n\d+ passed, 0 failed\n$`).MatchString(r.stdout) {
		t.Errorf("%v", r)
	}
	// Outside the repository the code alone cannot be found: said so, not a stack of errors.
	r = shegong(t, t.TempDir(), nil, "policy", "test", "shenzhen")
	if r.code == 0 || !strings.Contains(r.stderr, filepath.Join("regions", "shenzhen", "testdata", "cases.yaml")) {
		t.Errorf("outside the repository: %v", r)
	}
	r = shegong(t, "", nil, "policy", "test", "beijing")
	if r.code != 2 || !strings.Contains(r.stderr, "shenzhen") {
		t.Errorf("unknown region: %v", r)
	}
}

// TestServeFlagsDocumented: every flag of serve has its row in the configuration table
// (docs/configuration.md).
func TestServeFlagsDocumented(t *testing.T) {
	readme, err := os.ReadFile("../../docs/configuration.md")
	if err != nil {
		t.Fatal(err)
	}
	r := shegong(t, "", nil, "serve", "-h")
	flags := regexp.MustCompile(`(?m)^  -([a-z-]+)`).FindAllStringSubmatch(r.stdout, -1)
	if len(flags) < 5 {
		t.Fatalf("serve -h lists %d flags: %v", len(flags), r)
	}
	for _, f := range flags {
		if !strings.Contains(string(readme), "\n| `--"+f[1]+"` |") {
			t.Errorf("docs/configuration.md has no row for serve --%s", f[1])
		}
	}
}

// TestSeedQuiet: seed says what it added on stdout, and logs nothing by default.
func TestSeedQuiet(t *testing.T) {
	db := filepath.Join(t.TempDir(), "seed.db")
	r := shegong(t, "", nil, "seed", "--database", db)
	if r.code != 0 || r.stderr != "" || r.stdout != "added 1 unit(s) of synthetic demo data to "+db+"\n" {
		t.Errorf("%v", r)
	}
}

// TestFirstStartFrameNamesBoundPort: served on port 0, the first-start message names the port
// the server really listens on, and that URL answers.
func TestFirstStartFrameNamesBoundPort(t *testing.T) {
	_, stderr, _ := startShegong(t, 2*time.Minute, "serve", "--addr", "127.0.0.1:0", "--no-demo-data",
		"--database", filepath.Join(t.TempDir(), "first.db"))
	open := regexp.MustCompile(`open (http://\S+/) and paste`)
	var seen strings.Builder
	sc := bufio.NewScanner(stderr)
	url := ""
	for url == "" && sc.Scan() {
		seen.WriteString(sc.Text() + "\n")
		if m := open.FindStringSubmatch(sc.Text()); m != nil {
			url = m[1]
		}
	}
	go func() { _, _ = io.Copy(io.Discard, stderr) }()
	if url == "" {
		t.Fatalf("no first-start message; stderr:\n%s", seen.String())
	}
	if strings.HasSuffix(url, ":0/") {
		t.Fatalf("first-start message names the configured port 0: %s", url)
	}
	resp, err := http.Get(url + "healthz")
	if err != nil {
		t.Fatalf("the URL of the first-start message does not answer: %v", err)
	}
	_ = resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("GET %shealthz = %d", url, resp.StatusCode)
	}
}
