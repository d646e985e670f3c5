import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkbook, type Workbook } from '../../src/main/db';
import { createWebHost } from '../../src/main/hosts/web/server';
import { createChromiumPrinter } from '../../src/main/pdf/chromium-printer';
import type { Printer } from '../../src/main/pdf/printer';
import { createDispatch } from '../../src/main/service/dispatch';
import { createHandlers } from '../../src/main/service/handlers';
import { createPdfService } from '../../src/main/service/pdf-service';
import { EXERCISES } from '../../src/shared/content/manifest';
import { fullWorkbookAnswers } from '../support/full-workbook';
import { FUNNEL, LESSON, funnelValue } from '../support/exercises';
import { ROOT } from '../support/web-host';
import { expectA4, hasOutline, pdfFonts, pdfInfo, pdfText, renderFirstPage } from './poppler';

/** Where page 1 of the full workbook is drawn, to look at (gitignored). */
export const PAGE_ONE_PNG = join(ROOT, 'test-artifacts', 'pdf', 'page-1.png');

let dataDir: string;
let workbook: Workbook;
let app: FastifyInstance;
let base: string;
let chromium: Printer;
/** Profiles whose print fails, to see one failure not stop the zip. */
const failing = new Set<string>();

// The web host as start.ts assembles it, with the printer wrapped so a test can make one workbook fail.
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cmday-pdf-'));
  workbook = openWorkbook({ dataDir });
  chromium = createChromiumPrinter({ appUrl: () => `${base}/` });
  const printer: Printer = {
    ...chromium,
    print: (request) =>
      [...failing].some((id) => request.route.includes(id))
        ? Promise.reject(new Error('renderer crashed'))
        : chromium.print(request),
  };
  const pdf = createPdfService({ workbook, printer, onUnexpected: () => undefined });
  app = await createWebHost({
    dispatch: createDispatch(createHandlers({ workbook, pdf, defer: (task) => task() })),
    rendererDir: join(ROOT, 'out', 'renderer'),
    pdf,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app?.close();
  await chromium?.close();
  workbook?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function api<T>(method: string, input: unknown): Promise<T> {
  const response = await fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}

const createProfile = async (name: string) => (await api<{ id: string }>('profile.create', { name })).id;

async function download(path: string) {
  const response = await fetch(`${base}${path}`);
  return {
    status: response.status,
    disposition: response.headers.get('content-disposition') ?? '',
    type: response.headers.get('content-type'),
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

/** The name in `filename*` (RFC 5987), decoded. */
const utf8Name = (disposition: string) => decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '');
/** Text with line breaks and runs of spaces made one space: a long name may wrap. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the workbook PDF, printed from the print view by the system Chromium', () => {
  it('holds the attendee’s name and typed answers, « page 1 / N », on A4, tagged, with an outline and embedded fonts', async () => {
    const id = await createProfile('Amina Benali');
    for (const { exerciseId, value } of fullWorkbookAnswers(EXERCISES)) {
      await api('answer.save', { profileId: id, exerciseId, value, revision: 0 });
    }
    await api('answer.save', {
      profileId: id,
      exerciseId: FUNNEL,
      value: funnelValue([24_000, 1_234, 300, 15]),
      revision: 1,
    });

    const file = await download(`/export/${id}.pdf`);
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/pdf');
    expect(utf8Name(file.disposition)).toMatch(/^cahier-\d{4}-\d{2}-\d{2}-amina-benali\.pdf$/);
    const text = pdfText(file.bytes);
    expect(text).toContain('Amina Benali');
    expect(text).toMatch(/1 234/);
    const info = pdfInfo(file.bytes);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`page 1 / ${pages}`);
    expect(text).toContain(`page ${pages} / ${pages}`);
    expectA4(file.bytes);
    expect(info.Tagged).toBe('yes');
    expect(hasOutline(file.bytes)).toBe(true);
    // The print view's own title, in French, is the document's.
    expect(info.Title).toMatch(/Amina Benali|Cahier/);
    const fonts = pdfFonts(file.bytes);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    renderFirstPage(file.bytes, PAGE_ONE_PNG);
  });

  it('exports an empty workbook, saying what was not filled in', async () => {
    const id = await createProfile('Karim');
    const file = await download(`/export/${id}.pdf`);
    expect(file.status).toBe(200);
    const text = pdfText(file.bytes);
    expect(text).toContain('Karim');
    expect(text).toMatch(/non renseigné|Pas encore de réponse/i);
  });

  it('prints a name with accents, Arabic letters and 80 characters, and names the file after it', async () => {
    const name = 'Hélène-Zoé Ait Ouaziz فاطمة الزهراء بنعلي Ãngström Çelik Ñúñez Øre Bérénice Loua';
    expect([...name]).toHaveLength(80);
    const id = await createProfile(name);
    const file = await download(`/export/${id}.pdf`);
    expect(file.status).toBe(200);
    const text = flat(pdfText(file.bytes, false));
    for (const part of [
      'Hélène-Zoé Ait Ouaziz',
      'فاطمة',
      'الزهراء',
      'بنعلي',
      'Ãngström Çelik Ñúñez Øre Bérénice Loua',
    ]) {
      expect(text).toContain(part);
    }
    expect(utf8Name(file.disposition)).toContain('helene-zoe-ait-ouaziz-فاطمة-الزهراء');
    expect(file.disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
  });

  it('says « participant introuvable » for an unknown attendee, in French', async () => {
    const file = await download(`/export/${crypto.randomUUID()}.pdf`);
    expect(file.status).toBe(404);
    expect(JSON.parse(Buffer.from(file.bytes).toString())).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('the « Guide du formateur » (trainer notes)', () => {
  it('prints the whole session’s guide, then one lesson’s, each named after it', async () => {
    const whole = await download('/export/guide.pdf');
    expect(whole.status).toBe(200);
    expect(utf8Name(whole.disposition)).toMatch(/^guide-formateur-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(pdfText(whole.bytes)).toMatch(/Guide du formateur/i);
    const one = await download(`/export/guide/${LESSON}.pdf`);
    expect(one.status).toBe(200);
    expect(utf8Name(one.disposition)).toMatch(new RegExp(`^guide-formateur-\\d{4}-\\d{2}-\\d{2}-${LESSON}\\.pdf$`));
    expect(Number(pdfInfo(one.bytes).Pages)).toBeLessThan(Number(pdfInfo(whole.bytes).Pages));
  });
});

type Job = {
  state: string;
  done: number;
  total: number;
  failures: { name: string; message: string }[];
  fileName: string;
};

async function runZip(): Promise<{ job: Job; seen: number[]; entries: Record<string, Uint8Array> }> {
  const { jobId } = await api<{ jobId: string }>('pdf.exportAll', {});
  const seen: number[] = [];
  let job: Job;
  for (;;) {
    job = await api<Job>('pdf.job', { jobId });
    seen.push(job.done);
    if (job.state !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(job.state).toBe('done');
  const zip = await download(`/export/zip/${jobId}.zip`);
  expect(zip.status).toBe(200);
  expect(zip.type).toBe('application/zip');
  expect(utf8Name(zip.disposition)).toBe(job.fileName);
  return { job, seen, entries: unzipSync(zip.bytes) };
}

describe('every workbook in one zip (trainer)', () => {
  it('holds one PDF per attendee, each their own, and counts them as it goes', async () => {
    // Attendees made by the tests above are in it too: count what is there.
    const names = ['Youssef', 'Salma', 'Omar'];
    for (const name of names) await createProfile(name);
    const { job, seen, entries } = await runZip();
    const pdfs = Object.keys(entries).filter((name) => name.endsWith('.pdf'));
    expect(pdfs.length).toBe(job.total);
    expect(job.failures).toEqual([]);
    expect(Object.keys(entries)).not.toContain('erreurs.txt');
    for (const name of names) {
      const file = pdfs.find((entry) => entry.endsWith(`-${name.toLowerCase()}.pdf`));
      expect(file, name).toBeDefined();
      expect(pdfText(entries[file!]!)).toContain(name);
    }
    // The count only grows, and ends at the total.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(job.total);
  });

  it('lists a workbook that fails, in the job and in erreurs.txt, and zips the others', async () => {
    const broken = await createProfile('Nadia Cassée');
    failing.add(broken);
    try {
      const { job, entries } = await runZip();
      expect(job.failures).toEqual([{ name: 'Nadia Cassée', message: expect.stringMatching(/impression a échoué/) }]);
      const pdfs = Object.keys(entries).filter((name) => name.endsWith('.pdf'));
      expect(pdfs.length).toBe(job.total - 1);
      expect(pdfs.some((name) => name.includes('nadia'))).toBe(false);
      const errors = Buffer.from(entries['erreurs.txt']!).toString('utf8');
      expect(errors).toContain('Nadia Cassée');
      expect(errors).toContain(`1 sur ${job.total}`);
    } finally {
      failing.delete(broken);
    }
  });
});
