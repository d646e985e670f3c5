import type { Dashboard, Pace } from '../../shared/api/dashboard-schemas';
import { LESSON_MANIFEST, type ManifestExercise } from '../../shared/content/manifest';
import { isExerciseDone, type ExerciseKind } from '../../shared/exercises/kinds';
import { createRoomAnswersRepo, type AnswerStamp } from '../db';
import type { ServiceContext } from './context';
import { bucketsOf, gradeAnswer, type AnswerGrade } from './dashboard-grades';

/** An answer as graded at one revision: the dashboard re-reads only what changed since. */
interface Graded {
  revision: number;
  updatedAt: string;
  kind: ExerciseKind;
  value: unknown;
  grade: AnswerGrade;
  done: boolean;
}

const KIND_OF = new Map<string, ExerciseKind>(
  LESSON_MANIFEST.lessons.flatMap((lesson) => lesson.exercises.map((e) => [e.id, e.kind])),
);
const key = (profileId: string, exerciseId: string) => `${profileId}\u0000${exerciseId}`;

/**
 * Every attendee's graded answers, kept between calls: a save changes one
 * revision, so a refresh parses and grades only the answers that changed
 * (the room saves hundreds a second; the dashboard must not re-read them all).
 */
export function createGradedAnswers(ctx: ServiceContext) {
  const repo = createRoomAnswersRepo(ctx.db);
  let cache = new Map<string, Graded>();
  const gradeOf = (stamp: AnswerStamp): Graded | undefined => {
    const kind = KIND_OF.get(stamp.exerciseId);
    if (!kind) return undefined;
    const known = cache.get(key(stamp.profileId, stamp.exerciseId));
    if (known && known.revision === stamp.revision && known.updatedAt === stamp.updatedAt) return known;
    const stored = repo.value(stamp.profileId, stamp.exerciseId);
    // Stryker disable next-line ConditionalExpression: read in the transaction that listed the stamp, the row is always there
    if (!stored) return undefined;
    return {
      revision: stored.revision,
      updatedAt: stamp.updatedAt,
      kind,
      value: stored.value,
      grade: gradeAnswer(kind, stored.value),
      done: isExerciseDone(kind, stored.value),
    };
  };
  /** Profile id → exercise id → graded answer, as committed now (one read transaction). */
  return (): Map<string, Map<string, Graded>> => {
    const next = new Map<string, Graded>();
    const byProfile = new Map<string, Map<string, Graded>>();
    ctx.db.transaction(() => {
      for (const stamp of repo.stamps()) {
        const graded = gradeOf(stamp);
        if (!graded) continue;
        next.set(key(stamp.profileId, stamp.exerciseId), graded);
        let answers = byProfile.get(stamp.profileId);
        if (!answers) byProfile.set(stamp.profileId, (answers = new Map()));
        answers.set(stamp.exerciseId, graded);
      }
    })();
    cache = next;
    return byProfile;
  };
}

export type GradedAnswers = ReturnType<typeof createGradedAnswers>;

/** The lessons of the day with their exercises, in the session's order. */
export function dayLessons(lessonIds: readonly string[]) {
  const ids = lessonIds.length > 0 ? lessonIds : LESSON_MANIFEST.lessons.map((lesson) => lesson.id);
  return ids
    .map((id) => LESSON_MANIFEST.lessons.find((lesson) => lesson.id === id))
    .filter((lesson): lesson is (typeof LESSON_MANIFEST.lessons)[number] => lesson !== undefined);
}

/** The trainer's dashboard as of now. Attendees are numbered by when they joined; names only when shown. */
export function buildDashboard(
  ctx: ServiceContext,
  read: GradedAnswers,
  { namesShown, pace, lessonIds }: { namesShown: boolean; pace: Pace; lessonIds: readonly string[] },
): Dashboard {
  const lessons = dayLessons(lessonIds);
  const profiles = ctx.profiles.list();
  const answers = read();
  const attendees = profiles.map((profile, index) => {
    const own = answers.get(profile.id) ?? new Map<string, Graded>();
    // ISO times in one format: their text order is their time order.
    const times = [...own.values()].map((answer) => answer.updatedAt).sort();
    return {
      number: index + 1,
      profileId: profile.id,
      name: namesShown ? profile.name : null,
      lastActivity: times.at(-1) ?? null,
      lessons: lessons.map((lesson) => ({
        lessonId: lesson.id,
        done: lesson.exercises.filter((e) => own.get(e.id)?.done).length,
        total: lesson.exercises.length,
      })),
    };
  });
  const statsOf = (lessonId: string, exercise: ManifestExercise) => {
    const grades = profiles.flatMap((profile) => {
      const answer = answers.get(profile.id)?.get(exercise.id);
      return answer ? [answer.grade] : [];
    });
    return {
      exerciseId: exercise.id,
      lessonId,
      kind: exercise.kind,
      answered: grades.length,
      unanswered: profiles.length - grades.length,
      buckets: bucketsOf(exercise.kind, grades),
      revealed: pace.revealed.includes(exercise.id),
    };
  };
  return {
    namesShown,
    lessons: lessons.map((lesson) => ({ lessonId: lesson.id, title: lesson.title })),
    attendees,
    exercises: lessons.flatMap((lesson) => lesson.exercises.map((exercise) => statsOf(lesson.id, exercise))),
    pace,
  };
}
