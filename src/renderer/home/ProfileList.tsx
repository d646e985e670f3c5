import type { Profile } from '../../shared/api/index';
import { formatMoment } from '../../shared/format/index';
import { t } from '../i18n/fr';
import { ProfileRow } from './ProfileRow';

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * Names may repeat: a repeated name shows when its workbook was created, and
 * the start of its id when even that is the same (two made in one minute).
 */
function details(profiles: Profile[]): (string | undefined)[] {
  const names = profiles.map((p) => p.name.toLocaleLowerCase('fr'));
  const whens = profiles.map((p) => t.createdOn(formatMoment(p.createdAt)));
  const sameName = countBy(names);
  const sameNameAndTime = countBy(names.map((name, i) => `${name}\n${whens[i]}`));
  return profiles.map((profile, i) => {
    if ((sameName.get(names[i]!) ?? 0) < 2) return undefined;
    const ambiguous = (sameNameAndTime.get(`${names[i]}\n${whens[i]}`) ?? 0) > 1;
    return ambiguous ? `${whens[i]} · n° ${profile.id.slice(0, 4)}` : whens[i];
  });
}

export function ProfileList({ profiles, onChanged }: { profiles: Profile[]; onChanged: (message?: string) => void }) {
  if (profiles.length === 0) return <p>{t.noProfiles}</p>;
  const shown = details(profiles);
  return (
    <ul className="profile-list">
      {profiles.map((profile, i) => (
        <ProfileRow key={profile.id} profile={profile} detail={shown[i]} onChanged={onChanged} />
      ))}
    </ul>
  );
}
