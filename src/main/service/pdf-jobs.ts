import { randomUUID } from 'node:crypto';
import { AppError, type Output } from '../../shared/api';
import type { ExportedFile, ExportedZip, PdfExports } from './pdf-exports';

export type PdfJobStatus = Output<'pdf.job'>;

/** What becomes of a finished zip: kept for download (web host) or written where the trainer chose (Electron). */
export type ZipSink = (zip: ExportedZip) => Promise<void>;

interface Job {
  status: PdfJobStatus;
  result?: ExportedFile;
  timer?: NodeJS.Timeout;
}

/** A finished zip waits this long for its download, then its memory is freed. */
const KEEP_MS = 15 * 60_000;
/** At most this many jobs remembered; the oldest finished one goes first. */
const MAX_JOBS = 4;

const UNKNOWN_JOB = 'Cet export est terminé depuis longtemps ou n’existe pas : relancez-le.';

/**
 * The trainer's « every workbook » export runs longer than a request: it is a
 * job with an id, which the trainer page polls (`pdf.job`) for its count and
 * failures, the same way over IPC and HTTP. The finished zip is then fetched
 * once by id (web host) or was written by the sink (Electron).
 */
export function createPdfJobs(exports: Pick<PdfExports, 'exportAllPdfZip'>, { keepMs = KEEP_MS } = {}) {
  const jobs = new Map<string, Job>();

  const forget = (id: string) => {
    clearTimeout(jobs.get(id)?.timer);
    jobs.delete(id);
  };
  const makeRoom = () => {
    for (const [id, job] of jobs) {
      if (jobs.size < MAX_JOBS) return;
      if (job.status.state !== 'running') forget(id);
    }
  };

  function start(sink?: ZipSink): string {
    makeRoom();
    const jobId = randomUUID();
    const job: Job = {
      status: { jobId, state: 'running', done: 0, total: 0, failures: [], fileName: null, message: null },
    };
    jobs.set(jobId, job);
    void exports
      .exportAllPdfZip(({ done, total }) => Object.assign(job.status, { done, total }))
      .then(async (zip) => {
        if (sink) await sink(zip);
        else job.result = { fileName: zip.fileName, bytes: zip.bytes };
        const failures = zip.failures.map(({ name, message }) => ({ name, message }));
        Object.assign(job.status, { state: 'done', fileName: zip.fileName, failures });
      })
      .catch((error: unknown) => {
        if (!(error instanceof AppError)) console.error(error);
        const message =
          error instanceof AppError
            ? error.message
            : 'L’export des cahiers a échoué : réessayez. Le détail est dans le journal.';
        Object.assign(job.status, { state: 'failed', message });
      })
      .finally(() => {
        job.timer = setTimeout(() => forget(jobId), keepMs);
        job.timer.unref();
      });
    return jobId;
  }

  function status(jobId: string): PdfJobStatus {
    const job = jobs.get(jobId);
    if (!job) throw new AppError('not_found', UNKNOWN_JOB);
    return { ...job.status, failures: [...job.status.failures] };
  }

  /** The finished zip of a job, for its download. */
  function result(jobId: string): ExportedFile {
    const job = jobs.get(jobId);
    if (!job?.result) throw new AppError('not_found', UNKNOWN_JOB);
    return job.result;
  }

  return { start, status, result };
}

export type PdfJobs = ReturnType<typeof createPdfJobs>;
