// How a member document is laid out in SQLite: the FTS columns (what is
// searched), the facet rows (what is filtered and counted) and the stored
// summary (what a hit shows).
import type { MemberDocument } from '../documents.js';
import type { SkillVocabulary } from '../skillVocabulary.js';
import { LEVEL_COLUMNS, MEMBER_FACET_CODES } from './schema.js';

/**
 * A member's skills are indexed as the words of their labels and alternative
 * labels in fr, en and nl, and of the labels of every broader skill (so
 * "crafts" finds a ceramist). Each word appears once, in the column of the
 * member's best level among the skills it names: the level is a column weight,
 * so bm25 ranks a level-5 ceramist above a level-1 one, and one word is one
 * posting list however many skills share it ("design" names a dozen).
 */
export function memberFtsValues(doc: MemberDocument, skills: SkillVocabulary): string[] {
  const byLevel = skills.wordsByBestLevel(doc.skills.concat(doc.broaderSkills), LEVEL_COLUMNS.length);
  return [
    doc.name,
    ...byLevel.map((words) => words.join(' ')),
    [doc.city ?? '', ...doc.spaceNames].join('\n'),
    [...doc.communityNames, ...doc.filiereLabels].join('\n'),
    doc.bio,
  ];
}

export type FacetRow = [facet: number, value: string, level: number];

export function memberFacetRows(doc: MemberDocument): FacetRow[] {
  const rows = new Map<string, FacetRow>();
  const add = (facet: number, value: string, level = 0) => {
    const key = `${facet}\u0000${value}`;
    const existing = rows.get(key);
    if (!existing || existing[2] < level) rows.set(key, [facet, value, level]);
  };
  for (const s of doc.skills) add(MEMBER_FACET_CODES.skill, s.id, s.level);
  if (doc.city) add(MEMBER_FACET_CODES.city, doc.city);
  for (const v of doc.spaces) add(MEMBER_FACET_CODES.space, v);
  for (const v of doc.filieres) add(MEMBER_FACET_CODES.filiere, v);
  for (const v of doc.communities) add(MEMBER_FACET_CODES.community, v);
  for (const v of doc.languages) add(MEMBER_FACET_CODES.language, v);
  add(MEMBER_FACET_CODES.availability, doc.availability);
  return [...rows.values()];
}

/** What a hit needs, stored as JSON beside the indexed columns. */
export type StoredMember = Pick<
  MemberDocument,
  'id' | 'handle' | 'name' | 'bio' | 'city' | 'country' | 'availability' | 'skills'
>;

export function storedMember(doc: MemberDocument): StoredMember {
  return {
    id: doc.id,
    handle: doc.handle,
    name: doc.name,
    bio: doc.bio,
    city: doc.city,
    country: doc.country,
    availability: doc.availability,
    skills: doc.skills,
  };
}
