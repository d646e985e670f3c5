import { breakEven, budgetViews, isPaid, splitView } from '../../../shared/exercises/budget-view';
import { formatDecimal, formatMad } from '../../../shared/format/index';
import { t } from '../../i18n/fr';
import type { PrintProps } from '../kind-view';
import { UnreadableNotice } from '../UnreadableNotice';
import { fieldText } from './budget-fields';
import { BudgetResults } from './BudgetResults';

/** The sandbox in the PDF: the hypotheses as the attendee left them, the results, the split if moved, the conclusion. */
export function BudgetPrint({ props, answer, unreadable }: PrintProps<'budget'>) {
  const inputs = answer ?? { ...props, split: null, conclusion: '' };
  const even = breakEven(inputs);
  const split = answer?.split == null ? null : splitView(inputs, answer.split);
  const conclusion = answer?.conclusion.trim() ?? '';
  return (
    <div className="exercise exercise--print budget">
      <h3>{t.budgetHeading}</h3>
      <p className="illustrative-tag">{t.illustrative}</p>
      <UnreadableNotice unreadable={unreadable} print />
      <h4>{t.budgetHypotheses}</h4>
      <ul className="budget-hypotheses">
        {inputs.channels.map((channel, i) => (
          <li key={i}>
            <strong>{channel.name}</strong> :{' '}
            {isPaid(channel)
              ? `${t.budgetFields.spend} ${fieldText('amount', channel.spend)} ; ${t.budgetFields.cpm} ${fieldText('amount', channel.cpm)}`
              : `${t.budgetFields.monthlyCost} ${fieldText('amount', channel.monthlyCost)} ; ${t.budgetFields.impressions} ${fieldText('amount', channel.impressions)}`}
            {` ; ${t.budgetFields.ctr} ${fieldText('rate', channel.ctr)} ; ${t.budgetFields.conversionRate} ${fieldText('rate', channel.conversionRate)}`}
          </li>
        ))}
        <li>
          {`${t.budgetFields.averageOrderValue} ${fieldText('amount', inputs.averageOrderValue)} ; ${t.budgetFields.grossMargin} ${fieldText('rate', inputs.grossMargin)}`}
        </li>
      </ul>
      <BudgetResults views={budgetViews(inputs)} caption={t.budgetResults} />
      <p>{t.breakEven(formatMad(even.cpa), formatDecimal(even.roas))}</p>
      {split ? (
        <>
          <h4>{t.splitHeading}</h4>
          <BudgetResults views={split.channels} caption={t.splitNet(formatMad(split.net))} />
        </>
      ) : null}
      <p className="reflection-prompt">{t.budgetConclusion}</p>
      {conclusion ? <p className="reflection-text">{conclusion}</p> : <p className="no-answer">{t.notFilled}</p>}
    </div>
  );
}
