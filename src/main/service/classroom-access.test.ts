import { describe, expect, it } from 'vitest';
import { contract, METHODS, type Method } from '../../shared/api';
import { useService } from '../../../tests/support/service';
import { FUNNEL, funnelValue } from '../../../tests/support/exercises';
import { inputFields } from './classroom-access';
import type { Caller } from './classroom-caller';
import { createDispatch } from './dispatch';
import { createHandlers } from './handlers';

const start = useService();

/** What attendee methods may take: their own profile's id(s), and the data of an answer. */
const ATTENDEE_FIELDS = new Set(['profileId', 'profileIds', 'exerciseId', 'value', 'revision', 'name', 'code']);

function callers() {
  const service = start();
  const dispatch = createDispatch(createHandlers({ workbook: service.workbook, defer: (task) => task() }));
  const visitor: Caller = { role: 'visitor', address: '10.0.0.9', startSession: () => undefined };
  return { service, dispatch, visitor };
}

describe('who may call what (the contract’s `access`, enforced by dispatch)', () => {
  it('names whose data an attendee method touches only by profileId / profileIds', () => {
    for (const method of METHODS.filter((m) => contract[m].access !== 'trainer')) {
      for (const field of inputFields(method)) expect(ATTENDEE_FIELDS, `${method}.${field}`).toContain(field);
    }
  });

  it('refuses every trainer method to an attendee and a visitor, before reading the input', async () => {
    const { service, dispatch, visitor } = callers();
    const { id } = await service.value<{ id: string }>('profile.create', { name: 'Amina' });
    const attendee: Caller = { role: 'attendee', profileId: id, address: '10.0.0.8' };
    const trainerMethods = METHODS.filter((m) => contract[m].access === 'trainer');
    expect(trainerMethods).toContain('profile.list');
    for (const method of trainerMethods) {
      for (const caller of [attendee, visitor]) {
        // Input that would not even validate: refused for who is calling, not for what.
        const result = await dispatch(method, { nonsense: true }, caller);
        expect(result, `${method} as ${caller.role}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
  });

  it('lets an attendee reach their own profile, and refuses another’s in French', async () => {
    const { service, dispatch } = callers();
    const mine = await service.value<{ id: string }>('profile.create', { name: 'Amina' });
    const theirs = await service.value<{ id: string }>('profile.create', { name: 'Karim' });
    const amina: Caller = { role: 'attendee', profileId: mine.id, address: '10.0.0.8' };
    const save = (profileId: string) => ({ profileId, exerciseId: FUNNEL, value: funnelValue([5, 1]), revision: 0 });
    const cases: [Method, unknown, unknown][] = [
      ['answer.save', save(mine.id), save(theirs.id)],
      ['answer.list', { profileId: mine.id }, { profileId: theirs.id }],
      ['profile.get', { profileId: mine.id }, { profileId: theirs.id }],
      ['print.workbook', { profileId: mine.id }, { profileId: theirs.id }],
      ['workbook.export', { profileIds: [mine.id] }, {}],
    ];
    for (const [method, own, other] of cases) {
      expect((await dispatch(method, own, amina)).ok, method).toBe(true);
      const refused = await dispatch(method, other, amina);
      expect(refused, method).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: expect.stringMatching(/votre propre cahier/) },
      });
    }
    expect(await service.value('answer.list', { profileId: theirs.id })).toEqual([]);
  });

  it('refuses an attendee an export that names another’s profile among theirs, and lets them read the room’s pace', async () => {
    const { service, dispatch } = callers();
    const mine = await service.value<{ id: string }>('profile.create', { name: 'Amina' });
    const theirs = await service.value<{ id: string }>('profile.create', { name: 'Karim' });
    const amina: Caller = { role: 'attendee', profileId: mine.id, address: '10.0.0.8' };
    for (const profileIds of [[theirs.id], [mine.id, theirs.id]]) {
      expect(await dispatch('workbook.export', { profileIds }, amina), JSON.stringify(profileIds)).toMatchObject({
        ok: false,
        error: {
          code: 'forbidden',
          message: 'Accès refusé : vous ne pouvez consulter ou modifier que votre propre cahier.',
        },
      });
    }
    // A method that names no profile is the attendee's own business.
    expect(await dispatch('classroom.pace', {}, amina)).toMatchObject({ ok: true });
    expect(await dispatch('session.get', {}, amina)).toMatchObject({ ok: true });
  });

  it('gives a visitor nothing but joining and « who am I », and a program without a caller nothing at all', async () => {
    const { service, dispatch, visitor } = callers();
    const { id } = await service.value<{ id: string }>('profile.create', { name: 'Amina' });
    expect(await dispatch('classroom.me', {}, visitor)).toEqual({ ok: true, value: { role: 'visitor' } });
    expect(await dispatch('answer.list', { profileId: id }, visitor)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/Rejoignez d’abord la salle/) },
    });
    // Without a room on this host, joining says so.
    expect(await dispatch('classroom.join', { name: 'X', code: 'ABC346' }, visitor)).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    const untyped = dispatch as unknown as (method: string, input: unknown) => Promise<unknown>;
    expect(await untyped('session.get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
