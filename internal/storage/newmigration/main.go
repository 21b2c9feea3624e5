// Command newmigration writes the next versioned PostgreSQL migration file into
// ent/migrate/migrations: the changes from the schema the committed files build to the one the
// server needs (ent/schema and the foreign-key indexes of internal/storage), and updates
// atlas.sum. Atlas computes the changes by replaying the files on a scratch database, which
// this command creates on the PostgreSQL server of --server and drops afterwards.
//
// Run it through make: make migration name=add_worker_email (scripts/with-postgres.sh finds or
// starts the server).
package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"time"

	atlasmigrate "ariga.io/atlas/sql/migrate"
	_ "github.com/lib/pq"

	"github.com/shegong/shegong/internal/storage"
)

// validName keeps a migration's name to what reads well in a file name.
var validName = regexp.MustCompile(`^[a-z][a-z0-9_]{0,62}$`)

func main() {
	name := flag.String("name", "", "what the migration does, in snake_case (e.g. add_worker_email)")
	server := flag.String("server", os.Getenv("SHEGONG_TEST_POSTGRES_URL"), "admin URL of a PostgreSQL server to make a scratch database on (env SHEGONG_TEST_POSTGRES_URL)")
	dirPath := flag.String("dir", storage.MigrationsPath, "the migration directory")
	flag.Parse()
	if err := run(*name, *server, *dirPath); err != nil {
		fmt.Fprintln(os.Stderr, "newmigration:", err)
		os.Exit(1)
	}
}

func run(name, server, dirPath string) error {
	if !validName.MatchString(name) {
		return fmt.Errorf("name %q: want lower-case snake_case, e.g. make migration name=add_worker_email", name)
	}
	if server == "" {
		return errors.New("no PostgreSQL server: set --server or SHEGONG_TEST_POSTGRES_URL (make migration does, through scripts/with-postgres.sh)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	dev, drop, err := scratchDatabase(ctx, server)
	if err != nil {
		return err
	}
	defer drop()
	dir, err := atlasmigrate.NewLocalDir(dirPath)
	if err != nil {
		return err
	}
	before, _ := dir.Files()
	switch err := storage.PlanMigration(ctx, dev, dir, name); {
	case errors.Is(err, atlasmigrate.ErrNoPlan):
		fmt.Println("newmigration: the migration directory already builds the schema; no file written")
		return nil
	case err != nil:
		return err
	}
	after, _ := dir.Files()
	for _, f := range after[len(before):] {
		fmt.Printf("newmigration: wrote %s/%s (and %s)\n", dirPath, f.Name(), atlasmigrate.HashFileName)
	}
	return nil
}

// scratchDatabase creates an empty database on server and returns it with the func that drops it.
func scratchDatabase(ctx context.Context, server string) (*sql.DB, func(), error) {
	admin, err := sql.Open("postgres", server)
	if err != nil {
		return nil, nil, err
	}
	var b [4]byte
	_, _ = rand.Read(b[:])
	name := "shegong_migration_dev_" + hex.EncodeToString(b[:])
	if _, err := admin.ExecContext(ctx, fmt.Sprintf(`CREATE DATABASE %q TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`, name)); err != nil {
		_ = admin.Close()
		return nil, nil, fmt.Errorf("create the scratch database: %w", err)
	}
	u, err := url.Parse(server)
	if err != nil {
		_ = admin.Close()
		return nil, nil, err
	}
	u.Path = "/" + name
	dev, err := sql.Open("postgres", u.String())
	if err != nil {
		_ = admin.Close()
		return nil, nil, err
	}
	return dev, func() {
		_ = dev.Close()
		_, _ = admin.ExecContext(context.Background(), fmt.Sprintf(`DROP DATABASE IF EXISTS %q WITH (FORCE)`, name))
		_ = admin.Close()
	}, nil
}
