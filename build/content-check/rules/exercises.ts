import type { z } from 'zod';
import {
  isMetricName,
  seedInputs,
  SeedRangeError,
  validateQuestion,
} from '../../../src/shared/exercises/grading/index';
import { EXERCISE_KINDS, isExerciseComponent, kindOfComponent } from '../../../src/shared/exercises/kinds';
import type { Element } from '../lesson-parts';
import type { CheckContext, Problem } from '../problem';
import { EXERCISE_PROPS } from './exercise-props';

type Numbers = Record<string, number>;
type Ranges = Record<string, { min: number; max: number; step?: number }>;

/**
 * The props schema the app itself checks when it shows the exercise (its kind
 * in src/shared/exercises/kinds.ts), else, for a component still being built,
 * the checker's own copy of the props it will take.
 */
function propsSchema(name: string): z.ZodType | undefined {
  if (isExerciseComponent(name)) return EXERCISE_KINDS[kindOfComponent(name)].props;
  return EXERCISE_PROPS[name];
}

/** Each exercise's props have the shape its component takes. */
export function checkExercises({ lessons }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const lesson of lessons) {
    for (const element of lesson.parts.elements) {
      const schema = propsSchema(element.name);
      if (!schema || element.computed.length > 0) continue;
      const parsed = schema.safeParse(element.props);
      const report = (message: string) => problems.push({ file: lesson.file, line: element.line, message });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          report(`<${element.name}> ${issue.path.join('.') || 'props'}: ${issue.message}`);
        }
        // The grading's checks still say what else is wrong (a missing input…),
        // when the metric is known; the prompt's placeholders were just reported.
        if (element.name === 'MetricQuestion' && isMetricName(String(element.props.metric))) {
          metricQuestionProblems(element)
            .filter((message) => !message.includes('prompt shows'))
            .forEach(report);
        }
        continue;
      }
      if (element.name === 'MetricQuestion') metricQuestionProblems(element).forEach(report);
    }
  }
  return problems;
}

/**
 * The grading's own `validateQuestion` holds for every number the question
 * can show (any seed within its ranges): the metric exists, its inputs are
 * there and accepted, no denominator can be zero. The prompt names only
 * numbers the question shows.
 */
export function metricQuestionProblems(element: Element): string[] {
  const metric = String(element.props.metric);
  const inputs = (element.props.inputs ?? {}) as Numbers;
  const ranges = (element.props.ranges ?? {}) as Ranges;
  const problems: string[] = [];
  const both = Object.keys(inputs).filter((name) => name in ranges);
  if (both.length > 0) problems.push(`<MetricQuestion> ${both.join(', ')} in both inputs and ranges`);
  const shown = new Set([...Object.keys(inputs), ...Object.keys(ranges)]);
  for (const [, name] of String(element.props.prompt).matchAll(/\{(\w+)\}/g)) {
    if (!shown.has(name!)) problems.push(`<MetricQuestion> prompt shows {${name}} but the question has no such number`);
  }
  try {
    seedInputs('content-check', String(element.props.id), ranges);
  } catch (error) {
    if (!(error instanceof SeedRangeError)) throw error;
    return [...problems, `<MetricQuestion> ${error.message}`];
  }
  for (const values of corners(inputs, ranges)) {
    const refused = validateQuestion({ metric, inputs: values });
    if (refused !== null) {
      const seeded = Object.keys(ranges).length > 0 ? ` (ranges: ${describe(values)})` : '';
      problems.push(`<MetricQuestion> ${refused}${seeded}`);
      break;
    }
  }
  return problems;
}

/**
 * Every combination of each range's min and max. The metrics' denominators
 * are sums of non-negative inputs, so if any seed makes one zero (or an input
 * out of bounds), a corner does.
 */
function corners(inputs: Numbers, ranges: Ranges): Numbers[] {
  let combos: Numbers[] = [{ ...inputs }];
  for (const [name, { min, max }] of Object.entries(ranges)) {
    combos = combos.flatMap((combo) => [min, max].map((value) => ({ ...combo, [name]: value })));
  }
  return combos;
}

function describe(values: Numbers): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');
}
