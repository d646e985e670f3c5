import { expectedValue, formatResult, METRICS } from '../../../shared/exercises/grading/index';
import { lastGraded, MISTAKE_NAMES, questionOf, type MetricAttempt } from '../../../shared/exercises/metric-question';
import { answerAbout, fillPrompt } from '../../../shared/exercises/metric-question-view';
import { useProfileId } from '../../answers/AnswersContext';
import { t } from '../../i18n/fr';
import type { PrintProps } from '../kind-view';
import { UnreadableNotice } from '../UnreadableNotice';
import { InputsTable } from './InputsTable';
import { drawFor } from './metric-question-state';

function verdictLine(attempt: MetricAttempt): string {
  switch (attempt.verdict) {
    case 'correct':
      return t.verdictCorrect;
    case 'mistake':
      return t.verdictMistake(MISTAKE_NAMES[attempt.mistake!]);
    case 'incorrect':
      return t.verdictIncorrect;
    case 'invalid':
      return t.verdictInvalid;
  }
}

/** The question in the PDF: its numbers as answered (or as drawn), the last answer, its verdict and the expected value. */
export function MetricQuestionPrint({ props, answer, unreadable }: PrintProps<'metric-question'>) {
  const drawn = drawFor(props, useProfileId(), answer);
  const inputs = drawn.ok ? drawn.inputs : (answer?.inputs ?? {});
  const question = { metric: props.metric, inputs };
  const about = answerAbout(answer, question);
  const shown = lastGraded(about) ?? about?.attempts.at(-1);
  const definition = METRICS[props.metric];
  const expected = expectedValue(questionOf(question));
  return (
    <div className="exercise exercise--print metric-question">
      <h3>{t.metricHeading(definition.label)}</h3>
      <p className="illustrative-tag">{t.illustrative}</p>
      <p className="metric-prompt">{fillPrompt(props.prompt, inputs)}</p>
      <UnreadableNotice unreadable={unreadable} print />
      <InputsTable inputs={inputs} />
      {shown && about ? (
        <>
          <p>
            {t.yourTypedAnswer(shown.typed)} — <strong data-testid="print-verdict">{verdictLine(shown)}</strong>{' '}
            <span className="muted">({t.tries(about.tries)})</span>
          </p>
          {expected === null ? null : <p>{t.expectedAnswer(formatResult(expected, definition.unit))}</p>}
        </>
      ) : (
        <p className="no-answer" data-testid="print-verdict">
          {t.notFilled}
        </p>
      )}
    </div>
  );
}
