import { describe, expect, it } from 'vitest';
import { chooseHost, type HostFacts } from './choose-host.mjs';

const desktop: HostFacts = {
  argv: [],
  env: { DISPLAY: ':0' },
  platform: 'linux',
  electronBinary: true,
  electronSqlite: true,
};

describe('npm start chooses its host', () => {
  it('opens Electron where it can run', () => {
    expect(chooseHost(desktop)).toEqual({ kind: 'electron' });
    expect(chooseHost({ ...desktop, platform: 'win32', env: {} })).toEqual({ kind: 'electron' });
  });

  it.each([
    ['no Electron binary (offline install)', { electronBinary: false }, /Electron n’est pas installé/],
    ['no SQLite build for Electron', { electronSqlite: false }, /SQLite/],
    ['no display on Linux', { env: {} }, /DISPLAY/],
    ['--web', { argv: ['--web'] }, /mode web demandé/],
    ['CMDAY_HOST=web', { env: { DISPLAY: ':0', CMDAY_HOST: 'web' } }, /mode web demandé/],
  ])('falls back to the web host with a reason: %s', (_label, change, reason) => {
    const choice = chooseHost({ ...desktop, ...change });
    expect(choice.kind).toBe('web');
    expect(choice.kind === 'web' && choice.reason).toMatch(reason);
  });
});
