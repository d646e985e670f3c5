import { formatCount } from './numbers';

/**
 * A count and its noun, agreed as French does: 0 and 1 take the singular
 * (« 0 essai », « 1 essai »), 2 and more the plural (« 2 essais »). Never « essai(s) ».
 */
export function countOf(n: number, singular: string, plural: string): string {
  return `${formatCount(n)} ${Math.abs(n) < 2 ? singular : plural}`;
}
