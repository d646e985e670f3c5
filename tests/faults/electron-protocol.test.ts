import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/main/security/security-headers';
import { createFakeElectron, type FakeElectron } from '../support/fake-electron';
import { useTempDir } from '../support/temp-dir';

const fake = vi.hoisted(() => ({ current: {} as FakeElectron }));
vi.mock('electron', () => fake.current);

const tempDir = useTempDir('cmday-app-protocol-');

beforeEach(() => {
  Object.assign(fake.current, createFakeElectron());
  vi.resetModules();
});

async function serveRenderer() {
  const rendererDir = join(tempDir(), 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  const { handleAppProtocol, resolveAppFile } = await import('../../src/main/hosts/electron/protocol');
  handleAppProtocol(rendererDir);
  return { serve: fake.current.protocol.handlers.get('app')!, resolveAppFile, rendererDir };
}

describe('app:// protocol (fake electron module)', () => {
  it('answers a malformed escape with a French 404 and the security headers, instead of throwing', async () => {
    const { serve, resolveAppFile, rendererDir } = await serveRenderer();
    expect(resolveAppFile(rendererDir, 'app://workbook/%E0%A4%A')).toBeNull();
    const response = await serve(new Request('app://workbook/%E0%A4%A'));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Fichier introuvable.');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers a missing file in French with the security headers', async () => {
    const { serve } = await serveRenderer();
    const response = await serve(new Request('app://workbook/assets/absent.js'));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Fichier introuvable.');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
