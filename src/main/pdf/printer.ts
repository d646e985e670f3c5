import { AppError } from '../../shared/api/result';

/** One page of the print view to print: its hash route, which names the job. */
export interface PrintRequest {
  /** The print view's route, job id included, e.g. `/print/<profileId>/<job>`. */
  route: string;
  /** The id the print view puts on its ready element for this job. */
  job: string;
}

/**
 * Turns a print route into PDF bytes. Two implementations: Electron's
 * `webContents.printToPDF` (src/main/hosts/electron/pdf.ts) and the system
 * Chromium through playwright-core (./chromium-printer.ts). Both load the app
 * once, then show each job's route in the same page, wait for the one
 * readiness signal (./print-job.ts) and print with one page setup (./page-setup.ts).
 */
export interface Printer {
  /** Prints one job; jobs run one at a time, in the order asked. */
  print(request: PrintRequest): Promise<Uint8Array>;
  /**
   * Starts the browser and loads the app in the background so that the first
   * export is fast. Never fails: a printer that cannot start says so on the
   * first `print`, and only then.
   */
  warm(): Promise<void>;
  close(): Promise<void>;
}

/** The printer cannot run on this machine (no Chromium): said in French, with what to do. */
export class PrinterUnavailableError extends AppError {
  constructor(message: string) {
    super('unavailable', message);
    this.name = 'PrinterUnavailableError';
  }
}
