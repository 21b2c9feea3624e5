package policytest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/shegong/shegong/plugins/sdk"
)

// SharedEnv overrides where the shared/ directory (seeds, policy_rules.yaml) is looked for.
const SharedEnv = "SHEGONG_SHARED"

// FindShared locates the shared/ directory: $SHEGONG_SHARED when set, else ../shared beside
// the repository root (the directory holding go.mod, found by walking up from the working
// directory) as CI lays it out, else shared/ inside the root.
func FindShared() (string, error) {
	if d := os.Getenv(SharedEnv); d != "" {
		return d, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	root := wd
	for {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(root)
		if parent == root {
			return "", fmt.Errorf("no go.mod above %s", wd)
		}
		root = parent
	}
	for _, c := range []string{filepath.Join(root, "..", "shared"), filepath.Join(root, "shared")} {
		if _, err := os.Stat(filepath.Join(c, "domain", "policy_rules.yaml")); err == nil {
			return filepath.Clean(c), nil
		}
	}
	return "", fmt.Errorf("no shared/domain/policy_rules.yaml beside or inside %s (set %s)", root, SharedEnv)
}

// CheckSources cross-checks a region's claims against the shared sources: every rule id it
// lists exists in policy_rules.yaml under one of its documents; every rule of its documents
// that policy_rules.yaml marks machine_checkable yes or partial is listed (MODELLED, PARTIAL or
// NOT_MODELLED with a reason); and every cited quote — rules, parameters, catalog items, pilot
// sites — is found verbatim (whitespace removed) in the seed file of its document.
func CheckSources(t *testing.T, p sdk.Policy) {
	t.Helper()
	shared, err := FindShared()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range CheckSourcesIn(context.Background(), p, shared) {
		t.Error(e)
	}
}

// sharedRule is the part of a policy_rules.yaml rule the cross-check reads.
type sharedRule struct {
	ID               string `yaml:"id"`
	Region           string `yaml:"region"`
	Source           string `yaml:"source"`
	MachineCheckable string `yaml:"machine_checkable"`
}

type sharedFile struct {
	Sources map[string]struct {
		Region   string `yaml:"region"`
		SeedFile string `yaml:"seed_file"`
	} `yaml:"sources"`
	Rules []sharedRule `yaml:"rules"`
}

// CheckSourcesIn is CheckSources with the shared directory given; it returns every problem.
func CheckSourcesIn(ctx context.Context, p sdk.Policy, shared string) []error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	d, err := p.Describe(ctx)
	if err != nil {
		return []error{fmt.Errorf("describe: %w", err)}
	}
	data, err := os.ReadFile(filepath.Join(shared, "domain", "policy_rules.yaml"))
	if err != nil {
		return []error{err}
	}
	var sf sharedFile
	if err := yaml.Unmarshal(data, &sf); err != nil {
		return []error{fmt.Errorf("policy_rules.yaml: %w", err)}
	}
	byID := map[string]sharedRule{}
	for _, r := range sf.Rules {
		byID[r.ID] = r
	}

	// The region's documents, their seed texts (whitespace removed) and policy_rules prefixes.
	seeds := map[string]string{}
	docKeys := map[string]bool{}
	for _, doc := range d.Documents {
		docKeys[doc.Key] = true
		src, ok := sf.Sources[doc.Key]
		if !ok {
			bad("document %s: not a source in policy_rules.yaml", doc.Key)
		} else if src.SeedFile != "" && doc.SeedFile != src.SeedFile {
			bad("document %s: seed_file %q, policy_rules.yaml says %q", doc.Key, doc.SeedFile, src.SeedFile)
		}
		if doc.SeedFile == "" {
			continue
		}
		text, err := os.ReadFile(filepath.Join(shared, "seeds", doc.SeedFile))
		if err != nil {
			bad("document %s: %v", doc.Key, err)
			continue
		}
		seeds[doc.Key] = StripSpace(string(text))
	}
	if len(d.Documents) == 0 {
		bad("region %s lists no documents", d.Region.Code)
	}

	quote := func(where string, c sdk.Citation) {
		text, ok := seeds[c.Document]
		if !ok {
			if !docKeys[c.Document] {
				bad("%s: cites document %q, which the region does not list", where, c.Document)
			}
			return // a document without a seed file (national reference) cannot be checked here
		}
		q := StripSpace(c.Quote)
		if q == "" {
			bad("%s: empty quote", where)
		} else if !strings.Contains(text, q) {
			bad("%s: quote not found verbatim in %s: %q", where, c.Document, c.Quote)
		}
		if strings.TrimSpace(c.Clause) == "" {
			bad("%s: no clause", where)
		}
	}

	claimed := map[string]bool{}
	for _, r := range d.Rules {
		claimed[r.ID] = true
		sr, ok := byID[r.ID]
		switch {
		case !ok:
			bad("rule %s: not in policy_rules.yaml", r.ID)
		case !docKeys[sr.Source]:
			bad("rule %s: policy_rules.yaml files it under %s, not a document of region %s", r.ID, sr.Source, d.Region.Code)
		case sr.Source != r.Citation.Document:
			bad("rule %s: cites %s, policy_rules.yaml says %s", r.ID, r.Citation.Document, sr.Source)
		}
		if (r.Status == sdk.RulePartial || r.Status == sdk.RuleNotModelled) && strings.TrimSpace(r.Reason) == "" {
			bad("rule %s: %s without a reason", r.ID, r.Status)
		}
		quote("rule "+r.ID, r.Citation)
	}
	var missing []string
	for _, sr := range sf.Rules {
		if !docKeys[sr.Source] || claimed[sr.ID] {
			continue
		}
		if mc := strings.ToLower(sr.MachineCheckable); mc == "yes" || mc == "partial" {
			missing = append(missing, sr.ID+" ("+mc+")")
		}
	}
	sort.Strings(missing)
	for _, id := range missing {
		bad("rule %s: machine-checkable in policy_rules.yaml but not listed by region %s (list it as MODELLED, PARTIAL or NOT_MODELLED with a reason)", id, d.Region.Code)
	}

	for _, pr := range d.Parameters {
		quote(fmt.Sprintf("parameter %s (from %s)", pr.ID, pr.Validity.From), pr.Citation)
		if !claimed[pr.RuleID] {
			bad("parameter %s: rule %s is not listed", pr.ID, pr.RuleID)
		}
	}
	for _, it := range d.Catalog {
		quote("catalog "+it.Code, it.Citation)
	}
	for _, s := range d.PilotSites {
		quote("pilot site "+s.Code, s.Citation)
	}
	for _, c := range sdk.Concepts {
		if !slices.ContainsFunc(d.Coverage, func(cv sdk.Coverage) bool { return cv.Concept == c.Key }) {
			bad("coverage: shared concept %s not accounted for", c.Key)
		}
	}
	return errs
}

// StripSpace removes every whitespace character, for whitespace-insensitive quote matching.
func StripSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			return -1
		}
		return r
	}, s)
}
