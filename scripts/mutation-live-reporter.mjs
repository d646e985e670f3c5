// A Stryker reporter that writes each surviving or uncovered mutant as soon as it is
// known (.cache/stryker/live-survivors-<pid>.txt, one file per run): the end-of-run
// report of a long run comes only at its end.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

const FILE = `.cache/stryker/live-survivors-${process.pid}.txt`;

class LiveSurvivorsReporter {
  constructor() {
    mkdirSync(dirname(FILE), { recursive: true });
    writeFileSync(FILE, '');
  }

  /** @param {{ status: string, fileName: string, location: { start: { line: number, column: number } }, mutatorName: string, replacement?: string }} result */
  onMutantTested(result) {
    if (result.status !== 'Survived' && result.status !== 'NoCoverage') return;
    const { line, column } = result.location.start;
    const replacement = (result.replacement ?? '').replace(/\s+/g, ' ').slice(0, 120);
    appendFileSync(
      FILE,
      `${result.fileName}:${line}:${column} ${result.status} ${result.mutatorName} ${replacement}\n`,
    );
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'live-survivors', LiveSurvivorsReporter)];
