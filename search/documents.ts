// Search documents and the pure functions that build them from graph records.
// Both adapters index exactly these shapes. A member document carries what
// people search by (trade in every language, broader trades, places, groups)
// and what the index needs to apply privacy (visibility and spaces) — never
// e-mail or phone. A member's `geo` is their effective location: their own
// point, else the first (by id) of their spaces that has coordinates.

import type { NetworkDataset } from '../domain/dataset.js';
import { DOCUMENT_KINDS, type DocumentKind } from '../domain/documentKind.js';
import type { Labels } from '../domain/entities/common.js';
import type { Community } from '../domain/entities/community.js';
import type { Filiere } from '../domain/entities/filiere.js';
import type { Availability, MemberRecord, Visibility } from '../domain/entities/member.js';
import type { Project } from '../domain/entities/project.js';
import type { Skill } from '../domain/entities/skill.js';
import type { Space } from '../domain/entities/space.js';
import type { Tender } from '../domain/entities/tender.js';
import { BadUserInputError } from '../domain/errors.js';
import { effectiveLocation, type Point } from '../domain/geo.js';
import { Taxonomy } from '../domain/taxonomy.js';

/** The search floor's own name for the kinds, defined once in domain/. */
export { DOCUMENT_KINDS, type DocumentKind } from '../domain/documentKind.js';

/** Rejects a kind no adapter knows, naming the field. */
export function checkDocumentKind(kind: unknown, path: (string | number)[]): asserts kind is DocumentKind {
  if (!DOCUMENT_KINDS.includes(kind as DocumentKind)) {
    throw BadUserInputError.at(path, `must be one of ${DOCUMENT_KINDS.join(', ')}`);
  }
}

export interface MemberDocument {
  kind: 'member';
  id: string;
  handle: string;
  name: string;
  bio: string;
  city: string | null;
  country: string | null;
  geo: Point | null;
  availability: Availability;
  visibility: Visibility;
  languages: string[];
  skills: { id: string; level: number }[];
  /** Broader skills of the member's skills, at the level of the member's best skill below each. */
  broaderSkills: { id: string; level: number }[];
  /** Labels and alternative labels of the member's skills, in fr, en and nl. */
  skillTerms: string[];
  /** Labels and alternative labels of every broader skill of the member's skills. */
  broaderTerms: string[];
  spaces: string[];
  spaceNames: string[];
  communities: string[];
  communityNames: string[];
  filieres: string[];
  filiereLabels: string[];
  joinedAt: number;
  updatedAt: number;
}

export interface SpaceDocument {
  kind: 'space';
  id: string;
  name: string;
  description: string;
  spaceKind: string;
  city: string | null;
  country: string;
  geo: Point | null;
  communities: string[];
  communityNames: string[];
}

export interface ProjectDocument {
  kind: 'project';
  id: string;
  title: string;
  description: string;
  startedAt: number;
  endedAt: number | null;
}

export interface TenderDocument {
  kind: 'tender';
  id: string;
  title: string;
  buyer: string;
  description: string;
  status: Tender['status'];
  deadline: number | null;
  geo: Point | null;
  skills: string[];
  skillTerms: string[];
  updatedAt: number;
}

export interface SkillDocument {
  kind: 'skill';
  id: string;
  labels: Labels;
  altLabels: Skill['altLabels'];
  broader: string | null;
  broaderLabels: Labels | null;
}

export type SearchDocument =
  | MemberDocument
  | SpaceDocument
  | ProjectDocument
  | TenderDocument
  | SkillDocument;

/** Reference data the builders resolve ids against. */
export interface DocumentContext {
  taxonomy: Taxonomy;
  spacesById: ReadonlyMap<string, Space>;
  communitiesById: ReadonlyMap<string, Community>;
  filieresById: ReadonlyMap<string, Filiere>;
}

export function documentContext(reference: {
  skills: readonly Skill[];
  spaces: readonly Space[];
  communities: readonly Community[];
  filieres: readonly Filiere[];
}): DocumentContext {
  return {
    taxonomy: new Taxonomy(reference.skills),
    spacesById: new Map(reference.spaces.map((s) => [s.id, s])),
    communitiesById: new Map(reference.communities.map((c) => [c.id, c])),
    filieresById: new Map(reference.filieres.map((f) => [f.id, f])),
  };
}

