import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/api';
import type { ExportedZip, ZipProgress } from './pdf-exports';
import { createPdfJobs, type ZipSink } from './pdf-jobs';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const UNKNOWN_JOB = 'Cet export est terminé depuis longtemps ou n’existe pas : relancez-le.';

const zip = (fileName = 'cahier-2026-05-02-tous.zip'): ExportedZip => ({
  fileName,
  bytes: new Uint8Array([80, 75, 3, 4]),
  total: 2,
  failures: [{ profileId: 'p2', name: 'Nadia', message: 'Page trop longue.' }],
});

/** Exports the test finishes by hand, one per job started, in order. */
function manualExports() {
  const pending: {
    resolve(zip: ExportedZip): void;
    reject(error: unknown): void;
    progress(p: ZipProgress): void;
  }[] = [];
  const exports = {
    exportAllPdfZip: (onProgress?: (p: ZipProgress) => void) =>
      new Promise<ExportedZip>((resolve, reject) => {
        pending.push({ resolve, reject, progress: (p) => onProgress?.(p) });
      }),
  };
  return { exports, pending };
}

/** Lets the job's promise chain run to its end. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

const notFound = (run: () => unknown) => expect(run).toThrowError(new AppError('not_found', UNKNOWN_JOB));

const refTimers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

describe('the « every workbook » zip job', () => {
  it('reports its progress, then the finished zip’s name and failures, and hands the zip over once', async () => {
    const { exports, pending } = manualExports();
    const jobs = createPdfJobs(exports);
    const jobId = jobs.start();
    expect(jobs.status(jobId)).toEqual({
      jobId,
      state: 'running',
      done: 0,
      total: 0,
      failures: [],
      fileName: null,
      message: null,
    });
    notFound(() => jobs.result(jobId));
    pending[0]!.progress({ done: 1, total: 2 });
    expect(jobs.status(jobId)).toMatchObject({ state: 'running', done: 1, total: 2 });
    pending[0]!.resolve(zip());
    await settle();
    expect(jobs.status(jobId)).toEqual({
      jobId,
      state: 'done',
      done: 1,
      total: 2,
      failures: [{ name: 'Nadia', message: 'Page trop longue.' }],
      fileName: 'cahier-2026-05-02-tous.zip',
      message: null,
    });
    expect(jobs.result(jobId)).toEqual({
      fileName: 'cahier-2026-05-02-tous.zip',
      bytes: new Uint8Array([80, 75, 3, 4]),
    });
    // A status is a copy: changing it changes nothing in the job.
    jobs.status(jobId).failures.pop();
    expect(jobs.status(jobId).failures).toHaveLength(1);
  });

  it('gives the zip to a sink instead of keeping it for download', async () => {
    const { exports, pending } = manualExports();
    const sunk: ExportedZip[] = [];
    const sink: ZipSink = async (made) => {
      sunk.push(made);
    };
    const jobs = createPdfJobs(exports);
    const jobId = jobs.start(sink);
    pending[0]!.resolve(zip());
    await settle();
    expect(sunk.map((made) => made.fileName)).toEqual(['cahier-2026-05-02-tous.zip']);
    expect(jobs.status(jobId)).toMatchObject({ state: 'done', fileName: 'cahier-2026-05-02-tous.zip' });
    notFound(() => jobs.result(jobId));
  });

  it('says an expected failure in its own words, and a bug in a generic French message logged for the developer', async () => {
    const { exports, pending } = manualExports();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const jobs = createPdfJobs(exports);
    const expected = jobs.start();
    const bug = jobs.start();
    pending[0]!.reject(new AppError('unavailable', 'Installez Chromium.'));
    pending[1]!.reject(new Error('page crashed'));
    await settle();
    expect(jobs.status(expected)).toMatchObject({ state: 'failed', message: 'Installez Chromium.' });
    expect(jobs.status(bug)).toMatchObject({
      state: 'failed',
      message: 'L’export des cahiers a échoué : réessayez. Le détail est dans le journal.',
    });
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalledWith(new Error('page crashed'));
  });

  it('refuses an unknown job in French', () => {
    const jobs = createPdfJobs(manualExports().exports);
    const id = '6c8f3da8-9506-4e63-bc36-3a36488a9a92';
    notFound(() => jobs.status(id));
    notFound(() => jobs.result(id));
  });
});

describe('the jobs remembered', () => {
  it('forgets a finished job after the time given to download it, and does not keep the process alive meanwhile', async () => {
    const { exports, pending } = manualExports();
    const jobs = createPdfJobs(exports, { keepMs: 60_000 });
    const jobId = jobs.start();
    const before = refTimers();
    pending[0]!.resolve(zip());
    await settle();
    expect(refTimers()).toBe(before);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const second = jobs.start();
    pending[1]!.resolve(zip('second.zip'));
    await settle();
    vi.advanceTimersByTime(59_999);
    expect(jobs.result(second).fileName).toBe('second.zip');
    vi.advanceTimersByTime(1);
    notFound(() => jobs.status(second));
    notFound(() => jobs.result(second));
    // The first job's timer is a real one, far off: it is still there.
    expect(jobs.status(jobId).state).toBe('done');
  });

  it('keeps at most four: a fifth forgets the oldest finished job, never a running one', async () => {
    const { exports, pending } = manualExports();
    const jobs = createPdfJobs(exports);
    const running = jobs.start();
    const finished = [jobs.start(), jobs.start(), jobs.start()];
    for (const [i, job] of pending.slice(1).entries()) job.resolve(zip(`${i}.zip`));
    await settle();
    const fifth = jobs.start();
    expect(jobs.status(running).state).toBe('running');
    notFound(() => jobs.status(finished[0]!));
    expect(jobs.result(finished[1]!).fileName).toBe('1.zip');
    expect(jobs.result(finished[2]!).fileName).toBe('2.zip');
    expect(jobs.status(fifth).state).toBe('running');
    jobs.start();
    notFound(() => jobs.status(finished[1]!));
    jobs.start();
    notFound(() => jobs.status(finished[2]!));
    // Now every remembered job runs: none is forgotten, the fifth is remembered too.
    const started = [jobs.start(), jobs.start()];
    for (const id of [running, fifth, ...started]) expect(jobs.status(id).state).toBe('running');
  });

  it('forgets quietly a job made room for just as it finished, before its own timer was set', async () => {
    const { exports, pending } = manualExports();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const jobs = createPdfJobs(exports, { keepMs: 1000 });
    const first = jobs.start();
    const others = [jobs.start(), jobs.start(), jobs.start()];
    // A fifth job asked for in the same turn as the first one finishes: it forgets that one at once.
    let fifth: string | undefined;
    const startOnceDone = () => {
      if (jobs.status(first).state === 'done') fifth = jobs.start();
      else queueMicrotask(startOnceDone);
    };
    pending[0]!.resolve(zip());
    startOnceDone();
    await settle();
    expect(fifth).toBeDefined();
    notFound(() => jobs.status(first));
    // The first job's timer was set after it was forgotten; it still fires, on a job already gone: nothing breaks.
    expect(vi.getTimerCount()).toBe(1);
    expect(() => vi.advanceTimersByTime(1000)).not.toThrow();
    expect(vi.getTimerCount()).toBe(0);
    for (const id of [...others, fifth!]) expect(jobs.status(id).state).toBe('running');
  });
});
