import type { Answer, Profile, Result, TrainingSession } from '../../shared/api/index';
import { call } from '../api';
import { loadAll } from './loadAll';
import { useLoad } from './useLoad';

export interface ProfileData {
  profile: Profile;
  answers: Map<string, Answer>;
  session: TrainingSession;
}

async function loadProfile(profileId: string): Promise<Result<ProfileData>> {
  // profile.get, not profile.list: an attendee of the room reads their own profile, never the others'.
  const loaded = await loadAll({
    profile: call('profile.get', { profileId }),
    answers: call('answer.list', { profileId }),
    session: call('session.get', {}),
  });
  if (!loaded.ok) return loaded;
  const { profile, answers, session } = loaded.value;
  return { ok: true, value: { profile, session, answers: new Map(answers.map((a) => [a.exerciseId, a])) } };
}

/** One attendee, their saved answers and the day's session, loaded together (again for each `version`). */
export function useProfile(profileId: string, version?: string) {
  return useLoad(() => loadProfile(profileId), [profileId, version]);
}
