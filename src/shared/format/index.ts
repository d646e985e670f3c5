export { formatPercent, formatMad, formatCount, formatDecimal } from './numbers';
export { parseNumberInput } from './parse-number';
export type { ParsedNumber, ParseNumberOptions } from './parse-number';
export { formatDay, formatMoment } from './dates';
export { formatDuration, formatHours } from './duration';
export { frenchSpacing } from './french-spacing';
export { countOf } from './plural';
