// Package ent holds the generated ent client of the shared domain model.
// The schema is in ent/schema; everything else here is generated.
package ent

//go:generate go run -mod=mod entc.go
