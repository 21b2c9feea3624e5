// Package graph is the GraphQL layer: the *.graphql schema files, the
// resolvers, and (in subpackages) the generated executor, scalars, errors,
// limits and HTTP server.
package graph

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/graph/generated"
	"github.com/shegong/shegong/graph/gqlerr"
)

// MaxPageSize caps first/last on every connection and the ids of nodes().
const MaxPageSize = 100

// Resolver is the resolver root. Later issues add their dependencies (the
// plugin host) here as fields.
type Resolver struct {
	client *ent.Client
}

// NewResolver returns the root resolver over client.
func NewResolver(client *ent.Client) *Resolver { return &Resolver{client: client} }

// NewSchema returns the executable schema.
func NewSchema(client *ent.Client) graphql.ExecutableSchema {
	cfg := generated.Config{Resolvers: NewResolver(client)}
	setComplexity(&cfg.Complexity)
	return generated.NewExecutableSchema(cfg)
}

// tx returns the transactional client that entgql.Transactioner put into
// the context for this mutation, so that each mutation is one transaction.
func (r *Resolver) tx(ctx context.Context) *ent.Client {
	if c := ent.FromContext(ctx); c != nil {
		return c
	}
	return r.client
}

// checkNodeIDs caps nodes(ids:) like a page.
func checkNodeIDs(ids []int) error {
	if len(ids) > MaxPageSize {
		return gqlerr.BadInput("ids", fmt.Sprintf("at most %d ids per request, got %d", MaxPageSize, len(ids)))
	}
	return nil
}
