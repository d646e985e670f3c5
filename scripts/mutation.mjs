// `npm run test:mutation [-- --mutate GLOB[,GLOB…]] [-- --full] [-- --concurrency N]`
//
// Mutation testing of src/shared, src/main/db and src/main/service (stryker.config.mjs),
// then one score per folder. Fails (exit code 1) when the run as a whole, or any
// of the three folders, is below 90 %.
//
// Stryker 10's CLI refuses Node 20 at load time (its package index imports the CLI,
// which checks the version first); its engine runs on 20, so the Stryker class is
// imported from its own file.
//
// - Incremental: a mutant killed before is not run again while its code and the test
//   that killed it are unchanged (mutation/incremental.json, committed); survivors and
//   uncovered mutants are always run again. `--full` runs every mutant again.
// - `--mutate` runs a subset (globs, `file.ts:line` ranges as Stryker reads them) and
//   merges its results into the incremental file, so a later full run reuses them.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import config from '../stryker.config.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The folders the issue holds to 90 %, most specific first where they nest. */
export const FOLDERS = ['src/main/db', 'src/main/service', 'src/shared'];
export const MINIMUM = 90;

/**
 * @typedef {{ status: string, static?: boolean }} ReportMutant
 * @typedef {{ files: Record<string, { mutants: ReportMutant[] }> }} Report
 * @typedef {{ killed: number, timeout: number, survived: number, noCoverage: number, errors: number, ignored: number }} Tally
 */

/** @returns {Tally} */
const emptyTally = () => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, errors: 0, ignored: 0 });

/**
 * Stryker's mutation score: detected (killed or timed out) over valid mutants
 * (detected, survived, not covered); compile and run-time errors and ignored
 * mutants are not counted. null when the folder has no valid mutant.
 * @param {Tally} t
 */
export function score(t) {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return valid === 0 ? null : (100 * (t.killed + t.timeout)) / valid;
}

/**
 * Tallies a mutation-testing report (Stryker's JSON or incremental file) by folder.
 * @param {Report} report
 * @param {string[]} folders
 * @returns {Map<string, Tally>}
 */
export function tallyByFolder(report, folders = FOLDERS) {
  const tallies = new Map(folders.map((folder) => [folder, emptyTally()]));
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const path = relative(ROOT, resolve(ROOT, file)).split('\\').join('/');
    const folder = folders.find((f) => path.startsWith(`${f}/`));
    if (!folder) continue;
    const tally = /** @type {Tally} */ (tallies.get(folder));
    for (const { status } of mutants) {
      if (status === 'Killed') tally.killed += 1;
      else if (status === 'Timeout') tally.timeout += 1;
      else if (status === 'Survived') tally.survived += 1;
      else if (status === 'NoCoverage') tally.noCoverage += 1;
      else if (status === 'CompileError' || status === 'RuntimeError') tally.errors += 1;
      else if (status === 'Ignored') tally.ignored += 1;
    }
  }
  return tallies;
}

/** @param {Map<string, Tally>} tallies */
function printSummary(tallies) {
  console.log('\nMutation score per folder (killed + timeout) / (killed + timeout + survived + no coverage):');
  for (const [folder, t] of tallies) {
    const s = score(t);
    const shown = s === null ? '   n/a' : `${s.toFixed(2).padStart(6)} %`;
    console.log(
      `  ${folder.padEnd(18)} ${shown}  killed ${t.killed}, timeout ${t.timeout}, survived ${t.survived}, ` +
        `no coverage ${t.noCoverage} (errors ${t.errors}, ignored ${t.ignored})`,
    );
  }
}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ mutate?: string[], full: boolean, static: boolean, concurrency?: number }} */
  const args = { full: false, static: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--full') args.full = true;
    else if (arg === '--static') args.static = true;
    else if (arg === '--mutate')
      args.mutate = String(argv[++i] ?? '')
        .split(',')
        .filter(Boolean);
    else if (arg === '--concurrency') args.concurrency = Number(argv[++i]);
    else throw new Error(`Unknown option ${arg} (use --mutate GLOB[,GLOB…], --full, --static, --concurrency N)`);
  }
  return args;
}

/**
 * A `mutate` glob as a regular expression over project-relative paths (`**`, `*`;
 * a `:line` range is dropped: the whole file's results are merged).
 * @param {string} glob
 */
export function globToRegExp(glob) {
  const pattern = glob
    .replace(/:\d+(?::\d+)?(?:-\d+(?::\d+)?)?$/, '')
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .split('**/')
    .map((part) =>
      part
        .split('**')
        .map((piece) => piece.replace(/\*/g, '[^/]*'))
        .join('.*'),
    )
    .join('(?:.*/)?');
  return new RegExp(`^${pattern}$`);
}

/**
 * Puts a subset run's results into the incremental file of full runs: only the
 * files the subset mutated (its report also carries what it was handed), and
 * its test files (every test ran) in place of all.
 * @param {string} mainFile
 * @param {string} subsetFile
 * @param {string[]} globs
 */
