import { describe, expect, it } from 'vitest';
import { parseServeArgs } from '../../src/main/hosts/web/cli-args';

describe('the web host’s --host', () => {
  it('takes this machine’s loopback addresses only: the LAN is the room’s, opened by the trainer', () => {
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', 'localhost'])
      expect(parseServeArgs(['--host', host]).host).toBe(host);
    for (const host of ['0.0.0.0', '::', '192.168.1.5']) {
      expect(() => parseServeArgs(['--host', host])).toThrow(/Ouvrir la salle/);
    }
  });
});
