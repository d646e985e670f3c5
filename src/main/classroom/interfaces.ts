import { networkInterfaces } from 'node:os';
import type { NetworkInterface } from '../../shared/api/classroom-schemas';

/**
 * The addresses the room may listen on: this machine's non-internal IPv4
 * addresses, by interface name (« Wi-Fi », « eth0 »). Loopback is the
 * trainer's; IPv6 link-local addresses are no use to a phone typing a URL.
 */
export function lanInterfaces(read: typeof networkInterfaces = networkInterfaces): NetworkInterface[] {
  const found: NetworkInterface[] = [];
  for (const [name, infos] of Object.entries(read())) {
    for (const info of infos ?? []) {
      if (info.family === 'IPv4' && !info.internal) found.push({ name, address: info.address });
    }
  }
  return found;
}
