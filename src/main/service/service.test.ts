import { describe, expect, it } from 'vitest';
import { FUNNEL } from '../../../tests/support/exercises';
import { useService } from '../../../tests/support/service';
import { openDatabase, type Db } from '../db';

const start = useService();
let db: Db;

function service() {
  const opened = start();
  db = opened.workbook.db;
  return { dispatch: opened.call, errors: opened.unexpected };
}

const funnelValue = (counts: (number | null)[]) => ({ kind: 'funnel', counts });

describe('service through the dispatch every host uses', () => {
  it('creates profiles, saves answers and lists them back', async () => {
    const { dispatch } = service();
    const created = await dispatch('profile.create', { name: '  Youssef ' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Youssef' } });
    if (!created.ok) return;
    const profileId = (created.value as { id: string }).id;

    const first = await dispatch('answer.save', {
      profileId,
      exerciseId: FUNNEL,
      value: funnelValue([10, 5]),
      revision: 0,
    });
    const second = await dispatch('answer.save', {
      profileId,
      exerciseId: FUNNEL,
      value: funnelValue([10, 6]),
      revision: 1,
    });
    expect(first).toMatchObject({ ok: true, value: { revision: 1 } });
    expect(second).toMatchObject({ ok: true, value: { revision: 2 } });

    const listed = await dispatch('answer.list', { profileId });
    expect(listed).toMatchObject({
      ok: true,
      value: [{ exerciseId: FUNNEL, value: funnelValue([10, 6]), revision: 2 }],
    });
    expect(await dispatch('profile.list', {})).toMatchObject({ ok: true, value: [{ id: profileId, name: 'Youssef' }] });
  });

  it('refuses bad input with a stable code and a French message, writing nothing', async () => {
    const { dispatch, errors } = service();
    const ghost = '00000000-0000-4000-8000-000000000000';
    expect(await dispatch('profile.explode', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await dispatch('profile.create', { name: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(
      await dispatch('answer.save', { profileId: ghost, exerciseId: FUNNEL, value: funnelValue([1, 1]), revision: 0 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/Participant introuvable/) },
    });
    expect(
      await dispatch('answer.save', { profileId: ghost, exerciseId: FUNNEL, value: funnelValue([-3, 1]), revision: 0 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/négative/) },
    });
    expect(db.prepare('SELECT (SELECT count(*) FROM profile) + (SELECT count(*) FROM answer) AS n').get()).toEqual({
      n: 0,
    });
    expect(errors).toEqual([]);
  });

  it('hides unexpected failures behind a generic message and reports them', async () => {
    const { dispatch, errors } = service();
    db.exec('DROP TABLE answer');
    const created = await dispatch('profile.create', { name: 'A' });
    const profileId = created.ok ? (created.value as { id: string }).id : '';
    const result = await dispatch('answer.save', {
      profileId,
      exerciseId: FUNNEL,
      value: funnelValue([1, 1]),
      revision: 0,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/rien n’a été enregistré/) },
    });
    expect(errors).toHaveLength(1);
  });

  it('acknowledges a save only once it is committed to the file', async () => {
    const { dispatch } = service();
    const created = await dispatch('profile.create', { name: 'A' });
    const profileId = created.ok ? (created.value as { id: string }).id : '';
    await dispatch('answer.save', { profileId, exerciseId: FUNNEL, value: funnelValue([7, 3]), revision: 0 });
    // A second connection sees only committed data.
    const other = openDatabase({ file: db.name });
    expect(other.prepare('SELECT value FROM answer').get()).toEqual({ value: JSON.stringify(funnelValue([7, 3])) });
    other.close();
  });
});
