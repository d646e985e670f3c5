import { useId, useState, type FormEvent } from 'react';
import { gradeMetricAnswer, METRICS, type Grade } from '../../../shared/exercises/grading/index';
import {
  questionOf,
  type MetricQuestionAnswer,
  type MetricQuestionProps,
} from '../../../shared/exercises/metric-question';
import {
  answerAbout,
  fillPrompt,
  FORMULA_HINT_AFTER,
  withAttempt,
  wrongAttempts,
} from '../../../shared/exercises/metric-question-view';
import { useAnswer, useProfileId } from '../../answers/AnswersContext';
import { MetricCorrection } from '../../dashboard/Correction';
import { t } from '../../i18n/fr';
import { SaveStatus } from '../SaveStatus';
import { UnreadableNotice } from '../UnreadableNotice';
import { InputsTable } from './InputsTable';
import { drawFor, savedGrade } from './metric-question-state';

/**
 * One metric to compute from numbers shown in a table (drawn for this
 * attendee when the lesson gives ranges). « Vérifier » grades the typed
 * number, names the mistake when it recognises one, and saves every attempt
 * with the numbers it was made on; the formula is offered after two wrong ones.
 */
export function MetricQuestion(props: MetricQuestionProps) {
  const { id, metric, prompt } = props;
  const stored = useAnswer(id, 'metric-question');
  const drawn = drawFor(props, useProfileId(), stored.saved);
  if (!drawn.ok) {
    return (
      <p className="exercise exercise-problem" role="alert">
        {t.exerciseMisconfigured('MetricQuestion', drawn.message)}
      </p>
    );
  }
  return <Question id={id} prompt={prompt} question={{ metric, inputs: drawn.inputs }} stored={stored} />;
}

type Stored = ReturnType<typeof useAnswer<'metric-question'>>;
type QuestionShape = Pick<MetricQuestionAnswer, 'metric' | 'inputs'>;

function Question({
  id,
  prompt,
  question,
  stored,
}: {
  id: string;
  prompt: string;
  question: QuestionShape;
  stored: Stored;
}) {
  const baseId = useId();
  const definition = METRICS[question.metric];
  const [answer, setAnswer] = useState(() => answerAbout(stored.saved, question));
  const [typed, setTyped] = useState(() => answer?.attempts.at(-1)?.typed ?? '');
  const [feedback, setFeedback] = useState<Grade | { verdict: 'empty'; message: string } | null>(() =>
    savedGrade(answer, question),
  );

  const check = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() === '') {
      setFeedback({ verdict: 'empty', message: t.typeAnAnswer });
      return;
    }
    const grade = gradeMetricAnswer(questionOf(question), typed);
    const next = withAttempt(answer, question, typed, grade, new Date());
    setAnswer(next);
    setFeedback(grade);
    void stored.saveNow(next);
  };

  const inputId = `${baseId}-answer`;
  return (
    <section className="exercise metric-question" aria-labelledby={`${baseId}-title`} data-exercise-id={id}>
      <h3 id={`${baseId}-title`}>{t.metricHeading(definition.label)}</h3>
      <UnreadableNotice unreadable={stored.unreadable} />
      <p className="metric-prompt">{fillPrompt(prompt, question.inputs)}</p>
      <InputsTable inputs={question.inputs} />
      <form className="metric-answer" onSubmit={check} noValidate>
        <label htmlFor={inputId}>{t.metricAnswerLabel(definition.label, t.unitWords[definition.unit])}</label>
        <span className="metric-answer-row">
          <input
            id={inputId}
            autoComplete="off"
            inputMode="decimal"
            maxLength={40}
            value={typed}
            aria-describedby={`${baseId}-feedback`}
            onChange={(event) => setTyped(event.target.value)}
          />
          <button type="submit">{t.check}</button>
        </span>
      </form>
      <p
        id={`${baseId}-feedback`}
        className={`metric-feedback metric-feedback--${feedback?.verdict ?? 'none'}`}
        role="status"
        data-testid="metric-feedback"
        data-verdict={feedback?.verdict}
      >
        {feedback?.message}
      </p>
      {wrongAttempts(answer) >= FORMULA_HINT_AFTER ? (
        <p className="metric-hint" data-testid="metric-hint">
          {t.formulaHint(definition.formula)}
        </p>
      ) : null}
      {answer ? <p className="muted">{t.tries(answer.tries)}</p> : null}
      <MetricCorrection exerciseId={id} question={question} />
      <SaveStatus status={stored.status} error={stored.error} onRetry={() => void stored.retry()} />
    </section>
  );
}
