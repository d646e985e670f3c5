import { dialog, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { writeFile } from 'node:fs/promises';
import { AppError, type TrainingSession } from '../../../shared/api';
import type { ResultRow } from '../../../shared/api/dashboard-schemas';
import { resultsCsv, resultsFileName } from '../../classroom/results-csv';
import { TRAINER } from '../../service/classroom-caller';
import type { Dispatch } from '../../service/dispatch';
import type { HostHandlers } from './ipc';

const CSV_FILTER = [{ name: 'Tableur (CSV)', extensions: ['csv'] }];

/**
 * The results CSV on the desktop: the same rows and the same file as the web
 * host's /export/resultats.csv, saved where the trainer chooses (a native dialog).
 */
export function resultsHostHandlers(
  dispatch: Dispatch,
  parentOf: (event: IpcMainInvokeEvent) => BrowserWindow | undefined,
): Pick<HostHandlers, 'results.saveCsv'> {
  return {
    'results.saveCsv': async (_input, event) => {
      const rows = await dispatch('results.rows', {}, TRAINER);
      if (!rows.ok) throw new AppError(rows.error.code, rows.error.message);
      const session = await dispatch('session.get', {}, TRAINER);
      const date = session.ok ? (session.value as TrainingSession).date : new Date().toISOString().slice(0, 10);
      const options = {
        title: 'Enregistrer les résultats (CSV)',
        defaultPath: resultsFileName(date),
        filters: CSV_FILTER,
      };
      const parent = parentOf(event);
      const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { path: null };
      await writeFile(choice.filePath, resultsCsv(rows.value as ResultRow[]), 'utf8');
      return { path: choice.filePath };
    },
  };
}
