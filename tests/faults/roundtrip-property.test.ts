import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REVISION_MAX, profileName, trainingSession } from '../../src/shared/api/schemas';
import { LESSON_IDS } from '../../src/shared/content/manifest';
import { COUNT_MAX } from '../../src/shared/exercises/count';
import { sealWorkbook } from '../../src/main/service/workbook-file';
import type { CmwbContent } from '../../src/shared/workbook-file/schema';
import { FUNNEL_EXERCISES } from '../support/exercises';
import { useService, type TestService } from '../support/service';

const start = useService();

// Accents (composed and not), Arabic, emoji, lone surrogates, bidi and other controls.
const piece = fc.constantFrom(
  'a',
  'Z',
  ' ',
  'é',
  'e\u0301',
  'ç',
  'Ö',
  'ع',
  'ل',
  'ي',
  'ة',
  '🎉',
  '👩🏽‍💻',
  '\uD83D',
  '\uDE00',
  '\u202E',
  '\u202A',
  '\u2066',
  '\u2069',
  '\u0000',
  '\u0007',
  '\u0085',
  '\t',
  '"',
  '\\',
  '\uFEFF',
  '\u00A0',
);
const text = (maxLength: number) => fc.array(piece, { maxLength }).map((parts) => parts.join(''));
const acceptedName = text(90).filter((name) => profileName.safeParse(name).success);
const time = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59.999Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const count = fc.oneof(
  fc.constant(null),
  fc.constant(COUNT_MAX),
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.double({ min: 0, max: COUNT_MAX, noNaN: true }),
);
const answer = (exerciseId: string) =>
  fc.record({
    exerciseId: fc.constant(exerciseId),
    value: fc.record({
      kind: fc.constant('funnel' as const),
      counts: fc.array(count, { minLength: 2, maxLength: 12 }),
    }),
    revision: fc.oneof(fc.constant(REVISION_MAX), fc.integer({ min: 1, max: REVISION_MAX })),
    updatedAt: time,
  });
const attendee = fc.record({
  id: fc.uuid({ version: 4 }),
  name: acceptedName,
  createdAt: time,
  answers: fc.subarray(FUNNEL_EXERCISES).chain((ids) => fc.tuple(...ids.map(answer))),
});
const session = fc
  .record({
    title: text(40).map((t) => `CM Day ${t}`),
    date: time.map((t) => t.slice(0, 10)),
    place: text(30),
    trainer: text(30),
    organiser: text(30),
    lessons: fc.shuffledSubarray(LESSON_IDS as string[]),
    durationHours: fc.double({ min: 0.5, max: 24, noNaN: true }),
  })
  .filter((s) => trainingSession.safeParse(s).success);
const workbook = fc.record({
  session,
  profiles: fc.uniqueArray(attendee, { selector: (p) => p.id, maxLength: 5 }),
});

const exportAll = async (service: TestService) => {
  const { content } = await service.value<{ content: string }>('workbook.export', {});
  const { exportedAt: _at, sha256: _hash, ...rest } = JSON.parse(content);
  return { content, rest };
};

describe('export-all → import into an empty data folder → export-all', () => {
  it('gives the same content for anything the app accepts', async () => {
    await fc.assert(
      fc.asyncProperty(workbook, text(90), async ({ session, profiles }, typedName) => {
        // What the app holds: a file from elsewhere, plus an attendee typed here.
        const first = start();
        const file: CmwbContent = {
          format: 'cmwb',
          schemaVersion: 1,
          exportedAt: '2026-05-02T09:00:00.000Z',
          session,
          profiles,
        };
        expect(await first.call('workbook.import', { content: JSON.stringify(sealWorkbook(file)) })).toMatchObject({
          ok: true,
        });
        if (profileName.safeParse(typedName).success) await first.value('profile.create', { name: typedName });

        const exported = await exportAll(first);
        const second = start();
        expect(await second.value('workbook.import', { content: exported.content })).toMatchObject({
          applied: true,
          session: 'imported',
        });
        expect((await exportAll(second)).rest).toEqual(exported.rest);
        // And the file read back where it came from changes nothing.
        expect(await first.value('workbook.preview', { content: exported.content })).toMatchObject({
          profiles: { new: 0 },
          answers: { new: 0, newer: 0, older: 0, conflict: 0 },
        });
        expect(first.unexpected).toEqual([]);
        expect(second.unexpected).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
