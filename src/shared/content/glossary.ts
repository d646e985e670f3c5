import { z } from 'zod';

/** A glossary term's id, as lessons write it in `<Term id="…">`. */
export const glossaryTermId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);

/** `content/glossary.json`: every term a lesson marks with `<Term>`, defined once in plain French. */
export const glossarySchema = z.record(
  glossaryTermId,
  z.strictObject({
    term: z.string().min(1),
    definition: z.string().min(1),
  }),
);
export type Glossary = z.infer<typeof glossarySchema>;
