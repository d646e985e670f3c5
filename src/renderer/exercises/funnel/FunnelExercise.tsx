import { useId, useMemo, useState } from 'react';
import { funnelLabels, type FunnelProps } from '../../../shared/exercises/funnel';
import { funnelView } from '../../../shared/exercises/funnel-view';
import { formatCount, formatPercent } from '../../../shared/format/index';
import { useAnswer } from '../../answers/AnswersContext';
import { t } from '../../i18n/fr';
import { SaveStatus } from '../SaveStatus';
import { UnreadableNotice } from '../UnreadableNotice';
import { readCount, type CountField } from './count-field';
import { FunnelChart } from './FunnelChart';
import { FunnelHint, FunnelOverallRow, FunnelTableHead } from './FunnelTableParts';

/** One count per step (the lesson's, or the four default ones); every rate beside them comes from the metrics module. */
export function FunnelExercise(props: FunnelProps) {
  const { id } = props;
  const labels = funnelLabels(props);
  const answer = useAnswer(id, 'funnel');
  const baseId = useId();
  const [fields, setFields] = useState<CountField[]>(() =>
    labels.map((_, i) => {
      const count = answer.saved?.counts[i] ?? null;
      return { text: count === null ? '' : formatCount(count), count };
    }),
  );
  const view = useMemo(
    () =>
      funnelView(
        labels,
        fields.map((f) => f.count),
      ),
    [labels, fields],
  );

  const onChange = (index: number, text: string) => {
    const next = fields.map((field, i) => (i === index ? readCount(text) : field));
    setFields(next);
    // An invalid field keeps its last saved value: nothing wrong is written, not even
    // a value typed on the way to it (« 24.00 » before « 24.000 »).
    if (next.some((field) => field.error)) answer.cancel();
    else answer.schedule({ kind: 'funnel', counts: next.map((f) => f.count) });
  };

  return (
    <section className="exercise funnel" aria-labelledby={`${baseId}-title`} data-exercise-id={id}>
      <h3 id={`${baseId}-title`}>{t.funnelCaption}</h3>
      <UnreadableNotice unreadable={answer.unreadable} />
      <table className="funnel-table">
        <FunnelTableHead />
        <tbody>
          {view.steps.map((step, i) => {
            const inputId = `${baseId}-count-${i}`;
            const field = fields[i]!;
            return (
              <tr key={i}>
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
                <td data-label={t.stepRateColumn} data-testid={`step-rate-${i}`}>
                  {formatPercent(step.stepRate)}
                </td>
                <td data-label={t.fromStartColumn} data-testid={`from-start-${i}`}>
                  {formatPercent(step.fromStart, { digits: 2 })}
                </td>
              </tr>
            );
          })}
        </tbody>
        <FunnelOverallRow>
          <output data-testid="overall-conversion">{formatPercent(view.overall, { digits: 2 })}</output>
        </FunnelOverallRow>
      </table>
      <FunnelHint drop={view.biggestDrop} />
      <FunnelChart view={view} />
      <SaveStatus
        status={fields.some((field) => field.error) ? 'invalid' : answer.status}
        error={answer.error}
        onRetry={() => void answer.retry()}
      />
    </section>
  );
}
