import { useId, useMemo, useState } from 'react';
import type { FunnelAnswer } from '../../shared/api/index';
import { FUNNEL_STEP_LABELS, funnelView } from '../../shared/exercises/funnel-view';
import { formatCount, formatPercent, parseNumberInput } from '../../shared/format/index';
import { useAnswer } from '../answers/AnswersContext';
import { t } from '../i18n/fr';
import { FunnelChart } from './FunnelChart';
import { FunnelOverallRow, FunnelTableHead } from './FunnelTableParts';
import { SaveStatus } from './SaveStatus';

type Field = { text: string; count: number | null; error?: string };

function readCount(text: string): Field {
  if (text.trim() === '') return { text, count: null };
  const parsed = parseNumberInput(text);
  if (!parsed.ok) return { text, count: null, error: parsed.error };
  if (parsed.isPercent) return { text, count: null, error: t.notAPercent };
  if (!Number.isInteger(parsed.value)) return { text, count: null, error: t.notAnInteger };
  return { text, count: parsed.value };
}

/** Four counts typed by the attendee; every rate beside them comes from the metrics module. */
export function FunnelExercise({ id }: { id: string }) {
  const answer = useAnswer<FunnelAnswer>(id);
  const baseId = useId();
  const [fields, setFields] = useState<Field[]>(() =>
    FUNNEL_STEP_LABELS.map((_, i) => {
      const count = answer.saved?.counts[i] ?? null;
      return { text: count === null ? '' : formatCount(count), count };
    }),
  );
  const view = useMemo(
    () =>
      funnelView(
        FUNNEL_STEP_LABELS,
        fields.map((f) => f.count),
      ),
    [fields],
  );

  const onChange = (index: number, text: string) => {
    const next = fields.map((field, i) => (i === index ? readCount(text) : field));
    setFields(next);
    // An invalid field keeps its last saved value: nothing wrong is written.
    if (next.every((field) => !field.error)) answer.schedule({ kind: 'funnel', counts: next.map((f) => f.count) });
  };

  return (
    <section className="exercise" aria-labelledby={`${baseId}-title`} data-exercise-id={id}>
      <h3 id={`${baseId}-title`}>{t.funnelCaption}</h3>
      <table className="funnel-table">
        <FunnelTableHead />
        <tbody>
          {view.steps.map((step, i) => {
            const inputId = `${baseId}-count-${i}`;
            const field = fields[i]!;
            return (
              <tr key={step.label}>
                <th scope="row">
                  <label htmlFor={inputId}>{step.label}</label>
                </th>
                <td>
                  <input
                    id={inputId}
                    inputMode="numeric"
                    autoComplete="off"
                    value={field.text}
                    aria-invalid={field.error ? true : undefined}
                    aria-describedby={field.error ? `${inputId}-error` : undefined}
                    onChange={(event) => onChange(i, event.target.value)}
                    onBlur={() => void answer.flush()}
                  />
                  {field.error ? (
                    <span id={`${inputId}-error`} className="field-error" role="alert">
                      {field.error}
                    </span>
                  ) : null}
                </td>
                <td data-testid={`step-rate-${i}`}>{formatPercent(step.stepRate)}</td>
                <td data-testid={`from-start-${i}`}>{formatPercent(step.fromStart, { digits: 2 })}</td>
              </tr>
            );
          })}
        </tbody>
        <FunnelOverallRow>
          <output data-testid="overall-conversion">{formatPercent(view.overall, { digits: 2 })}</output>
        </FunnelOverallRow>
      </table>
      <FunnelChart view={view} />
      <SaveStatus
        status={fields.some((field) => field.error) ? 'invalid' : answer.status}
        error={answer.error}
        onRetry={() => void answer.retry()}
      />
    </section>
  );
}
