import data from '../../../../content/glossary.json';
import { glossarySchema, type Glossary } from '../../../shared/content/glossary';

/** The glossary, checked once when the lessons load (the build checks it too: npm run content:check). */
export const glossary: Glossary = glossarySchema.parse(data);
