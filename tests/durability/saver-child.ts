// Bundled and run by kill-loop.ts: saves answers as fast as it can and prints
// "<exerciseId> <revision>" once each save is acknowledged, until it is killed.
import { writeSync } from 'node:fs';
import { openWorkbook } from '../../src/main/db';
import { createDispatch } from '../../src/main/service/dispatch';
import { asTrainer } from '../support/service';
import { createHandlers } from '../../src/main/service/handlers';
import { FUNNEL_EXERCISES } from '../support/exercises';

const [dataDir, profileId] = process.argv.slice(2) as [string, string];
const workbook = openWorkbook({ dataDir });
const dispatch = asTrainer(createDispatch(createHandlers({ workbook, defer: (task) => task() })));
const revisions = new Map<string, number>();

const listed = await dispatch('answer.list', { profileId });
if (!listed.ok) throw new Error(listed.error.message);
for (const answer of listed.value as { exerciseId: string; revision: number }[])
  revisions.set(answer.exerciseId, answer.revision);

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
  writeSync(1, `${exerciseId} ${saved}\n`);
}
