// The reasons of a mentor-mentee pair score. They are stored as the scorer's
// structured reasons (a factor code with its parameters: skill ids, numbers,
// language codes, filière ids), never as sentences, and rendered in the
// reader's language (fr/nl/en) when read, with proper plurals and labels
// instead of slugs. Mentorships proposed before reasons were structured hold
// English lines: they are read back as they are.
import type { UiLanguage } from '../../domain/entities/common.js';
import { type LocalisedText, localisedText, type PluralForms } from '../../domain/localisedText.js';
import type { PairReason } from '../matching/mentorAssignment/index.js';

/** Labels of the ids a reason names, in the reader's language. */
export interface ReasonLabels {
  skill(id: string): string;
  filiere(id: string): string;
}

/** What a Mentorship's `explanation` property holds. */
export function storeReasons(reasons: readonly PairReason[]): string {
  return JSON.stringify(reasons);
}

/** The stored reasons, or the legacy English lines of an older proposal. */
export function readReasons(explanation: string | null): { reasons: PairReason[]; legacy: string[] } {
  if (!explanation) return { reasons: [], legacy: [] };
  if (explanation.startsWith('[')) {
    try {
      return { reasons: JSON.parse(explanation) as PairReason[], legacy: [] };
    } catch {
      // Not JSON after all: an English line that starts with a bracket.
    }
  }
  return { reasons: [], legacy: explanation.split('\n') };
}

interface ReasonMessages {
  skill: Record<'exact' | 'broader' | 'narrower' | 'related', string>;
  level: PluralForms;
  language: string;
  filiere: string;
  noFiliere: string;
  distance: string;
  distanceUnknown: string;
  feedback: PluralForms;
  noFeedback: string;
  blocked: Record<
    'same-member' | 'no-consent' | 'no-shared-language' | 'no-matching-skill' | 'too-far',
    string
  >;
}

