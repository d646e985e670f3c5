import type { ErrorCode } from '../../../shared/api';

/** HTTP status for each stable error code. */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  invalid_input: 400,
  invalid_json: 400,
  unknown_method: 404,
  payload_too_large: 413,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  db_too_new: 409,
  unavailable: 503,
  rate_limited: 429,
  offline: 503,
  internal: 500,
};
