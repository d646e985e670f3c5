import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openWorkbook, type Workbook } from '../../src/main/db';
import { createWebHost } from '../../src/main/hosts/web/server';
import { createDispatch } from '../../src/main/service/dispatch';
import { createHandlers } from '../../src/main/service/handlers';
import { useTempDir } from '../support/temp-dir';
import { RENDERER, startRoomHost, type RoomHost } from './room-host';

/**
 * An attendee on another machine, for real: a network namespace of this
 * test's own, joined to this one by a veth pair with addresses of the test's
 * choosing (10.213.0.1 here, 10.213.0.2 there). The room listens on the
 * veth; the attendee's requests come from outside this machine's loopback.
 * Nothing else is reached, and the namespace goes even when the test fails.
 */
const NS = `cmday-salle-${process.pid}`;
const HERE = `cmv${process.pid % 100000}a`;
const THERE = `cmv${process.pid % 100000}b`;
const HOST_ADDRESS = '10.213.0.1';
const ATTENDEE_ADDRESS = '10.213.0.2';

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: 'pipe' });

/** Runs Node inside the namespace, asynchronously: the host under test serves from this very process. */
async function nodeInNamespace(script: string, ...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(
    'ip',
    ['netns', 'exec', NS, process.execPath, '--input-type=module', '-e', script, ...args],
    { encoding: 'utf8', timeout: 20_000 },
  );
  return stdout.trim();
}

/** The namespace and its link, or the reason they cannot be made here (no root, a locked-down container). */
function makeNamespace(): string | null {
  try {
    ip('netns', 'add', NS);
  } catch (error) {
    return (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error);
  }
  try {
    ip('link', 'add', HERE, 'type', 'veth', 'peer', 'name', THERE);
    ip('link', 'set', THERE, 'netns', NS);
    ip('addr', 'add', `${HOST_ADDRESS}/24`, 'dev', HERE);
    ip('link', 'set', HERE, 'up');
    ip('netns', 'exec', NS, 'ip', 'addr', 'add', `${ATTENDEE_ADDRESS}/24`, 'dev', THERE);
    ip('netns', 'exec', NS, 'ip', 'link', 'set', THERE, 'up');
    ip('netns', 'exec', NS, 'ip', 'link', 'set', 'lo', 'up');
    return null;
  } catch (error) {
    removeNamespace();
    return (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error);
  }
}

function removeNamespace(): void {
  // Deleting the namespace deletes its end of the veth, and with it this end.
  for (const args of [
    ['netns', 'del', NS],
    ['link', 'del', HERE],
  ]) {
    try {
      ip(...args);
    } catch {
      // Already gone.
    }
  }
}

/** Runs in the namespace: join, read own answers, try the trainer's list; prints what each got. */
const ATTENDEE_SCRIPT = `
const [base, code] = process.argv.slice(1);
const post = (method, input, cookie) => fetch(base + 'api/' + method, {
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
  body: JSON.stringify(input),
  signal: AbortSignal.timeout(5000),
});
const joined = await post('classroom.join', { name: 'Salma', code });
const cookie = (joined.headers.get('set-cookie') || '').split(';')[0];
const { value } = await joined.json();
const own = await post('answer.list', { profileId: value.profile.id }, cookie);
const list = await post('profile.list', {}, cookie);
const me = await (await post('classroom.me', {}, cookie)).json();
console.log(JSON.stringify({ joined: joined.status, own: own.status, list: list.status, me: me.value }));
`;

const tempDir = useTempDir('cmday-netns-');
let room: RoomHost | undefined;
let trainerHost: { app: FastifyInstance; workbook: Workbook } | undefined;
afterEach(async () => {
  await room?.stop();
  await trainerHost?.app.close();
  trainerHost?.workbook.close();
  room = undefined;
  trainerHost = undefined;
  removeNamespace();
});

const needNamespace = (skip: (note: string) => void): boolean => {
  const problem = makeNamespace();
  if (problem)
    skip(
      `network namespaces cannot be made here (${problem}): run as root on Linux to test the room across a real link.`,
    );
  return problem === null;
};

describe('an attendee in another network namespace', () => {
  it('joins the room on the veth address, reaches their own workbook, and never the trainer’s methods', async (context) => {
    const problem = makeNamespace();
    if (problem) {
      context.skip(
        `network namespaces cannot be made here (${problem}): run as root on Linux to test the room across a real link.`,
      );
      return;
    }
    room = await startRoomHost(tempDir(), { interfaces: 'system' });
    const listed = (await room.trainer('classroom.interfaces')).body.value as { name: string; address: string }[];
    expect(listed).toContainEqual({ name: HERE, address: HOST_ADDRESS });
    expect(listed.every(({ address }) => !address.startsWith('127.'))).toBe(true);
    const { url, code } = await room.open(HOST_ADDRESS);
    expect(url).toMatch(new RegExp(`^http://${HOST_ADDRESS.replace(/\./g, '\\.')}:\\d+/$`));

    const output = await nodeInNamespace(ATTENDEE_SCRIPT, url, code);
    const seen = JSON.parse(output.trim()) as { joined: number; own: number; list: number; me: { role: string } };
    expect(seen).toEqual({ joined: 200, own: 200, list: 403, me: expect.objectContaining({ role: 'attendee' }) });
    const profiles = (await room.trainer('profile.list')).body.value as { name: string }[];
    expect(profiles.map((p) => p.name)).toEqual(['Salma']);

    // Closed, the room is gone for the namespace too.
    await room.trainer('classroom.close');
    const after = await nodeInNamespace(
      `try { await fetch(process.argv[1], { signal: AbortSignal.timeout(3000) }); console.log('answered'); } catch { console.log('refused'); }`,
      url,
    );
    expect(after.trim()).toBe('refused');
  }, 60_000);

  it('gets nothing from the trainer’s own server, even were it bound to a LAN address', async (context) => {
    if (!needNamespace((note) => context.skip(note))) return;
    // What `--host 0.0.0.0` used to give everyone: the CLI now refuses it, and the server refuses them anyway.
    const workbook = openWorkbook({ dataDir: tempDir() });
    const app = await createWebHost({ dispatch: createDispatch(createHandlers({ workbook })), rendererDir: RENDERER });
    trainerHost = { app, workbook };
    await app.listen({ host: HOST_ADDRESS, port: 0 });
    const { port } = app.server.address() as { port: number };
    const output = await nodeInNamespace(
      `const r = await fetch(process.argv[1], { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}', signal: AbortSignal.timeout(5000) });
       console.log(JSON.stringify({ status: r.status, body: await r.json() }));`,
      `http://${HOST_ADDRESS}:${port}/api/profile.list`,
    );
    const seen = JSON.parse(output) as { status: number; body: { error: { message: string } } };
    expect(seen.status).toBe(403);
    expect(seen.body.error.message).toMatch(/réservée à l’écran du formateur/);
  }, 60_000);
});
