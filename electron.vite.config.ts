import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { lessonManifestPlugin } from './build/lesson-manifest';
import { lessonsPlugin } from './build/vite-plugin-lessons';
import { precompressPlugin } from './build/vite-plugin-precompress';
import { unusedDepsPlugin } from './build/vite-plugin-unused-deps';

/**
 * One build for both hosts: out/main/index.js is the Electron main process,
 * out/main/web.js the plain-Node web host; both serve out/renderer.
 */
export default defineConfig({
  main: {
    plugins: [lessonManifestPlugin(resolve('content')), unusedDepsPlugin()],
    build: {
      // The web host's packages inlined: one file to read at start rather than hundreds to resolve
      // (half of its start-up). Left outside: better-sqlite3 (a native addon) and playwright-core
      // (imported only when a PDF is printed).
      externalizeDeps: { exclude: ['fastify', '@fastify/static', 'zod', 'fflate', 'qrcode'] },
      minify: true,
      rolldownOptions: {
        input: {
          index: resolve('src/main/hosts/electron/main.ts'),
          web: resolve('src/main/hosts/web/cli.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot load modules: one self-contained CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [lessonManifestPlugin(resolve('content')), lessonsPlugin(), react(), precompressPlugin()],
    publicDir: resolve('resources/public'),
    build: {
      // electron-vite leaves minification off; the web host serves this over the LAN too.
      minify: true,
      // A chunk per page and per lesson (src/renderer/app/routes.ts, src/renderer/lessons): the first
      // screen loads the shell only; recharts (~330 kB) is one chunk of its own, loaded by the budget chart.
      chunkSizeWarningLimit: 400,
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
