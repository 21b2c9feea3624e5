package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/regions"
)

const versionHelp = `Usage: shegong version   (or shegong --version)

Prints the version of this binary (the module version, or "devel" for a local build), the
commit it was built from (and whether the work tree had changes), the plugin protocol it
speaks, and the version of each built-in region plugin.

Example:
  shegong version
`

// runVersion is "shegong version" and "shegong --version".
func runVersion(ctx context.Context, args []string) error {
	fs := newFlagSet("version", versionHelp, os.Stdout)
	if err := parse(fs, args); err != nil {
		return err
	}
	bi, _ := debug.ReadBuildInfo()
	return writeVersion(ctx, os.Stdout, bi)
}

// build is what a binary knows of its own build.
type build struct {
	Version  string // module version, or "devel"
	Commit   string // VCS revision, "" when built without VCS information
	Modified bool   // the work tree had uncommitted changes
	Go       string // Go version
}

// buildOf reads bi, which is nil when the binary carries no build information.
func buildOf(bi *debug.BuildInfo) build {
	b := build{Version: "devel"}
	if bi == nil {
		return b
	}
	b.Go = bi.GoVersion
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		b.Version = v
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			b.Commit = s.Value
		case "vcs.modified":
			b.Modified = s.Value == "true"
		}
	}
	return b
}

// writeVersion prints the build and the plugin versions. The regions describe themselves in
// this process: the same code a plugin process would run, without starting one.
func writeVersion(ctx context.Context, out io.Writer, bi *debug.BuildInfo) error {
	b := buildOf(bi)
	commit := "unknown (built without VCS information, e.g. -buildvcs=false)"
	if b.Commit != "" {
		commit = b.Commit
		if b.Modified {
			commit += " (modified: uncommitted changes)"
		}
	}
	var regionVersions []string
	builtin := regions.Builtin()
	for _, code := range builtinRegions() {
		d, err := builtin[code]().Describe(ctx)
		if err != nil {
			return fmt.Errorf("describe %s: %w", code, err)
		}
		regionVersions = append(regionVersions, code+" "+d.PluginVersion)
	}
	rows := [][]string{
		{"shegong", b.Version},
		{"commit", commit},
		{"plugin protocol", fmt.Sprint(sdk.ProtocolVersion)},
		{"regions", strings.Join(regionVersions, ", ")},
	}
	if b.Go != "" {
		rows = append(rows, []string{"go", b.Go})
	}
	return writeTable(out, rows)
}
