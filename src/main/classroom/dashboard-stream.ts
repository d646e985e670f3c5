import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { SECURITY_HEADERS } from '../security/security-headers';
import type { ListenerTools } from '../hosts/web/server';
import { TRAINER } from '../service/classroom-caller';
import type { ClassroomEvents } from '../service/dashboard-events';
import type { Dispatch } from '../service/dispatch';

/** A burst of saves (a whole room pressing « Vérifier ») is one refresh, at most this often. */
const REFRESH_MS = 500;
/** An idle stream says it is alive, so a proxy or a sleeping laptop does not drop it unnoticed. */
const HEARTBEAT_MS = 15_000;

export interface DashboardStreamOptions {
  dispatch: Dispatch;
  events: ClassroomEvents;
  refreshMs?: number;
  heartbeatMs?: number;
}

/**
 * The trainer's dashboard, live: GET /dashboard/events is a Server-Sent
 * Events stream whose `dashboard` events each carry the whole dashboard
 * (`dashboard.get`). Who may open it is dispatch's decision, as for the
 * method itself: the trainer, on loopback; an attendee on the room's
 * listener gets 403. One snapshot per change serves every open stream.
 */
export function registerDashboardStream(
  app: FastifyInstance,
  tools: Pick<ListenerTools, 'sendError' | 'refuseCrossSite' | 'callerOf'>,
  { dispatch, events, refreshMs = REFRESH_MS, heartbeatMs = HEARTBEAT_MS }: DashboardStreamOptions,
): void {
  /** Each open stream and the last dashboard it was sent (a new screen may be ahead of the others). */
  const streams = new Map<ServerResponse, string>();
  let timer: NodeJS.Timeout | undefined;
  let unsubscribe: (() => void) | undefined;

  const write = (res: ServerResponse, data: string) => {
    if (!res.writableEnded) res.write(`event: dashboard\ndata: ${data}\n\n`);
  };
  const refresh = async () => {
    timer = undefined;
    if (streams.size === 0) return;
    const result = await dispatch('dashboard.get', {}, TRAINER);
    if (!result.ok) return;
    const data = JSON.stringify(result.value);
    for (const [res, sent] of streams) {
      if (sent === data) continue;
      streams.set(res, data);
      write(res, data);
    }
  };
  const schedule = () => {
    // Trailing: the refresh after a burst shows its last save too.
    timer ??= setTimeout(() => void refresh(), refreshMs);
  };

  app.get('/dashboard/events', { onRequest: tools.refuseCrossSite }, async (request, res) => {
    const first = await dispatch('dashboard.get', {}, tools.callerOf(request, res));
    if (!first.ok) return tools.sendError(res, first.error);
    res.hijack();
    const raw = res.raw;
    raw.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    const data = JSON.stringify(first.value);
    streams.set(raw, data);
    unsubscribe ??= events.subscribe(schedule);
    const heartbeat = setInterval(() => raw.write(': ·\n\n'), heartbeatMs);
    heartbeat.unref();
    raw.on('close', () => {
      clearInterval(heartbeat);
      streams.delete(raw);
      if (streams.size > 0) return;
      unsubscribe?.();
      unsubscribe = undefined;
      clearTimeout(timer);
      timer = undefined;
    });
    write(raw, data);
  });

  // Before the server closes: an open stream would keep it waiting for ever.
  app.addHook('preClose', async () => {
    clearTimeout(timer);
    unsubscribe?.();
    for (const res of streams.keys()) res.end();
    streams.clear();
  });
}
