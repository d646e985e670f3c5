import { useRef, useState } from 'react';
import type { TrainingSession } from '../../../shared/api/index';
import { t } from '../../i18n/fr';
import { SessionForm } from '../SessionForm';
import { FirstRunSteps, type StepState } from './FirstRunSteps';

/** Where the room panel (src/renderer/classroom/RoomPanel.tsx) puts its heading. */
const ROOM_HEADING = 'room-heading';

/**
 * « Préparer la session ». The first time (nothing saved yet), the trainer is
 * led through three steps: the session, the lessons and their timing, then
 * opening the room to attendees. Afterwards the same form, filled, with no
 * steps. The guide stays until « Terminer », even once the page reloads.
 */
export function SessionSetup({
  session,
  saved,
  onSaved,
}: {
  session: TrainingSession;
  saved: boolean;
  onSaved: () => void;
}) {
  const [guided, setGuided] = useState(!saved);
  const [filled, setFilled] = useState(false);
  const [done, setDone] = useState(saved);
  const openStep = useRef<HTMLHeadingElement>(null);
  const states: StepState[] = done
    ? ['done', 'done', 'current']
    : filled
      ? ['done', 'current', 'todo']
      : ['current', 'todo', 'todo'];

  const goToRoom = () => {
    const heading = document.getElementById(ROOM_HEADING);
    const panel = heading?.closest('section') ?? heading;
    if (!panel) return;
    panel.setAttribute('tabindex', '-1');
    panel.scrollIntoView({ block: 'start' });
    panel.focus();
  };

  return (
    <section
      aria-labelledby="session-form-heading"
      className={guided ? 'card first-run' : 'card'}
      data-first-run={guided ? (done ? 'open' : 'session') : undefined}
    >
      <h2 id="session-form-heading">{guided ? t.firstRunHeading : t.sessionFormHeading}</h2>
      {guided ? (
        <>
          <p className="muted">{t.firstRunIntro}</p>
          <FirstRunSteps states={states} />
        </>
      ) : null}
      <SessionForm
        initial={session}
        saved={saved}
        onDraft={setFilled}
        onSaved={() => {
          setDone(true);
          onSaved();
          // The next step is below the form: bring it into view, for keyboards and screen readers too.
          requestAnimationFrame(() => openStep.current?.focus());
        }}
      />
      {guided && done ? (
        <div className="first-run-open" data-testid="first-run-open">
          <h3 ref={openStep} tabIndex={-1}>
            <span className="step-badge">3</span>
            {t.firstRunSteps[2]}
          </h3>
          <p>{t.firstRunOpenIntro}</p>
          <p className="actions">
            <button type="button" onClick={goToRoom}>
              {t.firstRunGoToRoom}
            </button>
            <button type="button" className="secondary" onClick={() => setGuided(false)}>
              {t.firstRunDone}
            </button>
          </p>
        </div>
      ) : null}
    </section>
  );
}
