import { app, BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from '../../../shared/api/channel';
import { openWorkbook } from '../../db';
import { createDispatch } from '../../service/dispatch';
import { createHandlers } from '../../service/handlers';
import { flushBeforeClose } from './flush-on-close';
import { registerIpc } from './ipc';
import { lockApp, lockSession } from './lockdown';
import { savePdf } from './pdf';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { secureWebPreferences } from './window-options';

// Built to out/main/index.js; preload and renderer are built beside it.
const outDir = join(import.meta.dirname, '..');
const preload = join(outDir, 'preload', 'index.cjs');
const rendererDir = join(outDir, 'renderer');

registerAppScheme();
app.enableSandbox();
lockApp(app);

void app.whenReady().then(() => {
  const dataDir = process.env.CMDAY_DATA_DIR || app.getPath('userData');
  // The launcher builds better-sqlite3 for Electron's ABI and says where.
  const nativeBinding = process.env.CMDAY_SQLITE_BINDING || undefined;
  const workbook = openWorkbook({ dataDir, nativeBinding });
  app.on('will-quit', () => workbook.close());

  handleAppProtocol(rendererDir);
  lockSession(session.defaultSession);
  registerIpc(createDispatch(createHandlers({ workbook })), {
    'pdf.save': ({ profileId }, event) =>
      savePdf(profileId, preload, BrowserWindow.fromWebContents(event.sender) ?? undefined),
  });

  const window = new BrowserWindow({
    width: 1100,
    height: 800,
    title: 'CM Day Workbook',
    webPreferences: secureWebPreferences(preload),
  });
  flushBeforeClose(window);
  void window.loadURL(`${APP_ORIGIN}/index.html`);
});

app.on('window-all-closed', () => app.quit());
