import { createHash } from 'node:crypto';
import { AppError, describeInvalidInput } from '../../shared/api';
import { canonicalJson } from '../../shared/workbook-file/canonical';
import {
  CMWB_FORMAT,
  CMWB_MAX_BYTES,
  CMWB_MAX_LABEL,
  CMWB_SCHEMA_VERSION,
  cmwbFile,
  type CmwbContent,
  type CmwbFile,
} from '../../shared/workbook-file/schema';

/** SHA-256 (hex) of the canonical JSON of a file's content: everything but `sha256`. */
export function sha256(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

export function sealWorkbook(content: CmwbContent): CmwbFile {
  return { ...content, sha256: sha256(content) };
}

/** The text export writes: compact, so the biggest workbook stays under the import limit. */
export function workbookText(file: CmwbFile): string {
  return JSON.stringify(file);
}

const refuse = (message: string): never => {
  throw new AppError('invalid_input', message);
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  // Stryker disable next-line ConditionalExpression: a text, number or boolean has no `format` either, and is refused the same way
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a .cmwb text and refuses, in French, anything that is not a sound file
 * of a version this app knows: too big, not JSON, another format, a newer
 * version, a hash that does not match (damaged or edited), a bad field. The
 * hash is checked on the content as written, before validation tidies it
 * (trims, normalises names), so a file is judged on its own bytes.
 */
export function parseWorkbookFile(text: string): CmwbFile {
  // Bytes as written to disk: UTF-8, byteLength's default.
  if (Buffer.byteLength(text) > CMWB_MAX_BYTES) {
    refuse(`Fichier trop volumineux : ${CMWB_MAX_LABEL} au plus.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('Ce fichier n’est pas un cahier .cmwb lisible (il n’est pas au format JSON).');
  }
  if (!isRecord(raw) || raw.format !== CMWB_FORMAT) {
    return refuse('Ce fichier n’est pas un cahier CM Day Workbook (.cmwb).');
  }
  if (typeof raw.schemaVersion === 'number' && raw.schemaVersion > CMWB_SCHEMA_VERSION) {
    refuse('Ce cahier vient d’une version plus récente de l’application : mettez-la à jour pour l’importer.');
  }
  const { sha256: expected, ...content } = raw;
  // A missing hash, or one that is not text, never equals the digest.
  if (sha256(content) !== expected) {
    refuse('Le fichier est endommagé ou a été modifié (empreinte SHA-256 différente) : il n’a pas été importé.');
  }
  const parsed = cmwbFile.safeParse(raw);
  if (!parsed.success) {
    const { message } = describeInvalidInput(parsed.error);
    return refuse(`Fichier .cmwb invalide : ${message}`);
  }
  return parsed.data;
}
