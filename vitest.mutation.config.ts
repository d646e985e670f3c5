import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The tests Stryker runs against each mutant (stryker.config.mjs): the unit and
 * integration tests of the mutated folders (src/shared, src/main/db,
 * src/main/service), and the fault tests that run in this process. Left out: end-to-end tests and faults that start a browser,
 * the built web host (out/, which mutants never reach) or a kill -9 loop, and
 * roundtrip-size (it builds worst-case files of 5 000 attendees: minutes per run;
 * the limits it measures are checked on small files in the *.mutation.test.ts files).
 * Also left out: the Electron fault tests. They import the main process inside
 * their tests, which runs module-level code (schemas, regexes) during a test:
 * Stryker then takes those static mutants for runtime ones, activates them
 * after the modules are built and reports them as survivors.
 * The classroom and PDF route tests start the web host inside this process, so
 * they reach the service code; the one that prints a PDF is left out by name.
 * (Spread rather than mergeConfig, which would append to the main `include`.)
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'src/shared/**/*.test.ts',
      'src/main/db/**/*.test.ts',
      'src/main/service/**/*.test.ts',
      'tests/faults/db-foreign-wal.test.ts',
      'tests/faults/db-newer-wal.test.ts',
      'tests/faults/roundtrip-boundaries.test.ts',
      'tests/faults/roundtrip-property.test.ts',
      'tests/faults/store-dispatch-errors.test.ts',
      'tests/faults/web-error-replies.test.ts',
      'tests/pdf/pdf-parts.test.ts',
      'tests/pdf/pdf-exports.mutation.test.ts',
      'tests/pdf/pdf-routes.test.ts',
      'tests/classroom/dashboard-csv.test.ts',
      'tests/classroom/dashboard-stream.test.ts',
      'tests/classroom/room-http.test.ts',
    ],
    // Printing goes through Chromium and the built print page (out/, not in Stryker's sandbox):
    // tests whose name says « as a PDF » stay in the main suite only.
    testNamePattern: /^(?!.*\bas a PDF\b)/,
    reporters: ['default'],
  },
});
