import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, openWorkbook } from '../../src/main/db';
import { migrations } from '../../src/main/db/migrations';
import { bytesOf, crashImage } from '../support/fault-tools';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('cmday-faults-');

const future = {
  version: migrations.at(-1)!.version + 1,
  name: 'future',
  up(db: Parameters<(typeof migrations)[number]['up']>[0]) {
    db.exec('CREATE TABLE future (x TEXT) STRICT');
  },
};

describe('a workbook from a newer app, with its -wal still pending', () => {
  it('is refused and its database and -wal stay byte for byte as they were, with nothing added beside them', () => {
    const live = tempDir();
    const newer = openDatabase({ file: join(live, 'workbook.db'), migrations: [...migrations, future] });
    newer.prepare("INSERT INTO future VALUES ('pas encore intégré au fichier')").run();
    // The newer app was killed: its last commits live only in the -wal.
    const dir = crashImage(live, tempDir());
    newer.close();
    // Copied to another machine without its -shm index (a file SQLite remakes on open).
    rmSync(join(dir, 'workbook.db-shm'));
    const listing = readdirSync(dir).sort();
    const files = ['workbook.db', 'workbook.db-wal'].map((f) => join(dir, f));
    const before = bytesOf(...files);
    expect(Object.keys(before)).toHaveLength(2);

    expect(() => openWorkbook({ dataDir: dir })).toThrowError(/version plus récente.*le fichier n’a pas été modifié/);
    expect(bytesOf(...files)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(listing);
  });
});
