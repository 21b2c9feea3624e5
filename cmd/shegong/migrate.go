package main

import (
	"context"
	"os"
)

const migrateHelp = `Usage: shegong migrate [--database URL|FILE]

Creates the database schema, or brings an existing database up to date, then exits. serve and
the other database commands do the same on start; migrate lets a deployment do it first.

Example:
  shegong migrate --database 'postgres://shegong@db.example:5432/shegong?sslmode=require'
`

func runMigrate(ctx context.Context, args []string) error {
	fs := newFlagSet("migrate", migrateHelp, os.Stdout)
	var common commonFlags
	common.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	db, err := common.openDB(ctx, nil)
	if err != nil {
		return err
	}
	return db.Close()
}
