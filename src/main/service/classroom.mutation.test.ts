import { afterEach, describe, expect, it } from 'vitest';
import { FUNNEL, funnelValue } from '../../../tests/support/exercises';
import { useTempDir } from '../../../tests/support/temp-dir';
import type { NetworkInterface, RoomState } from '../../shared/api/classroom-schemas';
import { CMWB_MAX_PROFILES } from '../../shared/workbook-file/schema';
import { createAttendeeTokensRepo, openWorkbook, type Workbook } from '../db';
import { BACKUP_INTERVAL_MS } from '../db/backups';
import type { Room } from './classroom';
import { TRAINER, type Caller } from './classroom-caller';
import { createDispatch } from './dispatch';
import { createHandlers } from './handlers';

const tempDir = useTempDir('cmday-classroom-');
const opened: Workbook[] = [];
afterEach(() => {
  for (const workbook of opened.splice(0)) workbook.close();
});

const LAN: NetworkInterface = { name: 'wlan0', address: '192.168.1.20' };
const OPEN: RoomState = { open: true, interface: LAN, url: 'http://192.168.1.20:4173/', code: 'ABC346', connected: 0 };

/** A room that admits `admitted` attempts per address and whose code is OPEN.code; it records what it is asked. */
function fakeRoom({ admitted = 10 } = {}) {
  const attempts = new Map<string, number>();
  const calls: string[] = [];
  let state: RoomState = { open: false };
  const room: Room = {
    interfaces: () => [LAN],
    open: async (address) => {
      calls.push(`open ${address}`);
      state = OPEN;
      return state;
    },
    close: async () => {
      calls.push('close');
      state = { open: false };
      return state;
    },
    state: () => state,
    admitJoinAttempt: (address) => {
      const n = (attempts.get(address) ?? 0) + 1;
      attempts.set(address, n);
      return n <= admitted;
    },
    codeMatches: (code) => state.open && code === state.code,
  };
  return { room, calls };
}

/** The service with a room (or none), a clock the test moves, and a dispatch to call it as anyone. */
function classroom(room: Room | undefined) {
  let clock = Date.parse('2026-05-02T09:00:00.000Z');
  const now = () => new Date(clock);
  const workbook = openWorkbook({ dataDir: tempDir(), now });
  opened.push(workbook);
  const dispatch = createDispatch(
    createHandlers({ workbook, now, defer: (task) => task(), ...(room ? { room } : {}) }),
  );
  const sessions: string[] = [];
  const visitor = (address = '192.168.1.31'): Caller => ({
    role: 'visitor',
    address,
    startSession: (token) => sessions.push(token),
  });
  const count = () => (workbook.db.prepare('SELECT count(*) AS n FROM profile').get() as { n: number }).n;
  return {
    workbook,
    dispatch,
    sessions,
    visitor,
    count,
    tick: (ms: number) => (clock += ms),
    trainer: (method: string, input: unknown = {}) => dispatch(method, input, TRAINER),
  };
}

