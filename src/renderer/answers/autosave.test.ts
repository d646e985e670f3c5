import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type SaveStatus } from './autosave';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function saver() {
  const saved: number[] = [];
  const statuses: SaveStatus[] = [];
  const autosaver = createAutosaver<number>(
    async (value) => {
      saved.push(value);
      return { ok: true, value: null };
    },
    (status) => statuses.push(status),
  );
  return { autosaver, saved, statuses };
}

describe('autosaver', () => {
  it('saves the newest value once typing pauses', async () => {
    const { autosaver, saved, statuses } = saver();
    autosaver.schedule(2);
    autosaver.schedule(24);
    await vi.advanceTimersByTimeAsync(400);
    expect(saved).toEqual([24]);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('writes nothing that was cancelled, even on flush or dispose', async () => {
    const { autosaver, saved } = saver();
    autosaver.schedule(24);
    autosaver.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    await autosaver.flush();
    autosaver.dispose();
    await vi.runAllTimersAsync();
    expect(saved).toEqual([]);
    autosaver.schedule(25);
    await autosaver.flush();
    expect(saved).toEqual([25]);
  });
});
