import {
  AppError,
  contract,
  describeInvalidInput,
  fail,
  isMethod,
  ok,
  type Method,
  type Result,
} from '../../shared/api';
import { dataPlace, storageError } from '../db/storage-errors';
import { methodRefusal, profileRefusal } from './classroom-access';
import type { Caller } from './classroom-caller';
import type { Handlers } from './handlers';

/** Every host passes who is calling (see classroom-caller.ts); there is no default. */
export type Dispatch = (method: string, input: unknown, caller: Caller) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Where unexpected errors are reported; the caller gets a generic message. */
  onUnexpected?: (error: unknown, method: Method) => void;
  /** The data folder, named in the French message of a storage failure (full disk, read-only…). */
  dataDir?: string;
}

/**
 * The single entry every host calls: unknown methods, callers the method is
 * not for (contract `access`), invalid input and an attendee's reach into
 * another profile are refused here, before any handler runs, so no host can
 * forget a check.
 */
export function createDispatch(
  handlers: Handlers,
  { onUnexpected = console.error, dataDir }: DispatchOptions = {},
): Dispatch {
  return async (method, input, caller) => {
    if (!isMethod(method)) return fail('unknown_method', `Action inconnue : « ${method} ».`);
    // A program calling without a caller gets nothing: no role is ever assumed.
    if (!caller) return fail('forbidden', 'Appel refusé : appelant inconnu.');
    const refused = methodRefusal(method, caller);
    if (refused) return { ok: false, error: refused };
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: describeInvalidInput(parsed.error) };
    const notYours = profileRefusal(method, parsed.data, caller);
    if (notYours) return { ok: false, error: notYours };
    try {
      const handler = handlers[method] as (input: unknown, caller: Caller) => unknown;
      return ok(await handler(parsed.data, caller));
    } catch (error) {
      // Stryker disable next-line ConditionalExpression: storageError passes an AppError through as it is, so the next line answers the same
      if (error instanceof AppError) return fail(error.code, error.message);
      // The disk, not the program: say which folder and what to do, not « réessayez ».
      const storage = storageError(error, dataPlace(dataDir));
      if (storage) return fail(storage.code, storage.message);
      onUnexpected(error, method);
      return fail('internal', 'Une erreur inattendue est survenue ; rien n’a été enregistré. Réessayez.');
    }
  };
}
