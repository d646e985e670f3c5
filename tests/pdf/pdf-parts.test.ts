import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src/shared/api';
import { attachment } from '../../src/main/hosts/web/content-disposition';
import { zipFiles } from '../../src/main/pdf/zip';
import { createPdfJobs } from '../../src/main/service/pdf-jobs';
import type { ExportedZip } from '../../src/main/service/pdf-exports';
import { workbookFileName } from '../../src/shared/workbook-file/file-name';

describe('file names', () => {
  it('names a workbook after the session day and the attendee, accents dropped, Arabic kept', () => {
    expect(workbookFileName('2026-05-02', 'Hélène Zoé', '.pdf')).toBe('cahier-2026-05-02-helene-zoe.pdf');
    expect(workbookFileName('2026-05-02', 'فاطمة الزهراء', '.pdf')).toBe('cahier-2026-05-02-فاطمة-الزهراء.pdf');
    expect(workbookFileName('2026-05-02', '  ** ', '.cmwb')).toBe('cahier-2026-05-02-participant.cmwb');
    expect(workbookFileName('2026-05-02', undefined, '.zip')).toBe('cahier-2026-05-02-tous.zip');
    expect(workbookFileName('2026-05-02', 'a'.repeat(80), '.pdf')).toBe(`cahier-2026-05-02-${'a'.repeat(60)}.pdf`);
  });

  it('sends the name as RFC 5987 UTF-8 with an ASCII fallback', () => {
    const header = attachment('cahier-2026-05-02-hélène-فاطمة (1).pdf');
    expect(header).toBe(
      'attachment; filename="cahier-2026-05-02-helene-_____ (1).pdf"; ' +
        "filename*=UTF-8''cahier-2026-05-02-h%C3%A9l%C3%A8ne-%D9%81%D8%A7%D8%B7%D9%85%D8%A9%20%281%29.pdf",
    );
    expect(attachment('a"b\\c.pdf')).toMatch(/^attachment; filename="a_b_c\.pdf"/);
  });
});

describe('the zip', () => {
  it('keeps both of two files with one name, in UTF-8, PDFs stored as they are', () => {
    const pdf = new Uint8Array([37, 80, 68, 70, 45, 1, 2, 3]);
    const zip = zipFiles([
      { name: 'cahier-amina.pdf', content: pdf },
      { name: 'cahier-amina.pdf', content: pdf },
      { name: 'cahier-فاطمة.pdf', content: pdf },
      { name: 'erreurs.txt', content: 'Échec : Nadia' },
    ]);
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(
      ['cahier-amina-2.pdf', 'cahier-amina.pdf', 'cahier-فاطمة.pdf', 'erreurs.txt'].sort(),
    );
    expect(entries['cahier-amina-2.pdf']).toEqual(pdf);
    expect(Buffer.from(entries['erreurs.txt']!).toString('utf8')).toBe('Échec : Nadia');
    // Stored: the PDF's bytes are in the zip as they are.
    expect(Buffer.from(zip).includes(Buffer.from(pdf))).toBe(true);
  });
});

describe('zip jobs', () => {
  const zip: ExportedZip = {
    fileName: 'cahier-2026-05-02-tous.zip',
    bytes: new Uint8Array([80, 75]),
    total: 2,
    failures: [{ profileId: 'p2', name: 'Nadia', message: 'l’impression a échoué.' }],
  };

  it('reports the count as it goes, then the failures and the zip', async () => {
    let step: (progress: { done: number; total: number }) => void = () => undefined;
    let finish: (value: ExportedZip) => void = () => undefined;
    const jobs = createPdfJobs({
      exportAllPdfZip: (onProgress) => {
        step = onProgress!;
        return new Promise((resolve) => (finish = resolve));
      },
    });
    const id = jobs.start();
    step({ done: 1, total: 2 });
    expect(jobs.status(id)).toMatchObject({ state: 'running', done: 1, total: 2, fileName: null });
    expect(() => jobs.result(id)).toThrow(AppError);
    step({ done: 2, total: 2 });
    finish(zip);
    await vi.waitFor(() => expect(jobs.status(id).state).toBe('done'));
    expect(jobs.status(id)).toMatchObject({
      done: 2,
      fileName: 'cahier-2026-05-02-tous.zip',
      failures: [{ name: 'Nadia', message: 'l’impression a échoué.' }],
    });
    expect(jobs.result(id).bytes).toEqual(zip.bytes);
  });

  it('hands the zip to a sink (the desktop writes it) and says why a job failed, in French', async () => {
    const written: ExportedZip[] = [];
    const ok = createPdfJobs({ exportAllPdfZip: async () => zip });
    const id = ok.start(async (file) => void written.push(file));
    await vi.waitFor(() => expect(ok.status(id).state).toBe('done'));
    expect(written).toEqual([zip]);

    const missing = new AppError('unavailable', 'L’export PDF a besoin du navigateur Chromium…');
    const failed = createPdfJobs({ exportAllPdfZip: async () => Promise.reject(missing) });
    const failedId = failed.start();
    await vi.waitFor(() => expect(failed.status(failedId).state).toBe('failed'));
    expect(failed.status(failedId).message).toBe(missing.message);
    expect(() => failed.status(crypto.randomUUID())).toThrow(/relancez-le/);
  });
});
