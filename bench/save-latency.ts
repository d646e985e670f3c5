import { join } from 'node:path';
import { openDatabase, closeDatabase } from '../src/main/db';
import { ms, percentile, ratio, time } from './stats';

const SAVES = 1000;

async function post(url: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { ok: boolean };
  if (!json.ok) throw new Error(`save failed: ${JSON.stringify(json)}`);
  return json;
}

/** 1000 autosaves through HTTP, next to the same number of bare insert transactions on the same settings. */
export async function benchSaves(baseUrl: string, dataDir: string): Promise<void> {
  const created = (await post(`${baseUrl}api/profile.create`, { name: 'Bench' })) as { value: { id: string } };
  const profileId = created.value.id;
  const http: number[] = [];
  for (let i = 0; i < SAVES; i += 1) {
    const value = { kind: 'funnel', counts: [24000 + i, 1200, 300, 15] };
    const body = { profileId, exerciseId: 'funnel-fanajeen', value, revision: i };
    const [elapsed] = await time(() => post(`${baseUrl}api/answer.save`, body));
    http.push(elapsed);
  }

  // Baselines: bare insert transactions, no HTTP, no validation, no service; with the
  // app's durability (synchronous=FULL) and with SQLite's lighter NORMAL, to show FULL's price.
  const bare = async (synchronous: 'FULL' | 'NORMAL') => {
    const db = openDatabase({ file: join(dataDir, `baseline-${synchronous}.db`) });
    db.pragma(`synchronous = ${synchronous}`);
    db.exec("INSERT INTO profile VALUES ('p', 'Bench', 't')");
    const insert = db.prepare(
      `INSERT INTO answer (profile_id, exercise_id, value, revision, updated_at) VALUES ('p', ?, ?, 1, 't')`,
    );
    const samples: number[] = [];
    for (let i = 0; i < SAVES; i += 1) {
      samples.push((await time(() => db.transaction(() => insert.run(`e${i}`, '{"kind":"funnel"}'))()))[0]);
    }
    closeDatabase(db);
    return samples;
  };
  const full = await bare('FULL');
  const normal = await bare('NORMAL');

  const p = (samples: number[]) => [percentile(samples, 50), percentile(samples, 99)] as const;
  const [h50, h99] = p(http);
  const [f50, f99] = p(full);
  const [n50, n99] = p(normal);
  console.log(`answer.save over HTTP, synchronous=FULL (${SAVES} saves): p50 ${ms(h50)}  p99 ${ms(h99)}`);
  console.log(`bare insert transaction, synchronous=FULL:        p50 ${ms(f50)}  p99 ${ms(f99)}`);
  console.log(`bare insert transaction, synchronous=NORMAL:      p50 ${ms(n50)}  p99 ${ms(n99)}`);
  console.log(`ratio HTTP save / bare FULL insert:               p50 ${ratio(h50, f50)}  p99 ${ratio(h99, f99)}`);
  console.log(`ratio bare FULL / bare NORMAL (cost of FULL):     p50 ${ratio(f50, n50)}  p99 ${ratio(f99, n99)}`);
}
