import { join } from 'node:path';
import { build } from 'esbuild';
import { lessonManifestEsbuildPlugin } from '../../build/lesson-manifest';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * saver-child.ts as one small ES module, so each start costs only Node's own
 * start-up. It is written inside the project so it finds better-sqlite3; the
 * caller removes it.
 */
export async function bundleSaver(): Promise<string> {
  const outfile = join(ROOT, 'node_modules', '.cache', 'cmday-saver', `saver-child-${process.pid}.mjs`);
  await build({
    entryPoints: [join(import.meta.dirname, 'saver-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    plugins: [lessonManifestEsbuildPlugin()],
    outfile,
    logLevel: 'silent',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return outfile;
}

export interface SaverLine {
  kind: 'notice' | 'found' | 'ready' | 'saved';
  exerciseId: string;
  revision: number;
}

/** The whole lines of a killed saver's output (a line cut by the kill proves nothing either way). */
export function saverLines(out: string): SaverLine[] {
  return out
    .split('\n')
    .slice(0, -1)
    .map((line) => {
      const [kind, exerciseId = '', revision = '0'] = line.split(' ') as [SaverLine['kind'], string?, string?];
      return { kind, exerciseId, revision: Number(revision) };
    });
}
