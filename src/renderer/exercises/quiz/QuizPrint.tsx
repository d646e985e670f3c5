import { isMultipleChoice } from '../../../shared/exercises/quiz';
import { t } from '../../i18n/fr';
import { useInIllustrative } from '../../print/illustrative';
import type { PrintProps } from '../kind-view';
import { UnreadableNotice } from '../UnreadableNotice';
import { fitsQuestions } from './quiz-state';

/**
 * The quiz in the PDF: every question and choice, what was ticked (● / ○),
 * what was right, the grade, the explanation and the score. Unanswered, it
 * says « Non renseigné » and still shows the questions. A question is never
 * split across pages (`data-print-keep`).
 */
export function QuizPrint({ props, answer, unreadable }: PrintProps<'quiz'>) {
  const graded = fitsQuestions(props.questions, answer) ? answer : undefined;
  const illustrative = useInIllustrative();
  return (
    <div className="exercise exercise--print quiz">
      <h3>{t.quizHeading}</h3>
      {illustrative ? <p className="illustrative-tag">{t.illustrative}</p> : null}
      <UnreadableNotice unreadable={unreadable} print />
      {graded ? (
        <p className="quiz-score">{t.quizScore(graded.score, graded.questions.length)}</p>
      ) : (
        <p className="no-answer">{t.notFilled}</p>
      )}
      {props.questions.map((question, q) => {
        const result = graded?.questions[q];
        return (
          <section key={q} className="quiz-question" data-print-keep>
            <p>
              <strong>{t.questionLegend(q + 1, question.prompt)}</strong>{' '}
              {isMultipleChoice(question) ? <span className="muted">{t.severalAnswers}</span> : null}
            </p>
            <ul className="quiz-print-choices">
              {question.choices.map((choice, c) => {
                const chosen = result?.chosen.includes(c) ?? false;
                const marks = [
                  chosen ? t.yourChoice : null,
                  result && question.answer.includes(c) ? t.correctChoice : null,
                ].filter(Boolean);
                return (
                  <li key={c} className={chosen ? 'chosen' : undefined}>
                    {choice}
                    {marks.length ? <em> ({marks.join(', ')})</em> : null}
                  </li>
                );
              })}
            </ul>
            {result ? (
              <>
                <p className={result.correct ? 'grade grade--right' : 'grade grade--wrong'}>
                  {result.correct ? t.rightAnswer : t.wrongAnswerShort}
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
