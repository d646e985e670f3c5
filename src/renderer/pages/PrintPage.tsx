import { useMemo } from 'react';
import type { Output } from '../../shared/api/index';
import { kindOfComponent, readAnswer } from '../../shared/exercises/kinds';
import { workbookSummary } from '../../shared/print/summary';
import { call } from '../api';
import { AnswersProvider } from '../answers/AnswersContext';
import { Page } from '../app/Page';
import { useLoad } from '../app/useLoad';
import { lessons as allLessons, lessonsOf } from '../lessons';
import { useLessonTexts } from '../lessons/useLessonTexts';
import { ActionPlanTable } from '../print/ActionPlanTable';
import { Attestation, ATTESTATION_ANCHOR } from '../print/Attestation';
import { Book } from '../print/Book';
import { Cover } from '../print/Cover';
import { lessonAnchor } from '../print/LessonHead';
import { ACTION_PLAN_ANCHOR, PrintedLesson } from '../print/PrintedLesson';
import { printStrings as p } from '../print/print-strings';
import { SUMMARY_ANCHOR, SummaryPage } from '../print/SummaryPage';
import { Toc, type TocEntry } from '../print/Toc';

/**
 * The attendee's workbook as both printers (Electron, system Chromium) turn
 * it into the PDF: cover, contents, each lesson of the session (objectives,
 * exercises with answers and grades, « À retenir »), the action plan, the
 * summary, the attestation. Each print job has its own id: a printer that
 * keeps the page open gets fresh data and a fresh layout, and knows when
 * this job's pages are drawn (`data-print-ready` on `data-print-job`).
 */
export function PrintPage({ profileId, job }: { profileId: string; job: string }) {
  // Every lesson's text, whichever the session has: they load together, before the first layout.
  const data = useLessonTexts(useLoad(() => call('print.workbook', { profileId }), [profileId, job])[0], allLessons);
  return (
    <div className="print">
      <Page load={data}>{(value) => <Workbook key={job} job={job} profileId={profileId} {...value} />}</Page>
    </div>
  );
}

type WorkbookData = Output<'print.workbook'>;

function Workbook({
  job,
  profileId,
  session,
  profile,
  answers,
  verificationCode,
}: WorkbookData & { job: string; profileId: string }) {
  const lessons = lessonsOf(session);
  const byExercise = useMemo(() => new Map(answers.map((answer) => [answer.exerciseId, answer])), [answers]);
  const exercisesOf = (lesson: (typeof lessons)[number]) =>
    lesson.exercises.map((exercise) => ({ id: exercise.id, kind: kindOfComponent(exercise.component) }));
  const summary = workbookSummary(
    lessons.map((lesson) => ({
      id: lesson.frontmatter.id,
      title: lesson.frontmatter.title,
      exercises: exercisesOf(lesson),
    })),
    new Map(answers.map((answer) => [answer.exerciseId, answer.value])),
  );
  const planExercise = lessons.flatMap((lesson) => lesson.exercises).find((e) => e.component === 'ActionPlan');
  const planValue = planExercise ? byExercise.get(planExercise.id)?.value : undefined;
  const plan = planValue === undefined ? undefined : (readAnswer('action-plan', planValue) ?? undefined);
  const entries: TocEntry[] = [
    ...lessons.map((lesson, i) => ({
      anchor: lessonAnchor(lesson),
      number: p.lessonNumber(i + 1),
      title: lesson.frontmatter.title,
    })),
    ...(planExercise ? [{ anchor: ACTION_PLAN_ANCHOR, title: p.actionPlan }] : []),
    { anchor: SUMMARY_ANCHOR, title: p.summary },
    { anchor: ATTESTATION_ANCHOR, title: p.attestation },
  ];
  return (
    <Book job={job} footer={session.title} title={`${p.workbookKicker} — ${profile.name} — ${session.title}`} loaded>
      <Cover kicker={p.workbookKicker} name={profile.name} session={session} />
      <Toc entries={entries} />
      <AnswersProvider profileId={profileId} answers={byExercise}>
        {lessons.map((lesson, i) => (
          <PrintedLesson key={lesson.frontmatter.id} lesson={lesson} number={i + 1} />
        ))}
      </AnswersProvider>
      {planExercise ? <ActionPlanTable plan={plan} /> : null}
      <SummaryPage summary={summary} />
      <Attestation profile={profile} session={session} code={verificationCode} />
    </Book>
  );
}
