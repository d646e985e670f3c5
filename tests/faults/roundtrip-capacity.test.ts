import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sealWorkbook } from '../../src/main/service/workbook-file';
import { CMWB_MAX_PROFILES } from '../../src/shared/workbook-file/schema';
import { useService, type TestService } from '../support/service';

const start = useService();

/** Fills the workbook up to `count` attendees in one transaction (500 API calls would only slow the test). */
function fill(service: TestService, count: number) {
  const at = new Date().toISOString();
  const insert = service.workbook.db.prepare('INSERT INTO profile (id, name, created_at) VALUES (?, ?, ?)');
  service.workbook.db.transaction(() => {
    for (let i = 0; i < count; i += 1) insert.run(randomUUID(), `Participant ${i}`, at);
  })();
}

async function fileWith(count: number): Promise<string> {
  const source = start();
  fill(source, count);
  const { content } = await source.value<{ content: string }>('workbook.export', {});
  return content;
}

// A workbook never holds more attendees than a .cmwb file may: whatever export writes, import reads.
describe('a workbook holds at most CMWB_MAX_PROFILES attendees', () => {
  it('refuses the next attendee in French once the workbook is full, and keeps the others', async () => {
    const service = start();
    fill(service, CMWB_MAX_PROFILES - 1);
    await service.value('profile.create', { name: 'Dernière place' });
    const refused = await service.call('profile.create', { name: 'De trop' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(refused.ok ? '' : refused.error.message).toContain(`${CMWB_MAX_PROFILES} participants`);
    expect(service.workbook.db.prepare('SELECT count(*) AS n FROM profile').get()).toEqual({ n: CMWB_MAX_PROFILES });
  });

  it('imports a full workbook exported by the app into an empty one', async () => {
    const content = await fileWith(CMWB_MAX_PROFILES);
    const target = start();
    const summary = await target.value<{ profiles: { new: number } }>('workbook.import', { content });
    expect(summary.profiles.new).toBe(CMWB_MAX_PROFILES);
  });

  it('refuses, in preview and import, a file that would take the workbook over the limit, writing nothing', async () => {
    const content = await fileWith(10);
    const target = start();
    fill(target, CMWB_MAX_PROFILES - 5);
    for (const method of ['workbook.preview', 'workbook.import']) {
      const result = await target.call(method, { content });
      expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    }
    expect(target.workbook.db.prepare('SELECT count(*) AS n FROM profile').get()).toEqual({
      n: CMWB_MAX_PROFILES - 5,
    });
  });

  it('refuses a file listing more attendees than the limit', async () => {
    const source = start();
    const { content } = await source.value<{ content: string }>('workbook.export', {});
    const { sha256: _hash, ...file } = JSON.parse(content);
    const at = new Date().toISOString();
    file.profiles = Array.from({ length: CMWB_MAX_PROFILES + 1 }, (_, i) => ({
      id: randomUUID(),
      name: `P${i}`,
      createdAt: at,
      answers: [],
    }));
    const result = await start().call('workbook.import', { content: JSON.stringify(sealWorkbook(file)) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
