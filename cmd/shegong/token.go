package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/apitoken"
	"github.com/shegong/shegong/internal/audit"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/auth/token"
)

// tokenOut is where token commands print (a variable for tests).
var tokenOut io.Writer = os.Stdout

const tokenHelp = `Usage: shegong token create|list|revoke [flags]

API tokens (令牌) for the GraphQL API and the CSV exports; send one as
"Authorization: Bearer <token>". Only the SHA-256 of a token is stored.

  create  --role admin|region_operator|researcher --label L [--region CODE] [--expires 720h|2026-12-31]
          create a token and print it, once; region_operator needs --region (e.g. hunan)
  list    list every token: id, label, role, region, created, expires, last used, revoked;
          never the secret
  revoke  <id|label>
          revoke a token; the next request with it is refused (401)

Every command takes --database (env SHEGONG_DATABASE_URL; default ./shegong.db) and
--log-level. Creating and revoking are recorded in the audit log with actor "system".
Run "shegong token <command> -h" for a command's flags.

Example:
  shegong token create --role researcher --label 数据分析组 --expires 2026-12-31
`

// tokenHelps is the help of each token command, for its -h.
var tokenHelps = map[string]string{
	"create": `Usage: shegong token create --role R --label L [--region CODE] [--expires 720h|2026-12-31] [flags]

Creates an API token and prints it, once: only its SHA-256 is stored. The label names the
holder or purpose and must be unique; region_operator tokens need --region.

Example:
  shegong token create --role region_operator --region hunan --label 湖南民政厅 --expires 720h
`,
	"list": `Usage: shegong token list [flags]

Lists every token, newest first: id, label, role, region, created, expires, last used,
revoked. Never the secret.

Example:
  shegong token list --database 'postgres://shegong@db.example:5432/shegong'
`,
	"revoke": `Usage: shegong token revoke <id|label> [flags]

Revokes a token by its id or label; the next request with it is refused (401).

Example:
  shegong token revoke 湖南民政厅
`,
}

func runToken(ctx context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(os.Stderr, tokenHelp)
		return fmt.Errorf("%w: token needs a command: create, list or revoke", errUsage)
	}
	sub, args := args[0], args[1:]
	switch sub {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(tokenOut, tokenHelp)
		return nil
	}
	help, ok := tokenHelps[sub]
	if !ok {
		return fmt.Errorf("%w: unknown token command %q: want create, list or revoke (shegong token -h)", errUsage, sub)
	}
	fs := newFlagSet("token "+sub, help, tokenOut)
	var common commonFlags
	common.register(fs)
	var (
		role, region, expires, label string
	)
	if sub == "create" {
		fs.StringVar(&role, "role", "", "admin, region_operator or researcher (required)")
		fs.StringVar(&region, "region", "", "region code (required for region_operator, e.g. hunan)")
		fs.StringVar(&expires, "expires", "", "expiry: a duration such as 720h, or a date such as 2026-12-31 (end of that day, China time); default never")
		fs.StringVar(&label, "label", "", "label naming the holder or purpose (required, unique)")
	}
	var rest []string
	if sub == "revoke" {
		// revoke <id|label> [flags] or [flags] <id|label>
		if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
			rest, args = args[:1], args[1:]
		}
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	rest = append(rest, fs.Args()...)
	if sub == "revoke" && len(rest) != 1 || sub != "revoke" && len(rest) != 0 {
		return fmt.Errorf("%w: token %s: unexpected arguments %q", errUsage, sub, rest)
	}
	db, err := common.openDB(ctx, nil)
	if err != nil {
		return err
	}
	defer db.Close()
	sys := auth.System(ctx)
	switch sub {
	case "create":
		r, err := auth.ParseRole(role)
		if err != nil {
			return fmt.Errorf("%w: --role: %v", errUsage, err)
		}
		exp, err := token.ParseExpiry(expires, time.Now())
		if err != nil {
			return fmt.Errorf("%w: --expires: %v", errUsage, err)
		}
		var secret string
		var t *ent.ApiToken
		err = audit.InTx(sys, db.Client, func(c *ent.Client) error {
			secret, t, err = token.Store{Client: c}.Create(audit.WithAction(sys, "token.create"),
				token.Spec{Role: r, Region: region, Expires: exp, Label: label})
			return err
		})
		if ent.IsConstraintError(err) {
			// The transaction is rolled back: no token and no audit entry were written.
			if taken, qerr := db.Client.ApiToken.Query().Where(apitoken.LabelEQ(strings.TrimSpace(label))).Only(sys); qerr == nil {
				return fmt.Errorf("token create: --label %q: 已被令牌 %d 使用 / already used by token %d: choose another --label", label, taken.ID, taken.ID)
			}
		}
		if err != nil {
			return fmt.Errorf("token create: %w", err)
		}
		fmt.Fprintf(tokenOut, "created token %d %q (%s%s, expires %s). Shown only now — keep it secret:\n%s\n",
			t.ID, t.Label, t.Role, regionSuffix(t), when(t.ExpiresAt, "never"), secret)
		return nil
	case "list":
		ts, err := token.Store{Client: db.Client}.List(sys)
		if err != nil {
			return err
		}
		rows := [][]string{{"ID", "LABEL", "ROLE", "REGION", "CREATED", "EXPIRES", "LAST USED", "REVOKED"}}
		for _, t := range ts {
			reg := "-"
			if t.Region != nil {
				reg = *t.Region
			}
			rows = append(rows, []string{fmt.Sprint(t.ID), t.Label, string(t.Role), reg,
				t.CreatedAt.UTC().Format(time.RFC3339), when(t.ExpiresAt, "never"), when(t.LastUsedAt, "never"), when(t.RevokedAt, "-")})
		}
		return writeTable(tokenOut, rows)
	default: // revoke
		var t *ent.ApiToken
		err := audit.InTx(sys, db.Client, func(c *ent.Client) error {
			var err error
			t, err = token.Store{Client: c}.Revoke(audit.WithAction(sys, "token.revoke"), rest[0])
			return err
		})
		if ent.IsNotFound(err) {
			return fmt.Errorf("token revoke: no token with id or label %q", rest[0])
		}
		if err != nil {
			return fmt.Errorf("token revoke: %w", err)
		}
		fmt.Fprintf(tokenOut, "revoked token %d %q at %s\n", t.ID, t.Label, when(t.RevokedAt, "-"))
		return nil
	}
}

func regionSuffix(t *ent.ApiToken) string {
	if t.Region == nil {
		return ""
	}
	return " of " + *t.Region
}

func when(t *time.Time, none string) string {
	if t == nil {
		return none
	}
	return t.UTC().Format(time.RFC3339)
}
