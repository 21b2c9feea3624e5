// Package model holds GraphQL types that do not come from ent; gqlgen
// generates them into models_gen.go when a schema file declares one.
package model
