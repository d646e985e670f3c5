import { isMultipleChoice } from '../../../shared/exercises/quiz';
import { t } from '../../i18n/fr';
import type { PrintProps } from '../kind-view';
import { UnreadableNotice } from '../UnreadableNotice';
import { fitsQuestions } from './quiz-state';

/** The quiz in the PDF: every question and choice, what was ticked, what was right, the explanation and the score. */
export function QuizPrint({ props, answer, unreadable }: PrintProps<'quiz'>) {
  const graded = fitsQuestions(props.questions, answer) ? answer : undefined;
  return (
    <div className="exercise exercise--print quiz">
      <h3>{t.quizHeading}</h3>
      <UnreadableNotice unreadable={unreadable} print />
      {graded ? (
        <p className="quiz-score">{t.quizScore(graded.score, graded.questions.length)}</p>
      ) : (
        <p className="no-answer">{t.noAnswer}</p>
      )}
      {props.questions.map((question, q) => {
        const result = graded?.questions[q];
        return (
          <section key={q} className="quiz-question">
            <p>
              <strong>{t.questionLegend(q + 1, question.prompt)}</strong>{' '}
              {isMultipleChoice(question) ? <span className="muted">{t.severalAnswers}</span> : null}
            </p>
            <ul className="quiz-print-choices">
              {question.choices.map((choice, c) => {
                const marks = [
                  result?.chosen.includes(c) ? t.yourChoice : null,
                  result && question.answer.includes(c) ? t.correctChoice : null,
                ].filter(Boolean);
                return (
                  <li key={c}>
                    {choice}
                    {marks.length ? <em> ({marks.join(', ')})</em> : null}
                  </li>
                );
              })}
            </ul>
            {result ? (
              <>
                <p>
                  <strong>{result.correct ? t.rightAnswer : t.wrongAnswerShort}</strong>
                </p>
                <p>{question.explanation}</p>
              </>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
