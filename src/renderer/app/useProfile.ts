import { AppError, type Answer, type Profile, type Result } from '../../shared/api/index';
import { call } from '../api';
import { useLoad } from './useLoad';

export interface ProfileData {
  profile: Profile;
  answers: Map<string, Answer>;
}

async function loadProfile(profileId: string): Promise<Result<ProfileData>> {
  const [profiles, answers] = await Promise.all([call('profile.list', {}), call('answer.list', { profileId })]);
  if (!profiles.ok) return profiles;
  if (!answers.ok) return answers;
  const profile = profiles.value.find((p) => p.id === profileId);
  if (!profile) {
    const missing = new AppError('not_found', 'Participant introuvable.');
    return { ok: false, error: { code: missing.code, message: missing.message } };
  }
  return { ok: true, value: { profile, answers: new Map(answers.value.map((a) => [a.exerciseId, a])) } };
}

/** One attendee and their saved answers, loaded together. */
export function useProfile(profileId: string) {
  return useLoad(() => loadProfile(profileId), [profileId]);
}
