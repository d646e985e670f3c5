import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL } from '../shared/api/channel';

/**
 * The renderer gets one function, never ipcRenderer itself: it can only ask
 * for a named method with a JSON-able input, which main validates.
 */
contextBridge.exposeInMainWorld('cmday', {
  invoke(method: unknown, input: unknown): Promise<unknown> {
    if (typeof method !== 'string') return Promise.reject(new TypeError('method must be a string'));
    return ipcRenderer.invoke(INVOKE_CHANNEL, method, input);
  },
});
