/**
 * The workbook last opened in this browser, so the home screen can offer to
 * pick up where its owner left off. A browser that refuses storage just gets
 * no offer.
 */
const KEY = 'cmday.lastProfile';

export function rememberProfile(profileId: string): void {
  try {
    window.localStorage.setItem(KEY, profileId);
  } catch {
    // Storage refused (private mode, policy): nothing to remember.
  }
}

export function lastProfile(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
