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

  // Baseline: the same durability (WAL, synchronous=FULL), no HTTP, no validation, no service.
  const db = openDatabase({ file: join(dataDir, 'baseline.db') });
  db.exec("INSERT INTO profile VALUES ('p', 'Bench', 't')");
  const insert = db.prepare(
    `INSERT INTO answer (profile_id, exercise_id, value, revision, updated_at) VALUES ('p', ?, ?, 1, 't')`,
  );
  const bare: number[] = [];
  for (let i = 0; i < SAVES; i += 1) {
    const [elapsed] = await time(() => db.transaction(() => insert.run(`e${i}`, '{"kind":"funnel"}'))());
    bare.push(elapsed);
  }
  closeDatabase(db);

  const [h50, h99, b50, b99] = [percentile(http, 50), percentile(http, 99), percentile(bare, 50), percentile(bare, 99)];
  console.log(`answer.save over HTTP (${SAVES} saves): p50 ${ms(h50)}  p99 ${ms(h99)}`);
  console.log(`bare better-sqlite3 insert transaction:  p50 ${ms(b50)}  p99 ${ms(b99)}`);
  console.log(`ratio HTTP save / bare insert:           p50 ${ratio(h50, b50)}  p99 ${ratio(h99, b99)}`);
}
