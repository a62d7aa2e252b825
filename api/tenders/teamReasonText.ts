// Team reasons (domain/entities/teamReasons.ts) as sentences in the reader's
// language (fr, nl, en). Members and skills are named at read time through
// `names`: a member erased since is "a former member", a skill its label in
// that language. The web app renders the same codes with its own i18n messages.
import type { UiLanguage } from '../../domain/entities/common.js';
import type { TeamReason } from '../../domain/entities/teamReasons.js';

export interface ReasonNames {
  /** The member's name; 'hidden' when the reader may not see the profile, 'erased' when it is gone. */
  member(id: string): string | 'hidden' | 'erased';
  /** The skill's label in the reader's language. */
  skill(id: string): string;
}

interface Phrases {
  formerMember: string;
  hiddenMember: string;
  list(items: readonly string[]): string;
  quote(title: string): string;
  replaces(leaving: string, newcomers: string): string;
  nobodyNew: string;
  team(size: number, complete: boolean): string;
  fills(r: { name: string; skill: string; via: string | null; level: number; minLevel: number }): string;
  years(years: number): string;
  noSlot(name: string): string;
  workedWith(name: string, mate: string, projects: string): string;
  sharesSpace(name: string, space: string, mates: string): string;
  distance(name: string, km: number): string;
  openBids(name: string, count: number): string;
  availability(name: string, availability: 'limited' | 'unavailable'): string;
  cost(r: Extract<TeamReason, { code: 'cost' }>): string;
  uncovered(r: { skill: string; minLevel: number; count: number; missing: number }): string;
  relaxRadius(km: number): string;
  relaxLevel(level: number): string;
  noRelaxation: string;
}

