import { describe, expect, it } from 'vitest';
import { FUNNEL } from '../../../tests/support/exercises';
import { cmwbContent, type CmwbContent } from './schema';

const attendee = (id: string) => ({
  id,
  name: 'Amina',
  createdAt: '2026-05-02T08:00:00.000Z',
  answers: [] as CmwbContent['profiles'][number]['answers'],
});
const answer = {
  exerciseId: FUNNEL,
  value: { kind: 'funnel', counts: [10, 1] },
  revision: 1,
  updatedAt: '2026-05-02T08:01:00.000Z',
};
const file = (profiles: unknown[]) => ({
  format: 'cmwb',
  schemaVersion: 1,
  exportedAt: '2026-05-02T09:00:00.000Z',
  session: {
    title: 'CM Day',
    date: '2026-05-02',
    place: 'Casablanca',
    trainer: '',
    organiser: '',
    lessons: [],
    durationHours: 7,
  },
  profiles,
});
const messages = (content: unknown) => cmwbContent.safeParse(content).error?.issues.map((issue) => issue.message) ?? [];

describe('.cmwb content schema', () => {
  it('accepts attendees with one answer per exercise', () => {
    const a = { ...attendee('6c8f3da8-9506-4e63-bc36-3a36488a9a92'), answers: [answer] };
    expect(cmwbContent.safeParse(file([a, attendee('0b6f6a3e-8d1e-4a63-9c59-0e2c1f6a7b10')])).success).toBe(true);
  });

  it('refuses the same attendee twice', () => {
    const a = attendee('6c8f3da8-9506-4e63-bc36-3a36488a9a92');
    expect(messages(file([a, a]))).toEqual(['Un participant apparaît deux fois dans le fichier.']);
  });

  it('refuses the same exercise twice for one attendee', () => {
    const a = { ...attendee('6c8f3da8-9506-4e63-bc36-3a36488a9a92'), answers: [answer, { ...answer, revision: 2 }] };
    expect(messages(file([a]))).toContain('Un exercice apparaît deux fois pour le même participant.');
  });
});
