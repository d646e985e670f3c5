import type { ComponentType } from 'react';
import './lesson-components.css';
import { Glossary } from './Glossary';
import { Illustrative } from './Illustrative';
import { KeyPoints } from './KeyPoints';
import { Source } from './Source';
import { Term } from './Term';
import { TrainerNote } from './TrainerNote';

/** The lesson-text components MDX lessons may use besides exercises (names as build/content-check knows them). */
export const contentComponents: Record<string, ComponentType<never>> = {
  Source,
  TrainerNote,
  Illustrative,
  Term,
  Glossary,
  KeyPoints,
};

export { TrainerView, useTrainerView } from './TrainerView';
