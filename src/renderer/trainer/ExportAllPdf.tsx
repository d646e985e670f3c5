import { useEffect, useRef, useState } from 'react';
import type { PdfJob } from '../../shared/api/pdf-schemas';
import { call, callHost, isDesktop, zipHref } from '../api';
import { pdfStrings } from '../files/pdf-strings';
import { fetchAndSave } from '../files/save-download';

/** How often the trainer page asks how far the export is. */
const POLL_MS = 400;

type Step =
  | { kind: 'idle' }
  | { kind: 'running'; job: PdfJob; path: string | null }
  | { kind: 'done'; job: PdfJob; path: string | null }
  | { kind: 'error'; message: string };

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Every attendee's workbook as PDFs in one zip. The host prints them one by
 * one as a job; this polls the job (the same contract method over IPC and
 * HTTP, so no second transport) for the count, then saves the zip: the
 * desktop wrote it where the trainer chose, the browser downloads it.
 */
export function ExportAllPdf() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const follow = async (jobId: string, path: string | null) => {
    for (;;) {
      const status = await call('pdf.job', { jobId });
      if (!mounted.current) return;
      if (!status.ok) return setStep({ kind: 'error', message: status.error.message });
      const job = status.value;
      if (job.state === 'failed') return setStep({ kind: 'error', message: job.message ?? pdfStrings.unreadableReply });
      if (job.state === 'done') {
        setStep({ kind: 'done', job, path });
        if (!path) {
          const saved = await fetchAndSave(zipHref(jobId), job.fileName ?? 'cahiers.zip');
          if (!saved.ok && mounted.current) setStep({ kind: 'error', message: saved.error.message });
        }
        return;
      }
      setStep({ kind: 'running', job, path });
      await wait(POLL_MS);
    }
  };

  const start = async () => {
    if (step.kind === 'running') return;
    const started = isDesktop() ? await callHost('pdf.saveAll', {}) : await call('pdf.exportAll', {});
    if (!started.ok) return setStep({ kind: 'error', message: started.error.message });
    const { jobId } = started.value;
    const path = 'path' in started.value ? started.value.path : null;
    if (!jobId) return setStep({ kind: 'idle' });
    const job: PdfJob = { jobId, state: 'running', done: 0, total: 0, failures: [], fileName: null, message: null };
    setStep({ kind: 'running', job, path });
    await follow(jobId, path);
  };

  const job = step.kind === 'running' || step.kind === 'done' ? step.job : undefined;
  return (
    <div className="export-all-pdf" aria-busy={step.kind === 'running'}>
      <button type="button" onClick={() => void start()} disabled={step.kind === 'running'}>
        {pdfStrings.allButton}
      </button>
      {job ? (
        <p>
          <progress max={Math.max(job.total, 1)} value={job.done} aria-label={pdfStrings.allProgressLabel} />{' '}
          <span data-testid="pdf-all-count">{pdfStrings.allCount(job.done, job.total)}</span>
          {step.kind === 'running' ? <span role="status"> {pdfStrings.allPreparing}</span> : null}
        </p>
      ) : null}
      {step.kind === 'done' ? (
        <div role="status">
          <p>
            {pdfStrings.allDone(step.job.total - step.job.failures.length, step.job.total)}{' '}
            {step.path ? pdfStrings.saved(step.path) : <a href={zipHref(step.job.jobId)}>{pdfStrings.allDownload}</a>}
          </p>
          {step.job.failures.length > 0 ? (
            <>
              <p>{pdfStrings.allFailedHeading(step.job.failures.length)}</p>
              <ul data-testid="pdf-all-failures">
                {step.job.failures.map((failure, index) => (
                  <li key={index}>
                    <strong>{failure.name}</strong> : {failure.message}
                  </li>
                ))}
              </ul>
              <p className="muted">{pdfStrings.allFailedNote}</p>
            </>
          ) : null}
        </div>
      ) : null}
      {step.kind === 'error' ? (
        <p role="alert" className="error">
          {step.message}
        </p>
      ) : null}
    </div>
  );
}
