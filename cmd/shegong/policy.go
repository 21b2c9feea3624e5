package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/shegong/shegong/plugins/policycases"
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/regions"
)

const policyHelp = `Usage: shegong policy test [-v] <code>|regions/<code>|FILE ...

Runs a built-in region's policy test cases (regions/<code>/testdata/cases.yaml) against the
region and its ancestors (zhuzhou → hunan), prints one line per case and a summary
"N passed, M failed", and exits with status 1 when a case fails. Give a region code (looked up
as regions/<code> in this directory or the nearest parent that has one), the region's
directory, or a case file. Given a directory that holds a ruleset.yaml (hunan, zhuzhou), the
region is evaluated with that file instead of the data built into the binary, so an edited
value or a new declared rule is tried without rebuilding.

Example:
  shegong policy test shenzhen
  shegong policy test -v regions/zhuzhou/testdata/cases.yaml
`

// runPolicy is "shegong policy test".
func runPolicy(ctx context.Context, args []string) error {
	return runPolicyTo(ctx, args, os.Stdout)
}

func runPolicyTo(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlagSet("policy test", policyHelp, out)
	verbose := fs.Bool("v", false, "print every finding of failed cases, and every case name")
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		if len(args) == 0 {
			fs.SetOutput(os.Stderr)
			fs.Usage()
			return fmt.Errorf("%w: policy test <code>", errUsage)
		}
		fs.Usage()
		return nil
	}
	if args[0] != "test" {
		return fmt.Errorf("%w: unknown policy command %q (want test)", errUsage, args[0])
	}
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: policy test needs a region, e.g. shenzhen or regions/shenzhen", errUsage)
	}
	passed, failed := 0, 0
	for _, target := range fs.Args() {
		file, code, err := casePath(target)
		if err != nil {
			return err
		}
		chain, err := regionChain(ctx, code)
		if err != nil {
			return err
		}
		if rs, path, err := dirRuleset(target, code); err != nil {
			return err
		} else if rs != nil {
			chain[0] = regions.FromRuleset()[code](rs)
			fmt.Fprintf(out, "ruleset %s\n", path)
		}
		rep, err := policycases.RunFile(ctx, file, chain...)
		if err != nil {
			return err
		}
		names := make([]string, len(chain))
		for i := range chain {
			d, _ := chain[i].Describe(ctx)
			names[i] = d.Region.Code
		}
		fmt.Fprintf(out, "%s (%s): %d cases\n", file, strings.Join(names, " → "), len(rep.Cases))
		for _, c := range rep.Cases {
			if c.Passed {
				if *verbose {
					fmt.Fprintf(out, "ok    %s\n", c.Name)
				}
				continue
			}
			fmt.Fprintf(out, "FAIL  %s\n", c.Name)
			if *verbose {
				fmt.Fprint(out, c.Detail())
			} else {
				for _, p := range c.Problems {
					fmt.Fprintf(out, "  - %s\n", p)
				}
			}
		}
		passed += rep.Passed
		failed += rep.Failed
	}
	fmt.Fprintf(out, "%d passed, %d failed\n", passed, failed)
	if failed > 0 {
		return fmt.Errorf("%d policy test case(s) failed", failed)
	}
	return nil
}

// dirRuleset loads <dir>/ruleset.yaml when target is a region's directory holding one and the
// region can be built over an edited ruleset (regions.FromRuleset): the region is then evaluated
// with that file rather than the data compiled into the binary. nil otherwise (another region's
// edited file takes effect when the binary is rebuilt, as with go run).
func dirRuleset(target, code string) (*sdk.Ruleset, string, error) {
	st, err := os.Stat(target)
	if err != nil || !st.IsDir() {
		return nil, "", nil
	}
	path := filepath.Join(target, "ruleset.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, "", nil
	}
	if _, ok := regions.FromRuleset()[code]; !ok {
		return nil, "", nil // its Go rules read the data built in: the file is read after a rebuild
	}
	rs, err := sdk.LoadRuleset(data)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", path, err)
	}
	if rs.Region() != code {
		return nil, "", fmt.Errorf("%s: the ruleset is for region %q, the directory for %q", path, rs.Region(), code)
	}
	return rs, path, nil
}

// casePath turns a region code, regions/<code> or a case file into the case file and the
// region code.
func casePath(target string) (file, code string, err error) {
	st, err := os.Stat(target)
	if err != nil {
		if _, builtin := regions.Builtin()[target]; builtin {
			return regionCases(target)
		}
		return "", "", fmt.Errorf("%w: %s: 既非内置地区代码也非路径 / neither a built-in region code (%s) nor a path",
			errUsage, target, strings.Join(builtinRegions(), ", "))
	}
	if st.IsDir() {
		file = filepath.Join(target, "testdata", "cases.yaml")
		if _, err := os.Stat(file); err != nil {
			return "", "", fmt.Errorf("%s: no testdata/cases.yaml", target)
		}
		return file, filepath.Base(filepath.Clean(target)), nil
	}
	f, err := policycases.LoadFile(target)
	if err != nil {
		return "", "", err
	}
	if f.Region == "" {
		return "", "", fmt.Errorf("%s: the case file names no region", target)
	}
	return target, f.Region, nil
}

// regionCases finds regions/<code>/testdata/cases.yaml in the working directory or the
// nearest parent that has it, so a region author can run "policy test shenzhen" anywhere in
// the repository.
func regionCases(code string) (file, region string, err error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", "", err
	}
	rel := filepath.Join("regions", code, "testdata", "cases.yaml")
	for {
		file := filepath.Join(dir, rel)
		if _, err := os.Stat(file); err == nil {
			return file, code, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", "", fmt.Errorf("%s: 找不到用例文件 / no %s in this directory or a parent: run it in the repository, or give the case file's path", code, rel)
		}
		dir = parent
	}
}

// regionChain returns the built-in region and its ancestors, nearest first.
func regionChain(ctx context.Context, code string) ([]sdk.Policy, error) {
	builtin := regions.Builtin()
	var chain []sdk.Policy
	for seen := []string{}; code != ""; {
		if slices.Contains(seen, code) {
			return nil, fmt.Errorf("region parent cycle: %s → %s", strings.Join(seen, " → "), code)
		}
		seen = append(seen, code)
		newPolicy, ok := builtin[code]
		if !ok {
			var have []string
			for c := range builtin {
				have = append(have, c)
			}
			sort.Strings(have)
			return nil, fmt.Errorf("%w: no built-in region %q (have %s)", errUsage, code, strings.Join(have, ", "))
		}
		p := newPolicy()
		d, err := p.Describe(ctx)
		if err != nil {
			return nil, fmt.Errorf("describe %s: %w", code, err)
		}
		chain = append(chain, p)
		code = d.Region.Parent
	}
	return chain, nil
}
