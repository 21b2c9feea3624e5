package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

func TestHelpListsCommands(t *testing.T) {
	for _, arg := range []string{"help", "-h"} {
		var out bytes.Buffer
		if err := dispatch(context.Background(), []string{arg}, &out); err != nil {
			t.Fatalf("%s: %v", arg, err)
		}
		for _, c := range commands {
			if !c.hidden && !strings.Contains(out.String(), c.name) {
				t.Errorf("%s: %q not listed:\n%s", arg, c.name, out.String())
			}
		}
	}
}

func TestUnknownCommandIsUsageError(t *testing.T) {
	var out bytes.Buffer
	if err := dispatch(context.Background(), []string{"nope"}, &out); !errors.Is(err, errUsage) {
		t.Fatalf("got %v, want a usage error", err)
	}
}

func TestCommandNamesUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range commands {
		if seen[c.name] || c.run == nil || (!c.hidden && c.help == "") {
			t.Errorf("command %q duplicated or incomplete", c.name)
		}
		seen[c.name] = true
	}
}