function mergeIncremental(mainFile, subsetFile, globs) {
  if (!existsSync(subsetFile)) return;
  const subset = JSON.parse(readFileSync(subsetFile, 'utf8'));
  const main = existsSync(mainFile) ? JSON.parse(readFileSync(mainFile, 'utf8')) : { ...subset, files: {} };
  const patterns = globs.map(globToRegExp);
  const mutated = Object.entries(subset.files).filter(([file]) => {
    const path = relative(ROOT, resolve(ROOT, file)).split('\\').join('/');
    return patterns.some((pattern) => pattern.test(path));
  });
  const merged = {
    ...main,
    files: { ...main.files, ...Object.fromEntries(mutated) },
    testFiles: subset.testFiles ?? main.testFiles,
  };
  writeFileSync(mainFile, JSON.stringify(merged));
}

/**
 * Keeps only the detected, non-static mutants of an incremental file: survivors
 * and uncovered mutants are always tested again, so a result is never carried
 * over from a run that had fewer tests.
 * @param {string} file
 */
function keepDetectedOnly(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const entry of Object.values(report.files ?? {})) {
    const typed = /** @type {{ mutants: ReportMutant[] }} */ (entry);
    // Static mutants too: whether they run depends on --static, not on an earlier run.
    typed.mutants = typed.mutants.filter((m) => (m.status === 'Killed' || m.status === 'Timeout') && !m.static);
  }
  writeFileSync(file, JSON.stringify(report));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(join(ROOT, 'out/renderer/index.html'))) {
    console.error(
      'Construisez d’abord l’application (npm run build) : les tests de la classe demandent la page construite.',
    );
    process.exitCode = 1;
    return;
  }
  const started = Date.now();
  const require = createRequire(import.meta.url);
  const coreDir = dirname(require.resolve('@stryker-mutator/core/package.json'));
  /** @type {{ Stryker: new (options: object) => { runMutationTest(): Promise<unknown[]> } }} */
  const { Stryker } = await import(pathToFileURL(join(coreDir, 'dist/src/stryker.js')).href);

  const mainIncremental = resolve(ROOT, config.incrementalFile ?? '.cache/stryker/incremental.json');
  /** @type {Record<string, unknown>} */
  const options = { ...config, force: args.full };
  if (args.concurrency) options.concurrency = args.concurrency;
  if (args.static) {
    options.ignoreStatic = false;
    options.vitest = { .../** @type {object} */ (config.vitest ?? {}), related: true };
  }
  let subsetIncremental;
  if (args.static) {
    // Static mutants keep their own incremental file and report: the default run's
    // figures stay those of one kind of mutant.
    options.incrementalFile = '.cache/stryker/incremental-static.json';
    options.jsonReporter = { fileName: '.cache/stryker/mutation-static.json' };
    options.htmlReporter = { fileName: '.cache/stryker/mutation-static.html' };
  } else if (args.mutate) {
    // The subset reads what full runs learnt, and writes beside it (merged below).
    subsetIncremental = join(ROOT, '.cache/stryker', `incremental-subset-${process.pid}.json`);
    mkdirSync(dirname(subsetIncremental), { recursive: true });
    if (existsSync(mainIncremental)) copyFileSync(mainIncremental, subsetIncremental);
    keepDetectedOnly(subsetIncremental);
    options.incrementalFile = relative(ROOT, subsetIncremental);
    options.jsonReporter = { fileName: '.cache/stryker/mutation-subset.json' };
    options.htmlReporter = { fileName: '.cache/stryker/mutation-subset.html' };
  }
  if (args.mutate) {
    const exclusions = (config.mutate ?? []).filter((glob) => String(glob).startsWith('!'));
    options.mutate = [...args.mutate, ...exclusions];
  }

  if (!args.mutate && !args.static) keepDetectedOnly(mainIncremental);
  if (args.static) keepDetectedOnly(resolve(ROOT, /** @type {string} */ (options.incrementalFile)));
  process.chdir(ROOT);
  // The db tests open, sync and delete many small SQLite files: on a RAM disk fsync
  // costs nothing, and the mutants are judged on logic, not on durability (the
  // kill -9 and full-disk tests stay out of this run). The test runners inherit it.
  if (!process.env.CMDAY_MUTATION_KEEP_TMPDIR && existsSync('/dev/shm')) process.env.TMPDIR = '/dev/shm';
  await new Stryker(options).runMutationTest();
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);

  if (subsetIncremental) {
    mergeIncremental(mainIncremental, subsetIncremental, args.mutate ?? []);
    rmSync(subsetIncremental, { force: true });
    printSummary(tallyByFolder(JSON.parse(readFileSync(mainIncremental, 'utf8'))));
    console.log(
      `\nSubset run, ${minutes} min. Figures above: latest result of every mutant known (${relative(ROOT, mainIncremental)}).`,
    );
    return;
  }
  const reportFile = resolve(ROOT, /** @type {{ fileName: string }} */ (options.jsonReporter).fileName);
  const tallies = tallyByFolder(JSON.parse(readFileSync(reportFile, 'utf8')));
  printSummary(tallies);
  const what = args.static ? 'Static mutants' : args.mutate ? 'Subset run' : 'Full run';
  console.log(`\n${what}, ${minutes} min, finished ${new Date().toISOString()}.`);
  if (args.mutate) return;
  const below = [...tallies].filter(([, t]) => (score(t) ?? 100) < MINIMUM).map(([folder]) => folder);
  if (below.length) {
    console.error(`Below ${MINIMUM} %: ${below.join(', ')}.`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
