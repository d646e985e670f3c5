import { afterEach } from 'vitest';
import type { Result } from '../../src/shared/api';
import { openWorkbook, type Workbook } from '../../src/main/db';
import { TRAINER } from '../../src/main/service/classroom-caller';
import { createDispatch, type Dispatch } from '../../src/main/service/dispatch';
import { createHandlers } from '../../src/main/service/handlers';
import { useTempDir } from './temp-dir';

export interface TestService {
  workbook: Workbook;
  dir: string;
  /** Calls a method and returns its value, failing the test on an error result. */
  value<T = unknown>(method: string, input: unknown): Promise<T>;
  call(method: string, input: unknown): Promise<Result<unknown>>;
  unexpected: unknown[];
}

/** A real workbook in a temp folder behind the same dispatch the hosts use. */
export function useService(): (now?: () => Date) => TestService {
  const tempDir = useTempDir('cmday-service-');
  const open: Workbook[] = [];
  afterEach(() => {
    for (const workbook of open.splice(0)) workbook.close();
  });
  return (now) => {
    const dir = tempDir();
    const workbook = openWorkbook({ dataDir: dir, ...(now ? { now } : {}) });
    open.push(workbook);
    const unexpected: unknown[] = [];
    const dispatch = createDispatch(createHandlers({ workbook, defer: (task) => task(), ...(now ? { now } : {}) }), {
      onUnexpected: (error) => unexpected.push(error),
    });
    // In-process tests are the trainer, as the trainer's own screen is.
    const call = (method: string, input: unknown) => dispatch(method, input, TRAINER);
    return {
      workbook,
      dir,
      call,
      unexpected,
      async value<T>(method: string, input: unknown) {
        const result = await call(method, input);
        if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
        return result.value as T;
      },
    };
  };
}

/** A dispatch called as the trainer: in-process programs (tests, the durability children) are the trainer's screen. */
export const asTrainer =
  (dispatch: Dispatch) =>
  (method: string, input: unknown): Promise<Result<unknown>> =>
    dispatch(method, input, TRAINER);
