// Error messages in the reader's language, by stable reason code (see ErrorReason
// in domain/errors.ts). English is the reference and the default; the web app
// keeps the same codes in web/src/i18n/messages.ts ("reason.<code>").
import type { UiLanguage } from '../domain/entities/common.js';
import type { ErrorReason } from '../domain/errors.js';

type Catalogue = Record<string, Record<UiLanguage, string>>;

export const ERROR_MESSAGES: Catalogue = {
  'text.empty': { en: 'must not be empty', fr: 'ne doit pas être vide', nl: 'mag niet leeg zijn' },
  'text.tooShort': {
    en: 'must have at least {min} characters',
    fr: 'doit contenir au moins {min} caractères',
    nl: 'moet minstens {min} tekens bevatten',
  },
  'text.tooLong': {
    en: 'must be at most {max} characters',
    fr: 'doit contenir au plus {max} caractères',
    nl: 'mag hoogstens {max} tekens bevatten',
  },
  'text.controlCharacters': {
    en: 'must not contain control characters',
    fr: 'ne doit pas contenir de caractères de contrôle',
    nl: 'mag geen stuurtekens bevatten',
  },
  'text.lineBreaks': {
    en: 'must be on one line (no line breaks or tabs)',
    fr: 'doit tenir sur une ligne (sans retour à la ligne ni tabulation)',
    nl: 'moet op één regel staan (zonder regeleinden of tabs)',
  },
  'text.bidiControls': {
    en: 'must not contain bidirectional control characters',
    fr: 'ne doit pas contenir de caractères de contrôle bidirectionnel',
    nl: 'mag geen bidirectionele stuurtekens bevatten',
  },
  'text.invalidUnicode': {
    en: 'must be valid Unicode text',
    fr: 'doit être un texte Unicode valide',
    nl: 'moet geldige Unicode-tekst zijn',
  },
  'email.invalid': {
    en: 'must be a valid e-mail address',
    fr: 'doit être une adresse e-mail valide',
    nl: 'moet een geldig e-mailadres zijn',
  },
  'handle.reserved': {
    en: 'is reserved; choose another handle',
    fr: 'est réservé : choisissez un autre identifiant',
    nl: 'is gereserveerd; kies een andere gebruikersnaam',
  },
  'value.format': {
    en: 'has the wrong format',
    fr: 'n’a pas le bon format',
    nl: 'heeft niet de juiste vorm',
  },
  'value.tooSmall': {
    en: 'must be at least {min}',
    fr: 'doit valoir au moins {min}',
    nl: 'moet minstens {min} zijn',
  },
  'value.tooLarge': {
    en: 'must be at most {max}',
    fr: 'doit valoir au plus {max}',
    nl: 'mag hoogstens {max} zijn',
  },
  'list.tooShort': {
    en: 'must list at least {min}',
    fr: 'doit en compter au moins {min}',
    nl: 'moet er minstens {min} bevatten',
  },
  'list.tooLong': {
    en: 'must list at most {max}',
    fr: 'doit en compter au plus {max}',
    nl: 'mag er hoogstens {max} bevatten',
  },
  'value.notAllowed': {
    en: 'is not one of the allowed values',
    fr: 'n’est pas une des valeurs permises',
    nl: 'is geen van de toegestane waarden',
  },
  'value.invalid': {
    en: 'is not a valid value',
    fr: 'n’est pas une valeur valable',
    nl: 'is geen geldige waarde',
  },
  'page.badCursor': {
    en: 'is not a cursor of this list',
    fr: 'n’est pas un curseur de cette liste',
    nl: 'is geen cursor van deze lijst',
  },
  'page.tooLarge': {
    en: 'must be at most {max}',
    fr: 'ne doit pas dépasser {max}',
    nl: 'mag niet groter zijn dan {max}',
  },
  'auth.wrongCredentials': {
    en: 'Wrong e-mail or password',
    fr: 'Adresse e-mail ou mot de passe incorrect',
    nl: 'Verkeerd e-mailadres of wachtwoord',
  },
  'auth.tooManyAttempts': {
    en: 'Too many failed sign-in attempts; try again in {minutes} min',
    fr: 'Trop de tentatives de connexion échouées ; réessayez dans {minutes} min',
    nl: 'Te veel mislukte aanmeldpogingen; probeer het over {minutes} min opnieuw',
  },
  'auth.signInRequired': {
    en: 'You must be signed in',
    fr: 'Vous devez être connecté',
    nl: 'U moet aangemeld zijn',
  },
  'auth.forbidden': {
    en: 'You are not allowed to do this',
    fr: 'Vous n’avez pas le droit de faire cela',
    nl: 'U mag dit niet doen',
  },
  'auth.wrongCurrentPassword': {
    en: 'is not your current password',
    fr: 'n’est pas votre mot de passe actuel',
    nl: 'is niet uw huidige wachtwoord',
  },
  'account.emailTaken': {
    en: 'An account with this e-mail already exists',
    fr: 'Un compte existe déjà avec cette adresse e-mail',
    nl: 'Er bestaat al een account met dit e-mailadres',
  },
  'account.handleTaken': {
    en: 'The handle "{handle}" is already taken',
    fr: 'L’identifiant « {handle} » est déjà pris',
    nl: 'De gebruikersnaam "{handle}" is al in gebruik',
  },
  notFound: { en: '"{id}" does not exist', fr: '« {id} » n’existe pas', nl: '"{id}" bestaat niet' },
  conflict: {
    en: 'This conflicts with existing data',
    fr: 'Cette action entre en conflit avec des données existantes',
    nl: 'Dit botst met bestaande gegevens',
  },
  storeFull: {
    en: 'The data store is full: this change was not saved. Reads still work; writes resume once disk space is freed.',
    fr: 'Le stockage des données est plein : cette modification n’a pas été enregistrée. La lecture fonctionne toujours ; l’écriture reprendra dès que de l’espace disque sera libéré.',
    nl: 'De gegevensopslag is vol: deze wijziging is niet bewaard. Lezen werkt nog; schrijven gaat verder zodra er schijfruimte vrijkomt.',
  },
  unavailable: {
    en: 'The service is temporarily unavailable',
    fr: 'Le service est momentanément indisponible',
    nl: 'De dienst is tijdelijk niet beschikbaar',
  },
};

/** The reason's message in `language`, or null when the code has none (the caller keeps its own text). */
export function errorMessage(reason: ErrorReason, language: UiLanguage): string | null {
  const template = ERROR_MESSAGES[reason.code]?.[language];
  if (template === undefined) return null;
  const params = reason.params ?? {};
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
