import { useId, useState } from 'react';
import { gradeQuiz, isMultipleChoice, type QuizAnswer, type QuizProps } from '../../../shared/exercises/quiz';
import { useAnswer } from '../../answers/AnswersContext';
import { QuizCorrection } from '../../dashboard/Correction';
import { t } from '../../i18n/fr';
import { SaveStatus } from '../SaveStatus';
import { UnreadableNotice } from '../UnreadableNotice';
import { fitsQuestions, initialChoices, rightChoices, toggle } from './quiz-state';

/**
 * Questions with one right choice (radio buttons) or several (checkboxes).
 * « Valider » grades them, saves the choices and the score, and shows each
 * explanation; changing a choice afterwards asks to validate again.
 */
export function Quiz({ id, questions }: QuizProps) {
  const answer = useAnswer(id, 'quiz');
  const baseId = useId();
  const [chosen, setChosen] = useState(() => initialChoices(questions, answer.saved));
  const [graded, setGraded] = useState<QuizAnswer | null>(() =>
    fitsQuestions(questions, answer.saved) ? answer.saved! : null,
  );
  const [missing, setMissing] = useState<number | null>(null);

  const choose = (question: number, choice: number) => {
    setChosen(chosen.map((c, i) => (i === question ? toggle(c, choice, isMultipleChoice(questions[i]!)) : c)));
    setGraded(null);
    setMissing(null);
  };

  const validate = () => {
    const unanswered = chosen.findIndex((c) => c.length === 0);
    if (unanswered !== -1) {
      setMissing(unanswered);
      document.getElementById(`${baseId}-q${unanswered}-0`)?.focus();
      return;
    }
    const result = gradeQuiz(questions, chosen);
    setGraded(result);
    void answer.saveNow(result);
  };

  return (
    <section className="exercise quiz" aria-labelledby={`${baseId}-title`} data-exercise-id={id}>
      <h3 id={`${baseId}-title`}>{t.quizHeading}</h3>
      <UnreadableNotice unreadable={answer.unreadable} />
      {questions.map((question, q) => {
        const multiple = isMultipleChoice(question);
        const result = graded?.questions[q];
        return (
          <fieldset key={q} className="quiz-question">
            <legend>
              {t.questionLegend(q + 1, question.prompt)}{' '}
              {multiple ? <span className="muted">{t.severalAnswers}</span> : null}
            </legend>
            {question.choices.map((choice, c) => {
              const inputId = `${baseId}-q${q}-${c}`;
              return (
                <div key={c} className="quiz-choice">
                  <input
                    id={inputId}
                    type={multiple ? 'checkbox' : 'radio'}
                    name={`${baseId}-q${q}`}
                    checked={chosen[q]!.includes(c)}
                    onChange={() => choose(q, c)}
                  />
                  <label htmlFor={inputId}>{choice}</label>
                </div>
              );
            })}
            {result ? (
              <div className={`quiz-feedback ${result.correct ? 'quiz-feedback--right' : 'quiz-feedback--wrong'}`}>
                <p>
                  <strong>
                    {result.correct
                      ? t.rightAnswer
                      : (multiple ? t.wrongAnswers : t.wrongAnswer)(rightChoices(question))}
                  </strong>
                </p>
                <p>{question.explanation}</p>
              </div>
            ) : null}
            <QuizCorrection exerciseId={id} question={question} />
          </fieldset>
        );
      })}
      {missing !== null ? (
        <p className="field-error" role="alert">
          {t.answerEveryQuestion(missing + 1)}
        </p>
      ) : null}
      <p className="actions">
        <button type="button" onClick={validate}>
          {t.validate}
        </button>
        <output className="quiz-score" data-testid="quiz-score" aria-live="polite">
          {graded ? t.quizScore(graded.score, graded.questions.length) : ''}
        </output>
      </p>
      <SaveStatus status={answer.status} error={answer.error} onRetry={() => void answer.retry()} />
    </section>
  );
}
