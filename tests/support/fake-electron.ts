import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a fake accepts whatever electron passes
type Listener = (...args: any[]) => unknown;

/** A WebContents stand-in that records what the app registers on it. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
  executeJavaScript = vi.fn(async () => true);
  printToPDF = vi.fn(async () => Buffer.from('%PDF-fake'));
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  static fromWebContents = vi.fn(() => null);
  webContents = new FakeWebContents();
  loadURL = vi.fn(async (_url: string) => undefined);
  destroy = vi.fn();
  minimized = false;
  isMinimized = vi.fn(() => this.minimized);
  restore = vi.fn(() => (this.minimized = false));
  focus = vi.fn();
  closed = false;
  /** Like Electron: 'close' listeners may call preventDefault to keep the window open. */
  close = vi.fn(() => {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.closed = true;
  });
  constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.created.push(this);
  }
}

/** Everything src/main/hosts/electron and src/preload import from 'electron'. */
export function createFakeElectron() {
  const appEvents = new EventEmitter();
  const handlers = new Map<string, Listener>();
  const session = {
    permissionRequestHandler: undefined as undefined | Listener,
    permissionCheckHandler: undefined as undefined | Listener,
    beforeRequest: undefined as undefined | Listener,
    setPermissionRequestHandler: vi.fn((h: Listener) => (session.permissionRequestHandler = h)),
    setPermissionCheckHandler: vi.fn((h: Listener) => (session.permissionCheckHandler = h)),
    webRequest: { onBeforeRequest: vi.fn((h: Listener) => (session.beforeRequest = h)) },
  };
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  return {
    app: {
      on: vi.fn((event: string, listener: Listener) => appEvents.on(event, listener)),
      emit: (event: string, ...args: unknown[]) => appEvents.emit(event, ...args),
      enableSandbox: vi.fn(),
      commandLine: { appendSwitch: vi.fn((_name: string, _value?: string) => undefined) },
      whenReady: vi.fn(() => Promise.resolve()),
      getPath: vi.fn(() => '/nonexistent-user-data'),
      quit: vi.fn(),
      exit: vi.fn(),
      /** The single-instance lock: false plays a second launch of the app. */
      requestSingleInstanceLock: vi.fn(() => true),
    },
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession: session },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) =>
        protocolHandlers.set(scheme, handler),
      ),
      handlers: protocolHandlers,
    },
    ipcMain: { handle: vi.fn((channel: string, handler: Listener) => handlers.set(channel, handler)), handlers },
    ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: 'pong' })) },
    contextBridge: { exposeInMainWorld: vi.fn() },
    dialog: {
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: undefined })),
      showErrorBox: vi.fn((_title: string, _content: string) => undefined),
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
