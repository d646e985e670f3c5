import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../../tests/support/temp-dir';
import { closeDatabase, openDatabase, type Db } from '../db';
import { createCommitQueue } from './answer-batch';

const tempDir = useTempDir('cmday-batch-');
const opened: Db[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) closeDatabase(db);
});

function setup() {
  const db = openDatabase({ file: join(tempDir(), 'workbook.db') });
  opened.push(db);
  db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER NOT NULL)');
  const flushes: (() => void)[] = [];
  const queue = createCommitQueue(db, (flush) => flushes.push(flush));
  const insert = (k: string, v: number) => () => db.prepare('INSERT INTO t VALUES (?, ?)').run(k, v).changes;
  const rows = () => db.prepare('SELECT k, v FROM t ORDER BY k').all();
  return { db, queue, flushes, insert, rows };
}

describe('group commit of answer saves', () => {
  it('commits the writes of one turn together, in one transaction, and settles them only after it', async () => {
    const { db, queue, flushes, insert, rows } = setup();
    const settled: string[] = [];
    const a = queue.run(insert('a', 1)).then(() => settled.push('a'));
    const b = queue.run(insert('b', 2)).then(() => settled.push('b'));
    // One flush scheduled for both, and nothing written or acknowledged before it runs.
    expect(flushes).toHaveLength(1);
    expect(rows()).toEqual([]);
    await Promise.resolve();
    expect(settled).toEqual([]);
    flushes[0]!();
    await Promise.all([a, b]);
    expect(settled).toEqual(['a', 'b']);
    expect(rows()).toEqual([
      { k: 'a', v: 1 },
      { k: 'b', v: 2 },
    ]);
    expect(db.inTransaction).toBe(false);
  });

  it('rolls back and rejects only the write that fails; the others of the batch are committed', async () => {
    const { queue, flushes, insert, rows } = setup();
    const first = queue.run(insert('a', 1));
    const duplicate = queue.run(() => {
      insert('c', 3)();
      return insert('a', 9)();
    });
    const last = queue.run(insert('b', 2));
    flushes[0]!();
    await expect(first).resolves.toBe(1);
    await expect(duplicate).rejects.toThrow(/UNIQUE/);
    await expect(last).resolves.toBe(1);
    // 'c' went with the failed write's savepoint.
    expect(rows()).toEqual([
      { k: 'a', v: 1 },
      { k: 'b', v: 2 },
    ]);
  });

  it('fails every write of the batch when the commit itself fails: none is acknowledged', async () => {
    const { db, queue, flushes, insert, rows } = setup();
    const a = queue.run(insert('a', 1));
    const b = queue.run(insert('b', 2));
    // A connection that may not write refuses the batch's first statement: nothing of it is committed.
    db.pragma('query_only = ON');
    flushes[0]!();
    await expect(a).rejects.toThrow();
    await expect(b).rejects.toThrow();
    db.pragma('query_only = OFF');
    expect(rows()).toEqual([]);
    // The next turn starts a fresh batch.
    const c = queue.run(insert('c', 3));
    expect(flushes).toHaveLength(2);
    flushes[1]!();
    await expect(c).resolves.toBe(1);
  });

  it('fails the whole batch, running no write outside it, when SQLite rolls the transaction back by itself (disk full)', async () => {
    const { db, queue, flushes, insert, rows } = setup();
    // Room for a few small rows, not for a big one: SQLITE_FULL, which ends the whole transaction.
    db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 2}`);
    const big = () => db.prepare('INSERT INTO t VALUES (?, ?)').run('big', 'x'.repeat(100_000)).changes;
    const a = queue.run(insert('a', 1));
    const full = queue.run(big);
    const c = queue.run(insert('c', 3));
    flushes[0]!();
    const refusal = { code: 'SQLITE_FULL' };
    await expect(a).rejects.toMatchObject(refusal);
    await expect(full).rejects.toMatchObject(refusal);
    await expect(c).rejects.toMatchObject(refusal);
    expect(rows()).toEqual([]);
    expect(db.inTransaction).toBe(false);
  });
});
