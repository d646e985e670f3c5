import type { TrainingSession } from '../../shared/api';
import { DAY_MINUTES, sessionHoursFor } from '../../shared/content/programme';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';

/** A local calendar date, YYYY-MM-DD. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * What a trainer finds before setting anything: today, in Casablanca. No
 * lessons listed means all of them, so the day lasts as long as they add up to.
 */
export function defaultSession(now: Date): TrainingSession {
  return {
    title: 'Community Management Day',
    date: localDate(now),
    place: 'Casablanca',
    trainer: '',
    organiser: '',
    lessons: [],
    durationHours: sessionHoursFor(DAY_MINUTES),
  };
}

export function sessionHandlers(ctx: ServiceContext): Pick<Handlers, 'session.get' | 'session.update'> {
  return {
    'session.get': () => ctx.sessions.get() ?? defaultSession(ctx.now()),
    'session.update': (session) => {
      ctx.sessions.put(session, ctx.now().toISOString());
      return ctx.sessions.get()!;
    },
  };
}
