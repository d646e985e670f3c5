import { useId, useMemo, useState } from 'react';
import { BUDGET_CONCLUSION_MAX_LENGTH, type BudgetProps } from '../../../shared/exercises/budget';
import { breakEven, budgetViews, splitView } from '../../../shared/exercises/budget-view';
import { formatDecimal, formatMad } from '../../../shared/format/index';
import { useAnswer } from '../../answers/AnswersContext';
import { t } from '../../i18n/fr';
import { SaveStatus } from '../SaveStatus';
import { UnreadableNotice } from '../UnreadableNotice';
import { readField } from './budget-fields';
import {
  FIELD_KINDS,
  hasError,
  initialState,
  toAnswer,
  toInputs,
  type BudgetState,
  type ChannelKey,
  type SharedKey,
} from './budget-state';
import { BudgetResults } from './BudgetResults';
import { FieldGroup } from './BudgetFields';
import { BudgetSplit } from './BudgetSplit';

/**
 * Ads against community management with the attendee's own hypotheses: each
 * channel's funnel and ratios (ROI after margin first), the break-even
 * points, a slider to divide the same total between the two first channels,
 * and a written conclusion. Saved as typed; a refused number is not saved.
 */
export function BudgetSandbox(props: BudgetProps) {
  const answer = useAnswer(props.id, 'budget');
  const baseId = useId();
  const [state, setState] = useState(() => initialState(props, answer.saved));
  const inputs = useMemo(() => toInputs(state, props), [state, props]);
  const views = budgetViews(inputs);
  const even = breakEven(inputs);

  const update = (next: BudgetState) => {
    setState(next);
    // A refused number keeps the last saved answer: nothing implausible is written.
    if (!hasError(next)) answer.schedule(toAnswer(next, props));
  };
  const editChannel = (index: number, key: ChannelKey, text: string) => {
    const fields = state.channels[index]!;
    const field = readField(FIELD_KINDS[key], text, fields[key]!, t.budgetFields[key]);
    update({ ...state, channels: state.channels.map((f, i) => (i === index ? { ...f, [key]: field } : f)) });
  };
  const editShared = (key: SharedKey, text: string) => {
    const field = readField(FIELD_KINDS[key], text, state.shared[key], t.budgetFields[key]);
    update({ ...state, shared: { ...state.shared, [key]: field } });
  };
  const flush = () => void answer.flush();
  const conclusionId = `${baseId}-conclusion`;

  return (
    <section className="exercise budget" aria-labelledby={`${baseId}-title`} data-exercise-id={props.id}>
      <h3 id={`${baseId}-title`}>{t.budgetHeading}</h3>
      <p className="illustrative-tag">{t.illustrative}</p>
      <UnreadableNotice unreadable={answer.unreadable} />
      <h4>{t.budgetHypotheses}</h4>
      <div className="budget-groups">
        {props.channels.map((channel, i) => (
          <FieldGroup
            key={i}
            legend={channel.name}
            fields={
              Object.entries(state.channels[i]!) as [ChannelKey, NonNullable<BudgetState['channels'][0][ChannelKey]>][]
            }
            onChange={(key, text) => editChannel(i, key as ChannelKey, text)}
            onBlur={flush}
          />
        ))}
        <FieldGroup
          legend={t.budgetShared}
          fields={Object.entries(state.shared) as [SharedKey, BudgetState['shared'][SharedKey]][]}
          onChange={(key, text) => editShared(key as SharedKey, text)}
          onBlur={flush}
        />
      </div>
      <BudgetResults views={views} caption={t.budgetResults} />
      <p data-testid="break-even">{t.breakEven(formatMad(even.cpa), formatDecimal(even.roas))}</p>
      <BudgetSplit split={splitView(inputs, state.split)} onChange={(split) => update({ ...state, split })} />
      <label htmlFor={conclusionId} className="reflection-prompt">
        {t.budgetConclusion}
      </label>
      <textarea
        id={conclusionId}
        rows={5}
        maxLength={BUDGET_CONCLUSION_MAX_LENGTH}
        value={state.conclusion}
        aria-describedby={`${conclusionId}-count`}
        onChange={(event) => update({ ...state, conclusion: event.target.value })}
        onBlur={flush}
      />
      <p id={`${conclusionId}-count`} className="muted">
        {t.characterCount(state.conclusion.length, BUDGET_CONCLUSION_MAX_LENGTH)}
      </p>
      <SaveStatus
        status={hasError(state) ? 'invalid' : answer.status}
        error={answer.error}
        onRetry={() => void answer.retry()}
      />
    </section>
  );
}
