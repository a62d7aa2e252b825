// The network the search contract and relevance suites run on: the
// deterministic synthetic network (3,000 members, seed 42) plus a handful of
// hand-written members with names no generator produces, so that expectations
// ("this person is in the top 5") stay robust whatever the generator does.
import type { MemberRecord } from '../../domain/entities/member.js';
import { loadReferenceData } from '../../domain/referenceData.js';
import { DEFAULT_SEED_NOW, generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import {
  type DocumentContext,
  documentContext,
  memberDocument,
  referenceDocuments,
  type SearchDocument,
} from '../../search/documents.js';
import type { MemberSearchQuery, SearchVisibility } from '../../search/searchIndex.js';

/** Recency is measured from the synthetic network's "now", never from the clock. */
export const SEARCH_NOW = DEFAULT_SEED_NOW;
const DAY = 24 * 3600 * 1000;

export const PUBLIC_VIEWER: SearchVisibility = { viewerSpaces: null, includeHidden: false, signedIn: true };

let context: DocumentContext | undefined;
export function searchContext(): DocumentContext {
  context ??= documentContext(loadReferenceData());
  return context;
}

type HandMember = Partial<MemberRecord> & Pick<MemberRecord, 'id' | 'name' | 'skills'>;

/** A complete MemberRecord from the fields a test cares about. */
export function memberRecord(fields: HandMember): MemberRecord {
  const handle = fields.handle ?? fields.id.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    externalId: null,
    handle,
    email: `${handle}@example.org`,
    phone: '+32 470 00 00 00',
    bio: '',
    city: null,
    country: null,
    lat: null,
    lon: null,
    languages: ['fr'],
    preferredLanguage: 'fr',
    availability: 'available',
    privacy: {
      visibility: 'network',
      suggestForBids: true,
      suggestForMentoring: true,
      suggestForFilieres: true,
    },
    joinedAt: SEARCH_NOW - 400 * DAY,
    createdAt: SEARCH_NOW - 400 * DAY,
    updatedAt: SEARCH_NOW - 10 * DAY,
    spaces: [],
    communities: [],
    filieres: [],
    ...fields,
  };
}

const skill = (id: string, level: number) => ({ skill: id, level, years: level * 2 });
const privacy = (visibility: 'network' | 'spaces' | 'nobody') => ({
  visibility,
  suggestForBids: true,
  suggestForMentoring: true,
  suggestForFilieres: true,
});

