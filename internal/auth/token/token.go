// Package token stores and checks API tokens: creation (the secret is returned once and only
// its SHA-256 is stored), listing, revocation and the authentication of a bearer token.
package token

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/apitoken"
	"github.com/shegong/shegong/ent/region"
	"github.com/shegong/shegong/internal/auth"
)

// Store is the token table.
type Store struct{ Client *ent.Client }

// AuthError is a bearer token that authenticates nobody: malformed, unknown, revoked or
// expired. The server answers 401 UNAUTHENTICATED, never anonymous access.
type AuthError struct{ Reason string }

func (e *AuthError) Error() string { return e.Reason }

// touchEvery limits the writes that record a token's last use.
const touchEvery = time.Minute

// china is the time zone of expiry dates given as days.
var china = time.FixedZone("CST", 8*60*60)

// ParseExpiry reads --expires: a duration ("720h", "90m") from now, or a date
// ("2026-12-31"), meaning the end of that day in China. "" is no expiry.
func ParseExpiry(s string, now time.Time) (*time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	if d, err := time.ParseDuration(s); err == nil {
		if d <= 0 {
			return nil, fmt.Errorf("expiry %q: must be in the future", s)
		}
		t := now.Add(d).UTC()
		return &t, nil
	}
	day, err := time.ParseInLocation("2006-01-02", s, china)
	if err != nil {
		return nil, fmt.Errorf("expiry %q: want a duration such as 720h or a date such as 2026-12-31", s)
	}
	t := day.AddDate(0, 0, 1).UTC()
	if !t.After(now) {
		return nil, fmt.Errorf("expiry %q: must be in the future", s)
	}
	return &t, nil
}

// Spec describes a token to create.
type Spec struct {
	Role    auth.Role
	Region  string     // region code; required for region_operator, refused otherwise
	Expires *time.Time // nil: never
	Label   string
}

// Create stores a new token and returns its secret (shown once) and its row. ctx decides who
// creates it: the system context (CLI, first start) or an admin viewer (GraphQL).
func (s Store) Create(ctx context.Context, spec Spec) (string, *ent.ApiToken, error) {
	if _, err := auth.ParseRole(string(spec.Role)); err != nil {
		return "", nil, err
	}
	label := strings.TrimSpace(spec.Label)
	if label == "" {
		return "", nil, errors.New("a token needs a label (--label), e.g. the holder's name or purpose")
	}
	if _, err := strconv.Atoi(label); err == nil {
		return "", nil, fmt.Errorf("label %q: must not be a number (numbers name token ids)", label)
	}
	switch {
	case spec.Role == auth.Operator && spec.Region == "":
		return "", nil, errors.New("a region_operator token needs a region (--region code)")
	case spec.Role != auth.Operator && spec.Region != "":
		return "", nil, fmt.Errorf("only region_operator tokens have a region; %s tokens are not scoped", spec.Role)
	}
	if spec.Region != "" {
		ok, err := s.Client.Region.Query().Where(region.Code(spec.Region)).Exist(ctx)
		if err != nil {
			return "", nil, err
		}
		if !ok {
			return "", nil, fmt.Errorf("unknown region %q", spec.Region)
		}
	}
	if spec.Expires != nil && !spec.Expires.After(time.Now()) {
		return "", nil, errors.New("the expiry must be in the future")
	}
	secret, err := auth.NewSecret()
	if err != nil {
		return "", nil, err
	}
	c := s.Client.ApiToken.Create().
		SetLabel(label).
		SetRole(apitoken.Role(spec.Role)).
		SetTokenHash(auth.Hash(secret)).
		SetNillableExpiresAt(spec.Expires)
	if spec.Region != "" {
		c.SetRegion(spec.Region)
	}
	t, err := c.Save(ctx)
	if err != nil {
		return "", nil, err
	}
	return secret, t, nil
}

// List returns every token, newest first.
func (s Store) List(ctx context.Context) ([]*ent.ApiToken, error) {
	return s.Client.ApiToken.Query().Order(ent.Desc(apitoken.FieldID)).All(ctx)
}

