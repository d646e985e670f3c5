import { describe, expect, it } from 'vitest';
import { ISO_TIME_MAX, PROFILE_NAME_MAX, REVISION_MAX } from '../api/schemas';
import { ANSWER_MAX_BYTES } from './answer-size';
import { CMWB_MAX_BYTES, CMWB_MAX_LABEL, CMWB_MAX_PROFILES, cmwbFile, maxFileBytes } from './schema';

const bytes = (text: string) => new TextEncoder().encode(text).length;
const TIME = '2099-12-31T23:59:59.123456789012Z'.slice(0, ISO_TIME_MAX);
/** A stand-in of exactly `n` bytes where JSON would put a value. */
const RAW = (n: number) => 'v'.repeat(n);

/** One answer as export writes it (compact), at every maximum, with the comma that follows it in the list. */
function answerEntry(id: string, valueBytes: number): string {
  const json = JSON.stringify({ exerciseId: id, value: 0, revision: REVISION_MAX, updatedAt: TIME });
  return `${json.replace('"value":0', `"value":${RAW(valueBytes)}`)},`;
}

/** One attendee with no answers, at every maximum (a name of 3-byte characters), and its comma. */
function profileEntry(): string {
  const json = JSON.stringify({
    id: '6c8f3da8-9506-4e63-bc36-3a36488a9a92',
    name: '€'.repeat(PROFILE_NAME_MAX),
    createdAt: TIME,
    answers: [],
  });
  return `${json},`;
}

describe('the biggest file export can write', () => {
  it('counts each answer exactly as compact JSON writes it', () => {
    const one = [{ id: 'funnel-fanajeen', kind: 'funnel' as const }];
    const perAnswer = (maxFileBytes(one, []) - maxFileBytes([], [])) / CMWB_MAX_PROFILES;
    expect(perAnswer).toBe(bytes(answerEntry('funnel-fanajeen', ANSWER_MAX_BYTES.funnel)));
    const two = [...one, { id: 'r', kind: 'reflection' as const }];
    expect((maxFileBytes(two, []) - maxFileBytes(one, [])) / CMWB_MAX_PROFILES).toBe(
      bytes(answerEntry('r', ANSWER_MAX_BYTES.reflection)),
    );
  });

  it('counts each attendee’s own fields exactly, and 2 KiB for the header', () => {
    expect(maxFileBytes([], [])).toBe(2048 + CMWB_MAX_PROFILES * bytes(profileEntry()));
  });

  it('counts each lesson listed in the session, quoted, with its comma', () => {
    const lessons = ['mesurer', 'fanajeen'];
    expect(maxFileBytes([], lessons) - maxFileBytes([], [])).toBe(
      bytes(lessons.map((id) => `${JSON.stringify(id)},`).join('')),
    );
  });

  it('never goes below the 5 MiB the first version accepted, and says it in French', () => {
    expect(CMWB_MAX_BYTES).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    expect(CMWB_MAX_LABEL).toBe(`${(CMWB_MAX_BYTES / 1024 / 1024).toFixed(1).replace('.', ',')} Mio`);
    expect(CMWB_MAX_LABEL).toMatch(/^\d+,\d Mio$/);
  });
});

describe('the file’s hash field', () => {
  it('is 64 lowercase hex digits, nothing around them', () => {
    const hash = (sha256: string) => cmwbFile.shape.sha256.safeParse(sha256).success;
    expect(hash('a'.repeat(64))).toBe(true);
    expect(hash('A'.repeat(64))).toBe(false);
    expect(hash('a'.repeat(63))).toBe(false);
    expect(hash(`${'a'.repeat(64)}0`)).toBe(false);
    expect(hash(`x${'a'.repeat(64)}`)).toBe(false);
  });
});
