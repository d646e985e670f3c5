import type { Plugin } from 'vite';
import { compileLesson, lessonModule } from './compile-lesson';

/** Turns `import lesson from '…/x.mdx'` into a compiled React component at build time. */
export function lessonsPlugin(): Plugin {
  return {
    name: 'cmday-mdx-lessons',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith('.mdx')) return null;
      this.addWatchFile(id);
      return { code: lessonModule(await compileLesson(id)), moduleType: 'js' };
    },
  };
}
