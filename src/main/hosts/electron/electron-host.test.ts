import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createFakeElectron,
  FakeBrowserWindow,
  FakeWebContents,
  type FakeElectron,
} from '../../../../tests/support/fake-electron';
import { INVOKE_CHANNEL } from '../../../shared/api/channel';
import { FUNNEL } from '../../../../tests/support/exercises';

// One object the mocked module returns; each test refills it with fresh fakes.
const fake = vi.hoisted(() => ({ current: {} as FakeElectron }));
vi.mock('electron', () => fake.current);

const dataDir = mkdtempSync(join(tmpdir(), 'cmday-electron-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

beforeEach(() => {
  Object.assign(fake.current, createFakeElectron());
  FakeBrowserWindow.created = [];
  vi.resetModules();
});

const event = (url: string) => ({ senderFrame: { url }, sender: {} }) as never;

describe('Electron host (with a fake electron module)', () => {
  it('opens the window sandboxed, isolated, without Node, from app://', async () => {
    process.env.CMDAY_DATA_DIR = dataDir;
    await import('./main');
    await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
    const window = FakeBrowserWindow.created[0]!;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(String(window.options.webPreferences?.preload)).toMatch(/preload[/\\]index\.cjs$/);
    expect(window.loadURL).toHaveBeenCalledWith('app://workbook/index.html');
    expect(fake.current.app.enableSandbox).toHaveBeenCalled();
    expect(fake.current.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(fake.current.ipcMain.handlers.has(INVOKE_CHANNEL)).toBe(true);
    fake.current.app.emit('will-quit');
  });

  it('locks navigation, new windows and webviews on every web contents', async () => {
    const { lockApp } = await import('./lockdown');
    lockApp(fake.current.app as never);
    const contents = new FakeWebContents();
    fake.current.app.emit('web-contents-created', {}, contents);
    const navigate = (url: string) => {
      const e = { preventDefault: vi.fn() };
      contents.emit('will-navigate', e, url);
      return e.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://workbook/index.html#/p/1')).toBe(false);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission and cancels every request that is not app://', async () => {
    const { lockSession } = await import('./lockdown');
    const session = fake.current.session.defaultSession;
    lockSession(session as never);
    const granted = vi.fn();
    (session.permissionRequestHandler as (...a: unknown[]) => void)({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect((session.permissionCheckHandler as () => boolean)()).toBe(false);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      (session.beforeRequest as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)(
        { url },
        (r) => (cancel = r.cancel),
      );
      return cancel;
    };
    expect(decide('https://fonts.example.com/font.woff2')).toBe(true);
    expect(decide('http://127.0.0.1:9/')).toBe(true);
    expect(decide('app://workbook/assets/index.js')).toBe(false);
  });

  it('answers IPC only from the app’s own pages and validates host methods', async () => {
    const { createIpcHandler } = await import('./ipc');
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'dispatched' }));
    const savePdf = vi.fn(async () => ({ path: '/tmp/x.pdf' }));
    const handle = createIpcHandler(dispatch, {
      'pdf.save': savePdf,
      'pdf.saveGuide': vi.fn(async () => ({ path: null })),
      'pdf.saveAll': vi.fn(async () => ({ jobId: null, path: null })),
      'results.saveCsv': vi.fn(async () => ({ path: null })),
    });
    expect(await handle(event('https://evil.example/'), 'profile.list', {})).toMatchObject({ ok: false });
    expect(await handle(event('file:///tmp/x.html'), 'profile.list', {})).toMatchObject({ ok: false });
    expect(dispatch).not.toHaveBeenCalled();
    expect(await handle(event('app://workbook/index.html'), 'profile.list', {})).toEqual({
      ok: true,
      value: 'dispatched',
    });
    expect(dispatch).toHaveBeenCalledWith('profile.list', {}, { role: 'trainer' });
    expect(await handle(event('app://workbook/index.html'), 'pdf.save', { profileId: '../../etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const id = '6c8f3da8-9506-4e63-bc36-3a36488a9a92';
    expect(await handle(event('app://workbook/index.html'), 'pdf.save', { profileId: id })).toEqual({
      ok: true,
      value: { path: '/tmp/x.pdf' },
    });
    expect(savePdf).toHaveBeenCalledWith({ profileId: id }, expect.anything());
    expect(await handle(event('app://workbook/index.html'), 42, {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
  });

  it('serves the renderer from app:// with the CSP, and nothing outside it', async () => {
    const rendererDir = join(dataDir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
    writeFileSync(join(dataDir, 'secret.txt'), 'secret');
    const { handleAppProtocol, resolveAppFile } = await import('./protocol');
    handleAppProtocol(rendererDir);
    const serve = fake.current.protocol.handlers.get('app')!;
    const page = await serve(new Request('app://workbook/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(page.headers.get('content-security-policy')).not.toMatch(/unsafe/);
    expect((await serve(new Request('app://workbook/../secret.txt'))).status).toBe(404);
    expect(resolveAppFile(rendererDir, 'app://workbook/a%2f..%2f..%2fsecret.txt')).toBeNull();
    expect(resolveAppFile(rendererDir, 'app://workbook/%2e%2e/secret.txt')).toBe(join(rendererDir, 'secret.txt'));
    expect((await serve(new Request('app://workbook/a%2f..%2f..%2fsecret.txt'))).status).toBe(404);
    expect(resolveAppFile(rendererDir, 'app://other/index.html')).toBeNull();
  });

  it('serves a page’s lazy chunk and its stylesheet, found from the entry as the browser resolves them', async () => {
    const rendererDir = join(dataDir, 'renderer-chunks');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<script type="module" src="./assets/index-abc.js"></script>');
    writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'import("./LessonPage-d3f.js");');
    writeFileSync(join(rendererDir, 'assets', 'LessonPage-d3f.js'), 'export const LessonPage = 1;');
    writeFileSync(join(rendererDir, 'assets', 'LessonPage-d3f.css'), '.lesson{}');
    const { handleAppProtocol } = await import('./protocol');
    handleAppProtocol(rendererDir);
    const serve = fake.current.protocol.handlers.get('app')!;
    // Relative to the entry's own URL: app://workbook/assets/…, as vite writes them with base './'.
    const entry = 'app://workbook/assets/index-abc.js';
    const chunk = await serve(new Request(new URL('./LessonPage-d3f.js', entry)));
    expect(chunk.status).toBe(200);
    // A module script with another MIME type is refused by Chromium: the chunk would never run.
    expect(chunk.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(chunk.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await chunk.text()).toBe('export const LessonPage = 1;');
    const style = await serve(new Request(new URL('./LessonPage-d3f.css', entry)));
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await serve(new Request(new URL('./Absent-000.js', entry)))).status).toBe(404);
  });

  it('prints the PDF from the print view in a hidden, sandboxed window, waiting for its own job', async () => {
    const { createElectronPrinter } = await import('./pdf');
    const printer = createElectronPrinter({ preload: '/p/index.cjs' });
    const pdf = await printer.print({ route: '/print/6c8f3da8-9506-4e63-bc36-3a36488a9a92/job-1', job: 'job-1' });
    const window = FakeBrowserWindow.created[0]!;
    expect(window.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true } });
    expect(window.loadURL).toHaveBeenCalledWith('app://workbook/index.html');
    const script = String(window.webContents.executeJavaScript.mock.calls[0]);
    expect(script).toContain('"/print/6c8f3da8-9506-4e63-bc36-3a36488a9a92/job-1"');
    expect(script).toContain('[data-print-ready=\\"true\\"][data-print-job=\\"job-1\\"]');
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', generateTaggedPDF: true, generateDocumentOutline: true }),
    );
    expect(Buffer.from(pdf).toString()).toBe('%PDF-fake');
    await printer.close();
    expect(window.destroy).toHaveBeenCalled();
  });
});

describe('closing the window', () => {
  it('waits for the page to flush its pending answers, then closes', async () => {
    const { flushBeforeClose } = await import('./flush-on-close');
    const window = new FakeBrowserWindow({});
    let finishFlush: (value: boolean) => void = () => undefined;
    window.webContents.executeJavaScript.mockImplementation(() => new Promise((resolve) => (finishFlush = resolve)));
    flushBeforeClose(window as never);
    window.close();
    expect(window.closed).toBe(false);
    expect(window.webContents.executeJavaScript).toHaveBeenCalledWith(expect.stringContaining('cmdayFlushAll'));
    finishFlush(true);
    await vi.waitFor(() => expect(window.closed).toBe(true));
  });

  it('closes anyway when the page does not answer in time', async () => {
    const { flushBeforeClose } = await import('./flush-on-close');
    const window = new FakeBrowserWindow({});
    window.webContents.executeJavaScript.mockImplementation(() => new Promise(() => undefined));
    flushBeforeClose(window as never, 20);
    window.close();
    await vi.waitFor(() => expect(window.closed).toBe(true));
  });
});

describe('the IPC adapter in front of the real service', () => {
  it('serves the store methods (session, profiles, files, backups) like the web host', async () => {
    const { createIpcHandler } = await import('./ipc');
    const { openWorkbook } = await import('../../db');
    const { createDispatch } = await import('../../service/dispatch');
    const { createHandlers } = await import('../../service/handlers');
    const workbook = openWorkbook({ dataDir: mkdtempSync(join(dataDir, 'ipc-')) });
    try {
      const handle = createIpcHandler(createDispatch(createHandlers({ workbook, defer: (task) => task() })), {
        'pdf.save': async () => ({ path: null }),
        'pdf.saveGuide': async () => ({ path: null }),
        'pdf.saveAll': async () => ({ jobId: null, path: null }),
        'results.saveCsv': async () => ({ path: null }),
      });
      const app = event('app://workbook/index.html');
      const created = (await handle(app, 'profile.create', { name: 'Amina' })) as { ok: true; value: { id: string } };
      const profileId = created.value.id;
      expect(
        await handle(app, 'answer.save', {
          profileId,
          exerciseId: FUNNEL,
          value: { kind: 'funnel', counts: [4, 1] },
          revision: 0,
        }),
      ).toMatchObject({
        ok: true,
        value: { revision: 1 },
      });
      expect(
        await handle(app, 'answer.save', {
          profileId,
          exerciseId: FUNNEL,
          value: { kind: 'funnel', counts: [4, 2] },
          revision: 0,
        }),
      ).toMatchObject({
        ok: false,
        error: { code: 'conflict' },
      });
      expect(await handle(app, 'session.get', {})).toMatchObject({ ok: true, value: { place: 'Casablanca' } });
      expect(await handle(app, 'workbook.export', { profileIds: [profileId] })).toMatchObject({
        ok: true,
        value: { fileName: expect.stringMatching(/amina\.cmwb$/) },
      });
      expect(await handle(app, 'backup.list', {})).toMatchObject({ ok: true, value: [{ reason: 'automatique' }] });
      expect(await handle(app, 'profile.rename', { profileId, name: '' })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
      expect(await handle(app, 'profile.delete', { profileId })).toEqual({ ok: true, value: { deleted: true } });
    } finally {
      workbook.close();
    }
  });
});

describe('preload bridge', () => {
  it('exposes one invoke function, never ipcRenderer', async () => {
    await import('../../../preload/index');
    const [name, api] = fake.current.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [
      string,
      Record<string, unknown>,
    ];
    expect(name).toBe('cmday');
    expect(Object.keys(api)).toEqual(['invoke']);
    const invoke = api.invoke as (m: unknown, i: unknown) => Promise<unknown>;
    expect(await invoke('profile.list', {})).toEqual({ ok: true, value: 'pong' });
    expect(fake.current.ipcRenderer.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'profile.list', {});
    await expect(invoke(42, {})).rejects.toThrow(TypeError);
  });
});

describe('renderer CSP', () => {
  it('forbids eval and inline scripts in the page itself', () => {
    const html = readFileSync(join(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
  });
});
