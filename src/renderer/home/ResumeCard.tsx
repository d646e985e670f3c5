import type { Profile, TrainingSession } from '../../shared/api/index';
import { call } from '../api';
import { useLoad } from '../app/useLoad';
import { t } from '../i18n/fr';
import { lastProfile } from './last-profile';
import { ResumeLink } from './ResumeLink';

/** « Reprendre où j’en étais »: the workbook last opened in this browser, at its next unfinished exercise. */
export function ResumeCard({ profiles, session }: { profiles: Profile[]; session: TrainingSession }) {
  const remembered = lastProfile();
  const profile = profiles.find((p) => p.id === remembered);
  const [answers] = useLoad(
    async () => (profile ? call('answer.list', { profileId: profile.id }) : { ok: true as const, value: [] }),
    [profile?.id],
  );
  if (!profile || answers.state !== 'ready') return null;
  return (
    <section className="resume-card" aria-labelledby="resume-heading">
      <h2 id="resume-heading">{t.resumeHeading}</h2>
      <ResumeLink
        profileId={profile.id}
        session={session}
        answers={new Map(answers.value.map((a) => [a.exerciseId, a]))}
        label={(lesson) => t.resumeLink(profile.name, lesson)}
      />
    </section>
  );
}
