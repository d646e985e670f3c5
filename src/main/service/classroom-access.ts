import { contract, type ApiError, type Method } from '../../shared/api';
import type { Caller } from './classroom-caller';

const TRAINER_ONLY: ApiError = {
  code: 'forbidden',
  message: 'Action réservée au formateur : elle n’est pas disponible depuis la salle.',
};
const JOIN_FIRST: ApiError = {
  code: 'forbidden',
  message: 'Rejoignez d’abord la salle avec votre nom et le code affiché par le formateur.',
};
const NOT_YOURS: ApiError = {
  code: 'forbidden',
  message: 'Accès refusé : vous ne pouvez consulter ou modifier que votre propre cahier.',
};

/** May this caller call this method at all? Decided before the input is even read. */
export function methodRefusal(method: Method, caller: Caller): ApiError | null {
  const { access } = contract[method];
  if (caller.role === 'trainer' || access === 'visitor') return null;
  if (access === 'trainer') return TRAINER_ONLY;
  return caller.role === 'attendee' ? null : JOIN_FIRST;
}

/** The fields of a method's input (its zod object's shape). */
export function inputFields(method: Method): string[] {
  const schema = contract[method].input as { shape?: Record<string, unknown> };
  // Stryker disable next-line ArrayDeclaration: every input of the contract is a zod object (a test walks them); the fallback only keeps another kind from crashing
  return schema.shape ? Object.keys(schema.shape) : [];
}

/**
 * The profiles an input names. Attendee methods name whose data they touch
 * only by `profileId` or `profileIds` (a test walks the contract to hold
 * them to it); a method with `profileIds` that leaves it out means everyone.
 */
function profilesNamed(method: Method, input: unknown): string[] | 'everyone' {
  const fields = input as { profileId?: unknown; profileIds?: unknown };
  const ids: string[] = [];
  if (typeof fields.profileId === 'string') ids.push(fields.profileId);
  if (inputFields(method).includes('profileIds')) {
    if (!Array.isArray(fields.profileIds)) return 'everyone';
    ids.push(...(fields.profileIds as string[]));
  }
  return ids;
}

/** After validation: an attendee touches their own profile only, and never everyone's. */
export function profileRefusal(method: Method, input: unknown, caller: Caller): ApiError | null {
  if (caller.role !== 'attendee') return null;
  // Stryker disable next-line ConditionalExpression: dispatch lets an attendee reach only attendee and visitor methods, and no visitor method names a profile
  if (contract[method].access !== 'attendee') return null;
  const named = profilesNamed(method, input);
  if (named === 'everyone' || named.some((id) => id !== caller.profileId)) return NOT_YOURS;
  return null;
}
