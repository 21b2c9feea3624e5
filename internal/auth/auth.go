// Package auth is who is asking: the Viewer of a request (role, region scope, token), the
// system context of the server's own writers, and API token secrets (generation, hashing).
//
// Roles (docs/access-control.md):
//
//   - admin: everything, including reloadPlugin, API tokens and the audit log;
//   - region_operator: writes records of its region and the regions inside it, reads the
//     personal data of workers there, assesses projects there;
//   - researcher: reads everything except personal data, writes nothing;
//   - anonymous (no token): policy data, evaluations, regions, organisations, stations and
//     projects; no worker records, no writes.
//
// Writes are enforced by ent privacy policies (internal/auth/rule), reads of personal data by
// the GraphQL layer (graph/access.go). The package imports nothing of the generated ent code,
// so that ent/schema can use it.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"

	"entgo.io/ent/privacy"
)

// Role is what a token may do.
type Role string

// Roles. Anonymous is the role of a request without a token; no token has it.
const (
	Admin      Role = "admin"
	Operator   Role = "region_operator"
	Researcher Role = "researcher"
	Anonymous  Role = "anonymous"
	// SystemRole is recorded in the audit log for the server's own writers and the CLI.
	SystemRole Role = "system"
)

// TokenRoles are the roles a token can have.
var TokenRoles = []Role{Admin, Operator, Researcher}

// ParseRole checks a role name given on the command line or in GraphQL.
func ParseRole(s string) (Role, error) {
	r := Role(strings.TrimSpace(s))
	if !slices.Contains(TokenRoles, r) {
		return "", fmt.Errorf("unknown role %q: want admin, region_operator or researcher", s)
	}
	return r, nil
}

// Viewer is the authenticated caller of one request.
type Viewer struct {
	Role    Role
	Region  string // region code the token is scoped to; "" when unscoped
	TokenID int    // 0 for anonymous
	Label   string // token label; "anonymous" without a token
	// Subtree is the scope of a region_operator: the id of its region and of every region
	// inside it, with their codes. Computed from the region tree when the request is
	// authenticated (so a moved region takes effect on the next request).
	Subtree map[int]string
}

// AnonymousViewer is the viewer of a request without a token.
func AnonymousViewer() *Viewer { return &Viewer{Role: Anonymous, Label: "anonymous"} }

type viewerKey struct{}

// NewContext returns ctx carrying v.
func NewContext(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, viewerKey{}, v)
}

// FromContext returns the viewer of ctx; nil outside a request (the server's own work).
func FromContext(ctx context.Context) *Viewer {
	v, _ := ctx.Value(viewerKey{}).(*Viewer)
	return v
}

// ViewerOf returns the viewer of ctx, anonymous when there is none.
func ViewerOf(ctx context.Context) *Viewer {
	if v := FromContext(ctx); v != nil {
		return v
	}
	return AnonymousViewer()
}

// IsAdmin reports whether v is an admin.
func (v *Viewer) IsAdmin() bool { return v != nil && v.Role == Admin }

// CanWriteRegionID reports whether v may write records of the region with this id.
func (v *Viewer) CanWriteRegionID(id int) bool {
	switch {
	case v == nil:
		return false
	case v.Role == Admin:
		return true
	case v.Role == Operator:
		_, ok := v.Subtree[id]
		return ok
	}
	return false
}

// CanReadPersonal reports whether v may read the personal data of a worker of the region
// with this id: admins, and operators of that region's subtree.
func (v *Viewer) CanReadPersonal(regionID int) bool { return v.CanWriteRegionID(regionID) }

// MayReadPersonalAnywhere reports whether v may read personal data of at least some
// workers (admins and operators); researchers and anonymous callers never.
func (v *Viewer) MayReadPersonalAnywhere() bool {
	return v != nil && (v.Role == Admin || v.Role == Operator)
}

// CanWrite reports whether v may write anything at all.
func (v *Viewer) CanWrite() bool { return v.MayReadPersonalAnywhere() }

// SubtreeIDs lists the region ids of an operator's scope.
func (v *Viewer) SubtreeIDs() []int {
	ids := make([]int, 0, len(v.Subtree))
	for id := range v.Subtree {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// ---- the system context ----

type systemKey struct{}

type systemInfo struct{ audit bool }

// System returns ctx for the server's own writers (migrations, token bootstrap, the CLI):
// every privacy policy allows it, and its writes are audited with actor "system".
func System(ctx context.Context) context.Context {
	return privacy.DecisionContext(context.WithValue(ctx, systemKey{}, systemInfo{audit: true}), privacy.Allow)
}

// Bulk is System for bulk loaders whose rows are not worth an audit entry each: the demo
// data (seed) and the policy tables synced from the plugins (policysync; each sync is
// recorded in PolicySource, and a reload through GraphQL is audited as reloadPlugin).
func Bulk(ctx context.Context) context.Context {
	return privacy.DecisionContext(context.WithValue(ctx, systemKey{}, systemInfo{audit: false}), privacy.Allow)
}

// IsSystem reports whether ctx is a System or Bulk context.
func IsSystem(ctx context.Context) bool {
	_, ok := ctx.Value(systemKey{}).(systemInfo)
	return ok
}

// Audited reports whether writes under ctx go into the audit log (everything except Bulk).
func Audited(ctx context.Context) bool {
	s, ok := ctx.Value(systemKey{}).(systemInfo)
	return !ok || s.audit
}

// ---- token secrets ----

// TokenPrefix starts every token, so that a leaked token is recognisable (secret scanners).
const TokenPrefix = "sgt_"

// tokenBytes of randomness: 256 bits.
const tokenBytes = 32

// ErrMalformed is a bearer value that cannot be one of our tokens.
var ErrMalformed = errors.New("malformed token")

// NewSecret returns a new random token: "sgt_" and 32 random bytes in base64url.
func NewSecret() (string, error) {
	var b [tokenBytes]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("generate token: %w", err)
	}
	return TokenPrefix + base64.RawURLEncoding.EncodeToString(b[:]), nil
}

// CheckFormat reports whether s has the shape of a token (before any database lookup).
func CheckFormat(s string) error {
	rest, ok := strings.CutPrefix(s, TokenPrefix)
	if !ok {
		return ErrMalformed
	}
	b, err := base64.RawURLEncoding.DecodeString(rest)
	if err != nil || len(b) != tokenBytes {
		return ErrMalformed
	}
	return nil
}

// Hash is the stored form of a token: hex SHA-256. Tokens carry 256 random bits, so a fast
// hash is right (no dictionary to slow down).
func Hash(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// HashEqual compares two hashes in constant time.
func HashEqual(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }

// Redact replaces anything that looks like a token in s (for log lines that quote input).
func Redact(s string) string {
	for {
		i := strings.Index(s, TokenPrefix)
		if i < 0 {
			return s
		}
		j := i + len(TokenPrefix)
		for j < len(s) && (isB64(s[j])) {
			j++
		}
		s = s[:i] + "[redacted]" + s[j:]
	}
}

func isB64(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
}
