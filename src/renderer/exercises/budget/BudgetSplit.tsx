import { useId } from 'react';
import type { SplitView } from '../../../shared/exercises/budget-view';
import { formatMad, formatPercent } from '../../../shared/format/index';
import { t } from '../../i18n/fr';
import { BudgetChart } from './BudgetChart';

/**
 * The total of the two first channels' budgets, divided by a slider: what
 * each would bring with the same money given differently.
 */
export function BudgetSplit({ split, onChange }: { split: SplitView; onChange: (share: number) => void }) {
  const id = useId();
  const [first, second] = split.channels;
  const valueText = t.splitValue(
    first.name,
    formatPercent(split.share, { digits: 0 }),
    formatMad(first.budget),
    second.name,
    formatPercent(1 - split.share, { digits: 0 }),
    formatMad(second.budget),
  );
  return (
    <section className="budget-split" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t.splitHeading}</h4>
      <label htmlFor={id}>{t.splitLabel(first.name, second.name, formatMad(split.total))}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={100}
        step={1}
        value={Math.round(split.share * 100)}
        aria-valuetext={valueText}
        aria-describedby={`${id}-value`}
        onChange={(event) => onChange(Number(event.target.value) / 100)}
      />
      <p id={`${id}-value`} data-testid="split-value">
        {valueText}
      </p>
      <p data-testid="split-net">{t.splitNet(formatMad(split.net))}</p>
      <p className="muted">{t.splitAssumption}</p>
      <BudgetChart views={split.channels} />
    </section>
  );
}
