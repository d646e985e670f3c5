import { z } from 'zod';
import * as s from './schemas';

/**
 * Every method of the API, once: its input and output schemas. The HTTP and
 * IPC adapters serve exactly this map and validate every input against it;
 * the renderer's client is typed from it.
 */
export const contract = {
  'profile.create': {
    input: z.strictObject({ name: s.profileName }),
    output: s.profile,
  },
  'profile.list': {
    input: z.strictObject({}),
    output: z.array(s.profile),
  },
  'answer.save': {
    input: z.strictObject({ profileId: s.profileId, exerciseId: s.exerciseId, value: s.answerValue }),
    output: z.object({ savedAt: s.isoTime, revision: z.int().positive() }),
  },
  'answer.list': {
    input: z.strictObject({ profileId: s.profileId }),
    output: z.array(s.answer),
  },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name);
}

/** The biggest request body any host accepts. */
export const MAX_BODY_BYTES = 64 * 1024;
