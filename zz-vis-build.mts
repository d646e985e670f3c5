import { build } from 'esbuild';
import { lessonManifestEsbuildPlugin } from '/work/main/build/lesson-manifest';
build({ entryPoints: ['/tmp/vis/harness.tsx'], bundle: true, outfile: '/tmp/vis/out.js', format: 'esm', jsx: 'automatic',
  nodePaths: ['/work/main/node_modules'], plugins: [lessonManifestEsbuildPlugin()], define: { 'process.env.NODE_ENV': '"development"' }, logLevel: 'error' });
