import type { Method, Output, ParsedInput } from '../../shared/api';
import { answerHandlers } from './answers';
import { backupHandlers } from './backups';
import { createContext, type ServiceOptions } from './context';
import { pdfHandlers, type PdfService } from './pdf-service';
import { printHandlers } from './print-data';
import { profileHandlers } from './profiles';
import { sessionHandlers } from './session';
import { workbookFileHandlers } from './workbook-files';

export type Handlers = { [M in Method]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>> };
export type { ServiceOptions } from './context';

/** The work behind every API method. Hosts only translate transport to these. */
export function createHandlers(options: ServiceOptions & { pdf?: PdfService }): Handlers {
  const ctx = createContext(options);
  return {
    ...profileHandlers(ctx),
    ...answerHandlers(ctx),
    ...sessionHandlers(ctx),
    ...workbookFileHandlers(ctx),
    ...backupHandlers(ctx),
    ...printHandlers(ctx),
    ...pdfHandlers(options.pdf),
  };
}
