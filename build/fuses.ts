import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, type FuseConfig } from '@electron/fuses';

/**
 * Electron's fuses, flipped in the packaged binary (they cannot be changed at
 * run time): the app's binary cannot be turned into a plain Node
 * (ELECTRON_RUN_AS_NODE, NODE_OPTIONS, --inspect), loads only its own
 * integrity-checked app.asar, encrypts its cookies at rest, and gives file://
 * nothing extra (the renderer is served from app://).
 */
export const FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const satisfies FuseConfig;

/** What electron-builder passes to an afterPack hook, as far as this hook reads it. */
export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  /** electron-builder's Arch enum: 3 is arm64. */
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

const ARM64 = 3;

/** The file whose fuse wire is flipped: the .app bundle, the .exe, or the Linux executable. */
export function packagedBinary({ appOutDir, electronPlatformName, packager }: PackContext): string {
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${name}.exe`);
  return join(appOutDir, packager.executableName ?? name);
}

/**
 * electron-builder's afterPack hook (`afterPack: 'build/fuses.ts'` once
 * compiled, or called from a JS hook). Flipping breaks an ad-hoc macOS arm64
 * signature, so that one is redone.
 */
export default async function afterPack(context: PackContext): Promise<void> {
  const resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && context.arch === ARM64;
  await flipFuses(packagedBinary(context), { ...FUSES, resetAdHocDarwinSignature });
}
