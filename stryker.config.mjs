// @ts-check
/**
 * Mutation testing of the code that keeps the app's promises: src/shared (the
 * contract, formulas, number reading, .cmwb format, exercises), src/main/db
 * and src/main/service. Run it with `npm run test:mutation` (scripts/mutation.mjs
 * drives Stryker through its API: its CLI wants Node 22, its engine runs on 20).
 *
 * Not mutated, and why:
 * - tests (`*.test.ts`) and ambient declarations (`*.d.ts`);
 * - src/main/db/migrations/types.ts: one interface, nothing runs;
 * - `index.ts` barrels are kept in: they only re-export, so they yield no mutant.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner', './scripts/mutation-live-reporter.mjs'],
  // With perTest coverage each mutant already runs only the tests that reach it; vitest's
  // `related` (walk every test file's imports on each run) only helps static mutants:
  // scripts/mutation.mjs turns it on with --static.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level code: zod schemas, regexes, tables) cannot be traced to
  // the tests that reach them, so each one reruns every related test file: ~900 of them
  // take hours on two cores. The default run leaves them out (reported as Ignored);
  // `npm run test:mutation -- --static` includes them (use it with --mutate).
  ignoreStatic: true,
  mutate: [
    'src/shared/**/*.ts',
    'src/main/db/**/*.ts',
    'src/main/service/**/*.ts',
    '!**/*.test.ts',
    '!**/*.d.ts',
    '!src/main/db/migrations/types.ts',
  ],
  // The sandbox copy needs the sources, the lessons (the manifest the contract checks ids against),
  // the build code that compiles that manifest and the test support; not the rest of the build output, the
  // browser/e2e tests or caches. Everything under .cache is gitignored and ignored by eslint.
  // The built renderer (out/renderer) is kept: the classroom tests ask the in-process web host for
  // the page.
  ignorePatterns: [
    '/out/*',
    '!/out/renderer',
    '/.cache',
    '/mutation',
    '/coverage',
    '/bench',
    '/resources',
    '/tests/e2e',
    '/tests/durability',
    '/reports',
  ],
  tempDirName: '.cache/stryker-tmp',
  incremental: true,
  // Committed: CI (.ci/run) reuses the results of mutants killed before whose code and killing
  // tests are unchanged, and runs every other mutant again. Commit it after a run.
  incrementalFile: 'mutation/incremental.json',
  // live-survivors: .cache/stryker/live-survivors-<pid>.txt, written while the run goes on.
  reporters: ['clear-text', 'progress-append-only', 'json', 'html', 'live-survivors'],
  jsonReporter: { fileName: '.cache/stryker/mutation.json' },
  htmlReporter: { fileName: '.cache/stryker/mutation.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, skipFull: false },
  thresholds: { high: 95, low: 90, break: 90 },
  // Two cores shared with the rest of the machine.
  concurrency: 2,
  timeoutMS: 10_000,
  cleanTempDir: 'always',
};

export default config;
