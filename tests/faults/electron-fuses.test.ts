import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import afterPack, { FUSES, packagedBinary, type PackContext } from '../../build/fuses';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('cmday-fuses-');

/** How a fuse wire spells its states: ASCII '1' and '0'. */
const FuseState = { ENABLE: 0x31, DISABLE: 0x30 } as const;

/** The sentinel Electron's binaries carry right before their fuse wire. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** A stand-in for a packaged Electron binary: some bytes, then a V1 fuse wire of 9 fuses, Electron's defaults. */
function fakeBinary(file: string): void {
  const defaults = [1, 1, 1, 1, 0, 0, 0, 1, 1].map((on) => (on ? FuseState.ENABLE : FuseState.DISABLE));
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.alloc(4096, 0x7f),
      Buffer.from(SENTINEL),
      Buffer.from([Number(FuseVersion.V1), defaults.length, ...defaults]),
      Buffer.alloc(1024, 0x7f),
    ]),
  );
}

const linuxContext = (appOutDir: string): PackContext => ({
  appOutDir,
  electronPlatformName: 'linux',
  arch: 1,
  packager: { appInfo: { productFilename: 'CM Day Workbook' }, executableName: 'cm-day-workbook' },
});

describe('Electron fuses for the packaged app', () => {
  it('turn off running as Node and its back doors, and require the integrity-checked app.asar', () => {
    expect(FUSES).toEqual({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('the afterPack hook flips exactly these fuses in the binary, and nothing else in the file', async () => {
    const out = tempDir();
    const binary = join(out, 'cm-day-workbook');
    fakeBinary(binary);
    const before = readFileSync(binary);
    await afterPack(linuxContext(out));
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    const after = readFileSync(binary);
    const changed = [...after.keys()].filter((i) => after[i] !== before[i]).length;
    expect(after.length).toBe(before.length);
    // RunAsNode, NodeOptions, inspect, asar integrity, asar only, file:// privileges.
    expect(changed).toBe(6);
  });

  it('finds the binary electron-builder made on each platform', () => {
    const base = { arch: 1, packager: { appInfo: { productFilename: 'CM Day Workbook' } } };
    expect(packagedBinary({ ...base, appOutDir: '/o', electronPlatformName: 'darwin' })).toBe(
      join('/o', 'CM Day Workbook.app'),
    );
    expect(packagedBinary({ ...base, appOutDir: '/o', electronPlatformName: 'win32' })).toBe(
      join('/o', 'CM Day Workbook.exe'),
    );
    expect(packagedBinary(linuxContext('/o'))).toBe(join('/o', 'cm-day-workbook'));
  });
});
