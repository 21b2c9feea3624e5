package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"

	"github.com/shegong/shegong/internal/seed"
	"github.com/shegong/shegong/internal/storage"
)

func runSeed(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("seed", flag.ContinueOnError)
	var common commonFlags
	common.register(fs)
	scale := fs.Int("scale", 1, fmt.Sprintf("units of synthetic data to add; one unit is %d organisations, %d workers, %d stations and %d projects",
		seed.OrgsPerRegion*len(seed.Regions), seed.OrgsPerRegion*seed.WorkersPerOrg*len(seed.Regions),
		seed.StationsPerRegion*len(seed.Regions), seed.ProjectsPerRegion*len(seed.Regions)))
	if err := parse(fs, args); err != nil {
		return err
	}
	if *scale < 1 {
		return fmt.Errorf("%w: --scale must be at least 1", errUsage)
	}
	db, err := common.openDB(ctx, func(ctx context.Context, db *storage.DB, logger *slog.Logger) error {
		return seed.Generate(ctx, db.Client, *scale, logger)
	})
	if err != nil {
		return err
	}
	return db.Close()
}
