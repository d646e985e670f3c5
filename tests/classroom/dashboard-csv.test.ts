import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { LESSON_MANIFEST } from '../../src/shared/content/manifest';
import { useTempDir } from '../support/temp-dir';
import { api, raw, startRoomHost, type RoomHost } from './room-host';

const tempDir = useTempDir('cmday-results-csv-');
let room: RoomHost | undefined;
afterEach(async () => {
  await room?.stop();
  room = undefined;
});

const HEADERS = [
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
];
const LESSONS = ['programme', 'mesurer-engagement-conversion', 'cas-fanajeen'];
const QUIZ = 'programme-amateur-ou-pilotage';
const METRIC = 'mesurer-engagement-portee';

describe('the results CSV', () => {
  it('opens back as a French spreadsheet reads it: BOM, « ; », decimal comma, one row per attendee × exercise', async () => {
    room = await startRoomHost(tempDir());
    const session = {
      title: 'Journée CM',
      date: '2026-05-02',
      place: 'Rabat',
      trainer: 'F',
      organiser: 'O',
      lessons: LESSONS,
      durationHours: 6,
    };
    expect((await room.trainer('session.update', session)).status).toBe(200);
    const { url, code } = await room.open();
    const amina = await room.join(url, 'Amina', code);
    const karim = await room.join(url, 'Karim', code);
    const save = (exerciseId: string, value: unknown) =>
      api(url, 'answer.save', { profileId: amina.id, exerciseId, value, revision: 0 }, { cookie: amina.cookie });
    expect(
      (
        await save(QUIZ, {
          kind: 'quiz',
          questions: [
            { chosen: [0], correct: true },
            { chosen: [0], correct: false },
          ],
          score: 1,
        })
      ).status,
    ).toBe(200);
    const attempt = { typed: '2', verdict: 'mistake', mistake: 'wrong-denominator', at: '2026-05-02T09:00:00.000Z' };
    const metric = {
      kind: 'metric-question',
      metric: 'engagementRateByReach',
      inputs: { engagements: 200, reach: 5000, followers: 10000 },
      attempts: [attempt],
      tries: 3,
    };
    expect((await save(METRIC, metric)).status).toBe(200);
    const wrong = { ...metric, attempts: [{ ...attempt, verdict: 'incorrect', mistake: undefined }], tries: 1 };
    expect(
      (
        await api(
          url,
          'answer.save',
          { profileId: karim.id, exerciseId: METRIC, value: JSON.parse(JSON.stringify(wrong)), revision: 0 },
          { cookie: karim.cookie },
        )
      ).status,
    ).toBe(200);
    const exercises = LESSON_MANIFEST.lessons.filter((l) => LESSONS.includes(l.id)).flatMap((l) => l.exercises);
    const reflection = exercises.find((e) => e.kind === 'reflection')!.id;
    expect((await save(reflection, { kind: 'reflection', text: '=HYPERLINK("http://x")' })).status).toBe(200);

    const reply = await raw(room.trainerUrl, {
      path: '/export/resultats.csv',
      headers: { host: new URL(room.trainerUrl).host },
    });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(reply.headers['content-disposition']).toMatch(/attachment; filename="resultats-2026-05-02\.csv"/);
    expect(reply.text.charCodeAt(0)).toBe(0xfeff);
    expect(reply.text).toContain('\r\n');

    const rows = parse(reply.text, { bom: true, delimiter: ';', columns: true, skip_empty_lines: true }) as Record<
      string,
      string
    >[];
    expect(Object.keys(rows[0]!)).toEqual(HEADERS);
    expect(rows).toHaveLength(2 * exercises.length);
    expect(new Set(rows.map((r) => `${r.Participant}|${r.Exercice}`)).size).toBe(rows.length);

    const row = (exercise: string) => rows.find((r) => r.Participant === 'Amina' && r.Exercice === exercise)!;
    expect(row(QUIZ)).toMatchObject({
      Type: 'Quiz',
      Résultat: '1 / 2',
      Note: '0,5',
      Réponse: '1 bonne réponse sur 2',
    });
    expect(row(QUIZ)['Mis à jour le']).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    expect(row(METRIC)).toMatchObject({
      Type: 'Question de calcul',
      Résultat: 'Mauvais dénominateur',
      Erreur: 'mauvais dénominateur',
      Note: '0',
      Essais: '3',
    });
    expect(row(METRIC).Leçon).toBe('Objectifs et indicateurs');
    // What someone typed never runs as a formula when the file is opened.
    expect(row(reflection).Réponse).toBe('\'=HYPERLINK("http://x")');
    expect(rows.find((r) => r.Participant === 'Karim' && r.Exercice === METRIC)).toMatchObject({
      Résultat: 'Autre erreur',
      Erreur: '',
      Essais: '1',
    });
    expect(rows.find((r) => r.Participant === 'Karim' && r.Exercice === QUIZ)).toMatchObject({
      Résultat: 'Non répondu',
      Réponse: '',
      Note: '',
    });

    // An attendee cannot download it from the room.
    const refused = await raw(url, {
      path: '/export/resultats.csv',
      headers: { host: new URL(url).host, cookie: amina.cookie },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toMatch(/propre cahier/);
  });
});