// Find returns the token with this id or label.
func (s Store) Find(ctx context.Context, idOrLabel string) (*ent.ApiToken, error) {
	if id, err := strconv.Atoi(idOrLabel); err == nil {
		return s.Client.ApiToken.Get(ctx, id)
	}
	return s.Client.ApiToken.Query().Where(apitoken.LabelEQ(idOrLabel)).Only(ctx)
}

// Revoke revokes the token with this id or label; the next request with it is refused.
// Revoking a revoked token changes nothing.
func (s Store) Revoke(ctx context.Context, idOrLabel string) (*ent.ApiToken, error) {
	t, err := s.Find(ctx, idOrLabel)
	if err != nil {
		return nil, err
	}
	return s.RevokeToken(ctx, t)
}

// RevokeToken revokes t.
func (s Store) RevokeToken(ctx context.Context, t *ent.ApiToken) (*ent.ApiToken, error) {
	if t.RevokedAt != nil {
		return t, nil
	}
	return t.Update().SetRevokedAt(time.Now().UTC()).Save(ctx)
}

// Count returns the number of tokens.
func (s Store) Count(ctx context.Context) (int, error) {
	return s.Client.ApiToken.Query().Count(auth.Bulk(ctx))
}

// Authenticate returns the viewer of a bearer token. Every call reads the token row, so a
// revocation takes effect on the next request.
func (s Store) Authenticate(ctx context.Context, bearer string) (*auth.Viewer, error) {
	if err := auth.CheckFormat(bearer); err != nil {
		return nil, &AuthError{Reason: "令牌格式错误 / malformed token: want Authorization: Bearer sgt_…"}
	}
	sys := auth.Bulk(ctx)
	hash := auth.Hash(bearer)
	t, err := s.Client.ApiToken.Query().Where(apitoken.TokenHash(hash)).Only(sys)
	if ent.IsNotFound(err) || err == nil && !auth.HashEqual(t.TokenHash, hash) {
		return nil, &AuthError{Reason: "未知令牌 / unknown token"}
	}
	if err != nil {
		return nil, fmt.Errorf("look up token: %w", err)
	}
	now := time.Now()
	switch {
	case t.RevokedAt != nil:
		return nil, &AuthError{Reason: "令牌已撤销 / token revoked"}
	case t.ExpiresAt != nil && !now.Before(*t.ExpiresAt):
		return nil, &AuthError{Reason: "令牌已过期 / token expired"}
	}
	v := &auth.Viewer{Role: auth.Role(t.Role), TokenID: t.ID, Label: t.Label}
	if t.Region != nil {
		v.Region = *t.Region
	}
	if v.Role == auth.Operator {
		if v.Subtree, err = Subtree(sys, s.Client, v.Region); err != nil {
			return nil, err
		}
	}
	if t.LastUsedAt == nil || now.Sub(*t.LastUsedAt) > touchEvery {
		if err := s.Client.ApiToken.UpdateOneID(t.ID).SetLastUsedAt(now.UTC()).Exec(sys); err != nil {
			return nil, fmt.Errorf("record token use: %w", err)
		}
	}
	return v, nil
}

// Subtree returns the region with this code and every region inside it (id → code), from
// the region tree in the database. An unknown code gives an empty scope.
func Subtree(ctx context.Context, c *ent.Client, code string) (map[int]string, error) {
	regions, err := c.Region.Query().WithParent().All(ctx)
	if err != nil {
		return nil, fmt.Errorf("read region tree: %w", err)
	}
	children := map[int][]*ent.Region{}
	var root *ent.Region
	for _, r := range regions {
		if r.Code == code {
			root = r
		}
		if r.Edges.Parent != nil {
			children[r.Edges.Parent.ID] = append(children[r.Edges.Parent.ID], r)
		}
	}
	out := map[int]string{}
	var walk func(r *ent.Region)
	walk = func(r *ent.Region) {
		if _, seen := out[r.ID]; seen {
			return
		}
		out[r.ID] = r.Code
		for _, c := range children[r.ID] {
			walk(c)
		}
	}
	if root != nil {
		walk(root)
	}
	return out, nil
}

// Unauthenticated marks the error for the HTTP layer (401).
func (e *AuthError) Unauthenticated() bool { return true }
