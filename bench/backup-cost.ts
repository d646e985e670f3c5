import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbook } from '../src/main/db';
import { ms, percentile, ratio, time } from './stats';

const ATTENDEES = 300;
const EXERCISES = 12;
const RUNS = 5;

/** One backup (VACUUM INTO) of a full room's workbook, next to copying the same file. */
export async function benchBackup(dir: string): Promise<void> {
  const workbook = openWorkbook({ dataDir: join(dir, 'room') });
  const { db } = workbook;
  const addProfile = db.prepare('INSERT INTO profile VALUES (?, ?, ?)');
  const addAnswer = db.prepare('INSERT INTO answer VALUES (?, ?, ?, 1, ?)');
  db.transaction(() => {
    for (let p = 0; p < ATTENDEES; p += 1) {
      const id = `00000000-0000-4000-8000-${String(p).padStart(12, '0')}`;
      addProfile.run(id, `Participant ${p}`, new Date().toISOString());
      for (let e = 0; e < EXERCISES; e += 1) {
        const value = JSON.stringify({ kind: 'funnel', counts: [24000 + p, 1200 + e, 300, 15] });
        addAnswer.run(id, `funnel-${e}`, value, new Date().toISOString());
      }
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');

  const backups: number[] = [];
  for (let i = 0; i < RUNS; i += 1) backups.push((await time(() => workbook.backups.create('bench')))[0]);
  const copies: number[] = [];
  mkdirSync(join(dir, 'copies'), { recursive: true });
  for (let i = 0; i < RUNS; i += 1) {
    copies.push((await time(() => copyFileSync(workbook.file, join(dir, 'copies', `copy-${i}.db`))))[0]);
  }
  const size = statSync(workbook.file).size;
  workbook.close();

  const [b50, c50] = [percentile(backups, 50), percentile(copies, 50)];
  console.log(
    `backup of a ${ATTENDEES}-attendee workbook (${(size / 1024).toFixed(0)} KiB, median of ${RUNS}): ${ms(b50)}`,
  );
  console.log(`plain file copy of the same file:                                 ${ms(c50)}`);
  console.log(`ratio backup / copy:                                              ${ratio(b50, c50)}`);
}