export const HAND_WRITTEN_MEMBERS: MemberRecord[] = [
  memberRecord({
    id: 'hw-zephyrine',
    name: 'Zéphyrine Oudekerk',
    city: 'Lachapelle-aux-Pots',
    country: 'FR',
    lat: 49.449,
    lon: 1.903,
    skills: [skill('ceramics', 5), skill('wheel-throwing', 4), skill('kiln-firing', 3)],
    bio: "Céramiste : grès, porcelaine et cuisson raku dans l'Oise.",
    languages: ['fr', 'nl'],
    spaces: ['maison-de-l-economie-solidaire-du-pays-de-bray'],
    filieres: ['ceramics'],
  }),
  memberRecord({
    id: 'hw-bartholomeus',
    name: 'Bartholomeus Vandersteene',
    city: 'Gent',
    country: 'BE',
    lat: 51.054,
    lon: 3.717,
    skills: [skill('cabinetmaking', 5), skill('wood-turning', 3)],
    bio: 'Meubelmaker en houtdraaier, maatwerk in eik.',
    languages: ['nl', 'en'],
    availability: 'limited',
    spaces: ['smart-gent-office'],
    communities: ['smart'],
  }),
  memberRecord({
    id: 'hw-ottilie',
    name: 'Ottilie Kwakernaak',
    city: 'Saint-Gilles',
    country: 'BE',
    lat: 50.827,
    lon: 4.345,
    skills: [skill('ceramics', 4)],
    bio: 'Keramiste in Brussel.',
    spaces: ['la-kop'],
    privacy: privacy('spaces'),
  }),
  memberRecord({
    id: 'hw-gwendoline',
    name: 'Gwendoline Achterberg',
    city: 'Lille',
    country: 'FR',
    lat: 50.629,
    lon: 3.057,
    skills: [skill('ceramics', 5)],
    bio: 'Céramiste discrète.',
    spaces: ['mutualab'],
    privacy: privacy('nobody'),
  }),
  memberRecord({
    id: 'hw-thaddeus',
    name: 'Thaddeus Quillfeather',
    city: 'Lille',
    country: 'FR',
    lat: 50.629,
    lon: 3.057,
    skills: [skill('portrait-photography', 5), skill('photo-editing', 3)],
    bio: 'Portrait photographer working in English and French.',
    languages: ['en', 'fr'],
    spaces: ['mutualab'],
    updatedAt: SEARCH_NOW - DAY,
  }),
  memberRecord({
    id: 'hw-philibert',
    name: 'Philibert Ravensworth',
    city: 'Namur',
    country: 'BE',
    lat: 50.466,
    lon: 4.867,
    skills: [skill('ceramics', 5)],
    bio: 'Atelier de céramique.',
    spaces: ['coworking-namur'],
  }),
  memberRecord({
    id: 'hw-philiberte',
    name: 'Philiberte Ravensworth',
    city: 'Namur',
    country: 'BE',
    lat: 50.466,
    lon: 4.867,
    skills: [skill('ceramics', 1)],
    bio: 'Atelier de céramique.',
    spaces: ['coworking-namur'],
  }),
  memberRecord({
    id: 'hw-maelys',
    name: 'Maëlys Fontcouverte',
    city: 'Montpellier',
    country: 'FR',
    lat: 43.611,
    lon: 3.877,
    skills: [skill('sign-language', 4), skill('interpreting', 4)],
    bio: 'Interprète en langue des signes (LSF).',
    availability: 'unavailable',
    spaces: ['halle-tropisme'],
  }),
  memberRecord({
    id: 'hw-wouter',
    name: 'Wouter Sneeuwbal',
    city: 'Antwerpen',
    country: 'BE',
    lat: 51.219,
    lon: 4.402,
    skills: [skill('screen-printing', 5), skill('typography', 3)],
    bio: 'Zeefdrukker en letterzetter.',
    languages: ['nl'],
    spaces: ['smart-antwerpen-office'],
  }),
  memberRecord({
    id: 'hw-ines',
    name: 'Inès Carrasquilla',
    city: 'Burgos',
    country: 'ES',
    lat: 42.344,
    lon: -3.697,
    skills: [skill('choreography', 5), skill('dance', 4)],
    bio: 'Coreógrafa y bailarina.',
    languages: ['es', 'fr'],
    spaces: ['smart-burgos-office'],
  }),
  memberRecord({
    id: 'hw-eulalie',
    name: 'Eulalie Brisebarre',
    skills: [skill('bookbinding', 5)],
    bio: "Reliure d'art et restauration de livres anciens.",
  }),
  memberRecord({
    id: 'hw-hugolin',
    name: 'Hugolin Stavelot',
    city: 'Liège',
    country: 'BE',
    lat: 50.633,
    lon: 5.567,
    skills: [skill('eco-construction', 5), skill('carpentry', 4)],
    bio: 'Éco-construction : ossature bois et paille.',
    spaces: ['espace-dony'],
  }),
  memberRecord({
    id: 'hw-sigrid',
    name: 'Sigrid Vandermeersch',
    city: 'Kortrijk',
    country: 'BE',
    lat: 50.828,
    lon: 3.265,
    skills: [skill('yoga', 5), skill('massage', 3)],
    bio: 'Yogadocent en masseuse.',
    languages: ['nl', 'fr', 'de'],
    spaces: ['smart-kortrijk-mobile-office'],
  }),
];

let network: SearchDocument[] | undefined;

/** Reference documents, 3,000 synthetic members and the hand-written ones. */
export function relevanceDocuments(): SearchDocument[] {
  if (!network) {
    const ctx = searchContext();
    const dataset = generateNetwork({ members: 3000, seed: 42, now: SEARCH_NOW });
    network = [
      ...referenceDocuments(dataset, ctx),
      ...[...dataset.members, ...HAND_WRITTEN_MEMBERS].map((m) => memberDocument(m, ctx)),
    ];
  }
  return network;
}

export interface RelevanceCase {
  name: string;
  query: MemberSearchQuery;
  visibility?: SearchVisibility;
  /** Members that must be among the first five hits. */
  top5: string[];
  /** Members that must be the very first hit. */
  first?: string;
  /** Members that must not appear at all. */
  absent?: string[];
}

