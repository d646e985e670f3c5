import type { ServiceContext } from './context';
import { buildDashboard, createGradedAnswers } from './dashboard-view';
import type { PaceService } from './dashboard-pace';
import type { Handlers } from './handlers';
import { resultRows } from './results';
import { defaultSession } from './session';

type DashboardMethods =
  | 'dashboard.get'
  | 'dashboard.showNames'
  | 'classroom.pace'
  | 'classroom.setLesson'
  | 'classroom.advance'
  | 'classroom.reveal'
  | 'results.rows';

/**
 * The trainer's dashboard, the lockstep and the revealed corrections. Names
 * start hidden at every start of the host: the dashboard is often projected,
 * and showing them is a choice made in the room, not a setting left on.
 */
export function dashboardHandlers(ctx: ServiceContext, pace: PaceService): Pick<Handlers, DashboardMethods> {
  const graded = createGradedAnswers(ctx);
  let namesShown = false;
  const lessonIds = () => (ctx.sessions.get() ?? defaultSession(ctx.now())).lessons;
  return {
    'dashboard.get': () => buildDashboard(ctx, graded, { namesShown, pace: pace.read(), lessonIds: lessonIds() }),
    'dashboard.showNames': ({ shown }) => {
      namesShown = shown;
      return { shown };
    },
    'classroom.pace': () => pace.read(),
    'classroom.setLesson': ({ lessonId }) => pace.setLesson(lessonId),
    'classroom.advance': () => pace.advance(),
    'classroom.reveal': ({ exerciseId, revealed }) => pace.reveal(exerciseId, revealed),
    'results.rows': () => resultRows(ctx, graded),
  };
}
