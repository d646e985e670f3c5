import { formatCount } from '../../shared/format/index';

/** Every sentence of the room (the trainer's panel, the join page, the attendee's banners). */
export const classroomStrings = {
  panelHeading: 'La salle (réseau local)',
  panelIntro:
    'Ouvrez la salle pour que les participants rejoignent le cahier depuis leur navigateur, sur le même réseau (Wi-Fi de la salle). Tant qu’elle est fermée, rien n’est accessible depuis un autre appareil.',
  interfaceLabel: 'Réseau sur lequel ouvrir la salle',
  interfaceOption: (name: string, address: string) => `${name} — ${address}`,
  noInterface:
    'Aucun réseau local détecté : connectez ce poste au Wi-Fi ou au câble de la salle, puis actualisez cette page.',
  refresh: 'Actualiser',
  open: 'Ouvrir la salle',
  opening: 'Ouverture…',
  close: 'Fermer la salle',
  closing: 'Fermeture…',
  isOpen: 'La salle est ouverte.',
  isClosed: 'La salle est fermée.',
  urlLabel: 'Adresse à ouvrir',
  codeLabel: 'Code de la salle',
  qrLabel: (url: string) => `QR code de l’adresse ${url}`,
  connected: (count: number) =>
    count === 0
      ? 'Aucun participant connecté'
      : `${formatCount(count)} participant${count > 1 ? 's' : ''} connecté${count > 1 ? 's' : ''}`,
  firewall:
    'La première fois, le système peut demander d’autoriser les connexions entrantes (Windows : « Pare-feu Windows Defender », cliquez « Autoriser l’accès » pour les réseaux privés ; macOS : « accepter les connexions entrantes », cliquez « Autoriser »). Sans cela, les participants ne pourront pas se connecter.',

  mergeHeading: 'Fusionner deux cahiers d’une même personne',
  mergeIntro:
    'Quand un participant a rejoint la salle depuis deux appareils, ses réponses sont réparties sur deux cahiers. La fusion garde, pour chaque exercice, la réponse la plus récente, et supprime le second cahier.',
  mergeKeep: 'Cahier à garder',
  mergeOther: 'Cahier à fusionner dans le premier (puis supprimé)',
  mergeChoose: '— choisir —',
  mergeButton: 'Fusionner',
  mergeNeedTwo: 'Il faut au moins deux cahiers pour fusionner.',
  merged: (name: string, answers: number) =>
    `Fusion faite : le cahier de ${name} a reçu ${formatCount(answers)} réponse${answers > 1 ? 's' : ''} plus récente${answers > 1 ? 's' : ''}.`,

  joinHeading: 'Rejoindre la salle',
  joinIntro: 'Saisissez votre nom et le code affiché par le formateur.',
  nameLabel: 'Votre nom',
  codeInputLabel: 'Code de la salle (6 caractères)',
  joinButton: 'Rejoindre',
  joining: 'Connexion…',
  privacyHeading: 'Vos données',
  privacy: [
    'Ce qui est enregistré : votre nom et vos réponses aux exercices.',
    'Où : sur l’ordinateur du formateur, dans un fichier local. Rien n’est envoyé sur internet.',
    'Qui les voit : le formateur. Les autres participants ne voient ni votre nom ni vos réponses.',
    'Ce navigateur garde un cookie de connexion pour vous ramener à votre cahier. Le formateur peut effacer votre cahier à votre demande.',
  ],

  roomClosed:
    'La salle est fermée : le formateur a arrêté l’accès par le réseau. Vos réponses enregistrées sont conservées sur son poste.',
  offline: 'Hors ligne — vos réponses seront enregistrées dès le retour du réseau.',
};
