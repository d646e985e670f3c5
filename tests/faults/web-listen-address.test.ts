import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp-dir';
import { startHost, type HostProcess } from '../support/web-host';

const tempDir = useTempDir('cmday-listen-');
let host: HostProcess | undefined;
afterEach(async () => {
  await host?.stop();
  host = undefined;
});

describe('the web host on another address than 127.0.0.1 (real CLI)', () => {
  it.each([
    ['::1', '[::1]'],
    ['127.0.0.2', '127.0.0.2'],
  ])(
    'with --host %s, prints its address and exports the PDF from it',
    async (address, urlHost) => {
      const data = tempDir();
      host = await startHost(data, ['--host', address]);
      expect(host.url).toMatch(new RegExp(`^http://${urlHost.replace(/[[\].]/g, '\\$&')}:\\d+/$`));
      const created = await fetch(`${host.url}api/profile.create`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Amina Benali' }),
      });
      const { value } = (await created.json()) as { value: { id: string } };
      const pdf = await fetch(`${host.url}export/${value.id}.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const file = join(data, 'cahier.pdf');
      writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
      expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('Amina Benali');
    },
    90_000,
  );
});
