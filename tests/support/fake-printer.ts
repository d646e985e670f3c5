import type { Printer, PrintRequest } from '../../src/main/pdf/printer';
import type { Workbook } from '../../src/main/db';
import { createPdfService, type PdfService } from '../../src/main/service/pdf-service';

/** A Printer that answers with `print` (bytes or a failure) and records every request. */
export function fakePrinter(print: (request: PrintRequest) => Promise<Uint8Array>): Printer & {
  requests: PrintRequest[];
} {
  const requests: PrintRequest[] = [];
  return {
    requests,
    print: (request) => {
      requests.push(request);
      return print(request);
    },
    warm: async () => undefined,
    close: async () => undefined,
  };
}

/** The real PDF service over a test workbook, printing with `print` (the hosts' fault tests). */
export function fakePdfService(workbook: Workbook, print: (request: PrintRequest) => Promise<Uint8Array>): PdfService {
  return createPdfService({ workbook, printer: fakePrinter(print) });
}
