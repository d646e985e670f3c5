/** The French of the PDF exports (the attendee's workbook, the trainer's zip and guide). */
export const pdfStrings = {
  preparing: 'Préparation du PDF…',
  saved: (path: string) => `Enregistré : ${path}`,
  guideButton: 'Imprimer le Guide du formateur (PDF)',
  allButton: 'Exporter tous les cahiers (PDF, zip)',
  allPreparing: 'Impression des cahiers…',
  allProgressLabel: 'Cahiers imprimés',
  allCount: (done: number, total: number) => `${done} / ${total}`,
  allDone: (count: number, total: number) =>
    count === total ? `Les ${total} cahiers sont prêts.` : `${count} cahiers sur ${total} sont prêts.`,
  allFailedHeading: (count: number) =>
    count === 1 ? 'Ce cahier n’a pas pu être imprimé :' : `Ces ${count} cahiers n’ont pas pu être imprimés :`,
  allFailedNote: 'Ils sont aussi listés dans le fichier erreurs.txt du zip.',
  allDownload: 'Télécharger le zip',
  unreadableReply: 'L’application a répondu de façon inattendue : réessayez.',
  offline: 'L’application ne répond pas : vérifiez qu’elle est toujours ouverte, puis réessayez.',
} as const;
