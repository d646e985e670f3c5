/**
 * @typedef {{ kind: 'electron' } | { kind: 'web', reason: string }} HostChoice
 * @typedef {{
 *   argv: readonly string[],
 *   env: Record<string, string | undefined>,
 *   platform: string,
 *   electronBinary: boolean,
 *   electronSqlite: boolean,
 * }} HostFacts
 */

/**
 * Electron where it can run; otherwise the web host, with the reason in
 * French for the trainer who typed `npm start`.
 * @param {HostFacts} facts
 * @returns {HostChoice}
 */
export function chooseHost(facts) {
  if (facts.argv.includes('--web') || facts.env.CMDAY_HOST === 'web') {
    return { kind: 'web', reason: 'mode web demandé (--web ou CMDAY_HOST=web)' };
  }
  if (!facts.electronBinary) {
    return {
      kind: 'web',
      reason: 'Electron n’est pas installé sur cette machine (son binaire n’a pas pu être téléchargé)',
    };
  }
  if (!facts.electronSqlite) {
    return { kind: 'web', reason: 'la base SQLite n’a pas pu être préparée pour Electron' };
  }
  if (facts.platform === 'linux' && !facts.env.DISPLAY && !facts.env.WAYLAND_DISPLAY) {
    return { kind: 'web', reason: 'aucun écran graphique (DISPLAY) n’est disponible' };
  }
  return { kind: 'electron' };
}
