import { app, BrowserWindow, dialog, session, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from '../../../shared/api/channel';
import { openWorkbook, type Workbook } from '../../db';
import { createClassroom } from '../../classroom/classroom';
import { createClassroomEvents } from '../../service/dashboard-events';
import { createDispatch, type Dispatch } from '../../service/dispatch';
import { createHandlers } from '../../service/handlers';
import { createPdfService } from '../../service/pdf-service';
import { describeStartupError } from '../startup-error';
import { flushBeforeClose } from './flush-on-close';
import { registerIpc } from './ipc';
import { lockApp, lockSession } from './lockdown';
import { createElectronPrinter } from './pdf';
import { pdfHostHandlers } from './pdf-save';
import { resultsHostHandlers } from './results-save';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { secureWebPreferences } from './window-options';

// Built to out/main/index.js; preload and renderer are built beside it.
const outDir = join(import.meta.dirname, '..');
const preload = join(outDir, 'preload', 'index.cjs');
const rendererDir = join(outDir, 'renderer');

/** The room's port when free: the one the web host uses too, so a URL on the board reads the same. */
const ROOM_PORT = 5174;

let mainWindow: BrowserWindow | undefined;
let workbook: Workbook | undefined;

function start(): void {
  const dataDir = process.env.CMDAY_DATA_DIR || app.getPath('userData');
  // The launcher builds better-sqlite3 for Electron's ABI and says where.
  const nativeBinding = process.env.CMDAY_SQLITE_BINDING || undefined;
  const opened = openWorkbook({ dataDir, nativeBinding });
  workbook = opened;
  app.on('will-quit', () => opened.close());

  handleAppProtocol(rendererDir);
  lockSession(session.defaultSession);
  const printer = createElectronPrinter({ preload });
  const pdf = createPdfService({ workbook: opened, printer });
  // Lockstep moves and revealed corrections reach the attendees' pages; the trainer's dashboard polls over IPC.
  const events = createClassroomEvents();
  // The room is the web host's HTTP server, started only when the trainer opens it (5174, or any free port).
  const classroom = createClassroom({
    workbook: opened,
    dispatch: () => dispatch,
    preferredPort: () => ROOM_PORT,
    rendererDir,
    pdf,
    events,
  });
  app.on('before-quit', () => void classroom.close());
  const dispatch: Dispatch = createDispatch(createHandlers({ workbook: opened, pdf, room: classroom.room, events }));
  const parentOf = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender) ?? undefined;
  registerIpc(dispatch, { ...pdfHostHandlers(pdf, parentOf), ...resultsHostHandlers(dispatch, parentOf) });

  mainWindow = new BrowserWindow({
    width: 1100,
    height: 800,
    title: 'CM Day Workbook',
    webPreferences: secureWebPreferences(preload),
  });
  flushBeforeClose(mainWindow);
  // The hidden print window would keep the app open: it goes with the main one.
  mainWindow.on('closed', () => void printer.close());
  // Once the attendee's window is drawn, the print window loads in the background: the first PDF is then fast.
  mainWindow.webContents.once('did-finish-load', () => void printer.warm());
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

/** A workbook that cannot be opened (newer version, no rights…) is said in a dialog, and the app leaves. */
function failStart(error: unknown): void {
  console.error(error);
  try {
    workbook?.close();
  } catch {
    // Leaving anyway; the next start checks the file.
  }
  dialog.showErrorBox('CM Day Workbook ne peut pas démarrer', describeStartupError(error));
  app.exit(1);
}

registerAppScheme();
app.enableSandbox();
// The app speaks French whatever the computer's language: date fields read jj/mm/aaaa, numbers 1 234,5.
app.commandLine.appendSwitch('lang', 'fr-FR');
lockApp(app);

// Two processes must never open one database: a second launch hands over to the first and leaves.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start).catch(failStart);
  app.on('window-all-closed', () => app.quit());
}
