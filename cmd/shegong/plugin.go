package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"

	"github.com/shegong/shegong/internal/regionbinary"
	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/plugins/transport"
	"github.com/shegong/shegong/regions"
)

// runPluginMode serves one built-in region as a plugin process: the host re-executes this
// binary as `shegong __plugin <region>`, so built-in regions need no separate build.
func runPluginMode(_ context.Context, args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("%w: %s <region>", errUsage, host.PluginModeArg)
	}
	newPolicy, ok := regions.Builtin()[args[0]]
	if !ok {
		return fmt.Errorf("%w: no built-in region %q (have %v)", errUsage, args[0], builtinRegions())
	}
	transport.Serve(newPolicy())
	return nil
}

// builtinRegions returns the built-in region codes, sorted.
func builtinRegions() []string {
	var out []string
	for code := range regions.Builtin() {
		out = append(out, code)
	}
	slices.Sort(out)
	return out
}

const pluginHelp = `Usage: shegong plugin list|lock|verify [flags]

  list    start every region plugin (built-in, and external ones in --plugin-dir) as the
          server would, print each one's region, version, state and last error, then stop them
          flags: [--plugin-dir DIR] [--lock-file FILE] [--log-level LEVEL]
  lock    record the SHA-256 of every plugin binary in --plugin-dir in its lock file
          (default DIR/plugins.lock); the server refuses a binary whose hash does not match
          flags: --plugin-dir DIR [--lock-file FILE]
  verify  check every binary in --plugin-dir against the lock file; exit 1 on any mismatch
          flags: --plugin-dir DIR [--lock-file FILE]

A plugin binary, and its directory, must not be writable by group or others.
Run "shegong plugin <command> -h" for a command's flags.

Example:
  shegong plugin list
`

// pluginOut is where plugin commands print (a variable for tests).
var pluginOut io.Writer = os.Stdout

// pluginHelps is the help of each plugin command, for its -h.
var pluginHelps = map[string]string{
	"list": `Usage: shegong plugin list [--plugin-dir DIR] [--lock-file FILE] [--log-level LEVEL]

Starts every region plugin as the server would (the built-in regions, and the external ones
in --plugin-dir, checked against the lock file), prints each one's region, version, state,
ruleset hash and last error, then stops them.

Example:
  shegong plugin list --plugin-dir /opt/shegong/plugins
`,
	"lock": `Usage: shegong plugin lock --plugin-dir DIR [--lock-file FILE]

Records the SHA-256 of every plugin binary in --plugin-dir in the lock file (default
DIR/plugins.lock); the server refuses a binary whose hash does not match.

Example:
  shegong plugin lock --plugin-dir /opt/shegong/plugins
`,
	"verify": `Usage: shegong plugin verify --plugin-dir DIR [--lock-file FILE]

Checks every binary in --plugin-dir against the lock file; exits 1 on any mismatch.

Example:
  shegong plugin verify --plugin-dir /opt/shegong/plugins
`,
}

// runPlugin is `shegong plugin list|lock|verify`.
func runPlugin(ctx context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(os.Stderr, pluginHelp)
		return fmt.Errorf("%w: plugin needs a command: list, lock or verify", errUsage)
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(pluginOut, pluginHelp)
		return nil
	}
	help, ok := pluginHelps[args[0]]
	if !ok {
		return fmt.Errorf("%w: unknown plugin command %q: want list, lock or verify (shegong plugin -h)", errUsage, args[0])
	}
	fs := newFlagSet("plugin "+args[0], help, pluginOut)
	dir := fs.String("plugin-dir", envOr("SHEGONG_PLUGIN_DIR", ""), "directory of external region plugins (env SHEGONG_PLUGIN_DIR)")
	lock := fs.String("lock-file", "", "lock file (default <plugin-dir>/"+host.LockFileName+")")
	// Only list starts anything that logs; lock and verify touch files only, and no plugin
	// command opens the database, so none takes --database.
	var common commonFlags
	if args[0] == "list" {
		common.registerLogLevel(fs)
	}
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if err := checkPluginDir(*dir); err != nil {
		return err
	}
	if *lock == "" && *dir != "" {
		*lock = filepath.Join(*dir, host.LockFileName)
	}
	switch args[0] {
	case "list":
		logger, err := common.logger()
		if err != nil {
			return err
		}
		return pluginList(ctx, *dir, *lock, logger)
	case "lock":
		if *dir == "" {
			return fmt.Errorf("%w: plugin lock needs --plugin-dir", errUsage)
		}
		entries, err := host.WriteLockFile(*dir, *lock)
		if err != nil {
			return err
		}
		for _, e := range entries {
			fmt.Fprintf(pluginOut, "%s  %s\n", e.SHA256, e.File)
		}
		fmt.Fprintf(os.Stderr, "locked %d plugin(s) in %s\n", len(entries), *lock)
		return nil
	case "verify":
		if *dir == "" {
			return fmt.Errorf("%w: plugin verify needs --plugin-dir", errUsage)
		}
		checks, err := host.VerifyPluginDir(*dir, *lock)
		if err != nil {
			return err
		}
		bad := 0
		rows := [][]string{{"FILE", "STATUS", "SHA256"}}
		for _, c := range checks {
			sum := c.Got
			if c.Status != host.CheckOK {
				bad++
				sum = fmt.Sprintf("got %s want %s", orDash(c.Got), orDash(c.Want))
			}
			rows = append(rows, []string{c.File, c.Status, sum})
		}
		if err := writeTable(pluginOut, rows); err != nil {
			return err
		}
		if bad > 0 {
			return fmt.Errorf("%d plugin file(s) do not match %s", bad, *lock)
		}
		return nil
	}
	return fmt.Errorf("%w: unknown plugin command %q (want list, lock or verify)", errUsage, args[0])
}

// pluginList starts every plugin the server would start and prints its status.
func pluginList(ctx context.Context, dir, lock string, logger *slog.Logger) error {
	command, _, err := regionbinary.Command(ctx, regionbinary.Auto, logger)
	if err != nil {
		return err
	}
	h, err := host.New(host.Config{Builtin: builtinRegions(), Command: command, PluginDir: dir, LockFile: lock, Logger: logger})
	if err != nil {
		return err
	}
	defer h.Close()
	if err := h.Start(ctx); err != nil {
		return err
	}
	rows := [][]string{{"REGION", "PLUGIN", "VERSION", "STATE", "RULESET", "ERROR", "FALLBACK"}}
	for _, st := range h.Status() {
		hash := st.RulesetHash
		if len(hash) > 12 {
			hash = hash[:12]
		}
		rows = append(rows, []string{orDash(st.Region), st.Name, orDash(st.Version), string(st.State), orDash(hash), orDash(st.LastError), orDash(st.Fallback)})
	}
	return writeTable(pluginOut, rows)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
