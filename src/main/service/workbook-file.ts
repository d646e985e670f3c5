import { createHash } from 'node:crypto';
import { AppError, describeInvalidInput } from '../../shared/api';
import { canonicalJson } from '../../shared/workbook-file/canonical';
import {
  CMWB_FORMAT,
  CMWB_MAX_BYTES,
  CMWB_SCHEMA_VERSION,
  cmwbFile,
  type CmwbContent,
  type CmwbFile,
} from '../../shared/workbook-file/schema';

export function sha256(content: CmwbContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

export function sealWorkbook(content: CmwbContent): CmwbFile {
  return { ...content, sha256: sha256(content) };
}

const refuse = (message: string): never => {
  throw new AppError('invalid_input', message);
};

/**
 * Reads a .cmwb text and refuses, in French, anything that is not a sound file
 * of a version this app knows: too big, not JSON, another format, a newer
 * version, a hash that does not match (damaged or edited), a bad field.
 */
export function parseWorkbookFile(text: string): CmwbFile {
  if (Buffer.byteLength(text, 'utf8') > CMWB_MAX_BYTES) {
    refuse(`Fichier trop volumineux : ${CMWB_MAX_BYTES / 1024 / 1024} Mio au plus.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('Ce fichier n’est pas un cahier .cmwb lisible (il n’est pas au format JSON).');
  }
  const header = raw as { format?: unknown; schemaVersion?: unknown; sha256?: unknown } | null;
  if (!header || typeof header !== 'object' || header.format !== CMWB_FORMAT) {
    refuse('Ce fichier n’est pas un cahier CM Day Workbook (.cmwb).');
  }
  if (typeof header!.schemaVersion === 'number' && header!.schemaVersion > CMWB_SCHEMA_VERSION) {
    refuse('Ce cahier vient d’une version plus récente de l’application : mettez-la à jour pour l’importer.');
  }
  const parsed = cmwbFile.safeParse(raw);
  if (!parsed.success) {
    const { message } = describeInvalidInput(parsed.error);
    return refuse(`Fichier .cmwb invalide : ${message}`);
  }
  const { sha256: expected, ...content } = parsed.data;
  if (sha256(content) !== expected) {
    refuse('Le fichier est endommagé ou a été modifié (empreinte SHA-256 différente) : il n’a pas été importé.');
  }
  return parsed.data;
}
