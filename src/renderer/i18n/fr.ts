import { formatCount as n } from '../../shared/format/index';

/** Every sentence of the interface, French first. */
export const fr = {
  appName: 'CM Day Workbook',
  dayTitle: 'Community Management Day',
  homeIntro: 'Votre cahier d’exercices pour la journée. Créez votre cahier ou reprenez le vôtre.',
  profilesHeading: 'Reprendre un cahier',
  noProfiles: 'Aucun cahier pour l’instant.',
  openWorkbook: (name: string) => `Ouvrir le cahier de ${name}`,
  createHeading: 'Nouveau cahier',
  nameLabel: 'Votre nom',
  createButton: 'Créer mon cahier',
  loading: 'Chargement…',
  backHome: 'Changer de participant',
  home: 'Accueil',
  workbookHeading: (name: string) => `Cahier de ${name}`,
  lessonsHeading: 'Leçons',
  minutes: (count: number) => `${n(count)} min`,
  exportPdf: 'Exporter mon cahier (PDF)',
  pdfSaved: (path: string) => `PDF enregistré : ${path}`,
  backToWorkbook: 'Retour au cahier',
  lessonNotFound: 'Cette leçon n’existe pas.',
  objectives: 'Objectifs',
  saved: 'Enregistré',
  saving: 'Enregistrement…',
  notSaved: 'Non enregistré',
  retry: 'Réessayer',
  reload: 'Recharger la page',
  fixToSave: 'Non enregistré : corrigez la valeur signalée en rouge.',
  funnelCaption: 'Entonnoir de conversion',
  stepColumn: 'Étape',
  countColumn: 'Effectif',
  stepRateColumn: 'Taux de l’étape',
  fromStartColumn: 'Depuis le début',
  overall: 'Conversion globale',
  notAPercent: 'Saisissez un nombre de personnes, pas un pourcentage.',
  notAnInteger: 'Un effectif est un nombre entier de personnes.',
  chartLabel: (summary: string) => `Graphique de l’entonnoir : ${summary}`,
  printedOn: (date: string) => `Cahier exporté le ${date}`,
  attendee: 'Participant',
  sessionHeading: 'La session',
  sessionDate: 'Date',
  sessionPlace: 'Lieu',
  sessionTrainer: 'Formateur',
  sessionOrganiser: 'Organisateur',
  sessionDuration: 'Durée',
  hours: (n: string) => `${n} h`,
  createdOn: (when: string) => `créé le ${when}`,
  rename: 'Renommer',
  renameLabel: (name: string) => `Nouveau nom pour ${name}`,
  save: 'Enregistrer',
  cancel: 'Annuler',
  delete: 'Supprimer',
  deleteConfirm: (name: string) =>
    `Supprimer définitivement le cahier de ${name} ? Toutes ses réponses seront effacées de ce poste, sauvegardes comprises.`,
  deleteYes: 'Oui, effacer définitivement',
  deleted: (name: string) => `Le cahier de ${name} a été effacé.`,
  trainerLink: 'Espace formateur',
  trainerHeading: 'Espace formateur',
  sessionFormHeading: 'Préparer la session',
  titleLabel: 'Titre',
  dateLabel: 'Date',
  placeLabel: 'Lieu (ville)',
  trainerLabel: 'Nom du formateur',
  organiserLabel: 'Organisateur',
  durationLabel: 'Durée (heures)',
  lessonsLegend: 'Leçons de la journée, dans l’ordre',
  moveUp: (title: string) => `Monter « ${title} »`,
  moveDown: (title: string) => `Descendre « ${title} »`,
  sessionSaved: 'Session enregistrée.',
  backupsHeading: 'Sauvegardes',
  backupsIntro:
    'Une sauvegarde est faite automatiquement toutes les 10 minutes pendant la saisie, avant chaque mise à jour et en fin de session. Les 10 dernières sont gardées.',
  noBackups: 'Aucune sauvegarde pour l’instant.',
  backupNow: 'Sauvegarder maintenant',
  restore: 'Restaurer une sauvegarde',
  restoreThis: (when: string) => `Restaurer la sauvegarde du ${when}`,
  restoreConfirm: (when: string) =>
    `Remplacer tout le contenu actuel par la sauvegarde du ${when} ? L’état actuel sera d’abord sauvegardé.`,
  restoreYes: 'Oui, restaurer',
  restored: (profiles: number, answers: number) =>
    `Sauvegarde restaurée : ${n(profiles)} participant(s), ${n(answers)} réponse(s). L’état précédent a été sauvegardé.`,
  filesHeading: 'Fichiers de cahiers (.cmwb)',
  filesIntro: 'Pour passer d’un poste à l’autre : exportez les cahiers, puis importez le fichier sur l’autre poste.',
  exportAll: 'Exporter tous les cahiers (.cmwb)',
  exportMine: 'Exporter mon cahier (.cmwb)',
  importLabel: 'Fichier .cmwb à importer',
  importPreview: (s: {
    newProfiles: number;
    existing: number;
    newAnswers: number;
    newer: number;
    older: number;
    same: number;
  }) =>
    `Ce fichier contient ${n(s.newProfiles)} nouveau(x) participant(s) et ${n(s.existing)} déjà présent(s) ; ` +
    `${n(s.newAnswers)} nouvelle(s) réponse(s), ${n(s.newer)} plus récente(s) que celles du poste (elles les remplaceront), ` +
    `${n(s.older)} plus ancienne(s) et ${n(s.same)} identique(s) (ignorées).`,
  importApply: 'Importer',
  imported: 'Import terminé.',
  tooBig: 'Fichier trop volumineux : 5 Mio au plus.',
  noAnswer: 'Pas encore de réponse.',
} as const;

export const t = fr;
