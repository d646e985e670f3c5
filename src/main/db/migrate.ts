import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/result';
import type { Migration } from './migrations';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the file up to the newest version, one migration per transaction with
 * its user_version bump inside it: a migration that throws leaves the file at
 * the version before it. A file written by a newer app is refused untouched.
 */
export function migrate(db: Database, migrations: readonly Migration[]): { from: number; to: number } {
  const from = assertKnownVersion(db, migrations);
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return { from, to: schemaVersion(db) };
}

/** Refuses a file written by a newer app before anything (even a pragma) writes to it. */
export function assertKnownVersion(db: Database, migrations: readonly Migration[]): number {
  return versionGuard(schemaVersion(db), migrations);
}

/** The same refusal for a version read without a connection (null: no database yet). */
export function versionGuard(version: number | null, migrations: readonly Migration[]): number {
  const from = version ?? 0;
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new AppError(
      'db_too_new',
      `Ce cahier a été enregistré par une version plus récente de l’application (schéma ${from}, cette version connaît le schéma ${latest}). Mettez l’application à jour ; le fichier n’a pas été modifié.`,
    );
  }
  return from;
}
