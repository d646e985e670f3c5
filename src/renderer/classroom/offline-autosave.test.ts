import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, type Result } from '../../shared/api/index';
import { createAutosaver, type SaveStatus } from '../answers/autosave';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A host that is unreachable while `down` is true; `committed` is what it acknowledged. */
function shakyHost(keepWhenOffline: boolean) {
  const state = { down: false };
  const committed: number[] = [];
  const statuses: SaveStatus[] = [];
  const autosaver = createAutosaver<number>(
    async (value): Promise<Result<unknown>> => {
      if (state.down) return fail('offline', 'L’application ne répond pas.');
      committed.push(value);
      return ok(null);
    },
    (status) => statuses.push(status),
    { keepWhenOffline: () => keepWhenOffline, offlineRetryMs: 1000 },
  );
  return { state, committed, statuses, autosaver };
}

describe('an attendee’s answers over a network drop', () => {
  it('are kept, said « offline » (never « saved »), and sent by themselves once the host answers', async () => {
    const { state, committed, statuses, autosaver } = shakyHost(true);
    state.down = true;
    autosaver.schedule(30);
    await vi.advanceTimersByTimeAsync(400);
    expect(statuses.at(-1)).toBe('offline');
    await vi.advanceTimersByTimeAsync(3000);
    expect(committed).toEqual([]);
    expect(statuses).not.toContain('saved');

    state.down = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(committed).toEqual([30]);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('send the newest value typed while offline, not the older one that failed', async () => {
    const { state, committed, autosaver } = shakyHost(true);
    state.down = true;
    autosaver.schedule(3);
    await vi.advanceTimersByTimeAsync(400);
    autosaver.schedule(30);
    await vi.advanceTimersByTimeAsync(400);
    state.down = false;
    await autosaver.flush();
    expect(committed).toEqual([30]);
  });

  it('on the trainer’s own screen, fail at once with « error » and wait for « Réessayer »', async () => {
    const { state, committed, statuses, autosaver } = shakyHost(false);
    state.down = true;
    autosaver.schedule(30);
    await vi.advanceTimersByTimeAsync(400);
    expect(statuses.at(-1)).toBe('error');
    state.down = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(committed).toEqual([]);
    await autosaver.retry();
    expect(committed).toEqual([30]);
  });
});
