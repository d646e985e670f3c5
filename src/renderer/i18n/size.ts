import { formatDecimal } from '../../shared/format/index';
import { count } from './plural';

const NBSP = '\u00a0';

/** A file's size the French way: « 512 octets », « 48 Ko », « 1,2 Mo » (1 Ko = 1 024 octets). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return count(bytes, 'octet', 'octets');
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'Ko'] : [bytes / (1024 * 1024), 'Mo'];
  return `${formatDecimal(value, { maximumDigits: value < 10 ? 1 : 0 })}${NBSP}${unit}`;
}
