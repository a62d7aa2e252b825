// Turns rows of a result page into hits: parsed summaries, highlights computed
// from the query's words, matched skills, rounded score and distance.
import { highlightSnippet, highlightWhole, type WordPredicate } from '../highlight.js';
import { matchedSkills } from '../matchedSkills.js';
import { roundTo } from '../rounding.js';
import type { EntityHit, Highlight, MemberHit } from '../searchIndex.js';
import type { SkillVocabulary } from '../skillVocabulary.js';
import type { StoredEntity } from './entityRows.js';
import type { StoredMember } from './memberRows.js';

export interface HitRow {
  rowid: number;
  /** bm25-based: lower is better. */
  score: number;
  distance: number | null;
  doc: string;
}

/** What the query was, for highlights and matched skills; `searched` is false for an empty text. */
export interface QueryMatch {
  searched: boolean;
  isMatch: WordPredicate;
  querySkills: ReadonlySet<string>;
}

function highlights(
  fields: readonly [Highlight['field'], string, 'whole' | 'snippet'][],
  match: QueryMatch,
): Highlight[] {
  if (!match.searched) return [];
  return fields.flatMap(([field, text, mode]) => {
    const parts =
      mode === 'whole' ? highlightWhole(text, match.isMatch) : highlightSnippet(text, match.isMatch);
    return parts ? [{ field, parts }] : [];
  });
}

export function memberHit(row: HitRow, match: QueryMatch, vocabulary: SkillVocabulary): MemberHit {
  const doc = JSON.parse(row.doc) as StoredMember;
  return {
    id: doc.id,
    handle: doc.handle,
    name: doc.name,
    city: doc.city,
    country: doc.country,
    availability: doc.availability,
    skills: doc.skills,
    matchedSkills: match.searched
      ? matchedSkills(doc.skills, match.querySkills, vocabulary, match.isMatch)
      : [],
    score: roundTo(-row.score, 6),
    distanceKm: row.distance === null ? null : roundTo(row.distance, 3),
    highlights: highlights(
      [
        ['name', doc.name, 'whole'],
        ['bio', doc.bio, 'snippet'],
      ],
      match,
    ),
  };
}

export function entityHit(row: HitRow, match: QueryMatch): EntityHit {
  const doc = JSON.parse(row.doc) as StoredEntity;
  return {
    id: doc.id,
    title: doc.title,
    score: roundTo(-row.score, 6),
    distanceKm: row.distance === null ? null : roundTo(row.distance, 3),
    highlights: highlights(
      [
        ['title', doc.title, 'whole'],
        ['description', doc.description, 'snippet'],
      ],
      match,
    ),
  };
}
