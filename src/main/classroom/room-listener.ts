import type { AddressInfo } from 'node:net';
import type { AttendeeTokensRepo } from '../db';
import { createWebHost, type ListenerCallers, type WebHostOptions } from '../hosts/web/server';
import { urlHost } from '../hosts/web/listen-address';
import { SECURITY_HEADERS } from '../security/security-headers';
import type { Caller } from '../service/classroom-caller';
import type { Presence } from './presence';
import { sessionCookie, tokenFromCookies } from './room-cookie';
import type { ListenRoom } from './room';

export interface RoomListenOptions extends Omit<WebHostOptions, 'callers'> {
  tokens: AttendeeTokensRepo;
  presence: Presence;
}

const NOT_JOINED = {
  code: 'forbidden' as const,
  message: 'Rejoignez d’abord la salle avec votre nom et le code affiché par le formateur.',
};

/**
 * The room's listener: the web host's own server (same routes, guards, body
 * limits, CSP, static files), bound to the chosen LAN address, where every
 * caller is an attendee (by the token in their cookie) or a visitor — never
 * the trainer, even from the trainer's own machine.
 */
export function roomListen({ tokens, presence, ...host }: RoomListenOptions): ListenRoom {
  return async (address, port) => {
    const callers: ListenerCallers = {
      // The room's own address only: not localhost, not the machine's other interfaces.
      hostnames: () => [urlHost(address)],
      callerOf(request, res): Caller {
        const token = tokenFromCookies(request.headers.cookie);
        const profileId = token === undefined ? undefined : tokens.profileOf(token);
        if (profileId) return { role: 'attendee', profileId, address: request.ip };
        return {
          role: 'visitor',
          address: request.ip,
          startSession: (issued) => void res.header('set-cookie', sessionCookie(issued)),
        };
      },
      register(server, { sendError, refuseCrossSite, callerOf }) {
        // The page's line to the room: counts it as connected, and tells it when the room closes.
        server.get('/room/events', { onRequest: refuseCrossSite }, (request, res) => {
          const caller = callerOf(request, res);
          if (caller.role !== 'attendee') return sendError(res, NOT_JOINED);
          res.hijack();
          res.raw.writeHead(200, {
            ...SECURITY_HEADERS,
            'content-type': 'text/event-stream; charset=utf-8',
            'cache-control': 'no-store',
            connection: 'keep-alive',
          });
          presence.add(caller.profileId, res.raw);
        });
      },
    };
    const app = await createWebHost({ ...host, callers });
    try {
      await app.listen({ host: address, port });
    } catch (error) {
      await app.close();
      throw error;
    }
    const listening = app;
    return {
      port: (listening.server.address() as AddressInfo).port,
      async close() {
        const closing = listening.close();
        // In-flight requests and kept-alive sockets too: the room is closed now, not when they finish.
        listening.server.closeAllConnections();
        await closing;
      },
    };
  };
}
