import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { resolveDataDir } from '../../config/data-dir';
import { openWorkbook } from '../../db';
import { createChromiumPrinter } from '../../pdf/chromium-printer';
import { createDispatch } from '../../service/dispatch';
import { createHandlers } from '../../service/handlers';
import type { ServeArgs } from './cli-args';
import { localBaseUrl, urlHost } from './listen-address';
import { createWebHost } from './server';

export interface RunningHost {
  url: string;
  stop(): Promise<void>;
}

/** Opens the data, starts the HTTP host and returns how to stop it cleanly. */
export async function startWebHost(args: ServeArgs, rendererDir: string): Promise<RunningHost> {
  const workbook = openWorkbook({ dataDir: resolveDataDir(args.data) });
  for (const notice of workbook.notices) console.error(notice.message);
  const printer = createChromiumPrinter();
  // Known once listening: the print view is read where the host really listens.
  let baseUrl = '';
  const app = await createWebHost({
    dispatch: createDispatch(createHandlers({ workbook }), { dataDir: workbook.dataDir }),
    rendererDir,
    exportPdf: (profileId) => {
      const job = randomUUID();
      return printer.print({
        url: `${baseUrl}/#/print/${profileId}/${job}`,
        readySelector: `[data-print-ready="true"][data-print-job="${job}"]`,
      });
    },
  });
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
    async stop() {
      await app.close();
      await printer.close();
      workbook.close();
    },
  };
}
