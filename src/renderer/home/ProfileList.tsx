import type { Profile } from '../../shared/api/index';
import { formatMoment } from '../../shared/format/index';
import { t } from '../i18n/fr';
import { ProfileRow } from './ProfileRow';

/** Names may repeat: a repeated name shows when its workbook was created. */
export function ProfileList({ profiles, onChanged }: { profiles: Profile[]; onChanged: (message?: string) => void }) {
  const counts = new Map<string, number>();
  for (const { name } of profiles)
    counts.set(name.toLocaleLowerCase('fr'), (counts.get(name.toLocaleLowerCase('fr')) ?? 0) + 1);
  if (profiles.length === 0) return <p>{t.noProfiles}</p>;
  return (
    <ul className="profile-list">
      {profiles.map((profile) => (
        <ProfileRow
          key={profile.id}
          profile={profile}
          detail={
            (counts.get(profile.name.toLocaleLowerCase('fr')) ?? 0) > 1
              ? t.createdOn(formatMoment(profile.createdAt))
              : undefined
          }
          onChanged={onChanged}
        />
      ))}
    </ul>
  );
}
