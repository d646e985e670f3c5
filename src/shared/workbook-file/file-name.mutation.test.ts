import { describe, expect, it } from 'vitest';
import { fileNamePart, workbookFileName } from './file-name';

describe('workbook file names', () => {
  it('names a workbook by its date and who it belongs to', () => {
    expect(workbookFileName('2026-05-02', 'Élodie Benali', '.cmwb')).toBe('cahier-2026-05-02-elodie-benali.cmwb');
    expect(workbookFileName('2026-05-02', undefined, '.pdf')).toBe('cahier-2026-05-02-tous.pdf');
    expect(workbookFileName('2026-05-02', '*** ???', '.pdf')).toBe('cahier-2026-05-02-participant.pdf');
  });

  it('drops accents, keeps letters of every script, digits, dashes and underscores', () => {
    expect(fileNamePart('Hélène Çelik')).toBe('helene-celik');
    expect(fileNamePart('ياسر منقاشي')).toBe('ياسر-منقاشي');
    expect(fileNamePart('Ana_B2')).toBe('ana_b2');
  });

  it('makes one dash of spaces, signs and dashes in a row, none at either end', () => {
    expect(fileNamePart('  Ana -- (B.)  Ziani ! ')).toBe('ana-b-ziani');
    expect(fileNamePart('-Ana-')).toBe('ana');
  });

  it('cuts a long name without leaving a dash at the end', () => {
    expect(fileNamePart(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
    expect(fileNamePart('b'.repeat(80))).toBe('b'.repeat(60));
  });
});
