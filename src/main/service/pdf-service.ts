import { AppError } from '../../shared/api';
import type { Handlers } from './handlers';
import { createPdfExports, type PdfExportOptions } from './pdf-exports';
import { createPdfJobs } from './pdf-jobs';

/** The PDF exports and the zip jobs over them: what a host with a printer hands the service. */
export function createPdfService(options: PdfExportOptions) {
  const exports = createPdfExports(options);
  return { ...exports, jobs: createPdfJobs(exports) };
}

export type PdfService = ReturnType<typeof createPdfService>;

const NO_PRINTER = 'L’export PDF n’est pas disponible sur ce poste.';

/** The contract's PDF methods; without a printer (some tests) they say so in French. */
export function pdfHandlers(pdf: PdfService | undefined): Pick<Handlers, 'pdf.exportAll' | 'pdf.job'> {
  const service = () => {
    if (!pdf) throw new AppError('unavailable', NO_PRINTER);
    return pdf;
  };
  return {
    'pdf.exportAll': () => ({ jobId: service().jobs.start() }),
    'pdf.job': ({ jobId }) => service().jobs.status(jobId),
  };
}
