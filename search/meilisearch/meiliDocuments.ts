// Search documents as Meilisearch stores them: one index per kind, flat fields
// for filters and facets, `_geo` for radius and distance sort. Member skill
// levels become "skill@level" values for every level up to the member's, so a
// minimum-level filter is a plain `IN`.
import type {
  MemberDocument,
  ProjectDocument,
  SearchDocument,
  SkillDocument,
  SpaceDocument,
  TenderDocument,
} from '../documents.js';

/** Meilisearch ids allow only [A-Za-z0-9_-]; other ids are hex-encoded behind an "x-" marker. */
export function primaryKey(id: string): string {
  if (/^[A-Za-z0-9_][A-Za-z0-9_-]{0,510}$/.test(id) && !id.startsWith('x-')) return id;
  return `x-${Buffer.from(id, 'utf8').toString('hex')}`;
}

type MeiliGeo = { lat: number; lng: number };

/** `_geo` is left out, not null, for documents without a place. */
function geo(point: { lat: number; lon: number } | null): { _geo?: MeiliGeo } {
  return point ? { _geo: { lat: point.lat, lng: point.lon } } : {};
}

export interface MeiliMember {
  pk: string;
  id: string;
  handle: string;
  name: string;
  bio: string;
  city: string | null;
  country: string | null;
  availability: string;
  visibility: string;
  skills: { id: string; level: number }[];
  skill: string[];
  skillAtLevel: string[];
  skillTerms: string[];
  broaderTerms: string[];
  places: string[];
  groups: string[];
  space: string[];
  filiere: string[];
  community: string[];
  language: string[];
  maxLevel: number;
  updatedAt: number;
  _geo?: MeiliGeo;
}

export function skillAtLevel(skill: string, level: number): string {
  return `${skill}@${level}`;
}

export function meiliMember(doc: MemberDocument): MeiliMember {
  return {
    pk: primaryKey(doc.id),
    id: doc.id,
    handle: doc.handle,
    name: doc.name,
    bio: doc.bio,
    city: doc.city,
    country: doc.country,
    availability: doc.availability,
    visibility: doc.visibility,
    skills: doc.skills,
    skill: doc.skills.map((s) => s.id),
    skillAtLevel: doc.skills.flatMap((s) =>
      Array.from({ length: s.level }, (_, i) => skillAtLevel(s.id, i + 1)),
    ),
    skillTerms: doc.skillTerms,
    broaderTerms: doc.broaderTerms,
    places: [...(doc.city ? [doc.city] : []), ...doc.spaceNames],
    groups: [...doc.communityNames, ...doc.filiereLabels],
    space: doc.spaces,
    filiere: doc.filieres,
    community: doc.communities,
    language: doc.languages,
    maxLevel: Math.max(0, ...doc.skills.map((s) => s.level)),
    updatedAt: doc.updatedAt,
    ...geo(doc.geo),
  };
}

export interface MeiliEntity {
  pk: string;
  id: string;
  title: string;
  tags: string[];
  description: string;
  community: string[];
  country: string | null;
  status: string | null;
  skill: string[];
  updatedAt: number;
  _geo?: MeiliGeo;
}

export function meiliEntity(doc: SpaceDocument | ProjectDocument | TenderDocument): MeiliEntity {
  const base = { pk: primaryKey(doc.id), id: doc.id, community: [], country: null, status: null, skill: [] };
  switch (doc.kind) {
    case 'space':
      return {
        ...base,
        title: doc.name,
        tags: [doc.city ?? '', doc.country, doc.spaceKind, ...doc.communityNames].filter(Boolean),
        description: doc.description,
        community: doc.communities,
        country: doc.country,
        updatedAt: 0,
        ...geo(doc.geo),
      };
    case 'project':
      return {
        ...base,
        title: doc.title,
        tags: [],
        description: doc.description,
        updatedAt: doc.endedAt ?? doc.startedAt,
      };
    case 'tender':
      return {
        ...base,
        title: doc.title,
        tags: [doc.buyer, ...doc.skillTerms].filter(Boolean),
        description: doc.description,
        status: doc.status,
        skill: doc.skills,
        updatedAt: doc.updatedAt,
        ...geo(doc.geo),
      };
  }
}

export interface MeiliSkill {
  pk: string;
  id: string;
  label_fr: string;
  label_en: string;
  label_nl: string;
  alt_fr: string[];
  alt_en: string[];
  alt_nl: string[];
  doc: SkillDocument;
}

export function meiliSkill(doc: SkillDocument): MeiliSkill {
  return {
    pk: primaryKey(doc.id),
    id: doc.id,
    label_fr: doc.labels.fr,
    label_en: doc.labels.en,
    label_nl: doc.labels.nl,
    alt_fr: doc.altLabels.fr,
    alt_en: doc.altLabels.en,
    alt_nl: doc.altLabels.nl,
    doc,
  };
}

export type MeiliKindDocument = MeiliMember | MeiliEntity | MeiliSkill;

export function meiliDocument(doc: SearchDocument): MeiliKindDocument {
  if (doc.kind === 'member') return meiliMember(doc);
  if (doc.kind === 'skill') return meiliSkill(doc);
  return meiliEntity(doc);
}
