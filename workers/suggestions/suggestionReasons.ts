// Why a peer is suggested to a member, why a member could join a filière, why
// a new filière is proposed, and which tenders of a notice an alert caught: stored in a Suggestion's `explanation` as a
// code with its parameters (skill, space and filière ids, numbers), never as a
// sentence, and rendered in the reader's language (fr/nl/en) when read, with
// labels instead of slugs and proper plurals. Suggestions stored before
// reasons were structured hold an English sentence: it is read back as it is.
import type { UiLanguage } from '../../domain/entities/common.js';
import { type LocalisedText, localisedText, type PluralForms } from '../../domain/localisedText.js';

export interface PeerReason {
  code: 'peer';
  sharedNeighbours: number;
  sharedSpaces: string[];
  sharedSkills: string[];
  /** Their skill that complements mine. */
  complementary: { theirs: string; mine: string }[];
}

export interface FiliereInvitationReason {
  code: 'filiere-invitation';
  filiere: string;
  /** Core skills held, strongest first. */
  skills: { skill: string; level: number }[];
  collaboratorsInFiliere: number;
}

export interface FiliereProposalReason {
  code: 'filiere-proposal';
  size: number;
  growth: number;
  /** The community's label in each language. */
  labels: Partial<Record<UiLanguage, string>>;
  cities: string[];
  spaces: string[];
  dominantFiliere: { id: string; percent: number } | null;
}

/** One tender of a notice that a member's alert caught, with the criteria that matched. */
export interface TenderAlertHit {
  title: string;
  /** The filière the alert follows for (conseillers), else null. */
  filiere: string | null;
  cpv: string | null;
  skill: string | null;
  region: string | null;
}

export interface TenderAlertReason {
  code: 'tender-alert';
  notice: string;
  /** Empty when the notice names no buyer. */
  buyer: string;
  hits: TenderAlertHit[];
}

export type SuggestionReason =
  | PeerReason
  | FiliereInvitationReason
  | FiliereProposalReason
  | TenderAlertReason;

/** Labels of the ids a reason names, in the reader's language. */
export interface SuggestionReasonLabels {
  skill(id: string): string;
  space(id: string): string;
  filiere(id: string): string;
}

const CODES: readonly string[] = ['peer', 'filiere-invitation', 'filiere-proposal', 'tender-alert'];

export function storeSuggestionReason(reason: SuggestionReason): string {
  return JSON.stringify(reason);
}

/** The structured reason, or null for an older suggestion whose explanation is an English sentence. */
export function readSuggestionReason(explanation: string): SuggestionReason | null {
  if (!explanation.startsWith('{')) return null;
  try {
    const parsed = JSON.parse(explanation) as { code?: unknown };
    return typeof parsed.code === 'string' && CODES.includes(parsed.code)
      ? (parsed as SuggestionReason)
      : null;
  } catch {
    return null;
  }
}

/** Skill, space and filière ids a reason names (to load their labels before rendering). */
export function reasonIds(reason: SuggestionReason): {
  skills: string[];
  spaces: string[];
  filieres: string[];
} {
  switch (reason.code) {
    case 'peer':
      return {
        skills: [...reason.sharedSkills, ...reason.complementary.flatMap((c) => [c.theirs, c.mine])],
        spaces: reason.sharedSpaces,
        filieres: [],
      };
    case 'filiere-invitation':
      return { skills: reason.skills.map((s) => s.skill), spaces: [], filieres: [reason.filiere] };
    case 'filiere-proposal':
      return {
        skills: [],
        spaces: reason.spaces,
        filieres: reason.dominantFiliere ? [reason.dominantFiliere.id] : [],
      };
    case 'tender-alert':
      return {
        skills: reason.hits.flatMap((h) => (h.skill ? [h.skill] : [])),
        spaces: [],
        filieres: reason.hits.flatMap((h) => (h.filiere ? [h.filiere] : [])),
      };
  }
}

interface Messages {
  peer: {
    neighbours: PluralForms;
    spaces: string;
    skills: string;
    complements: string;
    complement: string;
    close: string;
  };
  invitation: { holds: string; skill: string; collaborators: PluralForms; noCollaborator: string };
  proposal: {
    members: PluralForms;
    joined: PluralForms;
    uncovered: string;
    cities: string;
    spaces: string;
    dominant: string;
  };
  alert: {
    notice: string;
    unnamedBuyer: string;
    hit: string;
    hitForFiliere: string;
    cpv: string;
    skill: string;
    region: string;
  };
}