describe('joining the room', () => {
  it('makes a profile named as typed, dated now, and hands its token to the host for the cookie', async () => {
    const { room } = fakeRoom();
    const c = classroom(room);
    await c.trainer('classroom.open', { address: LAN.address });
    const joined = await c.dispatch('classroom.join', { name: 'Amina', code: 'abc-346' }, c.visitor());
    expect(joined).toEqual({
      ok: true,
      value: { profile: { id: expect.any(String), name: 'Amina', createdAt: '2026-05-02T09:00:00.000Z' } },
    });
    const { profile } = (joined as { value: { profile: { id: string } } }).value;
    expect(c.sessions).toHaveLength(1);
    expect(createAttendeeTokensRepo(c.workbook.db).profileOf(c.sessions[0]!)).toBe(profile.id);
    // The attendee, back with their cookie, is the same person: no second profile, no new token.
    const attendee: Caller = { role: 'attendee', profileId: profile.id, address: '192.168.1.31' };
    expect(await c.dispatch('classroom.join', { name: 'Autre', code: 'ABC346' }, attendee)).toEqual({
      ok: true,
      value: { profile: { id: profile.id, name: 'Amina', createdAt: '2026-05-02T09:00:00.000Z' } },
    });
    expect(await c.dispatch('classroom.me', {}, attendee)).toEqual({
      ok: true,
      value: { role: 'attendee', profile: { id: profile.id, name: 'Amina', createdAt: '2026-05-02T09:00:00.000Z' } },
    });
    expect(await c.dispatch('profile.get', { profileId: profile.id }, attendee)).toMatchObject({
      ok: true,
      value: { id: profile.id, name: 'Amina' },
    });
    expect(c.count()).toBe(1);
    expect(c.sessions).toHaveLength(1);
  });

  it('is for an attendee’s browser, not the trainer’s screen', async () => {
    const { room } = fakeRoom();
    const c = classroom(room);
    await c.trainer('classroom.open', { address: LAN.address });
    expect(await c.trainer('classroom.join', { name: 'Formateur', code: 'ABC346' })).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'On rejoint la salle depuis le navigateur d’un participant, pas depuis l’écran du formateur.',
      },
    });
    expect(await c.trainer('classroom.me', {})).toEqual({ ok: true, value: { role: 'trainer' } });
    expect(c.count()).toBe(0);
  });

  it('refuses a wrong code or a closed room, and stops an address after too many attempts, in French', async () => {
    const { room } = fakeRoom({ admitted: 2 });
    const c = classroom(room);
    const wrong = {
      ok: false,
      error: {
        code: 'forbidden',
        message: 'Code incorrect ou salle fermée : vérifiez le code affiché par le formateur.',
      },
    };
    // Closed: even the right code is refused.
    expect(await c.dispatch('classroom.join', { name: 'Amina', code: 'ABC346' }, c.visitor())).toEqual(wrong);
    await c.trainer('classroom.open', { address: LAN.address });
    expect(await c.dispatch('classroom.join', { name: 'Amina', code: 'ABC347' }, c.visitor())).toEqual(wrong);
    // The third attempt from that address is refused before its code is looked at, right as it is.
    expect(await c.dispatch('classroom.join', { name: 'Amina', code: 'ABC346' }, c.visitor())).toEqual({
      ok: false,
      error: {
        code: 'rate_limited',
        message:
          'Trop de tentatives depuis cet appareil : attendez une minute, puis saisissez à nouveau le code affiché par le formateur.',
      },
    });
    expect(c.count()).toBe(0);
    expect(c.sessions).toEqual([]);
    // Another device is not held back.
    expect(
      await c.dispatch('classroom.join', { name: 'Karim', code: 'ABC346' }, c.visitor('192.168.1.32')),
    ).toMatchObject({
      ok: true,
    });
  });

  it('holds the workbook to its maximum of attendees, the last place included, without a token for the refused one', async () => {
    const { room } = fakeRoom();
    const c = classroom(room);
    await c.trainer('classroom.open', { address: LAN.address });
    const insert = c.workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)');
    c.workbook.db.transaction(() => {
      for (let i = 0; i < CMWB_MAX_PROFILES - 1; i += 1) insert.run(`p${i}`, `P${i}`, '2026-05-02T08:00:00.000Z');
    })();
    const join = (name: string, address: string) =>
      c.dispatch('classroom.join', { name, code: 'ABC346' }, c.visitor(address));
    expect(await join('Dernière place', '192.168.1.40')).toMatchObject({ ok: true });
    expect(await join('Une de trop', '192.168.1.41')).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: expect.stringMatching(/^Ce cahier compte déjà 500 participants, le maximum/),
      },
    });
    expect(c.count()).toBe(CMWB_MAX_PROFILES);
    expect(c.sessions).toHaveLength(1);
  });
});

describe('the trainer’s room controls', () => {
  it('list the interfaces, open on the chosen address, tell the state and close', async () => {
    const { room, calls } = fakeRoom();
    const c = classroom(room);
    expect(await c.trainer('classroom.interfaces')).toEqual({ ok: true, value: [LAN] });
    expect(await c.trainer('classroom.state')).toEqual({ ok: true, value: { open: false } });
    expect(await c.trainer('classroom.open', { address: LAN.address })).toEqual({ ok: true, value: OPEN });
    expect(await c.trainer('classroom.state')).toEqual({ ok: true, value: OPEN });
    expect(await c.trainer('classroom.close')).toEqual({ ok: true, value: { open: false } });
    expect(calls).toEqual([`open ${LAN.address}`, 'close']);
  });

  it('say in French that this host has no room, and read it as closed', async () => {
    const c = classroom(undefined);
    const none = {
      ok: false,
      error: { code: 'unavailable', message: 'La salle n’est pas disponible sur ce poste.' },
    };
    expect(await c.trainer('classroom.interfaces')).toEqual(none);
    expect(await c.trainer('classroom.open', { address: LAN.address })).toEqual(none);
    expect(await c.trainer('classroom.close')).toEqual(none);
    expect(await c.trainer('classroom.state')).toEqual({ ok: true, value: { open: false } });
  });
});

