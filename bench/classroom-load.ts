import { Agent, request } from 'node:http';

export interface Reply {
  status: number;
  text: string;
  setCookie: string | undefined;
}

/** One request on the client's own kept-alive connection (a browser tab holds one too). */
export function send(
  agent: Agent,
  url: URL,
  path: string,
  { method = 'GET', body, cookie }: { method?: string; body?: unknown; cookie?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path,
        method,
        headers: {
          host: url.host,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(cookie ? { cookie } : {}),
        },
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const set = res.headers['set-cookie'];
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            setCookie: Array.isArray(set) ? set[0] : set,
          });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

export interface LoadResult {
  latencies: number[];
  errors: number;
  /** Ticks that found the previous request still out: the client sent its newest value after it. */
  late: number;
}

/**
 * `clients` simulated people, each firing `act` once a second for `seconds`,
 * starting at random offsets. Like the app's autosave, a client never has two
 * requests out: a tick that finds one in flight is sent when it returns.
 * Stops by itself: no new tick after `seconds`, and it waits for the last replies.
 */
export async function steadyLoad(
  clients: number,
  seconds: number,
  act: (client: number, tick: number) => Promise<boolean>,
): Promise<LoadResult> {
  const result: LoadResult = { latencies: [], errors: 0, late: 0 };
  const end = performance.now() + seconds * 1000;
  const runs = Array.from({ length: clients }, async (_, client) => {
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 1000));
    for (let tick = 0; performance.now() < end; tick += 1) {
      const due = performance.now() + 1000;
      const start = performance.now();
      try {
        if (!(await act(client, tick))) result.errors += 1;
      } catch {
        result.errors += 1;
      }
      const now = performance.now();
      result.latencies.push(now - start);
      if (now > due) result.late += 1;
      else await new Promise((resolve) => setTimeout(resolve, due - now));
    }
  });
  await Promise.all(runs);
  return result;
}
