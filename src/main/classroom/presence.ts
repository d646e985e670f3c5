import type { ServerResponse } from 'node:http';

/** How often an idle event stream says it is alive (so a dead one is noticed and counted out). */
const HEARTBEAT_MS = 15_000;

/**
 * The attendees' open pages: each holds an event stream (GET /room/events).
 * Counting their distinct profiles is « connected »; closing the room tells
 * every page, on its stream, before the listener goes.
 */
export function createPresence({ heartbeatMs = HEARTBEAT_MS } = {}) {
  const streams = new Map<ServerResponse, string>();
  const send = (res: ServerResponse, event: string) => {
    if (!res.writableEnded) res.write(`event: ${event}\ndata: {}\n\n`);
  };
  return {
    add(profileId: string, res: ServerResponse): void {
      streams.set(res, profileId);
      const heartbeat = setInterval(() => res.write(': ·\n\n'), heartbeatMs);
      heartbeat.unref();
      res.on('close', () => {
        clearInterval(heartbeat);
        streams.delete(res);
      });
      send(res, 'open');
    },
    /** Distinct people with a page open. */
    count(): number {
      return new Set(streams.values()).size;
    },
    /** Says `event` on every open stream (the lockstep moved: each page asks what it may show now). */
    broadcast(event: string): void {
      for (const res of streams.keys()) send(res, event);
    },
    /** Says `event` on every stream and ends them. */
    endAll(event: string): void {
      for (const res of [...streams.keys()]) {
        send(res, event);
        res.end();
      }
      streams.clear();
    },
  };
}

export type Presence = ReturnType<typeof createPresence>;
