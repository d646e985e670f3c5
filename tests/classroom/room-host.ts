import { request } from 'node:http';
import { join } from 'node:path';
import type { NetworkInterface } from '../../src/shared/api/classroom-schemas';
import { startWebHost, type RunningHost } from '../../src/main/hosts/web/start';
import { ROOT } from '../support/web-host';

export interface Reply {
  status: number;
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** The source address (another loopback address plays another device). */
  from?: string;
}

/** One HTTP request with full control of its headers (Host, Cookie): node:http, not fetch. */
export function raw(base: string, { method = 'GET', path, headers = {}, body, from }: RawRequest): Promise<Reply> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port,
        path,
        method,
        headers,
        ...(from ? { localAddress: from } : {}),
        timeout: 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: Reply['body'] = { ok: false };
          try {
            parsed = JSON.parse(text) as Reply['body'];
          } catch {
            // Not JSON (a PDF, a page): `text` has it.
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, headers: res.headers, text });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

/** POST /api/<method> as the page's own client does (JSON), with the attendee's cookie if any. */
export function api(
  base: string,
  method: string,
  input: unknown = {},
  options: { cookie?: string; from?: string } = {},
) {
  const host = new URL(base).host;
  return raw(base, {
    method: 'POST',
    path: `/api/${method}`,
    headers: {
      host,
      'content-type': 'application/json',
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: JSON.stringify(input),
    ...(options.from ? { from: options.from } : {}),
  });
}

/** The `name=value` part of a Set-Cookie, to send back as a browser would. */
export function cookieOf(reply: Reply): string {
  const set = reply.headers['set-cookie'];
  const first = Array.isArray(set) ? set[0] : set;
  if (!first) throw new Error(`no Set-Cookie (status ${reply.status}: ${reply.text})`);
  return first.split(';')[0]!;
}

export interface RoomHost {
  host: RunningHost;
  /** The trainer's own address (loopback). */
  trainerUrl: string;
  trainer(method: string, input?: unknown): Promise<Reply>;
  /** Opens the room on `address` as the trainer does; returns its URL and code. */
  open(address?: string): Promise<{ url: string; code: string }>;
  /** Joins as an attendee; returns the cookie and the new profile's id. */
  join(url: string, name: string, code: string, from?: string): Promise<{ cookie: string; id: string }>;
  stop(): Promise<void>;
}

export const RENDERER = join(ROOT, 'out', 'renderer');

/**
 * The real web host, in this process, whose room may listen on the given
 * addresses only (a loopback alias such as 127.0.0.2 plays the LAN card).
 */
export async function startRoomHost(
  dataDir: string,
  /** `interfaces: 'system'`: the machine's own list (the network-namespace test's veth is in it). */
  options: { interfaces?: NetworkInterface[] | 'system'; joinLimit?: number } = {},
): Promise<RoomHost> {
  const interfaces = options.interfaces ?? [{ name: 'salle-test', address: '127.0.0.2' }];
  const host = await startWebHost({ port: 0, host: '127.0.0.1', data: dataDir }, RENDERER, {
    ...(interfaces === 'system' ? {} : { interfaces: () => interfaces }),
    ...(options.joinLimit ? { joinLimit: options.joinLimit } : {}),
  });
  const trainerUrl = host.url;
  const trainer = (method: string, input: unknown = {}) => api(trainerUrl, method, input);
  return {
    host,
    trainerUrl,
    trainer,
    async open(address = interfaces === 'system' ? '' : interfaces[0]!.address) {
      const opened = await trainer('classroom.open', { address });
      if (opened.status !== 200) throw new Error(`classroom.open: ${opened.text}`);
      return opened.body.value as { url: string; code: string };
    },
    async join(url, name, code, from) {
      const joined = await api(url, 'classroom.join', { name, code }, from ? { from } : {});
      if (joined.status !== 200) throw new Error(`classroom.join: ${joined.text}`);
      return { cookie: cookieOf(joined), id: (joined.body.value as { profile: { id: string } }).profile.id };
    },
    stop: () => host.stop(),
  };
}
