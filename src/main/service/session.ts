import type { TrainingSession } from '../../shared/api';
import { LESSON_IDS } from '../../shared/content/manifest';
import { DAY_MINUTES, sessionHoursFor } from '../../shared/content/programme';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';

/** A local calendar date, YYYY-MM-DD. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * What the session reads as before the trainer sets anything: today, in
 * Casablanca, every lesson, so the day lasts as long as they add up to. The
 * screens tell it apart (`session.status`) and show « à préparer » instead.
 */
export function defaultSession(now: Date): TrainingSession {
  return {
    title: 'Community Management Day',
    date: localDate(now),
    place: 'Casablanca',
    trainer: '',
    organiser: '',
    lessons: [...LESSON_IDS],
    durationHours: sessionHoursFor(DAY_MINUTES),
  };
}

export function sessionHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'session.get' | 'session.update' | 'session.status'> {
  return {
    'session.get': () => ctx.sessions.get() ?? defaultSession(ctx.now()),
    'session.update': (session) => {
      ctx.sessions.put(session, ctx.now().toISOString());
      return ctx.sessions.get()!;
    },
    'session.status': () => ({ saved: ctx.sessions.get() !== undefined }),
  };
}
