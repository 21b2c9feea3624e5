package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"strings"
	"testing"
)

// TestTokenAndPluginHelp: `token -h` and `plugin -h` print their commands instead of an error;
// each command's -h lists exactly the flags it uses (no --database or --log-level on plugin
// lock and verify, which neither open the database nor start anything that logs).
func TestTokenAndPluginHelp(t *testing.T) {
	var out bytes.Buffer
	oldToken, oldPlugin := tokenOut, pluginOut
	tokenOut, pluginOut = &out, &out
	t.Cleanup(func() { tokenOut, pluginOut = oldToken, oldPlugin })
	run := func(args ...string) (string, error) {
		out.Reset()
		err := dispatch(context.Background(), args, &out)
		return out.String(), err
	}
	for _, args := range [][]string{{"token", "-h"}, {"token", "--help"}, {"token", "help"}} {
		got, err := run(args...)
		if err != nil {
			t.Errorf("%v: %v", args, err)
		}
		for _, want := range []string{"create", "list", "revoke", "--role", "--label", "--database"} {
			if !strings.Contains(got, want) {
				t.Errorf("%v: help lacks %q:\n%s", args, want, got)
			}
		}
		if strings.Contains(got, "unknown") {
			t.Errorf("%v: %s", args, got)
		}
	}
	if got, err := run("plugin", "-h"); err != nil || !strings.Contains(got, "verify") || !strings.Contains(got, "--plugin-dir") {
		t.Errorf("plugin -h: %v\n%s", err, got)
	}
	if _, err := run("token", "mint"); !errors.Is(err, errUsage) {
		t.Errorf("token mint: %v, want a usage error", err)
	}
	if _, err := run("token"); !errors.Is(err, errUsage) {
		t.Errorf("token without a command: %v, want a usage error", err)
	}
	flags := map[string]struct{ want, not []string }{
		"token create":  {[]string{"-role", "-label", "-region", "-expires", "-database", "-log-level"}, nil},
		"token list":    {[]string{"-database", "-log-level"}, []string{"-role", "-label"}},
		"token revoke":  {[]string{"-database", "-log-level"}, []string{"-role", "-label"}},
		"plugin list":   {[]string{"-plugin-dir", "-lock-file", "-log-level"}, []string{"-database"}},
		"plugin lock":   {[]string{"-plugin-dir", "-lock-file"}, []string{"-database", "-log-level"}},
		"plugin verify": {[]string{"-plugin-dir", "-lock-file"}, []string{"-database", "-log-level"}},
	}
	for cmd, f := range flags {
		got, err := run(append(strings.Fields(cmd), "-h")...)
		if !errors.Is(err, flag.ErrHelp) {
			t.Errorf("%s -h: %v", cmd, err)
		}
		if !strings.HasPrefix(got, "Usage: shegong "+cmd) {
			t.Errorf("%s -h: no synopsis:\n%s", cmd, got)
		}
		for _, w := range f.want {
			if !strings.Contains(got, "  "+w+" ") {
				t.Errorf("%s -h: flag %s missing:\n%s", cmd, w, got)
			}
		}
		for _, n := range f.not {
			if strings.Contains(got, "  "+n+" ") {
				t.Errorf("%s -h: lists %s, which it does not use:\n%s", cmd, n, got)
			}
		}
	}
	// lock and verify refuse the flags they no longer take.
	if _, err := run("plugin", "verify", "--database", "x.db"); !errors.Is(err, errUsage) {
		t.Errorf("plugin verify --database: %v, want a usage error", err)
	}
}
