import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { INVOKE_CHANNEL } from '../../src/shared/api/channel';
import { frenchLocaleError } from '../../src/shared/api/validation';
import { openWorkbook } from '../../src/main/db';
import { createFakeElectron, FakeBrowserWindow, type FakeElectron } from '../support/fake-electron';
import { useTempDir } from '../support/temp-dir';

// One object the mocked module returns; each test refills it with fresh fakes.
const fake = vi.hoisted(() => ({ current: {} as FakeElectron }));
vi.mock('electron', () => fake.current);

const tempDir = useTempDir('cmday-electron-start-');
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeEach(() => {
  Object.assign(fake.current, createFakeElectron());
  FakeBrowserWindow.created = [];
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
  vi.resetModules();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  fake.current.app.emit('will-quit');
  process.off('unhandledRejection', onUnhandled);
  vi.restoreAllMocks();
  delete process.env.CMDAY_DATA_DIR;
});

async function launch(dataDir: string) {
  process.env.CMDAY_DATA_DIR = dataDir;
  await import('../../src/main/hosts/electron/main');
}

/** A workbook written by a later version of the app. */
function newerWorkbook(dir: string): string {
  const workbook = openWorkbook({ dataDir: dir });
  workbook.db.pragma('user_version = 9999');
  workbook.close();
  return join(dir, 'workbook.db');
}

describe('Electron host start-up failures (fake electron module)', () => {
  it('a newer workbook: a native dialog says so in French, the app quits, the file is untouched', async () => {
    const dir = tempDir();
    const file = newerWorkbook(dir);
    const before = readFileSync(file);
    const { app, dialog, ipcMain } = fake.current;
    await launch(dir);
    await vi.waitFor(() => expect(dialog.showErrorBox).toHaveBeenCalledTimes(1));
    const [title, message] = dialog.showErrorBox.mock.calls[0]!;
    expect(title).toMatch(/ne peut pas démarrer/);
    expect(message).toMatch(/version plus récente de l’application/);
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(FakeBrowserWindow.created).toEqual([]);
    expect(ipcMain.handlers.size).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(unhandled).toEqual([]);
  });

  it('a data folder that is a file: the dialog explains it in French, without Node’s English', async () => {
    const dir = tempDir();
    const notAFolder = join(dir, 'donnees');
    writeFileSync(notAFolder, 'un fichier');
    await launch(notAFolder);
    const { dialog, app } = fake.current;
    await vi.waitFor(() => expect(dialog.showErrorBox).toHaveBeenCalledTimes(1));
    const message = dialog.showErrorBox.mock.calls[0]![1];
    expect(message).toMatch(/dossier/);
    expect(message).not.toMatch(/\b(file|directory|exists|not a|permission|denied)\b/i);
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(unhandled).toEqual([]);
  });
});

describe('one instance at a time', () => {
  it('a second launch opens no database and no window, and quits', async () => {
    const dir = tempDir();
    fake.current.app.requestSingleInstanceLock.mockReturnValue(false);
    await launch(dir);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.current.app.quit).toHaveBeenCalled();
    expect(fake.current.app.whenReady).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the first instance brings its window back to the front when another launch is attempted', async () => {
    const dir = tempDir();
    await launch(dir);
    await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
    expect(existsSync(join(dir, 'workbook.db'))).toBe(true);
    const window = FakeBrowserWindow.created[0]!;
    window.minimized = true;
    fake.current.app.emit('second-instance', {}, ['cm-day-workbook'], dir);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(window.isMinimized()).toBe(false);
  });
});

describe('the Electron window’s language', () => {
  it('is French before the app is ready, whatever the computer’s language (date fields, number formats)', async () => {
    await launch(tempDir());
    expect(fake.current.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'fr-FR');
    const switched = fake.current.app.commandLine.appendSwitch.mock.invocationCallOrder[0]!;
    expect(switched).toBeLessThan(fake.current.app.whenReady.mock.invocationCallOrder[0]!);
  });
});

describe('validation messages in the Electron main process', () => {
  afterEach(() => {
    z.config({ localeError: frenchLocaleError });
  });

  it('are zod’s French ones, set by the main process itself', async () => {
    // As a fresh process starts: zod on its English defaults until the app sets French.
    z.config(z.locales.en());
    await launch(tempDir());
    await vi.waitFor(() => expect(fake.current.ipcMain.handlers.has(INVOKE_CHANNEL)).toBe(true));
    const invoke = fake.current.ipcMain.handlers.get(INVOKE_CHANNEL)!;
    const fromApp = { senderFrame: { url: 'app://workbook/index.html' }, sender: {} };
    expect(await invoke(fromApp, 'profile.create', [])).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Entrée invalide : objet attendu, tableau reçu' },
    });
  });
});
