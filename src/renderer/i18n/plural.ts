import { formatCount } from '../../shared/format/index';

/** French plural categories, whatever the browser's language: 0 and 1 take the singular. */
const rules = new Intl.PluralRules('fr');

/** « 0 nouveau participant », « 2 nouveaux participants »: the number, then the form its category takes. */
export function count(n: number, one: string, other: string): string {
  return `${formatCount(n)} ${rules.select(n) === 'one' ? one : other}`;
}

/** Just the form (for a word that agrees with a number said elsewhere). */
export function agree(n: number, one: string, other: string): string {
  return rules.select(n) === 'one' ? one : other;
}

/**
 * A message shown after « … : » starts in lower case, the French way —
 * unless it starts with an acronym or a name in capitals (« PDF », « CSV »).
 */
export function afterColon(message: string): string {
  const [first = '', second = ''] = [...message];
  if (second !== '' && second === second.toLocaleUpperCase('fr') && second !== second.toLocaleLowerCase('fr'))
    return message;
  return first.toLocaleLowerCase('fr') + message.slice(first.length);
}
