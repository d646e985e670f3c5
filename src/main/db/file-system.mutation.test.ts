import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDescriptorsOn } from '../../../tests/support/fault-tools';
import { useTempDir } from '../../../tests/support/temp-dir';
import { syncFile } from './backup-file';
import { syncDir } from './sync-dir';
import { guardPath, writeGuard } from './wal-guard';
import { openWorkbook, type Workbook } from './workbook';

/*
 * What the disk is asked, recorded by a file system that passes every call on.
 * What survives a power cut cannot be seen without cutting the power: what
 * can be seen is that each file is synced, under its temporary name, before
 * it takes its real one, and its folder after. And a full disk, which a test
 * cannot fill, is played by refusing one folder.
 */
const recorded = vi.hoisted(() => ({ on: false, events: [] as string[], fullDisk: null as string | null }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const pathOf = (fd: number) => fs.readlinkSync(`/proc/self/fd/${fd}`);
  const fsyncSync: typeof fs.fsyncSync = (fd) => {
    if (recorded.on) recorded.events.push(`sync ${pathOf(fd)}`);
    fs.fsyncSync(fd);
  };
  const renameSync: typeof fs.renameSync = (from, to) => {
    if (recorded.on) recorded.events.push(`rename ${String(from)} ${String(to)}`);
    fs.renameSync(from, to);
  };
  // A disk with no room left for a new folder there (ENOSPC), which a test cannot make on a real disk.
  const mkdirSync = ((path: string, options?: unknown) => {
    if (path === recorded.fullDisk) {
      throw Object.assign(new Error(`ENOSPC: no space left on device, mkdir '${path}'`), { code: 'ENOSPC' });
    }
    return fs.mkdirSync(path, options as never);
  }) as typeof fs.mkdirSync;
  const mocked = { fsyncSync, renameSync, mkdirSync };
  return { ...fs, default: { ...fs, ...mocked }, ...mocked };
});

const tempDir = useTempDir('cmday-file-system-');
const opened: Workbook[] = [];
beforeEach(() => {
  recorded.events = [];
  recorded.on = true;
});
afterEach(() => {
  recorded.on = false;
  recorded.fullDisk = null;
  for (const workbook of opened.splice(0)) workbook.close();
});

describe('syncing', () => {
  it('syncs a folder and a file, and leaves no descriptor open on them', () => {
    const dir = tempDir();
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'x');
    syncDir(dir);
    syncFile(file);
    expect(recorded.events).toEqual([`sync ${dir}`, `sync ${file}`]);
    expect(openDescriptorsOn(dir)).toBe(0);
    expect(openDescriptorsOn(file)).toBe(0);
  });

  it('writes the journal’s guard under a temporary name, synced, renamed, then syncs its folder', () => {
    const dir = tempDir();
    const file = join(dir, 'workbook.db');
    writeGuard(file, { checkpointing: true, salts: null, dbSha256: '' });
    const target = guardPath(file);
    expect(recorded.events).toEqual([`sync ${target}.tmp`, `rename ${target}.tmp ${target}`, `sync ${dir}`]);
  });

  it('syncs a backup under its temporary name before it is listed, then the backups folder', () => {
    const workbook = openWorkbook({ dataDir: tempDir() });
    opened.push(workbook);
    recorded.events = [];
    const made = workbook.backups.create('manuelle');
    const file = join(workbook.backups.dir, made.id);
    expect(recorded.events).toEqual([`sync ${file}.tmp`, `rename ${file}.tmp ${file}`, `sync ${workbook.backups.dir}`]);
  });
});

describe('a full disk', () => {
  it('is named as such when even the backups folder cannot be made', () => {
    const workbook = openWorkbook({ dataDir: tempDir() });
    opened.push(workbook);
    recorded.fullDisk = workbook.backups.dir;
    expect(() => workbook.backups.create('manuelle')).toThrowError(
      `Le disque est plein : impossible d’écrire dans le dossier des sauvegardes (${workbook.backups.dir}). Libérez de la place sur ce disque (ou lancez l’application avec un autre dossier, --data), puis réessayez.`,
    );
  });
});
