/** The one source lessons may quote as fact (`content/sources/`), and how a quotation is credited on screen. */
export const SOURCE_FILE = 'community-management-day-interview.fr.txt';

export const SOURCE_REFERENCE =
  'L’Opinion, entretien avec Yassir Monkachi, co-organisateur de Social Media Club Casablanca, recueilli par Saïd Afoulous, à propos du Community Management Day du jeudi 2 mai (Casablanca)';
