import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeStartupError } from '../startup-error';
import { parseServeArgs, UsageError, type ServeArgs } from './cli-args';
import { startWebHost } from './start';

// Built to out/main/web.js; the renderer is built beside it in out/renderer.
const rendererDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');

async function main(args: ServeArgs): Promise<void> {
  const host = await startWebHost(args, rendererDir);
  console.log(`CM Day Workbook ready at ${host.url}`);
  // After the ready line: warming the PDF printer never delays the host. CMDAY_PDF_WARMUP=0 turns it off.
  if (process.env.CMDAY_PDF_WARMUP !== '0') host.warmUp();
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    host.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        const code = (error as { code?: unknown } | null)?.code;
        console.error(
          `Arrêt (${signal}) incomplet${typeof code === 'string' ? ` (code ${code})` : ''} : ` +
            'le cahier sera vérifié au prochain démarrage.',
        );
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGHUP', () => stop('SIGHUP'));
}

let args: ServeArgs;
try {
  args = parseServeArgs(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof UsageError ? error.message : describeStartupError(error));
  process.exit(2);
}
main(args).catch((error: unknown) => {
  console.error(describeStartupError(error, args));
  process.exit(1);
});
