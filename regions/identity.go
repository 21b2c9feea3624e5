package regions

import (
	"context"
	"fmt"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/shegong/shegong/plugins/sdk"
)

// Identity tells one build of a built-in region from another: its code, plugin version and
// ruleset hash, as its Describe reports them, and the source revision the binary was built
// from. The revision catches a Go rule changed without a version bump between two commits;
// two builds of one uncommitted tree share a revision, so they are told apart only by
// version and ruleset hash.
type Identity struct {
	Region      string `json:"region"`
	Version     string `json:"version"`
	RulesetHash string `json:"rulesetHash"`
	Revision    string `json:"revision,omitempty"`
}

// Identities describes every built-in region in process, sorted by region code. Two binaries
// whose identities are equal serve the same regions.
func Identities(ctx context.Context) ([]Identity, error) {
	var out []Identity
	rev := revision()
	for code, newPolicy := range Builtin() {
		d, err := sdk.InProcess(newPolicy()).Describe(ctx)
		if err != nil {
			return nil, fmt.Errorf("describe built-in region %s: %w", code, err)
		}
		out = append(out, Identity{Region: d.Region.Code, Version: d.PluginVersion, RulesetHash: d.RulesetHash, Revision: rev})
	}
	slices.SortFunc(out, func(a, b Identity) int { return strings.Compare(a.Region, b.Region) })
	return out, nil
}

// revision is the version-control revision the running binary was built from, with "+dirty"
// when the tree had uncommitted changes; "" when the build recorded none (go build -buildvcs=false,
// or a build outside a repository).
func revision() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if rev == "" {
		return ""
	}
	return rev + dirty
}