describe('merging two profiles of one person', () => {
  /** Two profiles and their answers, saved at the times the test sets. */
  async function twoProfiles() {
    const c = classroom(undefined);
    const create = async (name: string) =>
      ((await c.trainer('profile.create', { name })) as { value: { id: string } }).value.id;
    const keep = await create('Amina');
    const other = await create('Amina (téléphone)');
    const save = async (profileId: string, counts: number[], revision = 0) => {
      const saved = await c.trainer('answer.save', {
        profileId,
        exerciseId: FUNNEL,
        value: funnelValue(counts),
        revision,
      });
      expect(saved.ok).toBe(true);
    };
    const answers = async (profileId: string) =>
      ((await c.trainer('answer.list', { profileId })) as { value: { value: unknown; revision: number }[] }).value;
    return { c, keep, other, save, answers };
  }

  it('moves an answer the kept profile lacks, as its first revision, and deletes the other profile', async () => {
    const { c, keep, other, save, answers } = await twoProfiles();
    await save(other, [100, 10]);
    // The save was backed up; by the merge, the next backup is due.
    expect(await c.trainer('backup.list')).toMatchObject({ value: [{ reason: 'automatique' }] });
    c.tick(BACKUP_INTERVAL_MS);
    expect(await c.trainer('profile.merge', { keepId: keep, mergeId: other })).toMatchObject({
      ok: true,
      value: { profile: { id: keep, name: 'Amina' }, answers: 1 },
    });
    expect(await answers(keep)).toEqual([expect.objectContaining({ value: funnelValue([100, 10]), revision: 1 })]);
    expect(await c.trainer('profile.get', { profileId: other })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    // What the merge changed is backed up after the reply.
    expect(await c.trainer('backup.list')).toMatchObject({
      ok: true,
      value: [{ reason: 'automatique' }, { reason: 'automatique' }],
    });
  });

  it('keeps the kept profile’s answer when it is newer, and on a tie', async () => {
    const { c, keep, other, save, answers } = await twoProfiles();
    await save(other, [100, 10]);
    c.tick(1000);
    await save(keep, [200, 20]);
    expect(await c.trainer('profile.merge', { keepId: keep, mergeId: other })).toMatchObject({ value: { answers: 0 } });
    expect(await answers(keep)).toEqual([expect.objectContaining({ value: funnelValue([200, 20]), revision: 1 })]);

    const tie = await twoProfiles();
    await tie.save(tie.keep, [1, 1]);
    await tie.save(tie.other, [2, 2]);
    expect(await tie.c.trainer('profile.merge', { keepId: tie.keep, mergeId: tie.other })).toMatchObject({
      value: { answers: 0 },
    });
    expect(await tie.answers(tie.keep)).toEqual([expect.objectContaining({ value: funnelValue([1, 1]), revision: 1 })]);
  });

  it('takes the other profile’s newer answer as the next revision of the kept one', async () => {
    const { c, keep, other, save, answers } = await twoProfiles();
    await save(keep, [1, 1]);
    await save(keep, [2, 1], 1);
    c.tick(1000);
    await save(other, [3, 1]);
    expect(await c.trainer('profile.merge', { keepId: keep, mergeId: other })).toMatchObject({ value: { answers: 1 } });
    expect(await answers(keep)).toEqual([expect.objectContaining({ value: funnelValue([3, 1]), revision: 3 })]);
  });

  it('refuses, changing nothing, when either profile does not exist', async () => {
    const { c, keep, other, save, answers } = await twoProfiles();
    await save(other, [100, 10]);
    const missing = '6c8f3da8-9506-4e63-bc36-3a36488a9a92';
    for (const input of [
      { keepId: keep, mergeId: missing },
      { keepId: missing, mergeId: other },
    ]) {
      expect(await c.trainer('profile.merge', input)).toMatchObject({
        ok: false,
        error: { code: 'not_found', message: expect.stringMatching(/^Participant introuvable/) },
      });
    }
    expect(await answers(keep)).toEqual([]);
    expect(await answers(other)).toHaveLength(1);
    expect(c.count()).toBe(2);
  });
});
