import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

/** The names a browser uses for this machine's loopback, as they appear in a URL. */
export const LOOPBACK_HOSTNAMES = ['127.0.0.1', 'localhost', '[::1]'];

const WILDCARDS = new Set(['0.0.0.0', '::']);

/** An address as the host part of a URL: IPv6 in brackets. */
export function urlHost(address: string): string {
  return isIP(address) === 6 ? `[${address}]` : address;
}

export function isLoopbackAddress(address: string): boolean {
  return address === 'localhost' || address === '::1' || (isIP(address) === 4 && address.startsWith('127.'));
}

function interfaceHostnames(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((info) => (info ? [urlHost(info.address)] : []));
}

/**
 * The host names by which a browser reaches a server bound to `address`: its
 * own, plus every loopback name when it listens on loopback, plus every
 * interface's address when it listens on all of them.
 */
export function ownHostnames(address: string): string[] {
  if (WILDCARDS.has(address)) return [...new Set([...LOOPBACK_HOSTNAMES, ...interfaceHostnames()])];
  if (isLoopbackAddress(address)) return [...new Set([...LOOPBACK_HOSTNAMES, urlHost(address)])];
  return [urlHost(address)];
}

/** The origins the app's own pages have when served from `address`:`port`. */
export function ownOrigins(address: string, port: number): string[] {
  return ownHostnames(address).map((hostname) => `http://${hostname}:${port}`);
}

/** Where this machine reaches a server bound to `address`: a wildcard is reached through loopback. */
export function localBaseUrl(address: string, port: number): string {
  const host = address === '0.0.0.0' ? '127.0.0.1' : address === '::' ? '::1' : address;
  return `http://${urlHost(host)}:${port}`;
}
