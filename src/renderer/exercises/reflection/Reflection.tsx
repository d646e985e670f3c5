import { useId, useState } from 'react';
import { REFLECTION_MAX_LENGTH, type ReflectionProps } from '../../../shared/exercises/reflection';
import { useAnswer } from '../../answers/AnswersContext';
import { t } from '../../i18n/fr';
import { SaveStatus } from '../SaveStatus';
import { UnreadableNotice } from '../UnreadableNotice';
import { lengthAnnouncement } from './counter';

/** Free text in answer to the lesson's prompt, saved as it is typed. */
export function Reflection({ id, prompt, maxLength = REFLECTION_MAX_LENGTH }: ReflectionProps) {
  const answer = useAnswer(id, 'reflection');
  const baseId = useId();
  const [text, setText] = useState(answer.saved?.text ?? '');
  const inputId = `${baseId}-text`;

  return (
    <section className="exercise reflection" aria-labelledby={`${baseId}-title`} data-exercise-id={id}>
      <h3 id={`${baseId}-title`}>{t.reflectionHeading}</h3>
      <UnreadableNotice unreadable={answer.unreadable} />
      <label htmlFor={inputId} className="reflection-prompt">
        {prompt}
      </label>
      <textarea
        id={inputId}
        value={text}
        rows={6}
        maxLength={maxLength}
        aria-describedby={`${inputId}-count`}
        onChange={(event) => {
          setText(event.target.value);
          answer.schedule({ kind: 'reflection', text: event.target.value });
        }}
        onBlur={() => void answer.flush()}
      />
      <p id={`${inputId}-count`} className="muted reflection-count" data-testid="reflection-count">
        {t.characterCount(text.length, maxLength)}
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="reflection-announcement">
        {lengthAnnouncement(text.length, maxLength, { nearlyAll: t.charactersNearlyAll, allUsed: t.charactersAllUsed })}
      </p>
      <SaveStatus status={answer.status} error={answer.error} onRetry={() => void answer.retry()} />
    </section>
  );
}
