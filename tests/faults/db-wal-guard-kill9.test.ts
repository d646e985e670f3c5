import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../src/main/db';
import { createDispatch } from '../../src/main/service/dispatch';
import { bundleSaver, saverLines } from '../support/saver';
import { asTrainer } from '../support/service';
import { createHandlers } from '../../src/main/service/handlers';
import { useTempDir } from '../support/temp-dir';

const KILLS = Number(process.env.CMDAY_GUARD_KILLS ?? 120);
const tempDir = useTempDir('cmday-guard-kill9-');

let readyAfterMs = 200;

/**
 * Runs the saver and kills it at a random moment: mostly while it saves
 * (checkpointing almost every save), one time in four while it opens
 * (judging the last crash's -wal, then checkpointing it).
 */
function runAndKill(child: string, dataDir: string, profileId: string, duringOpen: boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const proc = spawn(process.execPath, [child, dataDir, profileId, String(8 * 1024)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    if (duringOpen) setTimeout(() => proc.kill('SIGKILL'), Math.floor(Math.random() * readyAfterMs));
    proc.stdout.on('data', (chunk: Buffer) => {
      const first = !out.includes('ready\n');
      out += chunk.toString();
      if (first && out.includes('ready\n')) {
        readyAfterMs = Date.now() - started;
        if (!duringOpen) setTimeout(() => proc.kill('SIGKILL'), Math.floor(Math.random() * 60));
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    proc.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(out);
      else reject(new Error(`saver ended by itself (${code}): ${err}`));
    });
  });
}

describe('the WAL guard under kill -9', () => {
  it(
    `never sets aside the workbook’s own journal, nor loses an acknowledged save, across ${KILLS} kills inside saves, checkpoints and opens`,
    { timeout: 300_000 },
    async () => {
      const dataDir = join(tempDir(), 'data');
      const setup = openWorkbook({ dataDir });
      const created = await asTrainer(createDispatch(createHandlers({ workbook: setup })))('profile.create', {
        name: 'Garde',
      });
      setup.close();
      if (!created.ok) throw new Error(created.error.message);
      const profileId = (created.value as { id: string }).id;
      const child = await bundleSaver();
      const acked = new Map<string, number>();
      const problems: string[] = [];
      let saves = 0;
      try {
        for (let k = 0; k < KILLS; k += 1) {
          const out = await runAndKill(child, dataDir, profileId, k % 4 === 3);
          for (const { kind, exerciseId, revision } of saverLines(out)) {
            if (kind === 'notice') problems.push(`kill ${k}: notice ${exerciseId}`);
            if (kind === 'found' && revision < (acked.get(exerciseId) ?? 0))
              problems.push(`kill ${k}: ${exerciseId} acknowledged at ${acked.get(exerciseId)}, found ${revision}`);
            if (kind === 'saved') {
              acked.set(exerciseId, revision);
              saves += 1;
            }
          }
        }
      } finally {
        rmSync(child, { force: true });
      }
      const last = openWorkbook({ dataDir });
      try {
        expect(last.notices).toEqual([]);
        expect(last.db.pragma('quick_check', { simple: true })).toBe('ok');
        const stored = last.db.prepare('SELECT exercise_id, revision FROM answer').all() as {
          exercise_id: string;
          revision: number;
        }[];
        for (const { exercise_id, revision } of stored)
          if (revision < (acked.get(exercise_id) ?? 0)) problems.push(`end: ${exercise_id} at ${revision}`);
      } finally {
        last.close();
      }
      expect(problems).toEqual([]);
      expect(saves).toBeGreaterThan(KILLS);
    },
  );
});
