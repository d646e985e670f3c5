import { fail, type Input, type Method, type Output, type Result } from '../shared/api/index';
import type { HostInput, HostMethod, HostOutput } from '../shared/api/host-contract';

/** What the Electron preload exposes; absent in a browser. */
interface Bridge {
  invoke(method: Method | HostMethod, input: unknown): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    cmday?: Bridge;
  }
}

const OFFLINE = 'L’application ne répond pas : vérifiez qu’elle est toujours ouverte, puis réessayez.';

/** The renderer's one way to reach the service, whichever host serves it. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
  try {
    if (window.cmday) return (await window.cmday.invoke(method, input)) as Result<Output<M>>;
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
      // A save sent while the page is being hidden still reaches the host.
      keepalive: true,
    });
    return (await response.json()) as Result<Output<M>>;
  } catch {
    // No answer at all (network down, host stopped): an attendee's page keeps its answers and tries again.
    return fail('offline', OFFLINE);
  }
}

export const isDesktop = () => Boolean(window.cmday);

/** A method the desktop host answers itself (save dialogs); in a browser, use the /export/ downloads instead. */
export async function callHost<M extends HostMethod>(method: M, input: HostInput<M>): Promise<Result<HostOutput<M>>> {
  if (!window.cmday) return fail('unavailable', OFFLINE);
  try {
    return (await window.cmday.invoke(method, input)) as Result<HostOutput<M>>;
  } catch {
    return fail('unavailable', OFFLINE);
  }
}

/** The web host's downloads (see src/main/hosts/web/pdf-routes.ts). */
export const pdfHref = (profileId: string) => `/export/${profileId}.pdf`;
export const guideHref = (lessonId?: string) => (lessonId ? `/export/guide/${lessonId}.pdf` : '/export/guide.pdf');
export const zipHref = (jobId: string) => `/export/zip/${jobId}.zip`;
