package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"

	"github.com/shegong/shegong/internal/seed"
	"github.com/shegong/shegong/internal/storage"
)

const seedHelp = `Usage: shegong seed [--scale N] [--database URL|FILE]

Adds synthetic demo data (示例数据: organisations, workers, stations, projects in every
region; every name and number is made up) to the database, for trying the API and for load
tests. serve loads one unit into an empty database by itself.

Example:
  shegong seed --scale 10 --database demo.db
`

func runSeed(ctx context.Context, args []string) error {
	fs := newFlagSet("seed", seedHelp, os.Stdout)
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
	fmt.Printf("added %d unit(s) of synthetic demo data to %s\n", *scale, db.Display)
	return db.Close()
}
