package main

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/shegong/shegong/ent/auditlog"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/auth/token"
	"github.com/shegong/shegong/internal/seed"
	"github.com/shegong/shegong/internal/storage"
	"github.com/shegong/shegong/internal/testdb"
)

// TestTokenCommand: create prints the secret once, list never shows it, revoke by label
// makes it fail authentication; both changes are audited as system.
func TestTokenCommand(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "tok.db")
	ctx := context.Background()
	db, err := storage.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := storage.Migrate(ctx, db, testdb.Logger(), nil); err != nil {
		t.Fatal(err)
	}
	if _, err := seed.EnsureRegions(ctx, db.Client); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) (string, error) {
		var out bytes.Buffer
		tokenOut = &out
		err := dispatch(ctx, append(append([]string{"token"}, args...), "--database", dbPath, "--log-level", "error"), &out)
		return out.String(), err
	}
	out, err := run("create", "--role", "region_operator", "--region", "zhuzhou", "--expires", "720h", "--label", "zz desk")
	if err != nil {
		t.Fatal(err)
	}
	secret := regexp.MustCompile(`sgt_[A-Za-z0-9_-]{43}`).FindString(out)
	if secret == "" {
		t.Fatalf("create printed no token: %q", out)
	}
	v, err := token.Store{Client: db.Client}.Authenticate(ctx, secret)
	if err != nil || v.Role != auth.Operator || v.Region != "zhuzhou" {
		t.Fatalf("authenticate: %+v %v", v, err)
	}
	if _, err := run("create", "--role", "region_operator", "--label", "no region"); err == nil {
		t.Error("an operator token without a region was created")
	}
	if _, err := run("create", "--role", "king", "--label", "x"); !errors.Is(err, errUsage) {
		t.Errorf("bad role: %v", err)
	}
	list, err := run("list")
	if err != nil || !strings.Contains(list, "zz desk") || strings.Contains(list, secret) || strings.Contains(list, secret[4:]) {
		t.Errorf("list: %v\n%s", err, list)
	}
	if _, err := run("revoke", "zz desk"); err != nil {
		t.Fatal(err)
	}
	if _, err := (token.Store{Client: db.Client}).Authenticate(ctx, secret); err == nil || !strings.Contains(err.Error(), "revoked") {
		t.Errorf("revoked token still authenticates: %v", err)
	}
	n := db.Client.AuditLog.Query().Where(auditlog.ActorEQ("system"), auditlog.EntityTypeEQ("ApiToken"),
		auditlog.ActionIn("token.create", "token.revoke")).CountX(auth.System(ctx))
	if n != 2 {
		t.Errorf("%d audit entries for the token commands, want 2", n)
	}
}
