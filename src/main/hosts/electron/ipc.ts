import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { AppError, fail, type Result } from '../../../shared/api/result';
import { INVOKE_CHANNEL } from '../../../shared/api/channel';
import { hostContract, type HostInput, type HostMethod, type HostOutput } from '../../../shared/api/host-contract';
import { describeInvalidInput } from '../../../shared/api/validation';
import { TRAINER } from '../../service/classroom-caller';
import type { Dispatch } from '../../service/dispatch';
import { isAppUrl } from './lockdown';

export type HostHandlers = {
  [M in HostMethod]: (input: HostInput<M>, event: IpcMainInvokeEvent) => Promise<HostOutput<M>>;
};

/** Only the app's own pages (app://workbook) may call the API. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url;
  return typeof url === 'string' && isAppUrl(url);
}

export function createIpcHandler(dispatch: Dispatch, hostHandlers: HostHandlers) {
  return async (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event)) return fail('unknown_method', 'Appel refusé : origine inconnue.');
    if (typeof method !== 'string') return fail('unknown_method', 'Action inconnue.');
    if (Object.hasOwn(hostContract, method)) {
      const hostMethod = method as HostMethod;
      const parsed = hostContract[hostMethod].input.safeParse(input ?? {});
      if (!parsed.success) return { ok: false, error: describeInvalidInput(parsed.error) };
      try {
        const handler = hostHandlers[hostMethod] as (input: unknown, event: IpcMainInvokeEvent) => Promise<unknown>;
        return { ok: true, value: await handler(parsed.data, event) };
      } catch (error) {
        // The service's own French (participant not found, no printer…) reaches the person as it is.
        if (error instanceof AppError) return fail(error.code, error.message);
        console.error(error);
        return fail('internal', 'L’opération a échoué ; réessayez.');
      }
    }
    // The app's own window is the trainer's screen: attendees reach the room's HTTP listener, never IPC.
    return dispatch(method, input, TRAINER);
  };
}

export function registerIpc(dispatch: Dispatch, hostHandlers: HostHandlers): void {
  ipcMain.handle(INVOKE_CHANNEL, createIpcHandler(dispatch, hostHandlers));
}