function skillTerms(taxonomy: Taxonomy, id: string): string[] {
  const skill = taxonomy.get(id);
  if (!skill) return [];
  return [
    ...Object.values(skill.labels),
    ...skill.altLabels.fr,
    ...skill.altLabels.en,
    ...skill.altLabels.nl,
  ];
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

function point(lat: number | null, lon: number | null): Point | null {
  return lat === null || lon === null ? null : { lat, lon };
}

export function memberDocument(record: MemberRecord, ctx: DocumentContext): MemberDocument {
  const { taxonomy } = ctx;
  const ownSkills = new Set(record.skills.map((s) => s.skill));
  const broaderLevels = new Map<string, number>();
  for (const s of record.skills) {
    for (const id of taxonomy.ancestors(s.skill)) {
      if (!ownSkills.has(id)) broaderLevels.set(id, Math.max(broaderLevels.get(id) ?? 0, s.level));
    }
  }
  const broader = [...broaderLevels.keys()];
  return {
    kind: 'member',
    id: record.id,
    handle: record.handle,
    name: record.name,
    bio: record.bio,
    city: record.city,
    country: record.country,
    geo: effectiveLocation(
      record,
      [...record.spaces].sort().flatMap((id) => ctx.spacesById.get(id) ?? []),
    ),
    availability: record.availability,
    visibility: record.privacy.visibility,
    languages: unique(record.languages),
    skills: record.skills.map((s) => ({ id: s.skill, level: s.level })),
    broaderSkills: broader.map((id) => ({ id, level: broaderLevels.get(id)! })),
    skillTerms: unique(record.skills.flatMap((s) => skillTerms(taxonomy, s.skill))),
    broaderTerms: unique(broader.flatMap((id) => skillTerms(taxonomy, id))),
    spaces: unique(record.spaces),
    spaceNames: unique(record.spaces.flatMap((id) => ctx.spacesById.get(id)?.name ?? [])),
    communities: unique(record.communities),
    communityNames: unique(record.communities.flatMap((id) => ctx.communitiesById.get(id)?.name ?? [])),
    filieres: unique(record.filieres),
    filiereLabels: unique(
      record.filieres.flatMap((id) => {
        const filiere = ctx.filieresById.get(id);
        return filiere ? Object.values(filiere.labels) : [];
      }),
    ),
    joinedAt: record.joinedAt,
    updatedAt: record.updatedAt,
  };
}

export function spaceDocument(space: Space, ctx: DocumentContext): SpaceDocument {
  const communities = unique([...(space.community ? [space.community] : []), ...space.relatedCommunities]);
  return {
    kind: 'space',
    id: space.id,
    name: space.name,
    description: space.description,
    spaceKind: space.kind,
    city: space.city,
    country: space.country,
    geo: point(space.lat, space.lon),
    communities,
    communityNames: communities.flatMap((id) => ctx.communitiesById.get(id)?.name ?? []),
  };
}

export function projectDocument(project: Project): ProjectDocument {
  return {
    kind: 'project',
    id: project.id,
    title: project.title,
    description: project.description,
    startedAt: project.startedAt,
    endedAt: project.endedAt,
  };
}

export function tenderDocument(tender: Tender, ctx: DocumentContext): TenderDocument {
  const skills = unique(tender.requirements.map((r) => r.skill));
  return {
    kind: 'tender',
    id: tender.id,
    title: tender.title,
    buyer: tender.buyer,
    description: tender.description,
    status: tender.status,
    deadline: tender.deadline,
    geo: point(tender.lat, tender.lon),
    skills,
    skillTerms: unique(skills.flatMap((id) => skillTerms(ctx.taxonomy, id))),
    updatedAt: tender.updatedAt,
  };
}

export function skillDocument(skill: Skill, ctx: DocumentContext): SkillDocument {
  const broader = skill.broader ? ctx.taxonomy.get(skill.broader) : undefined;
  return {
    kind: 'skill',
    id: skill.id,
    labels: skill.labels,
    altLabels: skill.altLabels,
    broader: skill.broader,
    broaderLabels: broader?.labels ?? null,
  };
}

/** Every document of a whole network (a seed, an import): reference data, members and projects. */
export function datasetDocuments(
  dataset: NetworkDataset,
  ctx: DocumentContext = documentContext(dataset),
): SearchDocument[] {
  return [
    ...referenceDocuments(dataset, ctx),
    ...dataset.members.map((m) => memberDocument(m, ctx)),
    ...dataset.projects.map((p) => projectDocument(p)),
  ];
}

/** Every document of the reference data (spaces and skills), for a full reindex. */
export function referenceDocuments(
  reference: { skills: readonly Skill[]; spaces: readonly Space[] },
  ctx: DocumentContext,
): SearchDocument[] {
  return [
    ...reference.skills.map((s) => skillDocument(s, ctx)),
    ...reference.spaces.map((s) => spaceDocument(s, ctx)),
  ];
}
