// A small hand-made network for the graph contract suite: twelve members in
// Lille, Roubaix, Brussels, Paris, Liège and Gent with real skill, space,
// community and filière ids from the reference data.
import type { NetworkDataset } from '../../domain/dataset.js';
import type { MemberRecord } from '../../domain/entities/member.js';
import { loadReferenceData } from '../../domain/referenceData.js';

export const LILLE = { lat: 50.629, lon: 3.057 };
export const ROUBAIX = { lat: 50.692, lon: 3.175 };
const BRUSSELS = { lat: 50.827, lon: 4.345 };
const PARIS = { lat: 48.857, lon: 2.352 };
const LIEGE = { lat: 50.633, lon: 5.567 };
const GENT = { lat: 51.054, lon: 3.717 };

export const TRICKY_TEXT = "'}) DETACH DELETE n //";
export const TRICKY_BIO =
  'Says "hello", then: MATCH (n) DETACH DELETE n;\nline two, with commas\tand a tab \\ backslash';

const T0 = Date.UTC(2024, 0, 1);

export function memberRecord(n: number, fields: Partial<MemberRecord>): MemberRecord {
  const id = `m${String(n).padStart(2, '0')}`;
  return {
    id,
    externalId: `ext-${id}`,
    handle: `member-${id}`,
    name: `Member ${id}`,
    email: `${id}@example.org`,
    phone: null,
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
    joinedAt: T0 - n * 86_400_000,
    createdAt: T0 + n,
    updatedAt: T0 + n,
    skills: [],
    spaces: [],
    communities: [],
    filieres: [],
    ...fields,
  };
}

const at = (place: { lat: number; lon: number }, city: string, country: string) => ({
  ...place,
  city,
  country,
});

export function contractDataset(): NetworkDataset {
  const reference = loadReferenceData();
  const members: MemberRecord[] = [
    memberRecord(1, {
      name: 'Alice Martin',
      ...at(LILLE, 'Lille', 'FR'),
      languages: ['fr', 'en'],
      skills: [
        { skill: 'ceramics', level: 4, years: 6 },
        { skill: 'wheel-throwing', level: 5, years: 8 },
      ],
      spaces: ['la-coroutine'],
      communities: ['smart'],
      filieres: ['ceramics'],
    }),
    memberRecord(2, {
      name: 'Bruno Leroy',
      ...at(ROUBAIX, 'Roubaix', 'FR'),
      skills: [
        { skill: 'kiln-firing', level: 3, years: 2 },
        { skill: 'woodworking', level: 2, years: 1 },
      ],
      spaces: ['cooperative-baraka'],
      filieres: ['ceramics', 'wood'],
    }),
    memberRecord(3, {
      name: 'Chloé Dubois',
      ...at(LILLE, 'Lille', 'FR'),
      skills: [
        { skill: 'joinery', level: 5, years: 12 },
        { skill: 'cabinetmaking', level: 4, years: 9 },
      ],
      spaces: ['mutualab'],
      filieres: ['wood'],
    }),
    memberRecord(4, {
      name: 'David Peeters',
      ...at(BRUSSELS, 'Saint-Gilles', 'BE'),
      languages: ['nl', 'fr'],
      preferredLanguage: 'nl',
      skills: [{ skill: 'ceramics', level: 2, years: 1 }],
      spaces: ['brussels-art-factory'],
      communities: ['smart'],
    }),
    memberRecord(5, {
      name: 'Emma Bernard',
      ...at(PARIS, 'Paris', 'FR'),
      skills: [{ skill: 'ceramic-glazing', level: 5, years: 15 }],
      spaces: ['la-cantine'],
      privacy: {
        visibility: 'spaces',
        suggestForBids: false,
        suggestForMentoring: true,
        suggestForFilieres: false,
      },
    }),
    memberRecord(6, {
      name: 'Farid Benali',
      ...at(LIEGE, 'Liège', 'BE'),
      skills: [{ skill: 'interior-design', level: 3, years: 4 }],
      spaces: ['espace-dony'],
      communities: ['dynamo-coop'],
      filieres: ['interior-design'],
    }),
    memberRecord(7, {
      name: 'Gaëlle Roux',
      ...at(LILLE, 'Lille', 'FR'),
      skills: [
        { skill: 'crafts', level: 3, years: 3 },
        { skill: 'photography', level: 2, years: 0 },
      ],
      spaces: ['la-coroutine'],
      availability: 'limited',
    }),
    memberRecord(8, {
      name: 'Hugo Lambert',
      city: 'Lille',
      country: 'FR',
      skills: [{ skill: 'ceramics', level: 5, years: 20 }],
    }),
    memberRecord(9, {
      name: TRICKY_TEXT,
      bio: TRICKY_BIO,
      ...at(GENT, 'Gent', 'BE'),
      phone: '+32 2 123 45 67',
    }),
    memberRecord(10, {
      name: 'Jules Janssens',
      ...at(GENT, 'Gent', 'BE'),
      skills: [{ skill: 'painting', level: 4, years: 7 }],
      spaces: ['smart-gent-office'],
    }),
    memberRecord(11, {
      name: 'Katia Novak',
      ...at(BRUSSELS, 'Saint-Gilles', 'BE'),
      skills: [
        { skill: 'sculpture', level: 3, years: 5 },
        { skill: 'drawing-illustration', level: 2, years: 2 },
      ],
      spaces: ['brussels-art-factory'],
    }),
    memberRecord(12, {
      name: 'Léo Petit',
      ...at(LILLE, 'Lille', 'FR'),
      externalId: null,
      languages: [],
      joinedAt: T0,
    }),
  ];
  return {
    ...reference,
    members,
    projects: [
      {
        id: 'prj-shared-kiln',
        title: 'Céramiques partagées',
        description: 'A shared kiln for three studios',
        startedAt: T0,
        endedAt: null,
        members: [
          { member: 'm01', role: 'lead' },
          { member: 'm02', role: 'maker' },
          { member: 'm04', role: 'maker' },
        ],
      },
    ],
    collaborations: [
      { source: 'm01', target: 'm02', weight: 3 },
      { source: 'm01', target: 'm04', weight: 1.5 },
      { source: 'm02', target: 'm03', weight: 1 },
      { source: 'm01', target: 'm07', weight: 2 },
    ],
    mentorships: [
      {
        id: 'mnt-1',
        mentorId: 'm01',
        menteeId: 'm12',
        status: 'active',
        startedAt: T0,
        endedAt: null,
        feedback: null,
      },
      {
        id: 'mnt-2',
        mentorId: 'm03',
        menteeId: 'm02',
        status: 'proposed',
        startedAt: null,
        endedAt: null,
        feedback: null,
      },
    ],
  };
}
