/** The sentences of the lesson-text components (to merge into i18n/fr.ts once the parallel work has landed). */
export const lessonStrings = {
  illustrativeLabel: 'Données illustratives',
  illustrativeHint: 'nombres inventés pour s’exercer, pas des faits',
  trainerNote: 'Note pour le formateur',
  glossary: 'Glossaire',
  sourceLabel: 'Source',
  keyPoints: 'À retenir',
};
