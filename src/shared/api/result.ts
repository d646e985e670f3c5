/** What crosses every boundary: a value, or an error with a stable code and a French message. */
export interface ApiError {
  /** Stable, for programs and tests. */
  code: ErrorCode;
  /** French, for the person in front of the screen. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ERROR_CODES = [
  'invalid_input',
  'invalid_json',
  'unknown_method',
  'payload_too_large',
  'not_found',
  'forbidden',
  'conflict',
  'db_too_new',
  'unavailable',
  /** Too many attempts from one address (joining the room). */
  'rate_limited',
  /** The renderer could not reach its host at all (network down, host stopped): never sent by a host. */
  'offline',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error the service expects and can explain to the user. */
export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
