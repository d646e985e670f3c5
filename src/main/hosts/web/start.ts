import { randomUUID } from 'node:crypto';
import { resolveDataDir } from '../../config/data-dir';
import { openWorkbook } from '../../db';
import { createChromiumPrinter } from '../../pdf/chromium-printer';
import { createDispatch } from '../../service/dispatch';
import { createHandlers } from '../../service/handlers';
import type { ServeArgs } from './cli-args';
import { createWebHost, LOOPBACK_HOSTNAMES } from './server';

export interface RunningHost {
  url: string;
  stop(): Promise<void>;
}

/** Opens the data, starts the HTTP host and returns how to stop it cleanly. */
export async function startWebHost(args: ServeArgs, rendererDir: string): Promise<RunningHost> {
  const workbook = openWorkbook({ dataDir: resolveDataDir(args.data) });
  for (const notice of workbook.notices) console.error(notice.message);
  const printer = createChromiumPrinter();
  let port = 0;
  const app = await createWebHost({
    dispatch: createDispatch(createHandlers({ workbook })),
    allowedHostnames: LOOPBACK_HOSTNAMES.includes(args.host) || args.host === '::1' ? LOOPBACK_HOSTNAMES : undefined,
    rendererDir,
    exportPdf: (profileId) => {
      const job = randomUUID();
      return printer.print({
        url: `http://127.0.0.1:${port}/#/print/${profileId}/${job}`,
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
  const address = app.server.address();
  port = typeof address === 'object' && address ? address.port : args.port;
  const shownHost = args.host.includes(':') ? `[${args.host}]` : args.host;
  return {
    url: `http://${shownHost}:${port}/`,
    async stop() {
      await app.close();
      await printer.close();
      workbook.close();
    },
  };
}
