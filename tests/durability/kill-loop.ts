import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, openWorkbook } from '../../src/main/db';
import { createDispatch } from '../../src/main/service/dispatch';
import { bundleSaver, saverLines } from '../support/saver';
import { asTrainer } from '../support/service';
import { createHandlers } from '../../src/main/service/handlers';

export interface KillLoopResult {
  kills: number;
  acknowledged: number;
  /** Acknowledged saves missing after a restart: must be empty. */
  lost: string[];
  /** quick_check results other than "ok": must be empty. */
  damaged: string[];
}

function runAndKill(child: string, dataDir: string, profileId: string, afterMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dataDir, profileId], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      const first = !out.includes('ready\n');
      out += chunk.toString();
      if (first && out.includes('ready\n')) setTimeout(() => proc.kill('SIGKILL'), afterMs);
    });
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    proc.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(out);
      else reject(new Error(`child ended by itself (${code}): ${err}`));
    });
  });
}

/**
 * Kills a saving child with SIGKILL at random moments, `kills` times; after
 * each kill the workbook is reopened and every acknowledged save checked.
 */
export async function killLoop(kills: number, random: () => number = Math.random): Promise<KillLoopResult> {
  const dir = mkdtempSync(join(tmpdir(), 'cmday-kill9-'));
  const child = await bundleSaver();
  try {
    const dataDir = join(dir, 'data');
    const setup = openWorkbook({ dataDir });
    const created = await asTrainer(createDispatch(createHandlers({ workbook: setup })))('profile.create', {
      name: 'Durabilité',
    });
    setup.close();
    if (!created.ok) throw new Error(created.error.message);
    const profileId = (created.value as { id: string }).id;

    const acked = new Map<string, number>();
    const result: KillLoopResult = { kills: 0, acknowledged: 0, lost: [], damaged: [] };
    for (let k = 0; k < kills; k += 1) {
      const out = await runAndKill(child, dataDir, profileId, Math.floor(random() * 40));
      result.kills += 1;
      for (const { kind, exerciseId, revision } of saverLines(out)) {
        if (kind !== 'saved') continue;
        acked.set(exerciseId, revision);
        result.acknowledged += 1;
      }
      const db = openDatabase({ file: join(dataDir, 'workbook.db') });
      try {
        const check = db.pragma('quick_check', { simple: true });
        if (check !== 'ok') result.damaged.push(`kill ${k}: ${String(check)}`);
        const stored = db.prepare('SELECT exercise_id, revision FROM answer WHERE profile_id = ?').all(profileId) as {
          exercise_id: string;
          revision: number;
        }[];
        const revisions = new Map(stored.map((row) => [row.exercise_id, row.revision]));
        for (const [exerciseId, revision] of acked) {
          if ((revisions.get(exerciseId) ?? 0) < revision) {
            result.lost.push(
              `kill ${k}: ${exerciseId} acknowledged at ${revision}, found ${revisions.get(exerciseId)}`,
            );
          }
        }
      } finally {
        db.close();
      }
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(child, { force: true });
  }
}
