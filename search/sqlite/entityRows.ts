// How spaces, projects and tenders are laid out in SQLite: one table for the
// three kinds (title, tags, body), facet rows for their filters, and a summary.
import type { ProjectDocument, SpaceDocument, TenderDocument } from '../documents.js';
import { ENTITY_FACET_CODES } from './schema.js';

export type EntityDocument = SpaceDocument | ProjectDocument | TenderDocument;
export type EntityKind = EntityDocument['kind'];

export interface StoredEntity {
  id: string;
  title: string;
  description: string;
}

export interface EntityRow {
  kind: EntityKind;
  id: string;
  lat: number | null;
  lon: number | null;
  updatedAt: number;
  /** entity_fts values: title, tags, body. */
  fts: [string, string, string];
  facets: [facet: number, value: string][];
  stored: StoredEntity;
}

export function entityRow(doc: EntityDocument): EntityRow {
  switch (doc.kind) {
    case 'space':
      return {
        kind: doc.kind,
        id: doc.id,
        lat: doc.geo?.lat ?? null,
        lon: doc.geo?.lon ?? null,
        updatedAt: 0,
        fts: [
          doc.name,
          [doc.city ?? '', doc.country, doc.spaceKind, ...doc.communityNames].join('\n'),
          doc.description,
        ],
        facets: [
          ...doc.communities.map((c): [number, string] => [ENTITY_FACET_CODES.community, c]),
          [ENTITY_FACET_CODES.country, doc.country],
        ],
        stored: { id: doc.id, title: doc.name, description: doc.description },
      };
    case 'project':
      return {
        kind: doc.kind,
        id: doc.id,
        lat: null,
        lon: null,
        updatedAt: doc.endedAt ?? doc.startedAt,
        fts: [doc.title, '', doc.description],
        facets: [],
        stored: { id: doc.id, title: doc.title, description: doc.description },
      };
    case 'tender':
      return {
        kind: doc.kind,
        id: doc.id,
        lat: doc.geo?.lat ?? null,
        lon: doc.geo?.lon ?? null,
        updatedAt: doc.updatedAt,
        fts: [doc.title, [doc.buyer, ...doc.skillTerms].join('\n'), doc.description],
        facets: [
          [ENTITY_FACET_CODES.status, doc.status],
          ...doc.skills.map((s): [number, string] => [ENTITY_FACET_CODES.skill, s]),
        ],
        stored: { id: doc.id, title: doc.title, description: doc.description },
      };
  }
}
