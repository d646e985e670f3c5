import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakePrinter } from '../support/fake-printer';
import { LESSON } from '../support/exercises';
import { useTempDir } from '../support/temp-dir';
import { AppError } from '../../src/shared/api';
import { openWorkbook, type Workbook } from '../../src/main/db';
import { PrinterUnavailableError, type PrintRequest } from '../../src/main/pdf/printer';
import { createPdfExports, ERRORS_FILE } from '../../src/main/service/pdf-exports';
import { createPdfService, pdfHandlers } from '../../src/main/service/pdf-service';
import { TRAINER } from '../../src/main/service/classroom-caller';

const tempDir = useTempDir('cmday-pdf-');
const opened: Workbook[] = [];
afterEach(() => {
  for (const workbook of opened.splice(0)) workbook.close();
});

const NOW = () => new Date('2026-05-02T10:00:00.000Z');
const PDF = new Uint8Array([37, 80, 68, 70]);

function workbookWith(names: string[]): { workbook: Workbook; ids: string[] } {
  const workbook = openWorkbook({ dataDir: tempDir() });
  opened.push(workbook);
  const ids = names.map((_, i) => `00000000-0000-4000-8000-00000000000${i}`);
  const insert = workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)');
  names.forEach((name, i) => insert.run(ids[i], name, `2026-05-02T08:00:0${i}.000Z`));
  return { workbook, ids };
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('PDF exports', () => {
  it('prints an attendee’s own workbook, named after the session day and the attendee', async () => {
    const { workbook, ids } = workbookWith(['Hélène']);
    const printer = fakePrinter(async () => PDF);
    const exports = createPdfExports({ workbook, printer, now: NOW });
    const file = await exports.exportWorkbookPdf(ids[0]!);
    expect(file).toEqual({ fileName: 'cahier-2026-05-02-helene.pdf', bytes: PDF });
    expect(printer.requests).toHaveLength(1);
    expect(printer.requests[0]!.route).toMatch(new RegExp(`^/print/${ids[0]}/[A-Za-z0-9-]+$`));
    await expect(exports.exportWorkbookPdf('00000000-0000-4000-8000-000000000009')).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('prints the trainer’s guide, whole or for one lesson, and refuses a lesson it does not know', async () => {
    const { workbook } = workbookWith([]);
    const printer = fakePrinter(async () => PDF);
    const exports = createPdfExports({ workbook, printer, now: NOW });
    expect((await exports.exportGuidePdf()).fileName).toBe('guide-formateur-2026-05-02.pdf');
    expect(printer.requests[0]!.route).toMatch(/^\/print-guide\/[A-Za-z0-9-]+$/);
    expect((await exports.exportGuidePdf(LESSON)).fileName).toBe(`guide-formateur-2026-05-02-${LESSON}.pdf`);
    expect(printer.requests[1]!.route).toMatch(new RegExp(`^/print-guide/${LESSON}/[A-Za-z0-9-]+$`));
    await expect(exports.exportGuidePdf('lecon-inconnue')).rejects.toThrowError(
      new AppError('not_found', 'Leçon inconnue : « lecon-inconnue ».'),
    );
    expect(printer.requests).toHaveLength(2);
  });

  it('zips every workbook, lists the ones that failed in erreurs.txt, and goes on', async () => {
    const { workbook, ids } = workbookWith(['Amina', 'Nadia', 'Omar']);
    const bug = new Error('page crashed');
    const printer = fakePrinter(async (request: PrintRequest) => {
      if (request.route.includes(ids[1]!)) throw bug;
      return PDF;
    });
    const onUnexpected = vi.fn();
    const exports = createPdfExports({ workbook, printer, now: NOW, onUnexpected });
    expect(exports.zipFileName()).toBe('cahier-2026-05-02-tous.zip');
    const progress: unknown[] = [];
    const zip = await exports.exportAllPdfZip((p) => progress.push(p));
    expect(progress).toEqual([
      { done: 0, total: 3 },
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ]);
    expect(onUnexpected).toHaveBeenCalledWith(bug);
    expect(zip.fileName).toBe('cahier-2026-05-02-tous.zip');
    expect(zip.total).toBe(3);
    expect(zip.failures).toEqual([
      {
        profileId: ids[1],
        name: 'Nadia',
        message: 'l’impression a échoué (le détail est dans le journal de l’application).',
      },
    ]);
    const entries = unzipSync(zip.bytes);
    expect(Object.keys(entries).sort()).toEqual([
      'cahier-2026-05-02-amina.pdf',
      'cahier-2026-05-02-omar.pdf',
      ERRORS_FILE,
    ]);
    expect(decode(entries[ERRORS_FILE]!)).toBe(
      [
        'Cahiers non exportés : 1 sur 3.',
        '',
        '- Nadia : l’impression a échoué (le détail est dans le journal de l’application).',
        '',
        'Les autres cahiers sont dans ce fichier. Exportez ceux-ci depuis la page de chaque participant, ou relancez l’export.',
        '',
      ].join('\r\n'),
    );
  });

  it('says an expected failure in its own words, without reporting it as a bug, and writes no errors file when all print', async () => {
    const { workbook, ids } = workbookWith(['Amina', 'Nadia']);
    const printer = fakePrinter(async (request) => {
      if (request.route.includes(ids[1]!)) throw new AppError('unavailable', 'Page trop longue.');
      return PDF;
    });
    const onUnexpected = vi.fn();
    const zip = await createPdfExports({ workbook, printer, now: NOW, onUnexpected }).exportAllPdfZip();
    expect(zip.failures).toEqual([{ profileId: ids[1], name: 'Nadia', message: 'Page trop longue.' }]);
    expect(onUnexpected).not.toHaveBeenCalled();
    const allGood = await createPdfExports({
      workbook,
      printer: fakePrinter(async () => PDF),
      now: NOW,
    }).exportAllPdfZip();
    expect(Object.keys(unzipSync(allGood.bytes))).not.toContain(ERRORS_FILE);
    expect(allGood.failures).toEqual([]);
  });

  it('stops at once when the printer cannot run at all, and refuses an empty workbook', async () => {
    const { workbook } = workbookWith(['Amina', 'Nadia']);
    const missing = new PrinterUnavailableError('Installez Chromium.');
    const printer = fakePrinter(async () => Promise.reject(missing));
    await expect(createPdfExports({ workbook, printer, now: NOW }).exportAllPdfZip()).rejects.toBe(missing);
    expect(printer.requests).toHaveLength(1);
    const empty = workbookWith([]).workbook;
    await expect(createPdfExports({ workbook: empty, printer, now: NOW }).exportAllPdfZip()).rejects.toThrowError(
      new AppError('not_found', 'Aucun participant : il n’y a pas encore de cahier à exporter.'),
    );
  });
});

describe('the PDF methods of the contract', () => {
  it('say in French that there is no printer, and start a zip job when there is one', async () => {
    const none = pdfHandlers(undefined);
    expect(() => none['pdf.exportAll']({}, TRAINER)).toThrowError(
      new AppError('unavailable', 'L’export PDF n’est pas disponible sur ce poste.'),
    );
    expect(() => none['pdf.job']({ jobId: crypto.randomUUID() }, TRAINER)).toThrowError(/pas disponible/);
    const { workbook } = workbookWith(['Amina']);
    const service = createPdfService({ workbook, printer: fakePrinter(async () => PDF), now: NOW });
    const handlers = pdfHandlers(service);
    const { jobId } = handlers['pdf.exportAll']({}, TRAINER) as { jobId: string };
    await vi.waitFor(() => expect((handlers['pdf.job']({ jobId }, TRAINER) as { state: string }).state).toBe('done'));
    expect(handlers['pdf.job']({ jobId }, TRAINER)).toMatchObject({ done: 1, total: 1, failures: [] });
    expect(service.jobs.result(jobId).fileName).toBe('cahier-2026-05-02-tous.zip');
  });
});
