import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { lessonManifestEsbuildPlugin } from '../../build/lesson-manifest';
import { openDatabase, openWorkbook } from '../../src/main/db';
import { createDispatch } from '../../src/main/service/dispatch';
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

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The child as one small ES module, so each start costs only Node's own
 * start-up. It is written inside the project so it finds better-sqlite3.
 */
async function bundleChild(): Promise<string> {
  const outfile = join(ROOT, 'node_modules', '.cache', 'cmday-durability', `saver-child-${process.pid}.mjs`);
  await build({
    entryPoints: [join(import.meta.dirname, 'saver-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    plugins: [lessonManifestEsbuildPlugin()],
    outfile,
    logLevel: 'silent',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return outfile;
}

function runAndKill(child: string, dataDir: string, profileId: string, afterMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dataDir, profileId], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      const first = out.length === 0;
      out += chunk.toString();
      if (first && out.startsWith('ready\n')) setTimeout(() => proc.kill('SIGKILL'), afterMs);
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
  const child = await bundleChild();
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
      // Only whole lines: a line cut by the kill proves nothing either way.
      for (const line of out.split('\n').slice(1, -1)) {
        const [exerciseId, revision] = line.split(' ') as [string, string];
        acked.set(exerciseId, Number(revision));
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
