import { closeSync, fsyncSync, openSync } from 'node:fs';

/** Makes a rename in `dir` survive a power cut (the folder entry is data too). */
export function syncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
