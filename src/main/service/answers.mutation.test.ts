import { afterEach, describe, expect, it } from 'vitest';
import { FUNNEL, funnelValue } from '../../../tests/support/exercises';
import { useTempDir } from '../../../tests/support/temp-dir';
import { openWorkbook, type Workbook } from '../db';
import { TRAINER } from './classroom-caller';
import { createDispatch } from './dispatch';
import { createHandlers } from './handlers';

const tempDir = useTempDir('cmday-answers-');
const opened: Workbook[] = [];
afterEach(() => {
  for (const workbook of opened.splice(0)) workbook.close();
});

describe('the upkeep after answer saves', () => {
  it('is deferred once per burst of saves, and again for the next burst', async () => {
    const workbook = openWorkbook({ dataDir: tempDir() });
    opened.push(workbook);
    const deferred: (() => void)[] = [];
    const dispatch = createDispatch(createHandlers({ workbook, defer: (task) => deferred.push(task) }));
    const call = async (method: string, input: unknown) => {
      const result = await dispatch(method, input, TRAINER);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as { id: string };
    };
    const ids = [
      (await call('profile.create', { name: 'Amina' })).id,
      (await call('profile.create', { name: 'Karim' })).id,
    ];
    const save = (profileId: string, revision: number) =>
      call('answer.save', { profileId, exerciseId: FUNNEL, value: funnelValue([revision + 1, 1]), revision });

    await Promise.all([save(ids[0]!, 0), save(ids[1]!, 0)]);
    await save(ids[0]!, 1);
    // The upkeep of the first burst has not run yet: the later save joins it.
    expect(deferred).toHaveLength(1);
    deferred.shift()!();
    expect(await call('backup.list', {})).toMatchObject([{ reason: 'automatique' }]);

    await save(ids[1]!, 1);
    expect(deferred).toHaveLength(1);
  });
});
