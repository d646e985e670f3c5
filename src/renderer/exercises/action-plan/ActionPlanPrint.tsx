import { Fragment } from 'react';
import { kpiText, missingFields } from '../../../shared/exercises/action-plan';
import { METRICS } from '../../../shared/exercises/grading/index';
import { formatDay } from '../../../shared/format/index';
import { t } from '../../i18n/fr';
import type { PrintProps } from '../kind-view';
import { UnreadableNotice } from '../UnreadableNotice';

const orEmpty = (text: string) => (text.trim() === '' ? t.notFilled : text.trim());

/** The plan in the PDF: every field, « Non renseigné » where it is empty. */
export function ActionPlanPrint({ answer, unreadable }: PrintProps<'action-plan'>) {
  if (!answer) {
    return (
      <div className="exercise exercise--print action-plan">
        <h3>{t.actionPlanHeading}</h3>
        <UnreadableNotice unreadable={unreadable} print />
        <p className="no-answer">{t.noAnswer}</p>
      </div>
    );
  }
  const channels = [...answer.channels, answer.otherChannel.trim()].filter(Boolean).join(', ');
  const missing = missingFields(answer);
  return (
    <div className="exercise exercise--print action-plan">
      <h3>{t.actionPlanHeading}</h3>
      <dl className="plan-print">
        <dt>{t.planObjective}</dt>
        <dd className="reflection-text">{orEmpty(answer.objective)}</dd>
        <dt>{t.planKpi}</dt>
        <dd>
          {answer.kpi ? `${METRICS[answer.kpi].label} — ${t.planKpiFormula(METRICS[answer.kpi].formula)}` : t.notFilled}
        </dd>
        <dt>{t.planCurrent(answer.kpi ? t.unitWords[METRICS[answer.kpi].unit] : null)}</dt>
        <dd>{answer.current === null ? t.notFilled : kpiText(answer, answer.current)}</dd>
        <dt>{t.planTarget(answer.kpi ? t.unitWords[METRICS[answer.kpi].unit] : null)}</dt>
        <dd>{answer.target === null ? t.notFilled : kpiText(answer, answer.target)}</dd>
        <dt>{t.planChannels}</dt>
        <dd>{orEmpty(channels)}</dd>
        <dt>{t.planDeadline}</dt>
        <dd>{answer.deadline ? formatDay(answer.deadline) : t.notFilled}</dd>
        {answer.actions.map((action, i) => (
          <Fragment key={i}>
            <dt>{t.planAction(i + 1)}</dt>
            <dd>{orEmpty(action)}</dd>
          </Fragment>
        ))}
      </dl>
      <p>{missing.length === 0 ? t.planComplete : t.planIncomplete(missing.length)}</p>
    </div>
  );
}
