import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseServeArgs, UsageError } from './cli-args';
import { startWebHost } from './start';

// Built to out/main/web.js; the renderer is built beside it in out/renderer.
const rendererDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');

async function main(): Promise<void> {
  const args = parseServeArgs(process.argv.slice(2));
  const host = await startWebHost(args, rendererDir);
  console.log(`CM Day Workbook ready at ${host.url}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    host.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Arrêt (${signal}) incomplet :`, error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGHUP', () => stop('SIGHUP'));
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError || error instanceof Error ? error.message : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
