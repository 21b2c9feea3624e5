package gqlerr

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/shegong/shegong/ent/migrate"
	"github.com/shegong/shegong/internal/requestid"
)

var discard = slog.New(slog.NewTextHandler(io.Discard, nil))

func TestUnknownErrorsAreInternalWithRequestID(t *testing.T) {
	ctx := requestid.With(context.Background(), "req-42")
	raw := errors.New(`pq: relation "organizations" does not exist`)
	got := Presenter(discard)(ctx, raw)
	if got.Extensions["code"] != Internal || got.Extensions["requestId"] != "req-42" {
		t.Errorf("got %v", got.Extensions)
	}
	if strings.Contains(got.Message, "relation") || !strings.Contains(got.Message, "req-42") {
		t.Errorf("message %q leaks SQL or lacks the request id", got.Message)
	}
}

func TestRecoverAnswersInternal(t *testing.T) {
	ctx := requestid.With(context.Background(), "req-7")
	err := Recover(discard)(ctx, "boom")
	var ge *gqlerror.Error
	if !errors.As(err, &ge) || ge.Extensions["code"] != Internal || ge.Extensions["requestId"] != "req-7" || strings.Contains(ge.Message, "boom") {
		t.Errorf("recover returned %v", err)
	}
}

// notInGraphQL are the columns entgql is told to skip (entgql.Skip(entgql.SkipAll)).
var notInGraphQL = map[string]bool{
	"api_tokens.token_hash":           true, // a secret
	"assessments.personal_region_ids": true, // access control of the findings (graph/findings.go)
}

// TestCamelMatchesSchema checks that every ent field name turns into the
// GraphQL name entgql generated, so extensions.field names real inputs.
func TestCamelMatchesSchema(t *testing.T) {
	schema, err := os.ReadFile("../ent.graphql")
	if err != nil {
		t.Fatal(err)
	}
	for _, tbl := range migrate.Tables {
		fks := map[string]bool{}
		for _, fk := range tbl.ForeignKeys {
			for _, c := range fk.Columns {
				fks[c.Name] = true
			}
		}
		for _, c := range tbl.Columns {
			if c.Name == "id" || fks[c.Name] || notInGraphQL[tbl.Name+"."+c.Name] {
				continue
			}
			re := regexp.MustCompile(`(?m)^  ` + regexp.QuoteMeta(camel(c.Name)) + `: `)
			if !re.Match(schema) {
				t.Errorf("%s.%s: GraphQL field %q not found in ent.graphql", tbl.Name, c.Name, camel(c.Name))
			}
		}
	}
}
