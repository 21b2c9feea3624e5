package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	atlasmigrate "ariga.io/atlas/sql/migrate"
	"github.com/lib/pq"
)

// revisionsTable records which migration files a PostgreSQL database has applied. It is not in
// the ent schema: it describes the schema rather than being part of the model.
const revisionsTable = "shegong_schema_revisions"

const createRevisionsTable = `CREATE TABLE IF NOT EXISTS ` + revisionsTable + ` (
	version          text PRIMARY KEY,
	description      text NOT NULL,
	type             bigint NOT NULL,
	applied          bigint NOT NULL,
	total            bigint NOT NULL,
	executed_at      timestamptz NOT NULL,
	execution_time   bigint NOT NULL,
	error            text NOT NULL DEFAULT '',
	error_stmt       text NOT NULL DEFAULT '',
	hash             text NOT NULL DEFAULT '',
	partial_hashes   text[],
	operator_version text NOT NULL DEFAULT ''
)`

// querier is a *sql.DB or a *sql.Tx.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// revisions keeps Atlas's revisions in revisionsTable. Atlas's own implementation lives in its
// command-line tool (an internal package), so the library leaves this interface to its users.
type revisions struct{ q querier }

var _ atlasmigrate.RevisionReadWriter = revisions{}

func (revisions) Ident() *atlasmigrate.TableIdent {
	return &atlasmigrate.TableIdent{Name: revisionsTable, Schema: "public"}
}

const revisionColumns = `version, description, type, applied, total, executed_at, execution_time, error, error_stmt, hash, partial_hashes, operator_version`

func (r revisions) ReadRevisions(ctx context.Context) ([]*atlasmigrate.Revision, error) {
	rows, err := r.q.QueryContext(ctx, `SELECT `+revisionColumns+` FROM `+revisionsTable+` ORDER BY version`)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", revisionsTable, err)
	}
	defer rows.Close()
	var out []*atlasmigrate.Revision
	for rows.Next() {
		rev, err := scanRevision(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, rev)
	}
	return out, rows.Err()
}

func (r revisions) ReadRevision(ctx context.Context, version string) (*atlasmigrate.Revision, error) {
	rev, err := scanRevision(r.q.QueryRowContext(ctx, `SELECT `+revisionColumns+` FROM `+revisionsTable+` WHERE version = $1`, version))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, atlasmigrate.ErrRevisionNotExist
	}
	return rev, err
}

func (r revisions) WriteRevision(ctx context.Context, rev *atlasmigrate.Revision) error {
	_, err := r.q.ExecContext(ctx, `INSERT INTO `+revisionsTable+` (`+revisionColumns+`)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
		ON CONFLICT (version) DO UPDATE SET description = EXCLUDED.description, type = EXCLUDED.type,
			applied = EXCLUDED.applied, total = EXCLUDED.total, executed_at = EXCLUDED.executed_at,
			execution_time = EXCLUDED.execution_time, error = EXCLUDED.error, error_stmt = EXCLUDED.error_stmt,
			hash = EXCLUDED.hash, partial_hashes = EXCLUDED.partial_hashes, operator_version = EXCLUDED.operator_version`,
		rev.Version, rev.Description, int64(rev.Type), rev.Applied, rev.Total, rev.ExecutedAt, int64(rev.ExecutionTime),
		rev.Error, rev.ErrorStmt, rev.Hash, pq.Array(rev.PartialHashes), rev.OperatorVersion)
	if err != nil {
		return fmt.Errorf("write %s %s: %w", revisionsTable, rev.Version, err)
	}
	return nil
}

func (r revisions) DeleteRevision(ctx context.Context, version string) error {
	if _, err := r.q.ExecContext(ctx, `DELETE FROM `+revisionsTable+` WHERE version = $1`, version); err != nil {
		return fmt.Errorf("delete %s %s: %w", revisionsTable, version, err)
	}
	return nil
}

func scanRevision(row interface{ Scan(...any) error }) (*atlasmigrate.Revision, error) {
	var (
		rev       atlasmigrate.Revision
		typ, took int64
		partial   []string
	)
	err := row.Scan(&rev.Version, &rev.Description, &typ, &rev.Applied, &rev.Total, &rev.ExecutedAt, &took,
		&rev.Error, &rev.ErrorStmt, &rev.Hash, pq.Array(&partial), &rev.OperatorVersion)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
		return nil, fmt.Errorf("read %s: %w", revisionsTable, err)
	}
	rev.Type = atlasmigrate.RevisionType(typ)
	rev.ExecutionTime = time.Duration(took)
	rev.PartialHashes = partial
	return &rev, nil
}
