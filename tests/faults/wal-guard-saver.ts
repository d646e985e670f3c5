// Bundled and run by db-wal-guard-kill9.test.ts. Opens the workbook as the app
// does (judging whatever -wal the last kill left), says what it found, then
// saves as fast as it can, checkpointing almost every save, until killed.
import { writeSync } from 'node:fs';
import { openWorkbook } from '../../src/main/db';
import { createDispatch } from '../../src/main/service/dispatch';
import { asTrainer } from '../support/service';
import { createHandlers } from '../../src/main/service/handlers';
import { FUNNEL_EXERCISES } from '../support/exercises';

const [dataDir, profileId] = process.argv.slice(2) as [string, string];
const workbook = openWorkbook({ dataDir, checkpointWalBytes: 8 * 1024 });
for (const notice of workbook.notices) writeSync(1, `notice ${notice.code}\n`);
const dispatch = asTrainer(createDispatch(createHandlers({ workbook, defer: (task) => task() })));
const revisions = new Map<string, number>();
const listed = await dispatch('answer.list', { profileId });
if (!listed.ok) throw new Error(listed.error.message);
for (const answer of listed.value as { exerciseId: string; revision: number }[]) {
  revisions.set(answer.exerciseId, answer.revision);
  writeSync(1, `found ${answer.exerciseId} ${answer.revision}\n`);
}
writeSync(1, 'ready\n');
for (let i = 0; ; i += 1) {
  const exerciseId = FUNNEL_EXERCISES[i % FUNNEL_EXERCISES.length]!;
  const revision = revisions.get(exerciseId) ?? 0;
  const result = await dispatch('answer.save', {
    profileId,
    exerciseId,
    value: { kind: 'funnel', counts: [1000 + i, i % 97, 3, 1] },
    revision,
  });
  if (!result.ok) throw new Error(result.error.message);
  const saved = (result.value as { revision: number }).revision;
  revisions.set(exerciseId, saved);
  writeSync(1, `saved ${exerciseId} ${saved}\n`);
}
