import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api';
import { CMWB_MAX_BYTES } from '../../shared/workbook-file/schema';
import { parseWorkbookFile, sha256 } from './workbook-file';

const refusal = (text: string) => {
  try {
    parseWorkbookFile(text);
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('accepted');
};

describe('parseWorkbookFile', () => {
  // Every file exported so far carries this hash of its content: if it changed,
  // every earlier export would read as damaged.
  it('hashes the canonical JSON, so a content has one fixed SHA-256', () => {
    const written = { b: 1, a: { d: true, c: [2, { y: 'é', x: null }] } };
    expect(sha256(written)).toBe('65c4e5ebf669dba2d0c2375bddbd3f3580c2d074fe60583351e94ceee3ff5f97');
  });

  it.each([['null'], ['[]'], ['"x"'], ['42'], ['true'], ['{}']])('refuses %s in French instead of crashing', (text) => {
    expect(refusal(text)).toEqual({
      code: 'invalid_input',
      message: 'Ce fichier n’est pas un cahier CM Day Workbook (.cmwb).',
    });
  });

  it('refuses a text over the size limit before reading it, and reads one at the limit', () => {
    const padded = (bytes: number) => {
      const head = '{"format":"cmwb","pad":"';
      return head + 'x'.repeat(bytes - head.length - 2) + '"}';
    };
    expect(refusal(padded(CMWB_MAX_BYTES + 1)).message).toMatch(/^Fichier trop volumineux : \d+,\d Mio au plus\.$/);
    // At the limit the size passes and the next check (the hash) speaks.
    expect(refusal(padded(CMWB_MAX_BYTES)).message).toMatch(/SHA-256/);
  });
});
