import { INPUT_LABELS } from '../../../shared/exercises/grading/index';
import { formatInput, inputRows, type ShownInputs } from '../../../shared/exercises/metric-question-view';
import { t } from '../../i18n/fr';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The question's numbers, each with its name: rates and margins as %, money in MAD. */
export function InputsTable({ inputs }: { inputs: ShownInputs }) {
  return (
    <table className="metric-inputs">
      <caption>
        {t.metricData} <span className="illustrative-tag">({t.illustrative})</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t.metricDataColumn}</th>
          <th scope="col">{t.metricValueColumn}</th>
        </tr>
      </thead>
      <tbody>
        {inputRows(inputs).map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{capitalise(INPUT_LABELS[name].label)}</th>
            <td data-testid={`input-${name}`}>{formatInput(name, value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
