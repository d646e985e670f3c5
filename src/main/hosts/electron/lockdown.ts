import type { App, Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from '../../../shared/api/channel';

/** app://workbook/… only. (URL.origin is "null" for custom schemes outside Chromium: compare parts.) */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** No navigation away from the app, no new windows, no webviews. */
export function lockWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Every permission (camera, notifications…) is refused, and no request leaves for the network. */
export function lockSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    // blob: and data: are the page's own downloads (.cmwb export) and images.
    const allowed = isAppUrl(details.url) || /^(devtools|blob|data):/.test(details.url);
    callback({ cancel: !allowed });
  });
}

export function lockApp(app: App): void {
  app.on('web-contents-created', (_event, contents) => lockWebContents(contents));
}
