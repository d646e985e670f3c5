import type { AddressInfo } from 'node:net';
import { resolveDataDir } from '../../config/data-dir';
import { openWorkbook } from '../../db';
import { createChromiumPrinter } from '../../pdf/chromium-printer';
import { createClassroomEvents } from '../../service/dashboard-events';
import { createDispatch } from '../../service/dispatch';
import { createHandlers } from '../../service/handlers';
import { createPdfService } from '../../service/pdf-service';
import { createClassroom, type ClassroomOptions } from '../../classroom/classroom';
import type { Dispatch } from '../../service/dispatch';
import type { ServeArgs } from './cli-args';
import { localBaseUrl, urlHost } from './listen-address';
import { createWebHost } from './server';

export interface RunningHost {
  url: string;
  /**
   * Starts Chromium and loads the app in the background, so the first PDF
   * takes as long as the next ones. Called once the ready line is out; a
   * machine without Chromium notices nothing until someone exports.
   */
  warmUp(): void;
  stop(): Promise<void>;
}

/** Opens the data, starts the HTTP host and returns how to stop it cleanly. */
export async function startWebHost(
  args: ServeArgs,
  rendererDir: string,
  /** Tests name the room's interfaces (a loopback alias, a namespace's veth) and its join limit. */
  roomOptions: Pick<ClassroomOptions, 'interfaces' | 'joinLimit'> = {},
): Promise<RunningHost> {
  const workbook = openWorkbook({ dataDir: resolveDataDir(args.data) });
  for (const notice of workbook.notices) console.error(notice.message);
  // Known once listening: the print view is read where the host really listens.
  let baseUrl = '';
  // `npm run dev` (scripts/dev.ts): the renderer is vite's, so the print view is read there.
  const printer = createChromiumPrinter({ appUrl: () => process.env.CMDAY_DEV_APP_URL ?? `${baseUrl}/` });
  const pdf = createPdfService({ workbook, printer });
  // What the service changes reaches the trainer's dashboard stream and the attendees' pages.
  const events = createClassroomEvents();
  // Closed until the trainer opens it; same port as this host, on the address the trainer picks.
  const classroom = createClassroom({
    workbook,
    dispatch: () => dispatch,
    preferredPort: () => (app.server.address() as AddressInfo | null)?.port ?? args.port,
    rendererDir,
    pdf,
    events,
    ...roomOptions,
  });
  const dispatch: Dispatch = createDispatch(createHandlers({ workbook, pdf, room: classroom.room, events }), {
    dataDir: workbook.dataDir,
  });
  const app = await createWebHost({ dispatch, rendererDir, pdf, events });
  try {
    await app.listen({ port: args.port, host: args.host });
  } catch (error) {
    workbook.close();
    throw error;
  }
  const address = app.server.address() as AddressInfo;
  baseUrl = localBaseUrl(address.address, address.port);
  return {
    url: `http://${urlHost(args.host)}:${address.port}/`,
    warmUp: () => void printer.warm(),
    async stop() {
      await classroom.close();
      // The printer's Chromium first: a page it is still loading would hold app.close() open.
      await printer.close();
      await app.close();
      workbook.close();
    },
  };
}
