import { afterEach, describe, expect, it, vi } from 'vitest';
import { FUNNEL, funnelValue } from '../../../tests/support/exercises';
import { useService } from '../../../tests/support/service';
import { useTempDir } from '../../../tests/support/temp-dir';
import { AppError } from '../../shared/api';
import { CMWB_MAX_PROFILES } from '../../shared/workbook-file/schema';
import { openWorkbook, type Workbook } from '../db';
import { blockWalGuard, unblockWalGuard } from '../../../tests/support/fault-tools';
import { TRAINER } from './classroom-caller';
import { createContext } from './context';
import { createDispatch } from './dispatch';
import { createHandlers, type Handlers } from './handlers';

const start = useService();
const tempDir = useTempDir('cmday-dispatch-');
const opened: Workbook[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const workbook of opened.splice(0)) workbook.close();
});

function workbookIn(): Workbook {
  const workbook = openWorkbook({ dataDir: tempDir() });
  opened.push(workbook);
  return workbook;
}

/** A dispatch whose one handler throws `error`. */
function throwing(error: unknown, options: Parameters<typeof createDispatch>[1] = {}) {
  const handlers = createHandlers({ workbook: workbookIn(), defer: (task) => task() });
  const broken = {
    ...handlers,
    'profile.list': () => {
      throw error;
    },
  } as Handlers;
  return createDispatch(broken, options);
}

describe('the one dispatch every host calls', () => {
  it('names an unknown method in French, and refuses a call without a caller', async () => {
    const dispatch = throwing(new Error('never'));
    expect(await dispatch('profile.explode', {}, TRAINER)).toEqual({
      ok: false,
      error: { code: 'unknown_method', message: 'Action inconnue : « profile.explode ».' },
    });
    expect(await dispatch('profile.list', {}, undefined as never)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Appel refusé : appelant inconnu.' },
    });
  });

  it('reads a missing input as an empty one', async () => {
    const service = start();
    expect(await service.call('profile.list', undefined)).toEqual({ ok: true, value: [] });
    expect(await service.call('profile.list', null)).toEqual({ ok: true, value: [] });
  });

  it('passes an expected error on with its own code and message', async () => {
    const onUnexpected = vi.fn();
    const dispatch = throwing(new AppError('conflict', 'Déjà fait.'), { onUnexpected });
    expect(await dispatch('profile.list', {}, TRAINER)).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Déjà fait.' },
    });
    expect(onUnexpected).not.toHaveBeenCalled();
  });

  it('turns a storage failure into French naming the data folder, without calling it a bug', async () => {
    const onUnexpected = vi.fn();
    const full = Object.assign(new Error('disk full'), { code: 'SQLITE_FULL' });
    const dispatch = throwing(full, { onUnexpected, dataDir: '/srv/cahier' });
    const result = await dispatch('profile.list', {}, TRAINER);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'unavailable',
        message: expect.stringMatching(
          /^Le disque est plein : impossible d’écrire dans le dossier des données \(\/srv\/cahier\)\./,
        ),
      },
    });
    expect(onUnexpected).not.toHaveBeenCalled();
  });

  it('hides a bug behind a generic French message and reports it with the method', async () => {
    const onUnexpected = vi.fn();
    const bug = new TypeError('x is undefined');
    const dispatch = throwing(bug, { onUnexpected });
    expect(await dispatch('profile.list', {}, TRAINER)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Une erreur inattendue est survenue ; rien n’a été enregistré. Réessayez.' },
    });
    expect(onUnexpected).toHaveBeenCalledWith(bug, 'profile.list');
  });

  it('reports to the console when no reporter is given', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bug = new TypeError('x is undefined');
    await throwing(bug)('profile.list', {}, TRAINER);
    expect(logged).toHaveBeenCalledWith(bug, 'profile.list');
  });
});

