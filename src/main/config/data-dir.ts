import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'CM Day Workbook';

/**
 * Where the workbook lives when neither --data nor CMDAY_DATA_DIR says: the
 * same folder Electron's app.getPath('userData') gives, so both hosts share it.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.CMDAY_DATA_DIR || defaultUserDataDir(process.platform, env);
}
