// Bundled by saver.ts and run by the kill -9 tests (tests/durability/kill-loop.ts,
// tests/faults/db-wal-guard-kill9.test.ts). Opens the workbook as the app does,
// says what it found, then saves answers as fast as it can until it is killed.
// Lines, each written once its fact is true:
//   notice <code>                   a notice from opening (e.g. a -wal set aside)
//   found <exerciseId> <revision>   an answer as stored when it opened
//   ready
//   saved <exerciseId> <revision>   a save acknowledged (committed)
// argv: <dataDir> <profileId> [<checkpointWalBytes>]
import { writeSync } from 'node:fs';
import { openWorkbook } from '../../src/main/db';
import { createDispatch } from '../../src/main/service/dispatch';
import { createHandlers } from '../../src/main/service/handlers';
import { FUNNEL_EXERCISES } from './exercises';
import { asTrainer } from './service';

const [dataDir, profileId, checkpointBytes] = process.argv.slice(2) as [string, string, string | undefined];
const workbook = openWorkbook({
  dataDir,
  ...(checkpointBytes ? { checkpointWalBytes: Number(checkpointBytes) } : {}),
});
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
