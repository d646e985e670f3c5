import { BrowserWindow, dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import { APP_ORIGIN } from '../../../shared/api/channel';
import { secureWebPreferences } from './window-options';

const READY = `document.querySelector('[data-print-ready="true"]') !== null`;

async function waitForPrintReady(window: BrowserWindow, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await window.webContents.executeJavaScript(READY)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('print view was not ready in time');
}

/** Prints the same print view as the web host, with Electron's own Chromium. */
export async function printWorkbook(profileId: string, preload: string): Promise<Buffer> {
  const window = new BrowserWindow({ show: false, webPreferences: secureWebPreferences(preload) });
  try {
    await window.loadURL(`${APP_ORIGIN}/index.html#/print/${profileId}/electron`);
    await waitForPrintReady(window, 20_000);
    return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
  } finally {
    window.destroy();
  }
}

/** Asks where to save, then writes the PDF; null when the attendee cancels. */
export async function savePdf(
  profileId: string,
  preload: string,
  parent?: BrowserWindow,
): Promise<{ path: string | null }> {
  const options = {
    title: 'Enregistrer le cahier (PDF)',
    defaultPath: 'cahier-community-management.pdf',
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { path: null };
  await writeFile(choice.filePath, await printWorkbook(profileId, preload));
  return { path: choice.filePath };
}
