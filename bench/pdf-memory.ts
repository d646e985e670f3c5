import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A process and all its descendants (the web host and its Chromium). */
function tree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    // No children.
  }
  return [pid, ...children.flatMap(tree)];
}

const kib = (pid: number, field: 'Rss' | 'Pss') => {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return Number(match?.[1] ?? 0);
  } catch {
    return 0;
  }
};

export interface Memory {
  /** Summed RSS (counts shared pages once per process: an upper bound). */
  rssMiB: number;
  /** Summed PSS (shared pages split between processes: what the tree really costs). */
  pssMiB: number;
}

/** Memory of `pid`'s descendants only (`children`), or of it and them. */
export function memoryOf(pid: number, { childrenOnly = false } = {}): Memory {
  const pids = tree(pid).slice(childrenOnly ? 1 : 0);
  const sum = (field: 'Rss' | 'Pss') => pids.reduce((total, p) => total + kib(p, field), 0) / 1024;
  return { rssMiB: sum('Rss'), pssMiB: sum('Pss') };
}

/** Samples `memoryOf(pid)` every 100 ms while `run` runs; the peaks. */
export async function peakMemory<T>(pid: number, run: () => Promise<T>): Promise<[Memory, T]> {
  const peak: Memory = { rssMiB: 0, pssMiB: 0 };
  const sample = () => {
    const now = memoryOf(pid);
    peak.rssMiB = Math.max(peak.rssMiB, now.rssMiB);
    peak.pssMiB = Math.max(peak.pssMiB, now.pssMiB);
  };
  const timer = setInterval(sample, 100);
  try {
    const value = await run();
    sample();
    return [peak, value];
  } finally {
    clearInterval(timer);
  }
}

export const mib = ({ rssMiB, pssMiB }: Memory) => `RSS ${rssMiB.toFixed(0)} MiB (PSS ${pssMiB.toFixed(0)} MiB)`;
