package main

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/shegong/shegong/internal/markdown"
)

var (
	helpFlag = regexp.MustCompile(`(?m)^  -([a-z][a-z0-9-]*)`)
	helpEnv  = regexp.MustCompile(`env (SHEGONG_[A-Z0-9_]+)`)
	docEnv   = regexp.MustCompile("`(SHEGONG_[A-Z0-9_]+)`")
	docFlag  = regexp.MustCompile(`(?:^|\s)--([a-z][a-z0-9-]*)`)
)

// TestDeployDocListsEveryFlag keeps docs/deploy.md true: its table names every flag and
// environment variable of `shegong serve` and `shegong migrate` (as their -h prints them), every
// variable it names exists unless its row says it is planned, and the commands of its ```sh
// blocks use only flags that exist.
func TestDeployDocListsEveryFlag(t *testing.T) {
	b, err := os.ReadFile("../../docs/deploy.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	flags, envs := map[string]bool{}, map[string]bool{}
	for _, cmd := range []string{"serve", "migrate"} {
		r := shegong(t, "", nil, cmd, "-h")
		if r.code != 0 {
			t.Fatalf("%s -h: %v", cmd, r)
		}
		for _, m := range helpFlag.FindAllStringSubmatch(r.stdout, -1) {
			flags[m[1]] = true
		}
		for _, m := range helpEnv.FindAllStringSubmatch(r.stdout, -1) {
			envs[m[1]] = true
		}
	}
	if len(flags) < 10 || len(envs) < 10 {
		t.Fatalf("read only %d flags and %d variables from -h: the check would check nothing", len(flags), len(envs))
	}
	for f := range flags {
		if !strings.Contains(doc, "`--"+f+"`") {
			t.Errorf("docs/deploy.md does not name the flag --%s", f)
		}
	}
	for e := range envs {
		if !strings.Contains(doc, "`"+e+"`") {
			t.Errorf("docs/deploy.md does not name the variable %s", e)
		}
	}
	for _, line := range strings.Split(doc, "\n") {
		for _, m := range docEnv.FindAllStringSubmatch(line, -1) {
			if !envs[m[1]] && !strings.Contains(line, "planned") {
				t.Errorf("docs/deploy.md names %s, which shegong does not read, on a line that does not say it is planned: %s", m[1], line)
			}
		}
	}
	samples := 0
	for _, blk := range markdown.Blocks(doc) {
		if blk.Lang != "sh" {
			continue
		}
		for _, line := range strings.Split(blk.Text, "\n") {
			cmd, _, _ := strings.Cut(line, "#")
			if !strings.HasPrefix(cmd, "shegong ") {
				continue
			}
			samples++
			for _, m := range docFlag.FindAllStringSubmatch(cmd, -1) {
				if !flags[m[1]] && !slices.Contains([]string{"role", "label"}, m[1]) {
					t.Errorf("docs/deploy.md: %q uses --%s, which shegong serve and migrate do not have", strings.TrimSpace(cmd), m[1])
				}
			}
		}
	}
	if samples == 0 {
		t.Error("docs/deploy.md: no shegong command in a ```sh block")
	}
}
