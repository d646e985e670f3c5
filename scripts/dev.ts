// `npm run dev [-- --port N --data DIR]`: the renderer from vite with hot reload, in front of the web host built
// from the sources (rebuilt and restarted when they change). Open the address it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { context } from 'esbuild';
import { createServer, type InlineConfig, type ProxyOptions } from 'vite';
import config from '../electron.vite.config';
import { lessonManifestEsbuildPlugin } from '../build/lesson-manifest';
import { devCspPlugin } from '../build/vite-plugin-dev-csp';

const ROOT = join(import.meta.dirname, '..');
const HOST_BUNDLE = join(ROOT, '.cache', 'dev', 'main', 'web.js');

const { values } = parseArgs({
  options: { port: { type: 'string', default: '5173' }, data: { type: 'string', default: join(ROOT, '.data', 'dev') } },
});
const dataDir = values.data;
mkdirSync(dataDir, { recursive: true });

/** A port free now, kept for the host across its restarts (vite's proxy points at it). */
async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const hostPort = await freePort();
const hostUrl = `http://127.0.0.1:${hostPort}`;
const devUrl = `http://127.0.0.1:${values.port}/`;

let host: ChildProcess | undefined;
async function stopHost(): Promise<void> {
  const child = host;
  host = undefined;
  if (!child || child.exitCode !== null) return;
  // SIGTERM: the host closes its database cleanly.
  await new Promise((resolve) => child.once('exit', resolve).kill('SIGTERM'));
}
async function startHost(): Promise<void> {
  await stopHost();
  const child = spawn(process.execPath, [HOST_BUNDLE, '--port', String(hostPort), '--data', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    // The print view is the renderer vite serves: the PDF export prints what the page shows.
    env: { ...process.env, CMDAY_DEV_APP_URL: devUrl },
  });
  host = child;
  createInterface({ input: child.stdout! }).on('line', (line) =>
    console.log(line.startsWith('CM Day Workbook ready at') ? `web host (API) ready at ${hostUrl}/` : line),
  );
}

// The host from the sources, as one file (the lesson manifest made by the same code as the build's).
const hostBuild = await context({
  entryPoints: [join(ROOT, 'src/main/hosts/web/cli.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile: HOST_BUNDLE,
  logLevel: 'warning',
  plugins: [
    lessonManifestEsbuildPlugin(join(ROOT, 'content')),
    {
      name: 'restart-host',
      setup: (build) => build.onEnd((result) => void (result.errors.length === 0 && startHost())),
    },
  ],
});
await hostBuild.watch();

// What the host answers; the rest (the renderer) is vite's. Its own origin, as the host accepts only its own.
const toHost: ProxyOptions = {
  target: hostUrl,
  changeOrigin: true,
  configure: (proxy) =>
    proxy.on('proxyReq', (request) => request.getHeader('origin') && request.setHeader('origin', hostUrl)),
};
const renderer = config.renderer as InlineConfig;
const vite = await createServer({
  ...renderer,
  configFile: false,
  plugins: [...(renderer.plugins ?? []), devCspPlugin()],
  server: {
    host: '127.0.0.1',
    port: Number(values.port),
    strictPort: true,
    proxy: { '^/api/': toHost, '^/export/': toHost },
  },
});
await vite.listen();
console.log(`CM Day Workbook (dev) at ${devUrl}  — data: ${dataDir}`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await hostBuild.dispose();
  await vite.close();
  await stopHost();
  process.exit(0);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop());
