import { formatCount } from '../../shared/format/index';

/** Every sentence of the trainer's dashboard and of what attendees see of the lockstep and the corrections. */
export const dashboardStrings = {
  heading: 'Tableau de bord de la salle',
  intro:
    'La progression de chaque participant et la répartition des réponses, en direct. Les noms restent masqués tant que vous ne les affichez pas (pratique quand l’écran est projeté).',
  live: 'En direct',
  connecting: 'Connexion au tableau de bord…',
  lost: 'Tableau de bord interrompu : nouvelle tentative…',
  showNames: 'Afficher les noms',
  hideNames: 'Masquer les noms',
  attendeesHeading: 'Participants',
  noAttendees: 'Aucun participant pour l’instant.',
  attendeeColumn: 'Participant',
  lastActivityColumn: 'Dernière activité',
  noActivity: 'aucune réponse',
  attendeeNumber: (n: number) => `Participant ${formatCount(n)}`,
  lessonProgress: (done: number, total: number) => `${formatCount(done)} / ${formatCount(total)}`,

  lockstepHeading: 'Rythme de la salle',
  lockstepIntro:
    'Les participants ne voient les leçons que jusqu’à la leçon en cours ; « Avancer » ouvre la suivante sur tous les écrans, sans rechargement.',
  currentLesson: 'Leçon en cours',
  allLessons: 'Toutes les leçons (pas de suivi)',
  advance: 'Avancer',

  exercisesHeading: 'Réponses par exercice',
  exercisesOfLesson: 'Leçon affichée',
  answered: (answered: number, unanswered: number) =>
    `${formatCount(answered)} réponse${answered > 1 ? 's' : ''}, ${formatCount(unanswered)} sans réponse`,
  gradeColumn: 'Résultat',
  countColumn: 'Participants',
  chartLabel: (exercise: string, bars: string) => `Répartition des réponses à ${exercise} : ${bars}`,
  tableCaption: (exercise: string) => `Répartition des réponses à ${exercise}`,
  reveal: 'Révéler la correction',
  hideReveal: 'Masquer la correction',
  revealed: 'Correction révélée aux participants.',

  csvLink: 'Télécharger les résultats (CSV)',
  csvSaved: (path: string) => `Résultats enregistrés : ${path}`,

  // What attendees see.
  lessonLocked: 'Pas encore ouverte',
  lessonLockedPage:
    'Cette leçon n’est pas encore ouverte : le formateur l’ouvrira quand la salle y arrivera. Elle s’affichera ici d’elle-même.',
  correction: 'Correction',
  metricCorrection: (value: string, formula: string) => `Résultat attendu : ${value}. Formule : ${formula}.`,
  quizCorrection: (right: string, several: boolean) => `${several ? 'Bonnes réponses' : 'Bonne réponse'} : ${right}.`,
};
