import type { Method, Output, ParsedInput } from '../../shared/api';
import { answerHandlers } from './answers';
import { backupHandlers } from './backups';
import { classroomHandlers, type Room } from './classroom';
import type { Caller } from './classroom-caller';
import { createContext, type ServiceOptions } from './context';
import { dashboardHandlers } from './dashboard';
import { createClassroomEvents, notifyingChanges, type ClassroomEvents } from './dashboard-events';
import { createPace } from './dashboard-pace';
import { pdfHandlers, type PdfService } from './pdf-service';
import { printHandlers } from './print-data';
import { profileHandlers } from './profiles';
import { sessionHandlers } from './session';
import { workbookFileHandlers } from './workbook-files';

/** Each method's work; `caller` is who dispatch let through (only the classroom's handlers need it). */
export type Handlers = {
  [M in Method]: (input: ParsedInput<M>, caller: Caller) => Output<M> | Promise<Output<M>>;
};
export type { ServiceOptions } from './context';

/** The work behind every API method. Hosts only translate transport to these. */
export function createHandlers(
  options: ServiceOptions & { pdf?: PdfService; room?: Room; events?: ClassroomEvents },
): Handlers {
  const ctx = createContext(options);
  const pace = createPace(ctx);
  const handlers: Handlers = {
    ...profileHandlers(ctx),
    ...answerHandlers(ctx, pace),
    ...sessionHandlers(ctx),
    ...workbookFileHandlers(ctx),
    ...backupHandlers(ctx),
    ...printHandlers(ctx),
    ...pdfHandlers(options.pdf),
    ...classroomHandlers(ctx, options.room),
    ...dashboardHandlers(ctx, pace),
  };
  // The room's dashboard and attendee pages hear of every change (see dashboard-events.ts).
  return notifyingChanges(handlers, options.events ?? createClassroomEvents());
}
