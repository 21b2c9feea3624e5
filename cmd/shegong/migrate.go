package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/shegong/shegong/internal/storage"
)

const migrateHelp = `Usage: shegong migrate [--database URL|FILE] [--dry-run]

Brings the database schema up to date, then exits; serve does the same at start, so migrate lets
a deployment do it first (a release job before the new replicas start).

PostgreSQL: applies the versioned migration files built into this binary (ent/migrate/migrations)
that the database has not applied yet, in order, each in one transaction, under an advisory lock
(replicas starting at the same moment wait, and find the files applied). A database created by an
earlier shegong, which auto-migrated, is adopted: its schema is completed the additive way it
always was (nothing dropped) and every file is recorded as applied. SQLite keeps ent's
auto-migration.

--dry-run lists the files that would be applied, and changes nothing.
Exit status: 0 done (or nothing to do), 1 the migration failed (the failing file is rolled back
whole), 2 bad command line.

Example:
  shegong migrate --dry-run --database 'postgres://shegong@db.example:5432/shegong?sslmode=require'
  shegong migrate --database 'postgres://shegong@db.example:5432/shegong?sslmode=require'
`

func runMigrate(ctx context.Context, args []string) error {
	fs := newFlagSet("migrate", migrateHelp, os.Stdout)
	// Progress lines (each file as it is applied) are the point of the command: info by default.
	common := commonFlags{defaultLevel: "info"}
	common.register(fs)
	dryRun := fs.Bool("dry-run", false, "list the migration files that would be applied, and change nothing")
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
	if *dryRun {
		rep, err := storage.PlanPending(ctx, db)
		if err != nil {
			return err
		}
		printPlan(os.Stdout, db.Display, rep)
		return nil
	}
	rep, err := storage.MigrateReport(ctx, db, logger, nil)
	if err != nil {
		return err
	}
	printMigrated(os.Stdout, db.Display, rep)
	return nil
}

func printPlan(w io.Writer, where string, rep storage.Report) {
	switch {
	case !rep.Versioned:
		fmt.Fprintf(w, "%s: SQLite keeps ent's auto-migration; there are no versioned files to apply\n", where)
	case rep.Adopted:
		fmt.Fprintf(w, "%s: created by an earlier shegong (auto-migration): would be adopted, its schema completed and every file up to %s recorded as applied\n", where, rep.Version)
	case len(rep.Applied) == 0:
		fmt.Fprintf(w, "%s: up to date at version %s; nothing to apply\n", where, rep.Version)
	default:
		fmt.Fprintf(w, "%s: %d migration file(s) to apply:\n", where, len(rep.Applied))
		for _, f := range rep.Applied {
			fmt.Fprintf(w, "  %s (%d statements)\n", f.Name, f.Statements)
		}
	}
}

func printMigrated(w io.Writer, where string, rep storage.Report) {
	switch {
	case !rep.Versioned:
		fmt.Fprintf(w, "%s: schema up to date (SQLite: auto-migration)\n", where)
		return
	case rep.Adopted:
		fmt.Fprintf(w, "%s: adopted a database created by auto-migration; recorded every file up to %s as applied\n", where, rep.Version)
	}
	for _, f := range rep.Applied {
		fmt.Fprintf(w, "applied %s (%d statements)\n", f.Name, f.Statements)
	}
	fmt.Fprintf(w, "%s: schema at version %s\n", where, rep.Version)
}
