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

  it('send the newest value typed while offline, even one typed while a failing save was on its way', async () => {
    // Typed while the save of 3 is out: when it fails, 30 must not be replaced by 3.
    const during = { typed: false };
    const typing = shakyHost(true);
    typing.state.down = true;
    const racing = createAutosaver<number>(
      async (value): Promise<Result<unknown>> => {
        if (!during.typed) {
          during.typed = true;
          racing.schedule(30);
        }
        if (typing.state.down) return fail('offline', 'L’application ne répond pas.');
        typing.committed.push(value);
        return ok(null);
      },
      () => undefined,
      { keepWhenOffline: () => true, offlineRetryMs: 1000 },
    );
    racing.schedule(3);
    await vi.advanceTimersByTimeAsync(400);
    typing.state.down = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(typing.committed).toEqual([30]);
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
