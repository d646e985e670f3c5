import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXERCISES } from '../../src/shared/content/manifest';
import { verifiedContent } from '../../src/shared/print/verification';
import { canonicalJson } from '../../src/shared/workbook-file/canonical';
import { openBrowser } from '../support/browser';
import { api } from '../support/fault-tools';
import { fullWorkbookAnswers } from '../support/full-workbook';
import { ROOT, startHost, type HostProcess } from '../support/web-host';
import { pdfFonts } from './poppler';
import { LESSON_IDS } from '../../src/shared/content/manifest';

/**
 * The printed workbook, end to end: filled through the web host's API,
 * exported by the host's own printer, read back with poppler. Page images
 * are left in test-artifacts/print-view/ to look at.
 */

const SESSION = {
  title: 'Community Management Day — Casablanca',
  date: '2026-05-02',
  place: 'Casablanca',
  trainer: 'Nadia El Idrissi',
  organiser: 'Social Media Club Casablanca',
  lessons: [...LESSON_IDS],
  durationHours: 7,
};
const ARTIFACTS = join(ROOT, 'test-artifacts', 'print-view');

let host: HostProcess;
let dataDir: string;
let work: string;
/** The attendee who answered everything (set by the first group). */
let fullProfileId: string;

async function value<T>(method: string, input: unknown): Promise<T> {
  const { body } = await api(host.url, method, input);
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value as T;
}

async function exportPdf(profileId: string): Promise<string> {
  const response = await fetch(`${host.url}export/${profileId}.pdf`);
  expect(
    response.status,
    await response
      .clone()
      .text()
      .catch(() => ''),
  ).toBe(200);
  const file = join(work, `${profileId}.pdf`);
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  return file;
}

