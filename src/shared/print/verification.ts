/** How many hex digits of the SHA-256 the attestation prints (48 bits: enough to tell workbooks apart by eye). */
export const VERIFICATION_CODE_LENGTH = 12;

export const verificationCode = /^[0-9a-f]{12}$/;

/**
 * What the attestation's verification code is computed from: the content of
 * the attendee's own `.cmwb` export (`workbook.export` with their one profile
 * id) without `exportedAt` (the moment of export, which changes every time)
 * and without `sha256` (the seal, which covers `exportedAt`). That is
 * `{ format, schemaVersion, session, profiles: [{ id, name, createdAt, answers }] }`.
 * The code is the first 12 hex digits of the SHA-256 of its canonical JSON
 * (`canonicalJson`: keys sorted, compact). Anyone holding the attendee's
 * `.cmwb` file can recompute it: the same answers give the same code, any
 * change to an answer, the name or the session gives another.
 */
export function verifiedContent(file: Record<string, unknown>): Record<string, unknown> {
  const { exportedAt: _exportedAt, sha256: _sha256, ...content } = file;
  return content;
}