const MESSAGES: Record<UiLanguage, Messages> = {
  fr: {
    peer: {
      neighbours: { one: '{count} collaborateur en commun', other: '{count} collaborateurs en commun' },
      spaces: 'vous travaillez tous deux à {spaces}',
      skills: 'compétences en commun : {skills}',
      complements: 'complète vos compétences : {pairs}',
      complement: '{theirs} (avec votre {mine})',
      close: 'Proche de vous dans le réseau.',
    },
    invitation: {
      holds: 'Maîtrise des compétences clés de {filiere} : {skills}',
      skill: '{skill} (niveau {level})',
      collaborators: {
        one: '{count} collaborateur déjà dans la filière',
        other: '{count} collaborateurs déjà dans la filière',
      },
      noCollaborator: 'aucun collaborateur dans la filière pour l’instant',
    },
    proposal: {
      members: { one: '{count} membre partage {label}', other: '{count} membres partagent {label}' },
      joined: { one: '{count} arrivé dans l’année', other: '{count} arrivés dans l’année' },
      uncovered: 'aucune filière n’a ces compétences clés',
      cities: 'surtout à {cities}',
      spaces: 'travaillant depuis {spaces}',
      dominant: '{percent} % sont dans la filière {filiere}',
    },
    alert: {
      notice: 'Nouvel avis {notice}, acheteur : {buyer}.',
      unnamedBuyer: 'non précisé',
      hit: '« {title} » correspond à votre alerte : {criteria}.',
      hitForFiliere: '« {title} » correspond à votre alerte pour la filière {filiere} : {criteria}.',
      cpv: 'CPV {cpv}',
      skill: 'compétence {skill}',
      region: 'région {region}',
    },
  },
  nl: {
    peer: {
      neighbours: {
        one: '{count} gemeenschappelijke samenwerkingspartner',
        other: '{count} gemeenschappelijke samenwerkingspartners',
      },
      spaces: 'jullie werken allebei vanuit {spaces}',
      skills: 'gedeelde vaardigheden: {skills}',
      complements: 'vult uw vaardigheden aan: {pairs}',
      complement: '{theirs} (bij uw {mine})',
      close: 'Dicht bij u in het netwerk.',
    },
    invitation: {
      holds: 'Beheerst kernvaardigheden van {filiere}: {skills}',
      skill: '{skill} (niveau {level})',
      collaborators: {
        one: '{count} samenwerkingspartner zit al in de sector',
        other: '{count} samenwerkingspartners zitten al in de sector',
      },
      noCollaborator: 'nog geen samenwerkingspartner in de sector',
    },
    proposal: {
      members: { one: '{count} lid deelt {label}', other: '{count} leden delen {label}' },
      joined: {
        one: '{count} in het afgelopen jaar aangesloten',
        other: '{count} in het afgelopen jaar aangesloten',
      },
      uncovered: 'geen enkele sector heeft deze kernvaardigheden',
      cities: 'vooral in {cities}',
      spaces: 'werkend vanuit {spaces}',
      dominant: '{percent} % zit in de sector {filiere}',
    },
    alert: {
      notice: 'Nieuwe aankondiging {notice} van {buyer}.',
      unnamedBuyer: 'een naamloze aanbestedende dienst',
      hit: '“{title}” past bij uw melding: {criteria}.',
      hitForFiliere: '“{title}” past bij uw melding voor de sector {filiere}: {criteria}.',
      cpv: 'CPV {cpv}',
      skill: 'vaardigheid {skill}',
      region: 'regio {region}',
    },
  },
  en: {
    peer: {
      neighbours: { one: '{count} collaborator in common', other: '{count} collaborators in common' },
      spaces: 'you both work from {spaces}',
      skills: 'shared skills: {skills}',
      complements: 'complements you: {pairs}',
      complement: '{theirs} (with your {mine})',
      close: 'Close to you in the network.',
    },
    invitation: {
      holds: 'Holds core skills of {filiere}: {skills}',
      skill: '{skill} (level {level})',
      collaborators: {
        one: '{count} collaborator already in the filière',
        other: '{count} collaborators already in the filière',
      },
      noCollaborator: 'no collaborator in the filière yet',
    },
    proposal: {
      members: { one: '{count} member shares {label}', other: '{count} members share {label}' },
      joined: { one: '{count} joined in the last year', other: '{count} joined in the last year' },
      uncovered: 'no filière has these as core skills',
      cities: 'mostly in {cities}',
      spaces: 'working from {spaces}',
      dominant: '{percent} % are in the {filiere} filière',
    },
    alert: {
      notice: 'New notice {notice} from {buyer}.',
      unnamedBuyer: 'an unnamed buyer',
      hit: '“{title}” matches your alert: {criteria}.',
      hitForFiliere: '“{title}” matches your alert for the filière {filiere}: {criteria}.',
      cpv: 'CPV {cpv}',
      skill: 'skill {skill}',
      region: 'region {region}',
    },
  },
};

