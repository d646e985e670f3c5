import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text the browser decodes; fonts (woff2, woff) and images are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt)$/;
/** Below this, a compressed copy saves less than a packet. */
const MIN_BYTES = 1024;

/**
 * Every compressible file of `dir`, and how: brotli at its best (quality 11,
 * as slow as it gets at build time, nothing at run time) and gzip level 9 for
 * browsers without brotli. A copy is kept only where it is smaller.
 */
export async function precompressDir(dir: string): Promise<{ file: string; bytes: number; br: number; gz: number }[]> {
  const names = (await readdir(dir, { recursive: true })).filter((name) => COMPRESSIBLE.test(name));
  return Promise.all(
    names.map(async (name) => {
      const file = join(dir, name);
      const source = await readFile(file);
      if (source.byteLength < MIN_BYTES || !(await stat(file)).isFile()) {
        return { file, bytes: source.byteLength, br: 0, gz: 0 };
      }
      const [br, gzipped] = await Promise.all([
        brotli(source, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: source.byteLength,
          },
        }),
        gz(source, { level: 9 }),
      ]);
      const keep = async (copy: Buffer, suffix: string) => {
        if (copy.byteLength >= source.byteLength) return 0;
        await writeFile(file + suffix, copy);
        return copy.byteLength;
      };
      return { file, bytes: source.byteLength, br: await keep(br, '.br'), gz: await keep(gzipped, '.gz') };
    }),
  );
}

/**
 * Writes `name.br` and `name.gz` beside each text file of the renderer once the
 * build is written (index.html and the public folder included). The web host
 * sends them as they are to browsers that accept them (src/main/hosts/web/static-files.ts);
 * Electron reads the plain files from disk.
 */
export function precompressPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'cmday-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompressDir(outDir);
    },
  };
}