const MESSAGES: Record<UiLanguage, ReasonMessages> = {
  fr: {
    skill: {
      exact: 'Souhaite apprendre {wanted} : le mentor transmet cette compétence',
      broader: 'Souhaite apprendre {wanted} : le mentor transmet {offered}, une compétence plus large',
      narrower: 'Souhaite apprendre {wanted} : le mentor transmet {offered}, une compétence plus précise',
      related: 'Souhaite apprendre {wanted} : le mentor transmet {offered}, une compétence voisine',
    },
    level: {
      one: 'Le mentor a en moyenne {count} niveau d’avance',
      other: 'Le mentor a en moyenne {count} niveaux d’avance',
    },
    language: 'Langue en commun : {languages}',
    filiere: 'Même filière : {filieres}',
    noFiliere: 'Pas de filière en commun',
    distance: 'À {km} km l’un de l’autre',
    distanceUnknown: 'Distance inconnue',
    feedback: {
      one: 'Note des mentorés précédents : {average}/5 ({count} avis)',
      other: 'Note des mentorés précédents : {average}/5 ({count} avis)',
    },
    noFeedback: 'Pas encore d’avis de mentorés précédents',
    blocked: {
      'same-member': 'Impossible : c’est la même personne',
      'no-consent': 'Impossible : le mentorat n’est pas accepté dans les réglages de confidentialité',
      'no-shared-language': 'Impossible : aucune langue en commun',
      'no-matching-skill': 'Impossible : aucune compétence proche de celles demandées',
      'too-far': 'Impossible : trop loin pour se rencontrer sur place',
    },
  },
  nl: {
    skill: {
      exact: 'Wil {wanted} leren: de mentor geeft die vaardigheid door',
      broader: 'Wil {wanted} leren: de mentor geeft {offered} door, een bredere vaardigheid',
      narrower: 'Wil {wanted} leren: de mentor geeft {offered} door, een specifiekere vaardigheid',
      related: 'Wil {wanted} leren: de mentor geeft {offered} door, een verwante vaardigheid',
    },
    level: {
      one: 'De mentor staat gemiddeld {count} niveau verder',
      other: 'De mentor staat gemiddeld {count} niveaus verder',
    },
    language: 'Gemeenschappelijke taal: {languages}',
    filiere: 'Zelfde sector: {filieres}',
    noFiliere: 'Geen gemeenschappelijke sector',
    distance: '{km} km van elkaar',
    distanceUnknown: 'Afstand onbekend',
    feedback: {
      one: 'Score van eerdere mentees: {average}/5 ({count} beoordeling)',
      other: 'Score van eerdere mentees: {average}/5 ({count} beoordelingen)',
    },
    noFeedback: 'Nog geen beoordelingen van eerdere mentees',
    blocked: {
      'same-member': 'Onmogelijk: het is dezelfde persoon',
      'no-consent': 'Onmogelijk: mentoring staat niet aan in de privacy-instellingen',
      'no-shared-language': 'Onmogelijk: geen gemeenschappelijke taal',
      'no-matching-skill': 'Onmogelijk: geen vaardigheid die aansluit bij de gevraagde',
      'too-far': 'Onmogelijk: te ver om elkaar ter plaatse te ontmoeten',
    },
  },
  en: {
    skill: {
      exact: 'Wants to learn {wanted}: the mentor passes on that skill',
      broader: 'Wants to learn {wanted}: the mentor passes on {offered}, a broader skill',
      narrower: 'Wants to learn {wanted}: the mentor passes on {offered}, a more specific skill',
      related: 'Wants to learn {wanted}: the mentor passes on {offered}, a related skill',
    },
    level: {
      one: 'The mentor is {count} level ahead on average',
      other: 'The mentor is {count} levels ahead on average',
    },
    language: 'Shared language: {languages}',
    filiere: 'Same filière: {filieres}',
    noFiliere: 'No shared filière',
    distance: '{km} km apart',
    distanceUnknown: 'Distance unknown',
    feedback: {
      one: 'Past mentees rated the mentor {average}/5 ({count} rating)',
      other: 'Past mentees rated the mentor {average}/5 ({count} ratings)',
    },
    noFeedback: 'No feedback from past mentees yet',
    blocked: {
      'same-member': 'Not possible: it is the same person',
      'no-consent': 'Not possible: mentoring is not allowed in the privacy settings',
      'no-shared-language': 'Not possible: no shared language',
      'no-matching-skill': 'Not possible: no skill close to those asked for',
      'too-far': 'Not possible: too far to meet in person',
    },
  },
};

/** One sentence per reason, in `language`. */
export function renderPairReasons(
  reasons: readonly PairReason[],
  labels: ReasonLabels,
  language: UiLanguage,
): string[] {
  const messages = MESSAGES[language];
  const text = localisedText(language);
  return reasons.map((reason) => renderPairReason(reason, labels, messages, text));
}

function renderPairReason(
  reason: PairReason,
  labels: ReasonLabels,
  messages: ReasonMessages,
  text: LocalisedText,
): string {
  switch (reason.factor) {
    case 'skill':
      return text.fill(messages.skill[reason.match], {
        wanted: labels.skill(reason.wanted),
        offered: labels.skill(reason.offered),
      });
    case 'level':
      return text.plural(messages.level, reason.gap);
    case 'language':
      return text.fill(messages.language, { languages: text.list(reason.shared.map(text.languageName)) });
    case 'filiere':
      return reason.shared.length > 0
        ? text.fill(messages.filiere, { filieres: text.list(reason.shared.map(labels.filiere)) })
        : messages.noFiliere;
    case 'distance':
      return reason.km === null
        ? messages.distanceUnknown
        : text.fill(messages.distance, { km: Math.round(reason.km) });
    case 'feedback':
      return reason.average === null
        ? messages.noFeedback
        : text.plural(messages.feedback, reason.count, { average: reason.average });
    case 'blocked':
      return messages.blocked[reason.cause];
  }
}