const MAX_LISTED = 3;

/** Parts joined with "; ", first letter capitalised, ending with a full stop. */
function sentence(parts: readonly string[]): string {
  const joined = parts.join('; ');
  return `${joined.charAt(0).toLocaleUpperCase()}${joined.slice(1)}.`;
}

function renderPeer(
  reason: PeerReason,
  labels: SuggestionReasonLabels,
  m: Messages['peer'],
  text: LocalisedText,
) {
  const parts: string[] = [];
  if (reason.sharedNeighbours > 0) parts.push(text.plural(m.neighbours, reason.sharedNeighbours));
  if (reason.sharedSpaces.length > 0) {
    parts.push(text.fill(m.spaces, { spaces: text.list(reason.sharedSpaces.map(labels.space)) }));
  }
  if (reason.sharedSkills.length > 0) {
    parts.push(
      text.fill(m.skills, { skills: text.list(reason.sharedSkills.slice(0, MAX_LISTED).map(labels.skill)) }),
    );
  }
  if (reason.complementary.length > 0) {
    const pairs = reason.complementary
      .slice(0, MAX_LISTED)
      .map((c) => text.fill(m.complement, { theirs: labels.skill(c.theirs), mine: labels.skill(c.mine) }));
    parts.push(text.fill(m.complements, { pairs: text.list(pairs) }));
  }
  return parts.length > 0 ? sentence(parts) : m.close;
}

function renderInvitation(
  reason: FiliereInvitationReason,
  labels: SuggestionReasonLabels,
  m: Messages['invitation'],
  text: LocalisedText,
) {
  const skills = reason.skills.map((s) =>
    text.fill(m.skill, { skill: labels.skill(s.skill), level: s.level }),
  );
  return sentence([
    text.fill(m.holds, { filiere: labels.filiere(reason.filiere), skills: text.list(skills) }),
    reason.collaboratorsInFiliere > 0
      ? text.plural(m.collaborators, reason.collaboratorsInFiliere)
      : m.noCollaborator,
  ]);
}

function renderProposal(
  reason: FiliereProposalReason,
  labels: SuggestionReasonLabels,
  m: Messages['proposal'],
  text: LocalisedText,
) {
  const label = reason.labels[text.language] ?? reason.labels.en ?? '';
  const parts = [
    `${text.plural(m.members, reason.size, { label })} (${text.plural(m.joined, reason.growth)})`,
    m.uncovered,
  ];
  if (reason.cities.length > 0)
    parts.push(text.fill(m.cities, { cities: text.list(reason.cities.slice(0, MAX_LISTED)) }));
  if (reason.spaces.length > 0) {
    parts.push(
      text.fill(m.spaces, { spaces: text.list(reason.spaces.slice(0, MAX_LISTED).map(labels.space)) }),
    );
  }
  if (reason.dominantFiliere) {
    parts.push(
      text.fill(m.dominant, {
        percent: reason.dominantFiliere.percent,
        filiere: labels.filiere(reason.dominantFiliere.id),
      }),
    );
  }
  return sentence(parts);
}

function renderTenderAlert(
  reason: TenderAlertReason,
  labels: SuggestionReasonLabels,
  m: Messages['alert'],
  text: LocalisedText,
) {
  const hits = reason.hits.map((hit) => {
    const criteria = [
      ...(hit.cpv ? [text.fill(m.cpv, { cpv: hit.cpv })] : []),
      ...(hit.skill ? [text.fill(m.skill, { skill: labels.skill(hit.skill) })] : []),
      ...(hit.region ? [text.fill(m.region, { region: hit.region })] : []),
    ].join(', ');
    return hit.filiere
      ? text.fill(m.hitForFiliere, { title: hit.title, filiere: labels.filiere(hit.filiere), criteria })
      : text.fill(m.hit, { title: hit.title, criteria });
  });
  const buyer = reason.buyer || m.unnamedBuyer;
  return [text.fill(m.notice, { notice: reason.notice, buyer }), ...hits].join(' ');
}

/** The reason as one sentence in `language`. */
export function renderSuggestionReason(
  reason: SuggestionReason,
  labels: SuggestionReasonLabels,
  language: UiLanguage,
): string {
  const text = localisedText(language);
  const messages = MESSAGES[language];
  switch (reason.code) {
    case 'peer':
      return renderPeer(reason, labels, messages.peer, text);
    case 'filiere-invitation':
      return renderInvitation(reason, labels, messages.invitation, text);
    case 'filiere-proposal':
      return renderProposal(reason, labels, messages.proposal, text);
    case 'tender-alert':
      return renderTenderAlert(reason, labels, messages.alert, text);
  }
}
