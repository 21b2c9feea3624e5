package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPolicyTestShenzhen(t *testing.T) {
	var out bytes.Buffer
	err := runPolicyTo(context.Background(), []string{"test", "../../regions/shenzhen"}, &out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), " passed, 0 failed\n") {
		t.Errorf("no summary line:\n%s", out.String())
	}
}

func TestPolicyTestFailingCase(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "cases.yaml")
	body := "region: shenzhen\ncases:\n  - name: wrong\n    as_of: 2023-06-01\n    subject: {worker: {certificate: ASSISTANT, training_hours_per_year: 79}}\n    expect: {status: COMPLIANT}\n"
	if err := os.WriteFile(file, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	err := runPolicyTo(context.Background(), []string{"test", file}, &out)
	if err == nil {
		t.Fatalf("a failing case did not fail:\n%s", out.String())
	}
	for _, want := range []string{"FAIL  wrong", "status: want COMPLIANT, got NON_COMPLIANT", "0 passed, 1 failed"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestPolicyHelp(t *testing.T) {
	var out bytes.Buffer
	if err := runPolicyTo(context.Background(), []string{"-h"}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "shegong policy test") {
		t.Errorf("help: %s", out.String())
	}
}
