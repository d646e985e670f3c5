import { afterEach, expect } from 'vitest';
import { openBrowser, type Session } from './browser';
import { useTempDir } from './temp-dir';
import { startHost, type HostProcess } from './web-host';

export interface E2e {
  /** A new temporary folder, removed after the test. */
  tempDir(): string;
  /** Starts the built web host on `dataDir` (a new temporary folder by default); stopped after the test. */
  host(dataDir?: string, args?: string[]): Promise<HostProcess>;
  /** The test's Chromium, opened on first use and closed after the test. */
  browser(options?: { acceptDownloads?: boolean }): Promise<Session>;
}

/**
 * End-to-end tests drive the real UI of the built web host in Chromium. Each test
 * gets its hosts and one browser, all closed after it; then nothing may have tried
 * to leave 127.0.0.1 and the page may have raised no error (a CSP violation shows up
 * as one).
 */
export function useE2e(tempPrefix: string): E2e {
  const tempDir = useTempDir(tempPrefix);
  const hosts: HostProcess[] = [];
  let session: Session | undefined;

  afterEach(async () => {
    const foreign = session?.foreignRequests ?? [];
    const errors = session?.pageErrors ?? [];
    await session?.close();
    session = undefined;
    for (const host of hosts.splice(0)) await host.stop();
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  return {
    tempDir,
    async host(dataDir = tempDir(), args = []) {
      const host = await startHost(dataDir, args);
      hosts.push(host);
      return host;
    },
    async browser(options) {
      session ??= await openBrowser(options);
      return session;
    },
  };
}
