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
  // Filière and mentoring use cases (branch cleanup).
  'value.requiredToCreateFiliere': {
    en: 'is required to create a filière',
    fr: 'est obligatoire pour créer une filière',
    nl: 'is verplicht om een sector aan te maken',
  },
  'value.cannotChange': {
    en: 'cannot change',
    fr: 'ne peut pas être modifié',
    nl: 'kan niet gewijzigd worden',
  },
  'value.between': {
    en: 'must be between {min} and {max}',
    fr: 'doit être compris entre {min} et {max}',
    nl: 'moet tussen {min} en {max} liggen',
  },
  'skill.unknown': {
    en: 'unknown skill "{skill}"',
    fr: 'compétence inconnue « {skill} »',
    nl: 'onbekende vaardigheid "{skill}"',
  },
  'member.unknown': {
    en: 'unknown member "{member}"',
    fr: 'membre inconnu « {member} »',
    nl: 'onbekend lid "{member}"',
  },
  'filiere.unknown': {
    en: 'unknown filière "{filiere}"',
    fr: 'filière inconnue « {filiere} »',
    nl: 'onbekende sector "{filiere}"',
  },
  'filiere.notMember': {
    en: 'you are not in this filière',
    fr: 'vous ne faites pas partie de cette filière',
    nl: 'u maakt geen deel uit van deze sector',
  },
  'filiere.eventOver': {
    en: 'this event is over',
    fr: 'cet événement est terminé',
    nl: 'dit evenement is voorbij',
  },
  'filiere.notRegistered': {
    en: 'you are not registered for this event',
    fr: 'vous n’êtes pas inscrit à cet événement',
    nl: 'u bent niet ingeschreven voor dit evenement',
  },
  'filiere.suggestionOutsideScope': {
    en: 'This suggestion is outside your filières',
    fr: 'Cette suggestion ne concerne pas vos filières',
    nl: 'Deze suggestie valt buiten uw sectoren',
  },
  'suggestion.alreadyAccepted': {
    en: 'is already accepted',
    fr: 'est déjà acceptée',
    nl: 'is al aanvaard',
  },
  'suggestion.alreadyDismissed': {
    en: 'is already dismissed',
    fr: 'est déjà écartée',
    nl: 'is al afgewezen',
  },
  'mentoring.mentorshipInProgress': {
    en: 'You already have a mentorship in progress: end or decline it first',
    fr: 'Vous avez déjà un mentorat en cours : terminez-le ou déclinez-le d’abord',
    nl: 'U hebt al een lopend mentoraat: beëindig of weiger het eerst',
  },
  'mentoring.noOffer': {
    en: 'this member offers no mentoring',
    fr: 'ce membre ne propose pas de mentorat',
    nl: 'dit lid biedt geen mentoraat aan',
  },
  'mentoring.mentorFull': {
    en: 'This mentor has no free place',
    fr: 'Ce mentor n’a plus de place libre',
    nl: 'Deze mentor heeft geen vrije plaats meer',
  },
  'mentoring.cannotMentor.noSkill': {
    en: 'this mentor cannot mentor you: no mentor for that skill',
    fr: 'ce mentor ne peut pas vous accompagner : il n’enseigne pas cette compétence',
    nl: 'deze mentor kan u niet begeleiden: geen mentor voor die vaardigheid',
  },
  'mentoring.cannotMentor.noLanguage': {
    en: 'this mentor cannot mentor you: no shared language',
    fr: 'ce mentor ne peut pas vous accompagner : vous n’avez pas de langue en commun',
    nl: 'deze mentor kan u niet begeleiden: geen gemeenschappelijke taal',
  },
  'mentoring.cannotMentor.tooFar': {
    en: 'this mentor cannot mentor you: too far for an in-person meeting',
    fr: 'ce mentor ne peut pas vous accompagner : trop loin pour se rencontrer en personne',
    nl: 'deze mentor kan u niet begeleiden: te ver voor een ontmoeting ter plaatse',
  },
  'mentoring.cannotMentor.noMode': {
    en: 'this mentor cannot mentor you: no mentor for that way of meeting',
    fr: 'ce mentor ne peut pas vous accompagner : il ne propose pas cette façon de se rencontrer',
    nl: 'deze mentor kan u niet begeleiden: geen mentor voor die manier van samenkomen',
  },
  'mentoring.cannotMentor.declined': {
    en: 'this mentor cannot mentor you: every possible mentor declined',
    fr: 'ce mentor ne peut pas vous accompagner : il a déjà décliné',
    nl: 'deze mentor kan u niet begeleiden: de mentor heeft al geweigerd',
  },
  'mentoring.cannotMentor.full': {
    en: 'this mentor cannot mentor you: capacity exhausted',
    fr: 'ce mentor ne peut pas vous accompagner : il n’a plus de place',
    nl: 'deze mentor kan u niet begeleiden: geen plaats meer',
  },
  'mentoring.noScope': {
    en: 'No filière or space is assigned to you: there is nobody to match',
    fr: 'Aucune filière ni aucun espace ne vous est confié : il n’y a personne à mettre en relation',
    nl: 'Er is u geen sector of ruimte toegewezen: er is niemand om te koppelen',
  },
  'mentoring.roundOwnerOnly': {
    en: 'Only the conseiller who started this round (or an admin) sees it',
    fr: 'Seul le conseiller qui a lancé cette session (ou un administrateur) peut la voir',
    nl: 'Alleen de adviseur die deze ronde startte (of een beheerder) kan ze zien',
  },
  // branch fixes
  'bid.emptySuggestion': {
    en: 'has no members: nobody in the network covers a requirement of this tender yet',
    fr: 'ne compte aucun membre : personne dans le réseau ne couvre encore un besoin de cet appel d’offres',
    nl: 'telt geen leden: niemand in het netwerk dekt al een behoefte van deze aanbesteding',
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
