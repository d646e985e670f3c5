import { request, type IncomingMessage } from 'node:http';

/** A Server-Sent Events stream read as a browser would: each `event:`/`data:` block, in order. */
export interface EventStream {
  status: number;
  body: string;
  events: { event: string; data: string }[];
  /** Resolves with the first event (from now on, or already received after `from`) that `match` accepts. */
  next(
    match: (event: { event: string; data: string }) => boolean,
    from?: number,
  ): Promise<{ event: string; data: string }>;
  close(): void;
}

export function openStream(base: string, path: string, cookie?: string): Promise<EventStream> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, headers: { host: url.host, ...(cookie ? { cookie } : {}) } },
      (res: IncomingMessage) => {
        const events: { event: string; data: string }[] = [];
        const waiting = new Set<() => void>();
        let buffer = '';
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) !== -1) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event !== undefined && data !== undefined) events.push({ event, data });
          }
          for (const wake of [...waiting]) wake();
        });
        const stream: EventStream = {
          status: res.statusCode ?? 0,
          get body() {
            return body;
          },
          events,
          next(match, from = events.length) {
            return new Promise((found, fail) => {
              const timer = setTimeout(() => {
                waiting.delete(check);
                fail(new Error(`no matching event within 10 s; got ${events.map((e) => e.event).join(', ')}`));
              }, 10_000);
              const check = () => {
                const hit = events.slice(from).find(match);
                if (!hit) return;
                clearTimeout(timer);
                waiting.delete(check);
                found(hit);
              };
              waiting.add(check);
              check();
            });
          },
          close: () => req.destroy(),
        };
        if (res.statusCode === 200) resolve(stream);
        else res.on('end', () => resolve(stream));
      },
    );
    req.on('error', reject);
    req.end();
  });
}
