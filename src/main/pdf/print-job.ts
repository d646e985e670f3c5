import { randomUUID } from 'node:crypto';
import type { PrintRequest } from './printer';

/** How long a print view may take to draw one job before the export fails. */
export const PRINT_READY_TIMEOUT_MS = 20_000;

const JOB_ID = /^[A-Za-z0-9-]{1,64}$/;

function checkedJob(job: string): string {
  // The id goes into a CSS selector and a script: only plain characters.
  if (!JOB_ID.test(job)) throw new RangeError(`invalid print job id: ${job}`);
  return job;
}

/** The attendee's workbook: `#/print/<profileId>/<job>`. */
export function workbookPrint(profileId: string, job: string = randomUUID()): PrintRequest {
  return { route: `/print/${encodeURIComponent(profileId)}/${checkedJob(job)}`, job };
}

/** The « Guide du formateur »: every lesson of the session, or one. */
export function guidePrint(lessonId?: string, job: string = randomUUID()): PrintRequest {
  const lesson = lessonId ? `${encodeURIComponent(lessonId)}/` : '';
  return { route: `/print-guide/${lesson}${checkedJob(job)}`, job };
}

/** The one readiness signal: the print view marks this job's page as drawn. */
export function readySelector(job: string): string {
  return `[data-print-ready="true"][data-print-job="${checkedJob(job)}"]`;
}

/** What the print view tells the printer once a job is ready. */
export interface PrintReady {
  /** The footer's text (the session title), decided by the print view; may be empty. */
  footer: string;
  /** `document.title`, which becomes the PDF's title. */
  title: string;
}

/**
 * Script both printers run in the page (Electron's executeJavaScript,
 * playwright's evaluate): shows the job's route in the already loaded app
 * (a hash change, not a reload) and resolves once that job's ready element
 * is there. Evaluated through the browser's debugging/host API, not `eval`,
 * so the app's CSP (no unsafe-eval) does not stop it.
 */
export function showAndAwaitScript({ route, job }: PrintRequest, timeoutMs = PRINT_READY_TIMEOUT_MS): string {
  const selector = readySelector(job);
  return `new Promise((resolve, reject) => {
  const selector = ${JSON.stringify(selector)};
  let observer;
  let timer;
  const check = () => {
    const ready = document.querySelector(selector);
    if (!ready) return false;
    observer?.disconnect();
    clearTimeout(timer);
    resolve({ footer: ready.getAttribute('data-print-footer') ?? '', title: document.title });
    return true;
  };
  timer = setTimeout(() => {
    observer?.disconnect();
    reject(new Error('print view not ready in time: ' + selector));
  }, ${Math.max(0, Math.floor(timeoutMs))});
  observer = new MutationObserver(check);
  observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
  location.replace('#' + ${JSON.stringify(route)});
  check();
})`;
}

/** The footer text from what the page answered; anything else (an older print view) is no text. */
export function footerOf(ready: unknown): string {
  const footer = (ready as Partial<PrintReady> | null)?.footer;
  return typeof footer === 'string' ? footer : '';
}
