// Test support: axe-core over a rendered exercise (happy-dom).
import axe from 'axe-core';

/** Serious or critical violations; contrast needs a real layout and is checked end to end. */
export async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}
