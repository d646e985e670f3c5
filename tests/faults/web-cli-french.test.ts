import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp-dir';
import { ROOT, startHost, type HostProcess } from '../support/web-host';

const tempDir = useTempDir('cmday-cli-fr-');
let host: HostProcess | undefined;
afterEach(async () => {
  await host?.stop();
  host = undefined;
});

/** Node's and the parser's English, as it would leak through the CLI. */
const ENGLISH = /\b(unknown option|argument missing|address already in use|listen|error|invalid|expected|received)\b/i;

/** Runs the built web host to its end (killed after 10 s if it starts serving): its stderr and exit code. */
function runHost(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'out/main/web.js'), ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('the web host CLI speaks French', () => {
  it.each([
    [['--nope'], /Option inconnue : « --nope »/],
    [['--port'], /L’option « --port » attend une valeur/],
    [['serve'], /Argument inattendu : « serve »/],
    [['--port', ''], /--port attend un entier/],
  ])('refuses %j with a French usage message', async (args, message) => {
    const { code, stderr } = await runHost(['--data', tempDir(), ...args]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/Usage|--port/);
    expect(stderr).not.toMatch(ENGLISH);
  });

  it('says in French that the port is taken, without Node’s EADDRINUSE text', async () => {
    host = await startHost(tempDir());
    const port = new URL(host.url).port;
    const { code, stderr } = await runHost(['--port', port, '--data', tempDir()]);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`Le port ${port} est déjà utilisé`));
    expect(stderr).not.toMatch(ENGLISH);
  });

  it('answers an invalid body with zod’s French message, not its English default', async () => {
    host = await startHost(tempDir());
    const response = await fetch(`${host.url}api/profile.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '[]',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Entrée invalide : objet attendu, tableau reçu' },
    });
  });
});

describe('the renderer bundle', () => {
  it('carries the French validation messages its forms show (the module that sets them for zod)', () => {
    const assets = join(ROOT, 'out/renderer/assets');
    const code = readdirSync(assets)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(assets, name), 'utf8'))
      .join('\n');
    // Booleans: a failure should not print the whole bundle.
    expect(code.includes('Champ obligatoire manquant.')).toBe(true);
    expect(code.includes('Entrée invalide')).toBe(true);
  });
});
