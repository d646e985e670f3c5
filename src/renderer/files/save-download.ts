import { fail, ok, type Result } from '../../shared/api/index';
import { pdfStrings } from './pdf-strings';

/** The name the host gave the file: `filename*` (UTF-8, RFC 5987) first, else `filename`. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '');
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!);
    } catch {
      // A malformed encoding: try the plain name.
    }
  }
  return /filename="([^"]+)"/i.exec(header ?? '')?.[1] ?? fallback;
}

/** Offers bytes to save under a name, in the browser. */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Fetches one of the web host's downloads (/export/…) and saves it, so the
 * page can show « Préparation du PDF… » while it is made and the host's
 * French message when it fails (an error reply is the API's JSON).
 */
export async function fetchAndSave(href: string, fallbackName: string): Promise<Result<{ fileName: string }>> {
  let response: Response;
  try {
    response = await fetch(href, { credentials: 'same-origin' });
  } catch {
    return fail('unavailable', pdfStrings.offline);
  }
  if (!response.ok) {
    try {
      return (await response.json()) as Result<never>;
    } catch {
      return fail('internal', pdfStrings.unreadableReply);
    }
  }
  const fileName = fileNameFromDisposition(response.headers.get('content-disposition'), fallbackName);
  saveBlob(fileName, await response.blob());
  return ok({ fileName });
}
