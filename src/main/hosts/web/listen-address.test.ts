import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, localBaseUrl, ownHostnames, ownOrigins, urlHost } from './listen-address';

describe('where the web host is reached from', () => {
  it('writes IPv6 addresses in brackets', () => {
    expect(urlHost('::1')).toBe('[::1]');
    expect(urlHost('127.0.0.2')).toBe('127.0.0.2');
    expect(urlHost('localhost')).toBe('localhost');
  });

  it('knows every loopback address, and only those', () => {
    for (const address of ['127.0.0.1', '127.0.0.2', '::1', 'localhost']) expect(isLoopbackAddress(address)).toBe(true);
    for (const address of ['0.0.0.0', '::', '192.168.1.5', '10.127.0.1'])
      expect(isLoopbackAddress(address)).toBe(false);
  });

  it('reads the print view where the host listens: a wildcard through loopback', () => {
    expect(localBaseUrl('::1', 5174)).toBe('http://[::1]:5174');
    expect(localBaseUrl('127.0.0.2', 5174)).toBe('http://127.0.0.2:5174');
    expect(localBaseUrl('0.0.0.0', 5174)).toBe('http://127.0.0.1:5174');
    expect(localBaseUrl('::', 5174)).toBe('http://[::1]:5174');
    expect(localBaseUrl('192.168.1.5', 5174)).toBe('http://192.168.1.5:5174');
  });

  it('lists the app’s own origins: loopback names on loopback, the address itself elsewhere', () => {
    expect(ownOrigins('127.0.0.1', 80)).toEqual(['http://127.0.0.1:80', 'http://localhost:80', 'http://[::1]:80']);
    expect(ownHostnames('127.0.0.2')).toContain('127.0.0.2');
    expect(ownHostnames('::1')).toContain('[::1]');
    expect(ownHostnames('192.168.1.5')).toEqual(['192.168.1.5']);
    const everyInterface = ownHostnames('0.0.0.0');
    expect(everyInterface).toEqual(expect.arrayContaining(['127.0.0.1', 'localhost']));
    for (const info of Object.values(networkInterfaces()).flat()) {
      if (info) expect(everyInterface).toContain(urlHost(info.address));
    }
  });
});
