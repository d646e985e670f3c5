import { stringify } from 'csv-stringify/sync';
import type { ResultRow } from '../../shared/api/dashboard-schemas';

/** The columns, in order, as the README documents them. */
export const RESULT_COLUMNS = [
  'Participant',
  'Leçon',
  'Exercice',
  'Type',
  'Réponse',
  'Résultat',
  'Erreur',
  'Note',
  'Essais',
  'Mis à jour le',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** JJ/MM/AAAA HH:MM:SS in this machine's time (the room's): what Excel fr-FR reads as a date and time. */
function spreadsheetTime(iso: string): string {
  const d = new Date(iso);
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** 0,67 rather than 0.67: a French spreadsheet reads the comma as the decimal separator. */
const decimal = (n: number) => n.toLocaleString('fr-FR', { maximumFractionDigits: 2, useGrouping: false });

/**
 * Text someone typed must stay text: a cell starting with = + @ (or - then a
 * sign of a formula) would run as a formula when the file is opened. A
 * leading apostrophe keeps it inert; « - point » (a list) is left alone.
 */
function inert(text: string): string {
  return /^[=+@\t\r]|^-[^\s]/.test(text) ? `'${text}` : text;
}

/**
 * The results as a French spreadsheet opens them (Excel fr-FR / fr-MA,
 * LibreOffice): UTF-8 with a BOM (else Excel reads Latin-1 and « é » breaks),
 * `;` between cells (the comma is the decimal separator), CRLF line ends.
 */
export function resultsCsv(rows: readonly ResultRow[]): string {
  const records = rows.map((row) => [
    inert(row.attendee),
    row.lesson,
    row.exerciseId,
    row.kind,
    inert(row.value),
    row.grade,
    row.mistake,
    row.score === null ? '' : decimal(row.score),
    row.attempts === null ? '' : String(row.attempts),
    row.updatedAt === null ? '' : spreadsheetTime(row.updatedAt),
  ]);
  return stringify(records, {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    header: true,
    columns: RESULT_COLUMNS.map((header, i) => ({ key: String(i), header })),
  });
}

/** `resultats-2026-05-02.csv`: the session's date, like the other exports. */
export const resultsFileName = (date: string) => `resultats-${date}.csv`;
