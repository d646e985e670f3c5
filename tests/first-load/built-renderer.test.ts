import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/web-host';

// The build `npm test` makes before vitest (and `npm run bench` measures): its files, not a fresh build.
const RENDERER = join(ROOT, 'out/renderer');
const ASSETS = join(RENDERER, 'assets');
const read = (name: string) => readFileSync(join(ASSETS, name), 'utf8');

/** The budget for the JavaScript of the first screen, as sent (brotli). */
const FIRST_LOAD_BUDGET = 250_000;

/** What index.html makes the browser load before anything renders: its scripts and their static imports. */
function firstLoad(): string[] {
  const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((match) => match[1]!);
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    // Static imports only (`from"./x.js"`, `import"./x.js"`): `import("./x.js")` loads on demand.
    for (const match of read(name).matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) visit(match[1]!);
  };
  named.forEach(visit);
  return [...seen];
}

/** Words of every lesson's text (its quotations), which only the lesson's own chunk should carry. */
function lessonQuotes(): string[] {
  const dir = join(ROOT, 'content');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => /quote="([^"]{40,})"/.exec(readFileSync(join(dir, name), 'utf8'))?.[1]?.slice(0, 40))
    .filter((quote): quote is string => quote !== undefined);
}

describe('the built renderer (out/renderer)', () => {
  const scripts = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));

  it('loads the first screen without recharts or any lesson’s text, which come with their pages', () => {
    const first = firstLoad();
    expect(first.length).toBeGreaterThan(0);
    const code = first.map(read).join('\n');
    // Both are in the build: the markers are sound, and it is where they are that the test is about.
    expect(scripts.some((name) => read(name).includes('recharts-wrapper'))).toBe(true);
    expect(code.includes('recharts-wrapper')).toBe(false);
    const quotes = lessonQuotes();
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    for (const quote of quotes) {
      const holders = scripts.filter((name) => read(name).includes(quote));
      expect(holders, quote).toHaveLength(1);
      expect(first, quote).not.toContain(holders[0]);
    }
  });

  it('keeps the first screen’s JavaScript within 250 kB as sent (brotli)', () => {
    const sent = firstLoad().reduce((total, name) => total + readFileSync(join(ASSETS, `${name}.br`)).byteLength, 0);
    expect(sent).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });

  it('names every chunk relative to the one that loads it, so app:// finds them as http:// does', () => {
    for (const name of scripts) expect(read(name), name).not.toMatch(/["'`]\/assets\//);
    expect(readFileSync(join(RENDERER, 'index.html'), 'utf8')).not.toMatch(/(?:src|href)="\/assets\//);
  });

  it('has a brotli and a gzip copy, decoding to the same bytes, beside every text file over 1 KiB', () => {
    const texts = readdirSync(RENDERER, { recursive: true })
      .map(String)
      .filter((name) => /\.(?:js|css|html|svg)$/.test(name))
      .filter((name) => readFileSync(join(RENDERER, name)).byteLength >= 1024);
    expect(texts.length).toBeGreaterThan(10);
    for (const name of texts) {
      const file = readFileSync(join(RENDERER, name));
      expect(existsSync(join(RENDERER, `${name}.br`)), name).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(RENDERER, `${name}.br`))).equals(file), name).toBe(true);
      expect(gunzipSync(readFileSync(join(RENDERER, `${name}.gz`))).equals(file), name).toBe(true);
    }
  });
});
