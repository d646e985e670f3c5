import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultUserDataDir, resolveDataDir } from './data-dir';

describe('where the workbook lives', () => {
  it('takes --data first, then CMDAY_DATA_DIR, then the user-data folder', () => {
    expect(resolveDataDir('/flag', { CMDAY_DATA_DIR: '/env' })).toBe('/flag');
    expect(resolveDataDir(undefined, { CMDAY_DATA_DIR: '/env' })).toBe('/env');
    expect(resolveDataDir(undefined, {})).toBe(defaultUserDataDir(process.platform, {}));
  });

  it('uses the folder Electron calls userData on each system', () => {
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/x' })).toBe(join('/x', 'CM Day Workbook'));
    expect(defaultUserDataDir('linux', {})).toBe(join(homedir(), '.config', 'CM Day Workbook'));
    expect(defaultUserDataDir('darwin', {})).toBe(join(homedir(), 'Library', 'Application Support', 'CM Day Workbook'));
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' })).toBe(
      join('C:\\Users\\a\\AppData\\Roaming', 'CM Day Workbook'),
    );
  });
});
