import { describe, expect, it } from 'vitest';
import { afterColon, count } from './plural';

describe('French plurals and sentence case', () => {
  it('says 0 and 1 in the singular, 2 and more in the plural', () => {
    expect(count(0, 'nouveau participant', 'nouveaux participants')).toBe('0 nouveau participant');
    expect(count(1, 'réponse', 'réponses')).toBe('1 réponse');
    expect(count(2, 'réponse', 'réponses')).toBe('2 réponses');
    expect(count(12000, 'réponse', 'réponses')).toBe('12\u202f000 réponses');
  });

  it('lowers the first letter after a colon, but not an acronym', () => {
    expect(afterColon('Cette réponse a changé.')).toBe('cette réponse a changé.');
    expect(afterColon('PDF introuvable.')).toBe('PDF introuvable.');
    expect(afterColon('À refaire.')).toBe('à refaire.');
  });
});

describe('file sizes', () => {
  it('says octets, Ko and Mo with a French decimal comma', async () => {
    const { formatSize } = await import('./size');
    expect(formatSize(1)).toBe('1 octet');
    expect(formatSize(512)).toBe('512 octets');
    expect(formatSize(49_152)).toBe('48\u00a0Ko');
    expect(formatSize(1.25 * 1024 * 1024)).toBe('1,3\u00a0Mo');
  });
});
