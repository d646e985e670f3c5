import { dialog, type BrowserWindow, type IpcMainInvokeEvent, type SaveDialogOptions } from 'electron';
import { writeFile } from 'node:fs/promises';
import type { PdfService } from '../../service/pdf-service';
import type { HostHandlers } from './ipc';

type ParentOf = (event: IpcMainInvokeEvent) => BrowserWindow | undefined;

const PDF_FILTER = [{ name: 'PDF', extensions: ['pdf'] }];
const ZIP_FILTER = [{ name: 'Archive zip', extensions: ['zip'] }];

async function askWhere(parent: BrowserWindow | undefined, options: SaveDialogOptions): Promise<string | null> {
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

/**
 * The desktop's downloads: the service makes the file, the main process asks
 * where to save it (a native dialog) and writes it. A single PDF is printed
 * first, so the dialog opens on a ready file; the zip of every workbook is
 * long, so the trainer chooses first and the job writes it when done.
 */
export function pdfHostHandlers(
  pdf: PdfService,
  parentOf: ParentOf,
): Pick<HostHandlers, 'pdf.save' | 'pdf.saveGuide' | 'pdf.saveAll'> {
  const saveFile = async (event: IpcMainInvokeEvent, title: string, file: { fileName: string; bytes: Uint8Array }) => {
    const path = await askWhere(parentOf(event), { title, defaultPath: file.fileName, filters: PDF_FILTER });
    if (path) await writeFile(path, file.bytes);
    return { path };
  };
  return {
    'pdf.save': async ({ profileId }, event) =>
      saveFile(event, 'Enregistrer le cahier (PDF)', await pdf.exportWorkbookPdf(profileId)),
    'pdf.saveGuide': async ({ lessonId }, event) =>
      saveFile(event, 'Enregistrer le Guide du formateur (PDF)', await pdf.exportGuidePdf(lessonId)),
    'pdf.saveAll': async (_input, event) => {
      const path = await askWhere(parentOf(event), {
        title: 'Enregistrer tous les cahiers (zip)',
        defaultPath: pdf.zipFileName(),
        filters: ZIP_FILTER,
      });
      if (!path) return { jobId: null, path: null };
      return { jobId: pdf.jobs.start((zip) => writeFile(path, zip.bytes)), path };
    },
  };
}
