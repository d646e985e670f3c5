import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { lessonManifestPlugin } from './build/lesson-manifest';
import { lessonsPlugin } from './build/vite-plugin-lessons';

/**
 * One build for both hosts: out/main/index.js is the Electron main process,
 * out/main/web.js the plain-Node web host; both serve out/renderer.
 */
export default defineConfig({
  main: {
    plugins: [lessonManifestPlugin(resolve('content'))],
    build: {
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
    plugins: [lessonManifestPlugin(resolve('content')), lessonsPlugin(), react()],
    publicDir: resolve('resources/public'),
    build: {
      // electron-vite leaves minification off; the web host serves this over the LAN too.
      minify: true,
      // One bundle is right for an app read from disk or the local network (~670 kB).
      chunkSizeWarningLimit: 1000,
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
