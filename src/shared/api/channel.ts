/** The one IPC channel between the preload bridge and the Electron main process. */
export const INVOKE_CHANNEL = 'cmday:invoke';

/** The renderer's origin inside Electron (a custom protocol, never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workbook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
