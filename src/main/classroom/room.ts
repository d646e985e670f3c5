import { AppError } from '../../shared/api';
import type { NetworkInterface, RoomState } from '../../shared/api/classroom-schemas';
import type { Room } from '../service/classroom';
import { urlHost } from '../hosts/web/listen-address';
import { lanInterfaces } from './interfaces';
import { newJoinCode, sameCode } from './join-code';
import type { Presence } from './presence';
import { createRateLimiter } from './rate-limit';

/** A listening room server: its port, and how to stop it at once. */
export interface RoomListener {
  port: number;
  close(): Promise<void>;
}

export type ListenRoom = (address: string, port: number) => Promise<RoomListener>;

export interface RoomOptions {
  listen: ListenRoom;
  presence: Presence;
  /** The port tried first (the web host's own, or 5174); a busy one gives way to any free one. */
  preferredPort: () => number;
  interfaces?: () => NetworkInterface[];
  /** Join attempts per address and minute: the code is short, guessing it must be slow. */
  joinLimit?: number;
  now?: () => number;
}

const listenError = (address: string, error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRNOTAVAIL') {
    return new AppError(
      'unavailable',
      `L’adresse ${address} n’appartient plus à ce poste (réseau changé ?) : choisissez-en une autre.`,
    );
  }
  if (code === 'EACCES') {
    return new AppError(
      'unavailable',
      `Ce poste refuse d’écouter sur ${address} : vérifiez le pare-feu, ou choisissez une autre interface.`,
    );
  }
  return new AppError('unavailable', `La salle n’a pas pu s’ouvrir sur ${address} : réessayez.`);
};

/**
 * The classroom: closed until the trainer opens it on one of this machine's
 * network interfaces, with a new join code each time. Closing tells every
 * attendee page, then stops the listener and drops its connections.
 */
export function createRoom({
  listen,
  presence,
  preferredPort,
  interfaces = lanInterfaces,
  joinLimit = 10,
  now = Date.now,
}: RoomOptions): Room {
  let current: { iface: NetworkInterface; code: string; listener: RoomListener } | undefined;
  let port: number | undefined;
  // Open and close one at a time: two clicks never leave two listeners.
  let queue: Promise<unknown> = Promise.resolve();
  const limiter = createRateLimiter({ limit: joinLimit, windowMs: 60_000, now });

  const state = (): RoomState =>
    current
      ? {
          open: true,
          interface: current.iface,
          url: `http://${urlHost(current.iface.address)}:${current.listener.port}/`,
          code: current.code,
          connected: presence.count(),
        }
      : { open: false };

  const stop = async () => {
    if (!current) return;
    const { listener } = current;
    current = undefined;
    presence.endAll('closed');
    await listener.close();
  };

  const start = async (address: string) => {
    const iface = interfaces().find((candidate) => candidate.address === address);
    if (!iface) {
      throw new AppError(
        'invalid_input',
        `L’adresse ${address} n’est pas une interface réseau de ce poste : choisissez-en une dans la liste.`,
      );
    }
    await stop();
    let listener: RoomListener;
    const tried = port ?? preferredPort();
    try {
      listener = await listen(address, tried);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EADDRINUSE' || tried === 0) throw listenError(address, error);
      try {
        listener = await listen(address, 0);
      } catch (again) {
        throw listenError(address, again);
      }
    }
    // Reopened later, the room keeps its port: pages left open find it again.
    port = listener.port;
    current = { iface, code: newJoinCode(), listener };
    return state();
  };

  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    interfaces,
    open: (address) => serially(() => start(address)),
    close: () => serially(async () => (await stop(), state())),
    state,
    admitJoinAttempt: (address) => limiter.hit(address),
    codeMatches: (code) => current !== undefined && sameCode(current.code, code),
  };
}
