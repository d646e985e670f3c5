import { useId, useState } from 'react';
import {
  ACTION_PLAN_ACTION_MAX,
  ACTION_PLAN_CHANNELS,
  ACTION_PLAN_OBJECTIVE_MAX,
  ACTION_PLAN_OTHER_CHANNEL_MAX,
  DEADLINE_YEAR_MAX,
  DEADLINE_YEAR_MIN,
  missingFields,
  type ActionPlanAnswer,
  type ActionPlanField,
  type ActionPlanProps,
} from '../../../shared/exercises/action-plan';
import { isMetricName, METRIC_NAMES, METRICS } from '../../../shared/exercises/grading/index';
import { useAnswer } from '../../answers/AnswersContext';
import { t } from '../../i18n/fr';
import { SaveStatus } from '../SaveStatus';
import { UnreadableNotice } from '../UnreadableNotice';
import { invalidProps, PlanField } from './PlanField';
import { fieldErrors, hasInvalid, initialPlan, withKpi, withValue, type PlanState } from './plan-state';

/**
 * The attendee's plan for their own business: an objective, the KPI that
 * measures it (with its formula), where it stands and where it should be,
 * the channels, a deadline and one action a week for three weeks. Saved as
 * typed; a value or date that cannot be read is said under its field and not saved.
 */
export function ActionPlan({ id }: ActionPlanProps) {
  const answer = useAnswer(id, 'action-plan');
  const baseId = useId();
  const [state, setState] = useState(() => initialPlan(answer.saved));
  const { plan } = state;
  const errors = fieldErrors(state);
  const unit = plan.kpi ? t.unitWords[METRICS[plan.kpi].unit] : null;
  const fid = (field: string) => `${baseId}-${field}`;

  const update = (next: PlanState) => {
    setState(next);
    if (!hasInvalid(next)) answer.schedule(next.plan);
  };
  const edit = (change: Partial<ActionPlanAnswer>) => update({ ...state, plan: { ...state.plan, ...change } });
  const leave = (field: ActionPlanField) => {
    setState((current) => ({ ...current, touched: new Set(current.touched).add(field) }));
    void answer.flush();
  };
  const missing = missingFields(plan);

  return (
    <section className="exercise action-plan" aria-labelledby={`${baseId}-title`} data-exercise-id={id}>
      <h3 id={`${baseId}-title`}>{t.actionPlanHeading}</h3>
      <UnreadableNotice unreadable={answer.unreadable} />
      <PlanField id={fid('objective')} label={t.planObjective} error={errors.objective}>
        <textarea
          id={fid('objective')}
          rows={3}
          maxLength={ACTION_PLAN_OBJECTIVE_MAX}
          value={plan.objective}
          {...invalidProps(fid('objective'), errors.objective)}
          onChange={(event) => edit({ objective: event.target.value })}
          onBlur={() => leave('objective')}
        />
      </PlanField>
      <PlanField id={fid('kpi')} label={t.planKpi} error={errors.kpi}>
        <select
          id={fid('kpi')}
          value={plan.kpi ?? ''}
          {...invalidProps(fid('kpi'), errors.kpi, plan.kpi ? fid('formula') : undefined)}
          onChange={(event) => update(withKpi(state, isMetricName(event.target.value) ? event.target.value : null))}
          onBlur={() => leave('kpi')}
        >
          <option value="">{t.planKpiChoose}</option>
          {METRIC_NAMES.map((name) => (
            <option key={name} value={name}>
              {METRICS[name].label}
            </option>
          ))}
        </select>
        {plan.kpi ? (
          <span id={fid('formula')} className="muted plan-formula" data-testid="kpi-formula">
            {t.planKpiFormula(METRICS[plan.kpi].formula)}
          </span>
        ) : null}
      </PlanField>
      {(['current', 'target'] as const).map((which) => (
        <PlanField
          key={which}
          id={fid(which)}
          label={(which === 'current' ? t.planCurrent : t.planTarget)(unit)}
          error={errors[which]}
        >
          <input
            id={fid(which)}
            inputMode="decimal"
            autoComplete="off"
            value={state[which].text}
            {...invalidProps(fid(which), errors[which])}
            onChange={(event) => update(withValue(state, which, event.target.value))}
            onBlur={() => leave(which)}
          />
        </PlanField>
      ))}
      <fieldset className="plan-channels" {...invalidProps(fid('channels'), errors.channels)}>
        <legend>{t.planChannels}</legend>
        {ACTION_PLAN_CHANNELS.map((channel) => (
          <span key={channel} className="quiz-choice">
            <input
              id={fid(`channel-${channel}`)}
              type="checkbox"
              checked={plan.channels.includes(channel)}
              onChange={(event) =>
                edit({
                  channels: event.target.checked
                    ? ACTION_PLAN_CHANNELS.filter((c) => c === channel || plan.channels.includes(c))
                    : plan.channels.filter((c) => c !== channel),
                })
              }
              onBlur={() => leave('channels')}
            />
            <label htmlFor={fid(`channel-${channel}`)}>{channel}</label>
          </span>
        ))}
        <PlanField id={fid('other')} label={t.planOtherChannel} error={undefined}>
          <input
            id={fid('other')}
            maxLength={ACTION_PLAN_OTHER_CHANNEL_MAX}
            value={plan.otherChannel}
            onChange={(event) => edit({ otherChannel: event.target.value })}
            onBlur={() => leave('channels')}
          />
        </PlanField>
        {errors.channels ? (
          <span id={`${fid('channels')}-error`} className="field-error" role="alert">
            {errors.channels}
          </span>
        ) : null}
      </fieldset>
      <PlanField id={fid('deadline')} label={t.planDeadline} error={errors.deadline}>
        <input
          id={fid('deadline')}
          type="date"
          min={`${DEADLINE_YEAR_MIN}-01-01`}
          max={`${DEADLINE_YEAR_MAX}-12-31`}
          value={plan.deadline}
          {...invalidProps(fid('deadline'), errors.deadline)}
          onChange={(event) => edit({ deadline: event.target.value })}
          onBlur={() => leave('deadline')}
        />
      </PlanField>
      {plan.actions.map((action, i) => {
        const field = `action${i as 0 | 1 | 2}` as const;
        return (
          <PlanField key={field} id={fid(field)} label={t.planAction(i + 1)} error={errors[field]}>
            <input
              id={fid(field)}
              maxLength={ACTION_PLAN_ACTION_MAX}
              value={action}
              {...invalidProps(fid(field), errors[field])}
              onChange={(event) => {
                const actions: ActionPlanAnswer['actions'] = [...plan.actions];
                actions[i] = event.target.value;
                edit({ actions });
              }}
              onBlur={() => leave(field)}
            />
          </PlanField>
        );
      })}
      <p role="status" data-testid="plan-status">
        {missing.length === 0 ? t.planComplete : t.planIncomplete(missing.length)}
      </p>
      <SaveStatus
        status={hasInvalid(state) ? 'invalid' : answer.status}
        error={answer.error}
        onRetry={() => void answer.retry()}
      />
    </section>
  );
}
