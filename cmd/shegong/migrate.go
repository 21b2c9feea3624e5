package main

import (
	"context"
	"flag"
)

func runMigrate(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
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
