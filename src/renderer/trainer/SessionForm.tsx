import { useState, type FormEvent } from 'react';
import { schemas, type TrainingSession } from '../../shared/api/index';
import { formatCount, parseNumberInput } from '../../shared/format/index';
import { call } from '../api';
import { t } from '../i18n/fr';
import { lessons as allLessons } from '../lessons';
import { LessonPicker } from './LessonPicker';

type TextField = 'title' | 'date' | 'place' | 'trainer' | 'organiser';
const TEXT_FIELDS: [TextField, string, string][] = [
  ['title', t.titleLabel, 'text'],
  ['date', t.dateLabel, 'date'],
  ['place', t.placeLabel, 'text'],
  ['trainer', t.trainerLabel, 'text'],
  ['organiser', t.organiserLabel, 'text'],
];

/** The trainer prepares the day: what attendees see on the home screen. */
export function SessionForm({ initial }: { initial: TrainingSession }) {
  const [session, setSession] = useState(initial);
  const [hours, setHours] = useState(formatCount(initial.durationHours));
  const [lessonIds, setLessonIds] = useState(
    initial.lessons.length ? initial.lessons : allLessons.map((lesson) => lesson.frontmatter.id),
  );
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const duration = parseNumberInput(hours);
    if (!duration.ok) return setMessage({ ok: false, text: `${t.durationLabel} : ${duration.error}` });
    const checked = schemas.trainingSession.safeParse({
      ...session,
      durationHours: duration.value,
      lessons: lessonIds,
    });
    if (!checked.success) return setMessage({ ok: false, text: checked.error.issues[0]?.message ?? '' });
    const result = await call('session.update', checked.data);
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    setSession(result.value);
    setMessage({ ok: true, text: t.sessionSaved });
  };

  return (
    <section aria-labelledby="session-form-heading">
      <h2 id="session-form-heading">{t.sessionFormHeading}</h2>
      <form className="session-form" onSubmit={(event) => void submit(event)} noValidate>
        {TEXT_FIELDS.map(([field, label, type]) => (
          <p key={field}>
            <label htmlFor={`session-${field}`}>{label}</label>
            <input
              id={`session-${field}`}
              type={type}
              value={session[field]}
              onChange={(event) => setSession({ ...session, [field]: event.target.value })}
            />
          </p>
        ))}
        <p>
          <label htmlFor="session-hours">{t.durationLabel}</label>
          <input
            id="session-hours"
            inputMode="decimal"
            value={hours}
            onChange={(event) => setHours(event.target.value)}
          />
        </p>
        <LessonPicker selected={lessonIds} onChange={setLessonIds} />
        <button type="submit">{t.save}</button>
        {message ? (
          <p role={message.ok ? 'status' : 'alert'} className={message.ok ? '' : 'error'}>
            {message.text}
          </p>
        ) : null}
      </form>
    </section>
  );
}
