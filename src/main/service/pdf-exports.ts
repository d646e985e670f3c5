import { AppError } from '../../shared/api';
import { isLessonId } from '../../shared/content/manifest';
import { workbookFileName } from '../../shared/workbook-file/file-name';
import type { Workbook } from '../db';
import { guidePrint, workbookPrint } from '../pdf/print-job';
import { PrinterUnavailableError, type Printer } from '../pdf/printer';
import { zipFiles, type ZipEntry } from '../pdf/zip';
import { createContext } from './context';
import { defaultSession } from './session';

/** A file ready to save: its suggested name and its bytes. */
export interface ExportedFile {
  fileName: string;
  bytes: Uint8Array;
}

/** A workbook left out of the zip, and why, in French. */
export interface ExportFailure {
  profileId: string;
  name: string;
  message: string;
}

export interface ZipProgress {
  done: number;
  total: number;
}

export interface ExportedZip extends ExportedFile {
  total: number;
  failures: ExportFailure[];
}

export interface PdfExportOptions {
  workbook: Workbook;
  printer: Printer;
  now?: () => Date;
  /** Where an unexpected printing error is reported; the person reads a French summary. */
  onUnexpected?: (error: unknown) => void;
}

const PRINT_FAILED = 'l’impression a échoué (le détail est dans le journal de l’application).';

/** The name of the errors file inside the zip, when some workbooks could not be printed. */
export const ERRORS_FILE = 'erreurs.txt';

function errorsText(failures: readonly ExportFailure[], total: number): string {
  const lines = failures.map(({ name, message }) => `- ${name} : ${message}`);
  return [
    `Cahiers non exportés : ${failures.length} sur ${total}.`,
    '',
    ...lines,
    '',
    'Les autres cahiers sont dans ce fichier. Exportez ceux-ci depuis la page de chaque participant, ou relancez l’export.',
    '',
  ].join('\r\n');
}

/**
 * The one PDF entry point both hosts call: the attendee's workbook, the
 * trainer's guide, every workbook in a zip. What is printed is the print
 * view's business; this only names the route, the file and the failures.
 */
export function createPdfExports({
  workbook,
  printer,
  now = () => new Date(),
  onUnexpected = console.error,
}: PdfExportOptions) {
  const ctx = createContext({ workbook, now });
  const sessionDate = () => (ctx.sessions.get() ?? defaultSession(ctx.now())).date;

  async function exportWorkbookPdf(profileId: string): Promise<ExportedFile> {
    const profile = ctx.requireProfile(profileId);
    const bytes = await printer.print(workbookPrint(profile.id));
    return { fileName: workbookFileName(sessionDate(), profile.name, '.pdf'), bytes };
  }

  async function exportGuidePdf(lessonId?: string): Promise<ExportedFile> {
    if (lessonId !== undefined && !isLessonId(lessonId)) {
      throw new AppError('not_found', `Leçon inconnue : « ${lessonId} ».`);
    }
    const bytes = await printer.print(guidePrint(lessonId));
    const part = lessonId ? `-${lessonId}` : '';
    return { fileName: `guide-formateur-${sessionDate()}${part}.pdf`, bytes };
  }

  /** The zip's name, known before printing (a save dialog asks for it first). */
  const zipFileName = () => workbookFileName(sessionDate(), undefined, '.zip');

  /**
   * Every attendee's workbook, one after the other, into one zip. A workbook
   * that fails is listed (and written in erreurs.txt) and the others go on;
   * only a printer that cannot run at all (no Chromium) stops the export.
   */
  async function exportAllPdfZip(onProgress: (progress: ZipProgress) => void = () => undefined): Promise<ExportedZip> {
    const profiles = ctx.profiles.list();
    if (profiles.length === 0) {
      throw new AppError('not_found', 'Aucun participant : il n’y a pas encore de cahier à exporter.');
    }
    const total = profiles.length;
    const entries: ZipEntry[] = [];
    const failures: ExportFailure[] = [];
    onProgress({ done: 0, total });
    for (const [index, profile] of profiles.entries()) {
      try {
        const file = await exportWorkbookPdf(profile.id);
        entries.push({ name: file.fileName, content: file.bytes });
      } catch (error) {
        if (error instanceof PrinterUnavailableError) throw error;
        if (!(error instanceof AppError)) onUnexpected(error);
        const message = error instanceof AppError ? error.message : PRINT_FAILED;
        failures.push({ profileId: profile.id, name: profile.name, message });
      }
      onProgress({ done: index + 1, total });
    }
    if (failures.length > 0) entries.push({ name: ERRORS_FILE, content: errorsText(failures, total) });
    return { fileName: zipFileName(), bytes: zipFiles(entries, ctx.now()), total, failures };
  }

  return { exportWorkbookPdf, exportGuidePdf, exportAllPdfZip, zipFileName };
}

export type PdfExports = ReturnType<typeof createPdfExports>;
