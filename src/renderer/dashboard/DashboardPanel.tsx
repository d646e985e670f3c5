import { useState } from 'react';
import type { Result } from '../../shared/api/index';
import { call } from '../api';
import { AttendeesTable } from './AttendeesTable';
import { dashboardStrings as s } from './dashboard-strings';
import { ExerciseGrades } from './ExerciseGrades';
import { LockstepControl } from './LockstepControl';
import { ResultsCsvLink } from './ResultsCsvLink';
import { useDashboard } from './useDashboard';

/**
 * The trainer's view of the room: the lockstep, each attendee's progress, how
 * the answers to each exercise of one lesson split, and the results CSV.
 */
export function DashboardPanel() {
  const { data, line, replace } = useDashboard();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [shownLesson, setShownLesson] = useState<string>();

  const act = async (run: () => Promise<Result<unknown>>) => {
    setBusy(true);
    setError(undefined);
    const result = await run();
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    // The stream brings the change too; asking at once spares the wait.
    const fresh = await call('dashboard.get', {});
    if (fresh.ok) replace(fresh.value);
  };

  const lessonId = shownLesson ?? data?.pace.currentLesson ?? data?.lessons[0]?.lessonId;
  return (
    <section aria-labelledby="dashboard-heading" className="dashboard" data-dashboard-line={line}>
      <h2 id="dashboard-heading">{s.heading}</h2>
      <p className="muted">{s.intro}</p>
      <p role="status" className="muted">
        {line === 'live' ? s.live : line === 'lost' ? s.lost : s.connecting}
      </p>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {data ? (
        <>
          <LockstepControl
            data={data}
            busy={busy}
            onSet={(id) => void act(() => call('classroom.setLesson', { lessonId: id }))}
            onAdvance={() => void act(() => call('classroom.advance', {}))}
          />
          <h3>{s.attendeesHeading}</h3>
          <p>
            <button
              type="button"
              onClick={() => void act(() => call('dashboard.showNames', { shown: !data.namesShown }))}
            >
              {data.namesShown ? s.hideNames : s.showNames}
            </button>
          </p>
          <AttendeesTable data={data} />
          <ResultsCsvLink />
          <h3>{s.exercisesHeading}</h3>
          <p>
            <label htmlFor="dashboard-lesson">{s.exercisesOfLesson}</label>{' '}
            <select
              id="dashboard-lesson"
              value={lessonId ?? ''}
              onChange={(event) => setShownLesson(event.target.value)}
            >
              {data.lessons.map((lesson) => (
                <option key={lesson.lessonId} value={lesson.lessonId}>
                  {lesson.title}
                </option>
              ))}
            </select>
          </p>
          {data.exercises
            .filter((stats) => stats.lessonId === lessonId)
            .map((stats) => (
              <ExerciseGrades
                key={stats.exerciseId}
                stats={stats}
                busy={busy}
                onReveal={(revealed) =>
                  void act(() => call('classroom.reveal', { exerciseId: stats.exerciseId, revealed }))
                }
              />
            ))}
        </>
      ) : null}
    </section>
  );
}