describe('work deferred after a reply', () => {
  it('runs the task, then the workbook’s upkeep; a failing task goes on the trainer’s screen, never up', () => {
    const workbook = workbookIn();
    const tasks: (() => void)[] = [];
    const ctx = createContext({ workbook, defer: (task) => tasks.push(task) });
    const maintain = vi.spyOn(workbook, 'maintain');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const done = vi.fn();
    ctx.defer(done);
    expect(done).not.toHaveBeenCalled();
    tasks.shift()!();
    expect(done).toHaveBeenCalledTimes(1);
    expect(maintain).toHaveBeenCalledTimes(1);
    expect(workbook.alerts.list()).toEqual([]);
    const boom = new Error('boom');
    ctx.defer(() => {
      throw boom;
    });
    expect(() => tasks.shift()!()).not.toThrow();
    expect(logged).toHaveBeenCalledWith(boom);
    expect(maintain).toHaveBeenCalledTimes(2);
    expect(workbook.alerts.list()).toEqual([
      {
        code: 'maintenance_failed',
        message:
          'Une tâche de fond (sauvegarde, entretien du cahier) a échoué ; les réponses restent enregistrées. Le détail est dans le journal de l’application.',
      },
    ]);
  });

  it('runs after the reply by default (setImmediate)', async () => {
    const workbook = workbookIn();
    const ctx = createContext({ workbook });
    const done = vi.fn();
    ctx.defer(done);
    expect(done).not.toHaveBeenCalled();
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('uses the real clock by default', () => {
    const ctx = createContext({ workbook: workbookIn() });
    const before = Date.now();
    const now = ctx.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});

describe('app.status', () => {
  it('lists start-up notices then current alerts, code and message only', async () => {
    const service = start();
    service.workbook.notices.push({ code: 'db_recovered', message: 'Mis de côté.', movedTo: ['/x'] });
    service.workbook.alerts.set({ code: 'backup_failed', message: 'Sauvegarde ratée.' });
    expect(await service.value('app.status', {})).toEqual({
      notices: [
        { code: 'db_recovered', message: 'Mis de côté.' },
        { code: 'backup_failed', message: 'Sauvegarde ratée.' },
      ],
    });
  });
});

describe('profile.delete', () => {
  it('says in French when the erase could not be finished, and finishes it on a retry', async () => {
    const service = start();
    const { id } = await service.value<{ id: string }>('profile.create', { name: 'Amina' });
    await service.value('answer.save', { profileId: id, exerciseId: FUNNEL, value: funnelValue([5, 1]), revision: 0 });
    blockWalGuard(service.workbook.file);
    const refused = await service.call('profile.delete', { profileId: id });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'unavailable',
        message: expect.stringMatching(
          /^Le participant a été retiré du cahier, mais l’effacement n’est pas terminé : des copies de ses données restent sur le disque \(le journal \(-wal\) du cahier : .+\)\. Corrigez la cause, puis relancez la suppression ; l’application réessaie aussi d’elle-même\.$/,
        ),
      },
    });
    expect(service.workbook.erasures.list()).toEqual([id]);
    unblockWalGuard(service.workbook.file);
    expect(await service.value('profile.delete', { profileId: id })).toEqual({ deleted: true });
    expect(service.workbook.erasures.list()).toEqual([]);
    expect(await service.call('profile.delete', { profileId: id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('backup.create', () => {
  it('makes a backup marked as asked for by hand, listed first', async () => {
    const service = start();
    const made = await service.value<{ id: string; reason: string }>('backup.create', {});
    expect(made.reason).toBe('manuelle');
    expect(made.id).toMatch(/^workbook-\d{8}T\d{9}Z-manuelle\.db$/);
    expect((await service.value<{ id: string }[]>('backup.list', {}))[0]!.id).toBe(made.id);
  });
});

describe('profiles', () => {
  it('renames an attendee and lists the new name', async () => {
    const service = start();
    const { id } = await service.value<{ id: string }>('profile.create', { name: 'Amina' });
    expect(await service.value('profile.rename', { profileId: id, name: '  Amina B. ' })).toMatchObject({
      id,
      name: 'Amina B.',
    });
    expect(await service.value('profile.list', {})).toMatchObject([{ id, name: 'Amina B.' }]);
  });

  it('holds a workbook to its maximum of attendees, the last one included', async () => {
    const service = start();
    const insert = service.workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)');
    service.workbook.db.transaction(() => {
      for (let i = 0; i < CMWB_MAX_PROFILES - 1; i += 1) insert.run(`p${i}`, `P${i}`, '2026-05-02T08:00:00.000Z');
    })();
    expect(await service.call('profile.create', { name: 'Dernière' })).toMatchObject({ ok: true });
    expect(await service.call('profile.create', { name: 'De trop' })).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: `Ce cahier compte déjà ${CMWB_MAX_PROFILES} participants, le maximum : supprimez des profils inutiles ou ouvrez un autre dossier de données.`,
      },
    });
  });
});
