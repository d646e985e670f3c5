import { useState, type FormEvent } from 'react';
import { contract, type TrainingSession } from '../../shared/api/index';
import { programmeMinutes, sessionHoursFor } from '../../shared/content/programme';
import { formatCount, formatDecimal, parseNumberInput } from '../../shared/format/index';
import { call } from '../api';
import { parseFrenchDate, toFrenchDate } from '../app/french-date';
import { t } from '../i18n/fr';
import { findLesson, lessons as allLessons } from '../lessons';
import { LessonPicker } from './LessonPicker';

type TextField = 'title' | 'place' | 'trainer' | 'organiser';
type Draft = Record<TextField | 'date', string>;

const hoursOf = (ids: readonly string[]) =>
  sessionHoursFor(programmeMinutes(ids.flatMap((id) => findLesson(id)?.frontmatter ?? [])));

/** What the form starts from: the saved session, or nothing yet (placeholders say what goes where). */
function draftOf(session: TrainingSession, saved: boolean): Draft {
  if (!saved) return { title: '', date: '', place: '', trainer: '', organiser: '' };
  const { title, date, place, trainer, organiser } = session;
  return { title, date: toFrenchDate(date), place, trainer, organiser };
}

type Message = { ok: true; text: string } | { ok: false; text: string; field?: 'date' | 'hours' | 'lessons' };

/**
 * The trainer prepares the day: what attendees see on the home screen. Before
 * the first save (`saved` false) the fields are empty with placeholders, and
 * the sections are numbered as the steps of the first run.
 */
export function SessionForm({
  initial,
  saved,
  onSaved,
  onDraft,
}: {
  initial: TrainingSession;
  saved: boolean;
  onSaved?: (session: TrainingSession) => void;
  /** Whether the first section holds a title and a date, for the first run's steps. */
  onDraft?: (sessionFilled: boolean) => void;
}) {
  const [draft, setDraft] = useState(() => draftOf(initial, saved));
  const [hours, setHours] = useState(saved ? formatCount(initial.durationHours) : '');
  const [lessonIds, setLessonIds] = useState(
    initial.lessons.length ? initial.lessons : allLessons.map((lesson) => lesson.frontmatter.id),
  );
  const [message, setMessage] = useState<Message>();
  const numbered = !saved;

  const edit = (field: keyof Draft, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    onDraft?.(next.title.trim() !== '' && parseFrenchDate(next.date) !== null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const date = parseFrenchDate(draft.date);
    if (date === null) return setMessage({ ok: false, text: t.dateInvalid, field: 'date' });
    let durationHours = hoursOf(lessonIds);
    if (hours.trim() !== '') {
      const duration = parseNumberInput(hours);
      if (!duration.ok)
        return setMessage({ ok: false, text: `${t.durationLabel} : ${duration.error}`, field: 'hours' });
      durationHours = duration.value;
    }
    if (lessonIds.length === 0) return setMessage({ ok: false, text: t.atLeastOneLesson, field: 'lessons' });
    const checked = contract['session.update'].input.safeParse({ ...draft, date, durationHours, lessons: lessonIds });
    if (!checked.success) return setMessage({ ok: false, text: checked.error.issues[0]?.message ?? '' });
    const result = await call('session.update', checked.data);
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    setDraft(draftOf(result.value, true));
    setHours(formatCount(result.value.durationHours));
    setMessage({ ok: true, text: saved ? t.sessionSaved : t.firstRunSaved });
    onSaved?.(result.value);
  };

  const field = (name: TextField, label: string) => (
    <p className="form-field" key={name}>
      <label htmlFor={`session-${name}`}>{label}</label>
      <input
        id={`session-${name}`}
        value={draft[name]}
        placeholder={t.placeholders[name]}
        autoComplete="off"
        onChange={(event) => edit(name, event.target.value)}
      />
    </p>
  );
  const invalid = (name: 'date' | 'hours') => (message && !message.ok && message.field === name ? true : undefined);

  return (
    <form
      className="session-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t.sessionFormHeading}
    >
      <fieldset className="form-section">
        <legend>
          {numbered ? <span className="step-badge">1</span> : null}
          {t.firstRunSteps[0]}
        </legend>
        {field('title', t.titleLabel)}
        <p className="form-field">
          <label htmlFor="session-date">{t.dateLabel}</label>
          <input
            id="session-date"
            inputMode="numeric"
            autoComplete="off"
            placeholder={t.datePlaceholder}
            value={draft.date}
            aria-invalid={invalid('date')}
            aria-describedby="session-date-hint"
            onChange={(event) => edit('date', event.target.value)}
          />
          <span id="session-date-hint" className="field-hint">
            {t.dateHint}
          </span>
        </p>
        {field('place', t.placeLabel)}
        {field('trainer', t.trainerLabel)}
        {field('organiser', t.organiserLabel)}
      </fieldset>
      <fieldset className="form-section">
        <legend>
          {numbered ? <span className="step-badge">2</span> : null}
          {t.firstRunSteps[1]}
        </legend>
        <LessonPicker
          selected={lessonIds}
          onChange={(ids) => {
            setLessonIds(ids);
            if (message && !message.ok && message.field === 'lessons' && ids.length > 0) setMessage(undefined);
          }}
          error={message && !message.ok && message.field === 'lessons' ? message.text : undefined}
        />
        <p className="form-field">
          <label htmlFor="session-hours">{t.durationLabel}</label>
          <input
            id="session-hours"
            inputMode="decimal"
            value={hours}
            placeholder={t.hoursPlaceholder(formatDecimal(hoursOf(lessonIds)))}
            aria-invalid={invalid('hours')}
            onChange={(event) => setHours(event.target.value)}
          />
        </p>
      </fieldset>
      <p className="form-actions">
        <button type="submit">{saved ? t.save : t.firstRunSave}</button>
      </p>
      {message && (message.ok || message.field !== 'lessons') ? (
        <p
          role={message.ok ? 'status' : 'alert'}
          className={message.ok ? 'form-message success' : 'form-message error'}
        >
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