const run = (tool: string, args: string[]) => {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool}: ${result.stderr}`);
  return result.stdout;
};

/** One page's text (1-based), no-break spaces read as spaces. */
const pageText = (file: string, page: number) =>
  run('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-']).replace(
    /[\u00a0\u202f]/g,
    ' ',
  );
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1]);
const allText = (file: string) => Array.from({ length: pageCount(file) }, (_, i) => pageText(file, i + 1)).join('\n\f');

/** The verification code, computed here from the attendee's own .cmwb export as the README defines it. */
async function expectedCode(profileId: string): Promise<string> {
  const exported = await value<{ content: string }>('workbook.export', { profileIds: [profileId] });
  const content = verifiedContent(JSON.parse(exported.content) as Record<string, unknown>);
  return createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, 12);
}

function keepPages(file: string, name: string, pages: number[]) {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const page of pages) {
    run('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      join(ARTIFACTS, `${name}-${page}`),
    ]);
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cmday-print-'));
  work = mkdtempSync(join(tmpdir(), 'cmday-print-pdf-'));
  host = await startHost(dataDir);
  await value('session.update', SESSION);
});

afterAll(async () => {
  await host?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('the printed workbook', () => {
  let file: string;
  let profileId: string;
  const reflection = Array.from(
    { length: 40 },
    (_, i) => `Phrase ${i + 1} de ma réflexion : que mesurer, et pourquoi ? Je relis mes chiffres chaque semaine.`,
  ).join(' ');

  beforeAll(async () => {
    profileId = (await value<{ id: string }>('profile.create', { name: 'Salma Benali' })).id;
    const answers = fullWorkbookAnswers(EXERCISES).map((answer) =>
      answer.value.kind === 'reflection' ? { ...answer, value: { kind: 'reflection', text: reflection } } : answer,
    );
    for (const answer of answers) {
      await value('answer.save', { profileId, ...answer, revision: 0 });
    }
    fullProfileId = profileId;
    file = await exportPdf(profileId);
    mkdirSync(ARTIFACTS, { recursive: true });
    copyFileSync(file, join(ARTIFACTS, 'workbook.pdf'));
  }, 120_000);

  it('opens on a cover with the attendee, the session, the day, the place, the trainer and the organiser', () => {
    const cover = pageText(file, 1);
    for (const text of [
      'Cahier d’exercices',
      'Salma Benali',
      SESSION.title,
      '2 mai 2026',
      'Casablanca',
      SESSION.trainer,
    ]) {
      expect(cover).toContain(text);
    }
    expect(cover).toContain(SESSION.organiser);
    keepPages(file, 'workbook', [1, 2]);
  });

  it('has a table of contents whose page numbers are where the lessons really start', () => {
    const toc = pageText(file, 2);
    expect(toc).toContain('Sommaire');
    const entries = [...toc.matchAll(/^\s*Leçon (\d+)\s+(.+?)\s*\.*\s+(\d+)\s*$/gm)].map((m) => ({
      number: Number(m[1]),
      title: m[2]!.trim(),
      page: Number(m[3]),
    }));
    expect(entries.length).toBe(7);
    let previous = 2;
    for (const entry of entries) {
      expect(entry.page).toBeGreaterThan(previous);
      previous = entry.page;
      const start = pageText(file, entry.page);
      expect(start, `lesson ${entry.number} on page ${entry.page}`).toMatch(new RegExp(`Leçon ${entry.number} ·`));
      expect(start).toContain(entry.title.slice(0, 20));
      // It starts there, not before.
      expect(pageText(file, entry.page - 1)).not.toMatch(new RegExp(`Leçon ${entry.number} ·`));
    }
    const plan = /Mon plan d’action\s*\.*\s+(\d+)\s*$/m.exec(toc);
    expect(plan).not.toBeNull();
    const planPage = pageText(file, Number(plan![1]));
    expect(planPage).toContain('Mon plan d’action');
    keepPages(file, 'workbook', [entries[0]!.page, entries[1]!.page, Number(plan![1])]);
  });

  it('prints the action plan as the attendee wrote it', () => {
    const text = allText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Doubler les commandes venues d’Instagram');
    expect(text).toContain('Instagram, Facebook');
    expect(text).toContain('30 septembre 2026');
    expect(text).toContain('Répondre à chaque commentaire dans l’heure.');
  });

  it('prints a long reflection in full, across pages, with French spacing', () => {
    const text = allText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Phrase 1 de ma réflexion : que mesurer, et pourquoi ?');
    expect(text).toContain('Phrase 40 de ma réflexion');
    // Chromium writes no-break spaces as plain ones in the text layer: what shows is that no line starts with a mark.
    const lines = run('pdftotext', ['-enc', 'UTF-8', file, '-']).split('\n');
    expect(lines.filter((line) => /^\s*[:;!?»%]/.test(line))).toEqual([]);
  });

  it('ends with a summary and an attestation carrying the verification code of the workbook’s content', async () => {
    const pages = pageCount(file);
    const attestation = pageText(file, pages);
    expect(attestation).toContain('Attestation de participation');
    expect(attestation).toContain('Salma Benali');
    expect(attestation).toContain('7 h');
    expect(attestation).toContain(await expectedCode(profileId));
    expect(pageText(file, pages - 1)).toMatch(/Bilan/);
    keepPages(file, 'workbook', [pages - 1, pages]);
  });

  it('embeds every font it uses, the bundled IBM Plex among them', () => {
    const fonts = pdfFonts(readFileSync(file));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    expect(fonts.some((font) => /IBMPlexSans/.test(font.name))).toBe(true);
    expect(fonts.some((font) => /IBMPlexSerif/.test(font.name))).toBe(true);
  });
});

describe('an empty workbook', () => {
  it('says « Non renseigné » for every exercise and scores nothing', async () => {
    const { id } = await value<{ id: string }>('profile.create', { name: 'Youssef Alaoui' });
    const file = await exportPdf(id);
    const text = allText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Youssef Alaoui');
    expect((text.match(/Non renseigné/g) ?? []).length).toBeGreaterThanOrEqual(EXERCISES.length);
    expect(text).toContain(`0 exercice terminé sur ${EXERCISES.length}`);
    expect(text).toContain(await expectedCode(id));
  }, 60_000);
});

describe('the print view in the browser', () => {
  it('draws the QR code and the charts as SVG, lays out under the CSP and fetches nothing from elsewhere', async () => {
    const id = fullProfileId;
    const session = await openBrowser();
    try {
      await session.page.goto(`${host.url}#/print/${id}/essai`);
      const book = session.page.locator('[data-print-job="essai"][data-print-ready="true"]');
      await book.waitFor({ timeout: 20_000 });
      expect(await book.getAttribute('data-print-footer')).toBe(SESSION.title);
      const path = await session.page.locator('.print-pages svg.qr-code path').getAttribute('d');
      expect(path).toMatch(/^M\d+ \d+h1v1h-1z/);
      expect(await session.page.locator('.print-pages h1').count()).toBeGreaterThanOrEqual(7 + 3);
      expect(await session.page.locator('.print-pages .funnel-chart svg').count()).toBeGreaterThan(0);
      expect(session.pageErrors).toEqual([]);
      expect(session.foreignRequests).toEqual([]);
    } finally {
      await session.close();
    }
  }, 60_000);
});

describe('the « Guide du formateur »', () => {
  it('prints every lesson with its trainer notes, and a table of contents that points at them', async () => {
    const response = await fetch(`${host.url}export/guide.pdf`);
    expect(response.status).toBe(200);
    const file = join(work, 'guide.pdf');
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    mkdirSync(ARTIFACTS, { recursive: true });
    copyFileSync(file, join(ARTIFACTS, 'guide.pdf'));
    expect(pageText(file, 1)).toContain('Guide du formateur');
    const toc = pageText(file, 2);
    const entries = [...toc.matchAll(/^\s*Leçon (\d+)\s+(.+?)\s*\.*\s+(\d+)\s*$/gm)];
    expect(entries.length).toBe(7);
    for (const [, number, , page] of entries) {
      expect(pageText(file, Number(page))).toMatch(new RegExp(`Leçon ${number} ·`));
    }
    const text = allText(file);
    expect((text.match(/Note pour le formateur/g) ?? []).length).toBeGreaterThan(7);
    keepPages(file, 'guide', [1, 3, 4]);
  }, 60_000);
});
