import { t } from '../../i18n/fr';

export type StepState = 'done' | 'current' | 'todo';

/** « Étape 2 sur 3 »: the three steps of the first run, each done, current or still to come. */
export function FirstRunSteps({ states }: { states: readonly StepState[] }) {
  const current = states.indexOf('current');
  return (
    <div className="first-run-progress">
      {current >= 0 ? (
        <p className="first-run-count" data-testid="first-run-step">
          {t.firstRunStep(current + 1, states.length)}
        </p>
      ) : null}
      <ol className="first-run-steps" aria-label={t.firstRunStepsLabel}>
        {states.map((state, index) => (
          <li
            key={index}
            className="first-run-step"
            data-state={state}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="step-badge" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            <span>{t.firstRunSteps[index]}</span>
            {state === 'done' ? <span className="visually-hidden"> ({t.stepDone})</span> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