function joined(and: string) {
  return (items: readonly string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

const PHRASES: Record<UiLanguage, Phrases> = {
  en: {
    formerMember: 'a former member',
    hiddenMember: 'a member with a hidden profile',
    list: joined('and'),
    quote: (title) => `“${title}”`,
    replaces: (leaving, newcomers) => `Replaces ${leaving} with ${newcomers}; everyone else stays.`,
    nobodyNew: 'nobody new',
    team: (size, complete) =>
      size === 0
        ? 'Nobody in the network covers a requirement of this tender yet.'
        : `${complete ? 'Team' : 'Partial team'} of ${size} ${size === 1 ? 'member' : 'members'}.`,
    fills: ({ name, skill, via, level, minLevel }) =>
      `${name} fills ${skill}${via ? ` (through ${via})` : ''}: level ${level}, ${minLevel} required.`,
    years: (years) => ` ${years} ${years === 1 ? 'year' : 'years'} of practice.`,
    noSlot: (name) => `${name} is in the team without a requirement to fill (asked for).`,
    workedWith: (name, mate, projects) => `${name} worked with ${mate} on ${projects}.`,
    sharesSpace: (name, space, mates) => `${name} works from ${space}, as ${mates} do.`,
    distance: (name, km) => `${name} is ${km} km from the tender.`,
    openBids: (name, count) => `${name} is already in ${count} open ${count === 1 ? 'bid' : 'bids'}.`,
    availability: (name, a) =>
      `${name} is ${a === 'unavailable' ? 'currently unavailable' : 'of limited availability'}.`,
    cost: (r) =>
      `Communication cost ${r.cost} over ${r.pairs} pairs (${r.together} already worked together); ` +
      `availability +${r.availability}, distance +${r.distance}, open bids +${r.load}: score ${r.score} (lower is better).`,
    uncovered: ({ skill, minLevel, count, missing }) =>
      `Nobody covers ${skill} at level ${minLevel} or more: ${missing} of ${count} ${count === 1 ? 'place' : 'places'} left empty.`,
    relaxRadius: (km) => ` A radius of ${km} km would find enough.`,
    relaxLevel: (level) => ` Asking for level ${level} would find enough within the radius.`,
    noRelaxation: ' Neither a larger radius nor a lower level alone would find enough.',
  },
  fr: {
    formerMember: 'un ancien membre',
    hiddenMember: 'un membre au profil masqué',
    list: joined('et'),
    quote: (title) => `« ${title} »`,
    replaces: (leaving, newcomers) => `Remplace ${leaving} par ${newcomers} ; les autres restent.`,
    nobodyNew: 'personne de nouveau',
    team: (size, complete) =>
      size === 0
        ? 'Personne dans le réseau ne couvre encore un besoin de cet appel d’offres.'
        : `${complete ? 'Équipe' : 'Équipe partielle'} de ${size} ${size <= 1 ? 'membre' : 'membres'}.`,
    fills: ({ name, skill, via, level, minLevel }) =>
      `${name} couvre ${skill}${via ? ` (par ${via})` : ''} : niveau ${level}, ${minLevel} demandé.`,
    years: (years) => ` ${years} ${years <= 1 ? 'an' : 'ans'} de pratique.`,
    noSlot: (name) => `${name} fait partie de l’équipe sans besoin à couvrir (à sa demande).`,
    workedWith: (name, mate, projects) => `${name} a travaillé avec ${mate} sur ${projects}.`,
    sharesSpace: (name, space, mates) => `${name} travaille à ${space}, comme ${mates}.`,
    distance: (name, km) => `${name} est à ${km} km du lieu de l’appel.`,
    openBids: (name, count) =>
      `${name} est déjà dans ${count} ${count <= 1 ? 'candidature ouverte' : 'candidatures ouvertes'}.`,
    availability: (name, a) =>
      `${name} est ${a === 'unavailable' ? 'indisponible en ce moment' : 'peu disponible'}.`,
    cost: (r) =>
      `Coût de communication ${r.cost} sur ${r.pairs} paires (${r.together} ont déjà travaillé ensemble) ; ` +
      `disponibilité +${r.availability}, distance +${r.distance}, candidatures ouvertes +${r.load} : score ${r.score} (plus bas, c’est mieux).`,
    uncovered: ({ skill, minLevel, count, missing }) =>
      `Personne ne couvre ${skill} au niveau ${minLevel} ou plus : ${missing} ${missing <= 1 ? 'place restée vide' : 'places restées vides'} sur ${count}.`,
    relaxRadius: (km) => ` Un rayon de ${km} km en trouverait assez.`,
    relaxLevel: (level) => ` Demander le niveau ${level} en trouverait assez dans le rayon.`,
    noRelaxation: ' Ni un rayon plus grand ni un niveau plus bas n’en trouveraient assez à eux seuls.',
  },
  nl: {
    formerMember: 'een voormalig lid',
    hiddenMember: 'een lid met een verborgen profiel',
    list: joined('en'),
    quote: (title) => `‘${title}’`,
    replaces: (leaving, newcomers) => `Vervangt ${leaving} door ${newcomers}; de anderen blijven.`,
    nobodyNew: 'niemand nieuw',
    team: (size, complete) =>
      size === 0
        ? 'Niemand in het netwerk dekt al een behoefte van deze aanbesteding.'
        : `${complete ? 'Team' : 'Gedeeltelijk team'} van ${size} ${size === 1 ? 'lid' : 'leden'}.`,
    fills: ({ name, skill, via, level, minLevel }) =>
      `${name} dekt ${skill}${via ? ` (via ${via})` : ''}: niveau ${level}, ${minLevel} gevraagd.`,
    years: (years) => ` ${years} jaar ervaring.`,
    noSlot: (name) => `${name} zit in het team zonder een behoefte te dekken (op eigen vraag).`,
    workedWith: (name, mate, projects) => `${name} werkte met ${mate} aan ${projects}.`,
    sharesSpace: (name, space, mates) => `${name} werkt vanuit ${space}, net als ${mates}.`,
    distance: (name, km) => `${name} is ${km} km van de opdracht.`,
    openBids: (name, count) =>
      `${name} zit al in ${count} ${count === 1 ? 'open inschrijving' : 'open inschrijvingen'}.`,
    availability: (name, a) =>
      `${name} is ${a === 'unavailable' ? 'nu niet beschikbaar' : 'beperkt beschikbaar'}.`,
    cost: (r) =>
      `Communicatiekost ${r.cost} over ${r.pairs} paren (${r.together} werkten al samen); ` +
      `beschikbaarheid +${r.availability}, afstand +${r.distance}, open inschrijvingen +${r.load}: score ${r.score} (lager is beter).`,
    uncovered: ({ skill, minLevel, count, missing }) =>
      `Niemand dekt ${skill} op niveau ${minLevel} of hoger: ${missing} van ${count} ${count === 1 ? 'plaats' : 'plaatsen'} blijven leeg.`,
    relaxRadius: (km) => ` Een straal van ${km} km zou genoeg mensen vinden.`,
    relaxLevel: (level) => ` Niveau ${level} vragen zou genoeg mensen binnen de straal vinden.`,
    noRelaxation: ' Een grotere straal of een lager niveau alleen zou niet genoeg mensen vinden.',
  },
};

/** One reason as a sentence in `language`. */
export function teamReasonSentence(reason: TeamReason, language: UiLanguage, names: ReasonNames): string {
  const p = PHRASES[language];
  const member = (id: string) => {
    const name = names.member(id);
    return name === 'erased' ? p.formerMember : name === 'hidden' ? p.hiddenMember : name;
  };
  switch (reason.code) {
    case 'replaces':
      return p.replaces(
        member(reason.leaving),
        reason.newcomers.length > 0 ? p.list(reason.newcomers.map(member)) : p.nobodyNew,
      );
    case 'team':
      return p.team(reason.size, reason.complete);
    case 'fills':
      return (
        p.fills({
          name: member(reason.member),
          skill: names.skill(reason.skill),
          via: reason.via ? names.skill(reason.via) : null,
          level: reason.level,
          minLevel: reason.minLevel,
        }) + (reason.years ? p.years(reason.years) : '')
      );
    case 'noSlot':
      return p.noSlot(member(reason.member));
    case 'workedWith':
      return p.workedWith(
        member(reason.member),
        member(reason.mate),
        p.list(reason.projects.map((x) => p.quote(x.title))),
      );
    case 'sharesSpace':
      return p.sharesSpace(member(reason.member), reason.spaceName, p.list(reason.mates.map(member)));
    case 'distance':
      return p.distance(member(reason.member), reason.km);
    case 'openBids':
      return p.openBids(member(reason.member), reason.count);
    case 'availability':
      return p.availability(member(reason.member), reason.availability);
    case 'cost':
      return p.cost(reason);
    case 'uncovered': {
      const hint =
        reason.radiusKm === null && reason.level === null
          ? p.noRelaxation
          : (reason.radiusKm !== null ? p.relaxRadius(reason.radiusKm) : '') +
            (reason.level !== null ? p.relaxLevel(reason.level) : '');
      return p.uncovered({ ...reason, skill: names.skill(reason.skill) }) + hint;
    }
  }
}
