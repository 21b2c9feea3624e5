// Package regionbinary chooses how a server starts its built-in regions' plugin processes:
// with the small shegong-regions binary (cmd/shegong-regions) when it lies beside the server
// binary and was built from the same regions, otherwise with the server binary re-executed in
// plugin mode (`shegong __plugin <region>`). The small binary links the regions and the plugin
// SDK only, so five region processes start faster and touch far fewer pages; re-executing the
// server needs no second file, which is what `go run ./cmd/shegong serve` has.
package regionbinary

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"time"

	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/regions"
)

const (
	// Name is the small binary's file name, looked for beside the server binary.
	Name = "shegong-regions"
	// Auto uses Name beside the server binary when it is there, trusted and built from the
	// same regions, and re-executes the server otherwise (with a warning when a file was
	// there but could not be used).
	Auto = "auto"
	// Self always re-executes the server binary.
	Self = "self"
)

// describeTimeout bounds `shegong-regions describe`, which parses five rulesets.
const describeTimeout = 10 * time.Second

// Command returns how to start one built-in region's plugin process, and the binary it runs.
// choice is Auto, Self or the path of a shegong-regions binary; a path that cannot be used
// (missing, writable by others, built from other regions) is an error, while Auto falls back.
func Command(ctx context.Context, choice string, logger *slog.Logger) (func(region string) *exec.Cmd, string, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, "", fmt.Errorf("find own executable for built-in plugins: %w", err)
	}
	return choose(ctx, choice, exe, logger)
}

func choose(ctx context.Context, choice, exe string, logger *slog.Logger) (func(region string) *exec.Cmd, string, error) {
	self := func(region string) *exec.Cmd { return exec.Command(exe, host.PluginModeArg, region) }
	path := choice
	switch choice {
	case Self:
		return self, exe, nil
	case Auto, "":
		path = filepath.Join(filepath.Dir(exe), Name)
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return self, exe, nil
		}
	}
	if err := usable(ctx, path); err != nil {
		if choice != Auto && choice != "" {
			return nil, "", fmt.Errorf("--regions-binary: %w", err)
		}
		logger.WarnContext(ctx, "not using the regions binary beside the server; re-executing the server for built-in regions",
			"binary", path, "reason", err)
		return self, exe, nil
	}
	return func(region string) *exec.Cmd { return exec.Command(path, region) }, path, nil
}

// usable checks that path is a trusted binary serving the regions this server was built with.
func usable(ctx context.Context, path string) error {
	if err := host.CheckTrusted("regions binary", path); err != nil {
		return err
	}
	want, err := regions.Identities(ctx)
	if err != nil {
		return err
	}
	got, err := describe(ctx, path)
	if err != nil {
		return err
	}
	for _, w := range want {
		i := slices.IndexFunc(got, func(g regions.Identity) bool { return g.Region == w.Region })
		switch {
		case i < 0:
			return fmt.Errorf("%s does not serve built-in region %s", path, w.Region)
		case !sameBuild(got[i], w):
			return fmt.Errorf("%s was built from other regions: %s is %s (ruleset %.12s, revision %s) there, %s (ruleset %.12s, revision %s) in this server",
				path, w.Region, got[i].Version, got[i].RulesetHash, orNone(got[i].Revision), w.Version, w.RulesetHash, orNone(w.Revision))
		}
	}
	if len(got) != len(want) {
		return fmt.Errorf("%s serves %d regions, this server %d", path, len(got), len(want))
	}
	return nil
}

// describe runs `path describe` and reads its JSON lines.
func describe(ctx context.Context, path string) ([]regions.Identity, error) {
	ctx, cancel := context.WithTimeout(ctx, describeTimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, path, "describe").Output()
	if err != nil {
		return nil, fmt.Errorf("run %s describe: %w", path, err)
	}
	var ids []regions.Identity
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		var id regions.Identity
		if err := json.Unmarshal(sc.Bytes(), &id); err != nil {
			return nil, fmt.Errorf("read %s describe, line %d: %w", path, len(ids)+1, err)
		}
		ids = append(ids, id)
	}
	return ids, sc.Err()
}

// sameBuild compares two identities. A revision counts only when both binaries recorded one:
// a test binary, or a build with -buildvcs=false, records none.
func sameBuild(a, b regions.Identity) bool {
	if a.Revision == "" || b.Revision == "" {
		a.Revision, b.Revision = "", ""
	}
	return a == b
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
