import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { FUNNEL, funnelValue } from '../../../tests/support/exercises';
import { useTempDir } from '../../../tests/support/temp-dir';
import { openWorkbook, type Workbook } from '../db';
import { canonicalJson } from '../../shared/workbook-file/canonical';
import { createHandlers } from './handlers';

const tempDir = useTempDir('cmday-print-data-');
const open: Workbook[] = [];
afterEach(() => {
  for (const workbook of open.splice(0)) workbook.close();
});

/** The handlers themselves: who may call (dispatch's business) is tested with dispatch. */
function start(now?: () => Date) {
  const workbook = openWorkbook({ dataDir: tempDir(), ...(now ? { now } : {}) });
  open.push(workbook);
  const handlers = createHandlers({ workbook, defer: (task) => task(), ...(now ? { now } : {}) });
  return {
    async value<T>(method: 'profile.create' | 'answer.save' | 'print.workbook' | 'workbook.export', input: unknown) {
      return (await (handlers[method] as (input: unknown) => unknown)(input)) as T;
    },
  };
}

interface Printed {
  profile: { id: string; name: string };
  session: { title: string };
  answers: { exerciseId: string; value: unknown }[];
  verificationCode: string;
}

/** The code as the README defines it, from the attendee's own .cmwb export, written out by hand here. */
function codeOf(exportText: string): string {
  const { exportedAt: _at, sha256: _seal, ...content } = JSON.parse(exportText) as Record<string, unknown>;
  return createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, 12);
}

describe('print.workbook', () => {
  it('returns the attendee, their answers, the session and the code of their .cmwb content', async () => {
    let clock = Date.parse('2026-05-02T09:00:00Z');
    const service = start(() => new Date((clock += 60_000)));
    const { id } = await service.value<{ id: string }>('profile.create', { name: 'Salma' });
    await service.value('profile.create', { name: 'Autre participant' });
    await service.value('answer.save', {
      profileId: id,
      exerciseId: FUNNEL,
      value: funnelValue([100, 10]),
      revision: 0,
    });

    const printed = await service.value<Printed>('print.workbook', { profileId: id });
    expect(printed.profile).toMatchObject({ id, name: 'Salma' });
    expect(printed.answers).toEqual([expect.objectContaining({ exerciseId: FUNNEL, value: funnelValue([100, 10]) })]);
    const exported = await service.value<{ content: string }>('workbook.export', { profileIds: [id] });
    expect(printed.verificationCode).toBe(codeOf(exported.content));
    expect(printed.verificationCode).toMatch(/^[0-9a-f]{12}$/);

    // Printed again later (another exportedAt): the same content gives the same code.
    const again = await service.value<Printed>('print.workbook', { profileId: id });
    expect(again.verificationCode).toBe(printed.verificationCode);

    // A changed answer gives another code.
    await service.value('answer.save', {
      profileId: id,
      exerciseId: FUNNEL,
      value: funnelValue([100, 11]),
      revision: 1,
    });
    const changed = await service.value<Printed>('print.workbook', { profileId: id });
    expect(changed.verificationCode).not.toBe(printed.verificationCode);
  });

  it('refuses an unknown attendee in French', async () => {
    const service = start();
    await expect(
      service.value('print.workbook', { profileId: '6c8f3da8-9506-4e63-bc36-3a36488a9a92' }),
    ).rejects.toThrow(/Participant introuvable/);
  });
});
