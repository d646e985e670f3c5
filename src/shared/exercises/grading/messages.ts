import { formatCount, formatDecimal, formatMad, formatPercent } from '../../format/index';
import { decimalsOf } from './decimals';
import { INPUT_LABELS, METRICS, type MetricUnit } from './metric-table';
import type { MistakeCandidate } from './mistakes';
import type { MetricQuestion } from './validate-question';

/**
 * The French sentences of the grader. A named mistake says what the attendee
 * did, then what the metric needs, with the words of the lessons.
 */

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A result as the question shows it: 6,3 %, 12,50 MAD, 2,5, 24 000. */
export function formatResult(value: number, unit: MetricUnit): string {
  switch (unit) {
    case 'percent':
      return formatPercent(value); // one decimal
    case 'mad':
      return formatMad(value);
    // Stryker disable next-line ConditionalExpression: falling through to formatCount gives the same text (0 to 2 decimals)
    case 'multiple':
      return formatDecimal(value); // up to two decimals
    case 'count':
      return formatCount(value);
  }
}

export function correctMessage(question: MetricQuestion, expected: number): string {
  return `Exact : ${formatResult(expected, METRICS[question.metric].unit)}.`;
}

export function incorrectMessage(question: MetricQuestion): string {
  const definition = METRICS[question.metric];
  return `Ce n’est pas le résultat attendu. ${capitalise(definition.the)} se calcule ainsi : ${definition.formula}.`;
}

/** What a negative result means, for the missing minus. */
const WHY_NEGATIVE: Partial<Record<MetricQuestion['metric'], string>> = {
  growthRate: 'la valeur a baissé',
  roi: 'la campagne a coûté plus qu’elle n’a rapporté',
  roiAfterMargin: 'la marge gagnée ne couvre pas le coût',
};

export function mistakeMessage(question: MetricQuestion, mistake: MistakeCandidate, typed: number): string {
  const definition = METRICS[question.metric];
  const the = definition.the;
  const needs = `${capitalise(the)} = ${definition.formula}.`;
  // Stryker disable next-line StringLiteral: unreachable, the two mistakes that use it always name their input
  const inputThe = mistake.input ? INPUT_LABELS[mistake.input].the : '';
  switch (mistake.code) {
    case 'wrong-denominator': {
      // Stryker disable next-line StringLiteral: unreachable, only a metric that divides (and says by what) has a wrong denominator
      const dividesBy = definition.dividesBy ?? '';
      return `Vous avez divisé par ${inputThe} ; ${the} divise par ${dividesBy}.`;
    }
    case 'inverted-ratio': {
      if (question.metric === 'breakEvenRoas') {
        return `Vous avez donné la marge brute elle-même ; ${the} en est l’inverse : 1 ÷ marge brute.`;
      }
      const ratio = definition.ratio;
      if (!ratio) return `Vous avez fait la division à l’envers. ${needs}`;
      const top = INPUT_LABELS[ratio.numerator].the;
      const bottom = INPUT_LABELS[ratio.denominator].the;
      return `Vous avez divisé ${bottom} par ${top} : c’est l’inverse. ${capitalise(the)} divise ${top} par ${bottom}.`;
    }
    case 'fraction-not-percent':
      return (
        `Vous avez donné une fraction ; ${the} s’écrit en pourcentage : multipliez par 100 ` +
        `(${formatDecimal(typed, { maximumDigits: 6 })} → ${formatPercent(typed, { digits: Math.max(0, decimalsOf(typed) - 2) })}).`
      );
    case 'missing-thousand':
      return `Vous avez divisé la dépense par les impressions sans multiplier par 1 000 ; le CPM est le coût pour mille impressions : ${definition.formula}.`;
    case 'roas-not-roi':
      return `Vous avez donné un ROAS (ce que rapporte chaque dirham dépensé) ; ${the} retire d’abord le coût : ${definition.formula}. Le ROI vaut ROAS − 1.`;
    case 'roi-not-roas':
      return `Vous avez donné un ROI (le gain une fois la dépense retirée) ; ${the} ne retire rien : ${definition.formula}. Le ROAS vaut ROI + 1.`;
    case 'revenue-not-margin':
      return `Vous avez calculé sur le chiffre d’affaires et oublié la marge brute : une vente ne rapporte que sa marge. ${needs}`;
    case 'percent-not-fraction': {
      const given = mistake.input ? (question.inputs[mistake.input] ?? 0) : 0;
      const asPercent = formatDecimal(given * 100); // up to two decimals
      const asFraction = formatDecimal(given, { maximumDigits: 4 });
      return (
        `Vous avez utilisé ${inputThe} en pourcentage (${asPercent} au lieu de ${asFraction}) ; ` +
        `dans la formule, ${asPercent}\u202f% s’écrit ${asFraction}. ${needs}`
      );
    }
    case 'missing-minus': {
      // Stryker disable next-line StringLiteral: unreachable, every signed metric says why it can be negative
      const why = WHY_NEGATIVE[question.metric] ?? 'le résultat baisse';
      return `Vous avez oublié le signe moins : ${the} est négatif ici, car ${why}.`;
    }
    case 'ratio-not-growth':
      return `Vous avez divisé la valeur d’arrivée par la valeur de départ sans retirer 1 ; ${the} mesure l’écart : ${definition.formula}.`;
    case 'cpa-not-cpc':
      return `Vous avez calculé le CPA maximal (panier moyen × marge brute) ; ${the} multiplie encore par le taux de conversion, car il faut plusieurs clics pour une vente.`;
  }
}