const LACHAPELLE = { lat: 49.449, lon: 1.903 };
const LILLE = { lat: 50.629, lon: 3.057 };

export const RELEVANCE_CASES: RelevanceCase[] = [
  // names: exact, without accents, with typos
  {
    name: 'full name with accents',
    query: { text: 'Zéphyrine Oudekerk' },
    top5: ['hw-zephyrine'],
    first: 'hw-zephyrine',
  },
  { name: 'first name without accent', query: { text: 'zephyrine' }, top5: ['hw-zephyrine'] },
  { name: 'first name with a wrong letter', query: { text: 'Zephirine' }, top5: ['hw-zephyrine'] },
  { name: 'surname with two letters swapped', query: { text: 'oudekrek' }, top5: ['hw-zephyrine'] },
  { name: 'long surname', query: { text: 'Vandersteene' }, top5: ['hw-bartholomeus'] },
  { name: 'long surname missing two letters', query: { text: 'vandersten' }, top5: ['hw-bartholomeus'] },
  { name: 'surname with a missing letter', query: { text: 'quilfeather' }, top5: ['hw-thaddeus'] },
  { name: 'name without its diacritic', query: { text: 'Maelys Fontcouverte' }, top5: ['hw-maelys'] },
  { name: 'accented name typed with accents', query: { text: 'Inès Carrasquilla' }, top5: ['hw-ines'] },
  // synonyms in fr/en/nl, typos and broad skills, anchored by a name or place
  { name: 'fr trade + surname', query: { text: 'céramiste Oudekerk' }, top5: ['hw-zephyrine'] },
  { name: 'fr trade without accent', query: { text: 'ceramiste oudekerk' }, top5: ['hw-zephyrine'] },
  { name: 'en trade', query: { text: 'ceramist oudekerk' }, top5: ['hw-zephyrine'] },
  { name: 'nl trade', query: { text: 'keramist oudekerk' }, top5: ['hw-zephyrine'] },
  { name: 'trade with swapped letters', query: { text: 'céramsite oudekerk' }, top5: ['hw-zephyrine'] },
  { name: 'en alternative label', query: { text: 'pottery Oudekerk' }, top5: ['hw-zephyrine'] },
  { name: 'fr alternative label + city word', query: { text: 'potier Lachapelle' }, top5: ['hw-zephyrine'] },
  {
    name: 'broad skill (en) finds a narrower one',
    query: { text: 'crafts Vandersteene' },
    top5: ['hw-bartholomeus'],
  },
  { name: 'broad skill (fr)', query: { text: 'artisanat Vandersteene' }, top5: ['hw-bartholomeus'] },
  { name: 'broad skill (nl)', query: { text: 'houtbewerking vandersteene' }, top5: ['hw-bartholomeus'] },
  { name: 'nl alternative label', query: { text: 'meubelmaker Vandersteene' }, top5: ['hw-bartholomeus'] },
  { name: 'fr alternative label', query: { text: 'ébéniste vandersteene' }, top5: ['hw-bartholomeus'] },
  { name: 'en skill + city', query: { text: 'portrait photographer Lille' }, top5: ['hw-thaddeus'] },
  { name: 'nl skill + city', query: { text: 'portretfotograaf Lille' }, top5: ['hw-thaddeus'] },
  {
    name: 'fr skill + surname',
    query: { text: 'photographie de portrait Quillfeather' },
    top5: ['hw-thaddeus'],
  },
  { name: 'fr multi-word skill', query: { text: 'langue des signes Montpellier' }, top5: ['hw-maelys'] },
  { name: 'nl skill', query: { text: 'gebarentaaltolk' }, top5: ['hw-maelys'] },
  { name: 'en skill + city', query: { text: 'sign language interpreter montpellier' }, top5: ['hw-maelys'] },
  { name: 'nl skill + city', query: { text: 'zeefdruk Antwerpen' }, top5: ['hw-wouter'] },
  { name: 'en skill + surname', query: { text: 'screen printing Sneeuwbal' }, top5: ['hw-wouter'] },
  { name: 'fr skill + first name', query: { text: 'sérigraphie Wouter' }, top5: ['hw-wouter'] },
  { name: 'en skill + city (Spain)', query: { text: 'choreographer Burgos' }, top5: ['hw-ines'] },
  { name: 'fr skill + surname', query: { text: 'chorégraphe Carrasquilla' }, top5: ['hw-ines'] },
  { name: 'fr skill + surname (no place)', query: { text: 'relieuse Brisebarre' }, top5: ['hw-eulalie'] },
  { name: 'nl skill + surname', query: { text: 'boekbinder brisebarre' }, top5: ['hw-eulalie'] },
  {
    name: 'fr alternative label, two words',
    query: { text: 'construction paille Stavelot' },
    top5: ['hw-hugolin'],
  },
  { name: 'nl skill + city', query: { text: 'yogadocent Kortrijk' }, top5: ['hw-sigrid'] },
  { name: 'en skill + surname with typo', query: { text: 'yoga Vandermersch' }, top5: ['hw-sigrid'] },
  // typing: prefixes and FTS syntax typed by the user
  { name: 'prefix of a surname (autocomplete)', query: { text: 'Oudek' }, top5: ['hw-zephyrine'] },
  { name: 'prefix of a long surname', query: { text: 'quillfea' }, top5: ['hw-thaddeus'] },
  {
    name: 'quotes, parentheses and stars are plain',
    query: { text: '"Oudekerk" (céramiste*' },
    top5: ['hw-zephyrine'],
  },
  { name: 'colon and star are plain', query: { text: 'oudekerk:*' }, top5: ['hw-zephyrine'] },
  { name: 'a leading minus is not a negation', query: { text: '-Quillfeather' }, top5: ['hw-thaddeus'] },
  // ranking
  {
    name: 'level ranks a level-5 ceramist above a level-1 one',
    query: { text: 'ravensworth céramique' },
    top5: ['hw-philibert', 'hw-philiberte'],
    first: 'hw-philibert',
  },
  // geo
  {
    name: 'skill within 30 km, nearest first',
    query: { text: 'keramiek', near: { ...LACHAPELLE, radiusKm: 30 }, sort: 'distance' },
    top5: ['hw-zephyrine'],
    first: 'hw-zephyrine',
  },
  {
    name: 'skill within 5 km of Lille',
    query: { text: 'portraitist', near: { ...LILLE, radiusKm: 5 } },
    top5: ['hw-thaddeus'],
  },
  {
    name: 'out of the radius is absent',
    query: { text: 'Quillfeather', near: { ...LACHAPELLE, radiusKm: 50 } },
    top5: [],
    absent: ['hw-thaddeus'],
  },
  // filters
  {
    name: 'empty text with skill and city filters',
    query: { filters: { skills: ['sign-language'], cities: ['Montpellier'] } },
    top5: ['hw-maelys'],
  },
  {
    name: 'broad skill filter includes narrower skills',
    query: { text: 'Vandersteene', filters: { skills: ['woodworking'] } },
    top5: ['hw-bartholomeus'],
  },
  {
    name: 'availability filter excludes',
    query: { text: 'Fontcouverte', filters: { availability: ['available'] } },
    top5: [],
    absent: ['hw-maelys'],
  },
  {
    name: 'minimum level filter',
    query: { text: 'Ravensworth', filters: { skills: ['ceramics'], minSkillLevel: 3 } },
    top5: ['hw-philibert'],
    absent: ['hw-philiberte'],
  },
  // privacy
  {
    name: 'spaces-only member hidden from others',
    query: { text: 'Kwakernaak' },
    top5: [],
    absent: ['hw-ottilie'],
  },
  {
    name: 'spaces-only member visible from a shared space',
    query: { text: 'Kwakernaak' },
    visibility: { viewerSpaces: ['la-kop'], includeHidden: false, signedIn: true },
    top5: ['hw-ottilie'],
  },
  {
    name: 'opted-out member never found',
    query: { text: 'Achterberg' },
    top5: [],
    absent: ['hw-gwendoline'],
  },
  {
    name: 'opted-out member hidden even from a shared space',
    query: { text: 'Achterberg céramiste' },
    visibility: { viewerSpaces: ['mutualab'], includeHidden: false, signedIn: true },
    top5: [],
    absent: ['hw-gwendoline'],
  },
  {
    name: 'admins see opted-out members',
    query: { text: 'Achterberg' },
    visibility: { viewerSpaces: null, includeHidden: true, signedIn: true },
    top5: ['hw-gwendoline'],
  },
];
