import type { Db } from './open';

/** Erased attendees whose backups still have to be scrubbed (see migration 0003). */
export function createErasuresRepo(db: Db) {
  const add = db.prepare<[string, string]>(
    'INSERT INTO pending_erasure (profile_id, requested_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  const remove = db.prepare<[string]>('DELETE FROM pending_erasure WHERE profile_id = ?');
  const one = db.prepare<[string]>('SELECT 1 FROM pending_erasure WHERE profile_id = ?');
  const all = db.prepare<[], { profile_id: string }>('SELECT profile_id FROM pending_erasure ORDER BY requested_at');
  return {
    add(profileId: string, requestedAt: string): void {
      add.run(profileId, requestedAt);
    },
    remove(profileId: string): void {
      remove.run(profileId);
    },
    has(profileId: string): boolean {
      return one.get(profileId) !== undefined;
    },
    list(): string[] {
      return all.all().map((row) => row.profile_id);
    },
  };
}

export type ErasuresRepo = ReturnType<typeof createErasuresRepo>;
