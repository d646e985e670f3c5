import type { Printer, PrintRequest } from './printer';
import { serial } from './serial';

/** What differs between the two printers: how the app's page is opened, dropped and printed. */
export interface PrintSurface<P> {
  /** The page with the app loaded, opened on first use and then kept. */
  open(): Promise<P>;
  /** Drops the page (it may be stuck or gone): the next `open` starts afresh. */
  reset(): Promise<void>;
  /** Shows the job's route in the page, waits for its ready element and prints it. */
  print(page: P, request: PrintRequest): Promise<Uint8Array>;
}

/**
 * A printer that loads the app once and keeps the page: jobs run one at a
 * time, a failed job drops the page so the next one starts clean, and warming
 * up never fails (a printer that cannot start says so on the first `print`).
 */
export function keptPagePrinter<P>(surface: PrintSurface<P>, { onClose }: { onClose: () => void }): Printer {
  const jobs = serial();
  return {
    print(request) {
      return jobs.run(async () => {
        try {
          return await surface.print(await surface.open(), request);
        } catch (error) {
          await surface.reset();
          throw error;
        }
      });
    },
    warm() {
      return jobs.run(async () => {
        try {
          await surface.open();
        } catch {
          await surface.reset();
        }
      });
    },
    /** Stops at once: a job still printing fails rather than holding the host's shutdown. */
    async close() {
      onClose();
      await surface.reset();
    },
  };
}
