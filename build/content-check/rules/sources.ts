import { EXERCISE_NAMES, LABELLED } from '../known-components';
import type { Literal } from '../literal';
import { isDataNumber, lineAt, writtenNumbers } from '../numbers';
import type { CheckContext, Problem } from '../problem';
import { isVerbatim, sourceFigures } from '../source-text';

/** Exercises whose props are numbers shown to the attendee: always invented, so always labelled. */
const SHOWS_NUMBERS = new Set(['MetricQuestion', 'BudgetSandbox']);

/** Every `<Source quote>` is in the source word for word. */
export function checkQuotes({ lessons, source }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const lesson of lessons) {
    for (const element of lesson.parts.elements) {
      if (element.name !== LABELLED.source) continue;
      const quote = element.props.quote;
      if (typeof quote !== 'string' || quote.trim() === '') {
        problems.push({ file: lesson.file, line: element.line, message: '<Source> needs a literal quote="…"' });
      } else if (!isVerbatim(quote, source)) {
        problems.push({
          file: lesson.file,
          line: element.line,
          message: `<Source> quote is not in the source word for word (apostrophes are straight there): « ${quote.slice(0, 80)} »`,
        });
      }
    }
  }
  return problems;
}

/**
 * Numbers in prose are either quoted from the source or labelled illustrative,
 * and no example borrows one of the source's figures (an invented fact that
 * looks real): not in prose outside `<Source>`, not in an exercise's numbers.
 */
export function checkNumbers({ lessons, source }: CheckContext): Problem[] {
  const figures = sourceFigures(source);
  const problems: Problem[] = [];
  for (const lesson of lessons) {
    for (const prose of lesson.parts.prose) {
      if (prose.ancestors.includes(LABELLED.source)) continue;
      const labelled =
        prose.ancestors.includes(LABELLED.illustrative) || prose.ancestors.includes(LABELLED.trainerNote);
      for (const number of writtenNumbers(prose.text)) {
        const line = lineAt(prose.text, number.index, prose.line);
        if (figures.has(number.value) && !number.hasDecimals) {
          problems.push({
            file: lesson.file,
            line,
            message: `${number.text} is a figure of the source: quote it with <Source quote="…" /> or pick another example number`,
          });
        } else if (!labelled && isDataNumber(number)) {
          problems.push({
            file: lesson.file,
            line,
            message: `${number.text} is outside <Illustrative> and <Source>: label invented data « Données illustratives »`,
          });
        }
      }
    }
    for (const element of lesson.parts.elements) {
      if (!EXERCISE_NAMES.has(element.name)) continue;
      if (SHOWS_NUMBERS.has(element.name) && !element.ancestors.includes(LABELLED.illustrative)) {
        problems.push({
          file: lesson.file,
          line: element.line,
          message: `<${element.name} id="${String(element.props.id)}"> shows invented numbers: put it inside <Illustrative>`,
        });
      }
      for (const value of numbersIn(element.props)) {
        if (figures.has(value)) {
          problems.push({
            file: lesson.file,
            line: element.line,
            message: `<${element.name} id="${String(element.props.id)}"> uses ${value}, a figure of the source, as illustrative data: pick another number`,
          });
        }
      }
    }
  }
  return problems;
}

function numbersIn(value: Literal): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}
