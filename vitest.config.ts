import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * virtual:lesson-manifest (see build/lesson-manifest.ts), with the generator
 * loaded through Vite's module runner rather than imported here: the config
 * loader would otherwise walk the lesson compiler's TypeScript and warn about
 * every import in it.
 */
function lessonManifest(): Plugin {
  return {
    name: 'cmday-lesson-manifest',
    resolveId: (id) => (id === 'virtual:lesson-manifest' ? '\0virtual:lesson-manifest' : null),
    async load(id) {
      if (id !== '\0virtual:lesson-manifest') return null;
      const { module } = await runnerImport<typeof import('./build/lesson-manifest')>(
        fileURLToPath(new URL('./build/lesson-manifest.ts', import.meta.url)),
      );
      const { code, files } = await module.lessonManifestModule();
      // Only the lesson files: vitest would try to import a watched folder as a module.
      for (const file of files) if (file.endsWith('.mdx')) this.addWatchFile(file);
      return code;
    },
  };
}

export default defineConfig({
  // The lesson ids and exercises answers are checked against.
  plugins: [lessonManifest()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    reporters: ['default', './tests/support/count-reporter.ts'],
    // End-to-end files start a web host and a browser each: two cores, so keep it to two at once.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
