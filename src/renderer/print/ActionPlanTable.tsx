import { kpiText, type ActionPlanAnswer } from '../../shared/exercises/action-plan';
import { METRICS } from '../../shared/exercises/grading/index';
import { formatDay } from '../../shared/format/index';
import { t } from '../i18n/fr';
import { ACTION_PLAN_ANCHOR } from './PrintedLesson';
import { printStrings as p } from './print-strings';

const orEmpty = (text: string) => (text.trim() === '' ? null : text.trim());

function rows(plan: ActionPlanAnswer | undefined): [string, string | null][] {
  const kpi = plan?.kpi ? METRICS[plan.kpi] : null;
  const unit = kpi ? t.unitWords[kpi.unit] : null;
  const channels = plan ? [...plan.channels, plan.otherChannel.trim()].filter(Boolean).join(', ') : '';
  return [
    [t.planObjective, plan ? orEmpty(plan.objective) : null],
    [t.planKpi, kpi ? `${kpi.label} — ${t.planKpiFormula(kpi.formula)}` : null],
    [t.planCurrent(unit), plan && plan.current !== null ? kpiText(plan, plan.current) : null],
    [t.planTarget(unit), plan && plan.target !== null ? kpiText(plan, plan.target) : null],
    [t.planChannels, orEmpty(channels)],
    [t.planDeadline, plan?.deadline ? formatDay(plan.deadline) : null],
    ...[0, 1, 2].map((i): [string, string | null] => [t.planAction(i + 1), plan ? orEmpty(plan.actions[i]!) : null]),
  ];
}

/** The attendee's action plan as a table, each field on its row, « Non renseigné » where empty. */
export function ActionPlanTable({ plan }: { plan: ActionPlanAnswer | undefined }) {
  return (
    <>
      <header data-break-before="page" data-keep-with-next data-toc-anchor={ACTION_PLAN_ANCHOR}>
        <h1>{p.actionPlan}</h1>
        <p className="muted">{p.actionPlanIntro}</p>
      </header>
      <table className="print-plan">
        <thead>
          <tr>
            <th scope="col">{p.actionPlanField}</th>
            <th scope="col">{p.actionPlanValue}</th>
          </tr>
        </thead>
        <tbody>
          {rows(plan).map(([field, value]) => (
            <tr key={field}>
              <th scope="row">{field}</th>
              <td className={value === null ? 'no-answer' : 'reflection-text'} dir="auto">
                {value ?? p.unknown}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
