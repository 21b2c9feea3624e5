package main

import (
	"context"
	"flag"

	"github.com/shegong/shegong/internal/storage"
)

func runMigrate(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	var common commonFlags
	common.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	logger, err := common.logger()
	if err != nil {
		return err
	}
	db, err := storage.Open(ctx, common.database)
	if err != nil {
		return err
	}
	defer db.Close()
	return storage.Migrate(ctx, db, logger, nil)
}
