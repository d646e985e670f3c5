import type { Profile } from '../../shared/api';
import type { Db } from './open';

interface ProfileRow {
  id: string;
  name: string;
  created_at: string;
}

const toProfile = (row: ProfileRow): Profile => ({ id: row.id, name: row.name, createdAt: row.created_at });

export function createProfilesRepo(db: Db) {
  const insert = db.prepare<[string, string, string]>('INSERT INTO profile (id, name, created_at) VALUES (?, ?, ?)');
  const all = db.prepare<[], ProfileRow>('SELECT id, name, created_at FROM profile ORDER BY created_at, rowid');
  const one = db.prepare<[string], ProfileRow>('SELECT id, name, created_at FROM profile WHERE id = ?');
  const rename = db.prepare<[string, string]>('UPDATE profile SET name = ? WHERE id = ?');
  const remove = db.prepare<[string]>('DELETE FROM profile WHERE id = ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM profile');
  return {
    insert(profile: Profile): void {
      insert.run(profile.id, profile.name, profile.createdAt);
    },
    count(): number {
      return count.get()!.n;
    },
    list(): Profile[] {
      return all.all().map(toProfile);
    },
    get(id: string): Profile | undefined {
      const row = one.get(id);
      return row ? toProfile(row) : undefined;
    },
    rename(id: string, name: string): boolean {
      return rename.run(name, id).changes === 1;
    },
    /** Deletes the profile and, by cascade, every answer of it. */
    delete(id: string): boolean {
      return remove.run(id).changes === 1;
    },
  };
}

export type ProfilesRepo = ReturnType<typeof createProfilesRepo>;
