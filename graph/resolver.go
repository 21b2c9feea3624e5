// Package graph is the GraphQL layer: the *.graphql schema files, the
// resolvers, and (in subpackages) the generated executor, scalars, errors,
// limits and HTTP server.
package graph

import (
	"context"
	"fmt"
	"github.com/shegong/shegong/internal/replicas"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/graph/generated"
	"github.com/shegong/shegong/graph/gqlerr"
	"github.com/shegong/shegong/internal/evaluate"
)

// MaxPageSize caps first/last on every connection and the ids of nodes().
const MaxPageSize = 100

// Config is what the resolvers depend on. Only Client is required: without
// Evaluator the policy fields answer INTERNAL ("not configured"), which is
// what tests of the plain domain model want.
type Config struct {
	Client *ent.Client
	// Evaluator answers every policy question (evaluate, compare, compareBatch,
	// assessProject) through the plugin host: the one evaluation path.
	Evaluator *evaluate.Service
	// AfterReload runs after a plugin reload succeeded (the server re-syncs
	// the region's policy tables there); nil for none.
	AfterReload func(ctx context.Context, region string) error
	// Replicas lists which plugin every server replica serves per region (replicas.Coordinator
	// .Serving), for the admin-only PluginStatus.replicas; nil: the field is null.
	Replicas func(ctx context.Context) ([]replicas.Serving, error)
	Logger   *slog.Logger
}

// Resolver is the resolver root.
type Resolver struct {
	client *ent.Client
	cfg    Config
}

// NewResolver returns the root resolver over client, without policy support.
func NewResolver(client *ent.Client) *Resolver { return New(Config{Client: client}) }

// New returns the root resolver for cfg.
func New(cfg Config) *Resolver {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Resolver{client: cfg.Client, cfg: cfg}
}

// NewSchema returns the executable schema over client, without policy support.
func NewSchema(client *ent.Client) graphql.ExecutableSchema {
	return NewSchemaWith(Config{Client: client})
}

// NewSchemaWith returns the executable schema for cfg.
func NewSchemaWith(cfg Config) graphql.ExecutableSchema {
	conf := generated.Config{Resolvers: New(cfg)}
	setComplexity(&conf.Complexity)
	return generated.NewExecutableSchema(conf)
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
