package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	parallax "github.com/parallax-news/parallax"

	// The pure-Go SQLite driver, registered as "sqlite".
	_ "modernc.org/sqlite"
)

// Connection settings. Every pooled connection gets them from the DSN, so a
// connection opened later by database/sql is set up like the first.
const (
	// writeParams: BEGIN IMMEDIATE takes the write lock up front, so two
	// writers never deadlock upgrading a read lock.
	writeParams = "_txlock=immediate&_busy_timeout=5000&_foreign_keys=1&_journal_mode=WAL&_synchronous=NORMAL"
	// readParams: readers never write; query_only makes that a guarantee.
	readParams = "_busy_timeout=5000&_foreign_keys=1&_synchronous=NORMAL&_query_only=1"
	// memoryParams: an in-memory database lives on one connection, which
	// therefore both reads and writes.
	memoryParams = "_txlock=immediate&_busy_timeout=5000&_foreign_keys=1"
)

// DB is the SQLite store. It implements parallax.Store; every method is safe
// for concurrent use.
type DB struct {
	// Now is the clock that stamps Ingested times. Open sets it to
	// time.Now; tests replace it before saving.
	Now func() time.Time

	path  string
	write *sql.DB // one connection: all writes
	read  *sql.DB // read-only pool; the same as write for ":memory:"
}

var _ parallax.Store = (*DB)(nil)

// Open opens the store at path, creating the file if needed, and migrates its
// schema to the newest version this binary knows. The path ":memory:" gives
// a private in-memory store, gone when it is closed. A store whose schema is
// newer than this binary's is refused with an *Error of code EINVALID.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" || strings.ContainsAny(path, "?#") {
		return nil, parallax.Errorf(parallax.EINVALID, "store path %q: want a file name without '?' or '#'", path)
	}
	db := &DB{Now: time.Now, path: path}
	if err := db.open(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

func (db *DB) open(ctx context.Context) error {
	var err error
	if db.path == ":memory:" {
		if db.write, err = sql.Open("sqlite", ":memory:?"+memoryParams); err != nil {
			return fmt.Errorf("open store: %w", err)
		}
		// Never let the pool drop the only connection: the data would go
		// with it.
		db.write.SetMaxOpenConns(1)
		db.write.SetMaxIdleConns(1)
		db.write.SetConnMaxLifetime(0)
		db.write.SetConnMaxIdleTime(0)
		db.read = db.write
		return db.migrate(ctx)
	}

	if db.write, err = sql.Open("sqlite", db.path+"?"+writeParams); err != nil {
		return fmt.Errorf("open store %s: %w", db.path, err)
	}
	db.write.SetMaxOpenConns(1)
	db.write.SetMaxIdleConns(1)
	// Migrate before any reader connects, so readers find WAL mode set and
	// the schema in place.
	if err := db.migrate(ctx); err != nil {
		return err
	}
	if db.read, err = sql.Open("sqlite", db.path+"?"+readParams); err != nil {
		return fmt.Errorf("open store %s: %w", db.path, err)
	}
	n := max(4, runtime.GOMAXPROCS(0))
	db.read.SetMaxOpenConns(n)
	db.read.SetMaxIdleConns(n)
	if err := db.read.PingContext(ctx); err != nil {
		return fmt.Errorf("open store %s: %w", db.path, err)
	}
	return nil
}

// Close releases the store's connections. The file, if any, stays a
// complete SQLite database that Open can reopen.
func (db *DB) Close() error {
	var errs []error
	if db.read != nil && db.read != db.write {
		errs = append(errs, db.read.Close())
	}
	if db.write != nil {
		errs = append(errs, db.write.Close())
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close store: %w", err)
	}
	return nil
}

// migrationFiles are the schema migrations, NNNN_name.sql, applied in
// order of NNNN. Migrations only ever add: a released file never changes.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in order, checking that they
// are numbered 1, 2, 3, … without gaps.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return nil, fmt.Errorf("list migrations: %w", err)
	}
	var ms []migration
	for _, name := range names {
		base := path.Base(name)
		num, label, ok := strings.Cut(strings.TrimSuffix(base, ".sql"), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v < 1 {
			return nil, fmt.Errorf("migration %s: want NNNN_name.sql", base)
		}
		body, err := migrationFiles.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", base, err)
		}
		ms = append(ms, migration{version: v, name: label, sql: string(body)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %04d_%s: want version %d", m.version, m.name, i+1)
		}
	}
	return ms, nil
}

// migrate brings the schema up to the newest embedded migration, one
// transaction per migration, so a failed migration leaves the store at the
// previous version.
func (db *DB) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	const create = `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY,
		name    TEXT NOT NULL,
		applied TEXT NOT NULL
	)`
	if _, err := db.write.ExecContext(ctx, create); err != nil {
		return fmt.Errorf("migrate store %s: %w", db.path, err)
	}
	current, err := schemaVersion(ctx, db.write)
	if err != nil {
		return err
	}
	if latest := len(ms); current > latest {
		return parallax.Errorf(parallax.EINVALID,
			"store %s has schema version %d, newer than this program knows (%d): use a newer parallax", db.path, current, latest)
	}
	for _, m := range ms[current:] {
		if err := db.apply(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

// apply runs one migration unless another process got there first.
func (db *DB) apply(ctx context.Context, m migration) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate store %s to %d: %w", db.path, m.version, err)
	}
	defer tx.Rollback()
	// Re-read the version under the write lock: between our first look and
	// BEGIN IMMEDIATE another process may have migrated the same file.
	current, err := schemaVersion(ctx, tx)
	if err != nil {
		return err
	}
	if current >= m.version {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migrate store %s: %04d_%s: %w", db.path, m.version, m.name, err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)`,
		m.version, m.name, db.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("migrate store %s: record %d: %w", db.path, m.version, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate store %s: commit %d: %w", db.path, m.version, err)
	}
	return nil
}

// querier is what *sql.DB and *sql.Tx have in common.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func schemaVersion(ctx context.Context, q querier) (int, error) {
	var v int
	err := q.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v)
	if err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}

// SchemaVersion returns the version of the newest migration applied to the
// store.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	return schemaVersion(ctx, db.read)
}
