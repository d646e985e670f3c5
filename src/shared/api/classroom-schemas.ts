import { z } from 'zod';
import { profile, profileId, profileName } from './schemas';

/**
 * The room's join code: 6 characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L, 5/S, 2/Z), so a code read off a projector is typed right.
 */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRTUVWXY346789';
export const JOIN_CODE_LENGTH = 6;

/** What the attendee typed: case, spaces and dashes do not matter. */
export const joinCode = z
  .string({ error: 'Saisissez le code affiché par le formateur.' })
  .max(32, { error: 'Code de la salle invalide.' })
  .transform((text) => text.replace(/[\s-]/g, '').toUpperCase())
  .pipe(
    z
      .string()
      .length(JOIN_CODE_LENGTH, { error: `Le code de la salle compte ${JOIN_CODE_LENGTH} caractères.` })
      .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]+$`), { error: 'Code de la salle invalide.' }),
  );

/** A network interface the room can listen on (a non-internal IPv4 address). */
export const networkInterface = z.object({ name: z.string(), address: z.string() });
export type NetworkInterface = z.infer<typeof networkInterface>;

export const roomState = z.discriminatedUnion('open', [
  z.object({ open: z.literal(false) }),
  z.object({
    open: z.literal(true),
    /** The interface it listens on, by name, and its address. */
    interface: networkInterface,
    /** What attendees type or scan. */
    url: z.string(),
    code: z.string(),
    /** Attendees whose page is open right now (distinct people). */
    connected: z.int().nonnegative(),
  }),
]);
export type RoomState = z.infer<typeof roomState>;

/** Who the page is talking as: the trainer, an attendee of the room, or someone who has not joined yet. */
export const whoAmI = z.discriminatedUnion('role', [
  z.object({ role: z.literal('trainer') }),
  z.object({ role: z.literal('attendee'), profile }),
  z.object({ role: z.literal('visitor') }),
]);
export type WhoAmI = z.infer<typeof whoAmI>;

export const joinInput = z.strictObject({ name: profileName, code: joinCode });

export const mergeInput = z
  .strictObject({ keepId: profileId, mergeId: profileId })
  .refine(({ keepId, mergeId }) => keepId !== mergeId, { error: 'Choisissez deux profils différents.' });
