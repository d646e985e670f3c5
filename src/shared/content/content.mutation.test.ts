import { describe, expect, it } from 'vitest';
import { glossarySchema, glossaryTermId } from './glossary';
import { SOURCE_FILE, SOURCE_REFERENCE } from './source';

describe('the glossary', () => {
  it('reads a glossary keyed by term id', () => {
    const glossary = { 'community-management': { term: 'community management', definition: 'Un métier.' } };
    expect(glossarySchema.parse(glossary)).toEqual(glossary);
    expect(glossarySchema.safeParse({ 'Community Management': glossary['community-management'] }).success).toBe(false);
  });

  it('takes term ids of lower-case letters, digits and dashes, up to 64 characters, not starting with a dash', () => {
    for (const id of ['cpm', 'taux-de-clic', '3-etapes', 'a'.repeat(64)]) expect(glossaryTermId.safeParse(id).success).toBe(true);
    for (const id of ['', '-cpm', 'Cpm', 'taux de clic', 'cpm!', 'a'.repeat(65)]) {
      expect(glossaryTermId.safeParse(id).success).toBe(false);
    }
  });

  it('refuses a term without its name or its definition', () => {
    expect(glossarySchema.safeParse({ cpm: { term: 'CPM', definition: '' } }).success).toBe(false);
    expect(glossarySchema.safeParse({ cpm: { term: '', definition: 'Coût pour mille.' } }).success).toBe(false);
    expect(glossarySchema.safeParse({ cpm: { term: 'CPM', definition: 'Coût pour mille.' } }).success).toBe(true);
  });
});

describe('the quoted source', () => {
  it('is the French interview, credited to its newspaper and its speaker', () => {
    expect(SOURCE_FILE).toBe('community-management-day-interview.fr.txt');
    expect(SOURCE_REFERENCE).toMatch(/^L’Opinion, entretien avec Yassir Monkachi, /);
  });
});
