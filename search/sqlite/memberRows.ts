// How a member document is laid out in SQLite: the FTS columns (what is
// searched), the facet rows (what is filtered and counted) and the stored
// summary (what a hit shows).
import type { MemberDocument } from '../documents.js';
import { MEMBER_FACET_CODES } from './schema.js';

/**
 * Skills are indexed as codes, one FTS token per skill, unlike any word: "þ"
 * stands for "-", so ids map one to one. A member carries the codes of their
 * skills and of every broader skill, so a broad query needs one code, not the
 * whole subtree. The fr/en/nl labels and alternative labels are matched at
 * query time through the taxonomy (a word becomes the codes of the skills it
 * names), which keeps the index small. A code is repeated `level` times, so
 * bm25 ranks a level-5 ceramist above a level-1 one.
 */
export function skillCode(id: string): string {
  return `þ${id.replaceAll('-', 'þ')}`;
}

const MAX_LEVEL = 5;
/** A token no query ever asks for. */
const LEVEL_PADDING = 'þ';

/** Values for member_fts, in MEMBER_FTS_COLUMNS order. */
export function memberFtsValues(doc: MemberDocument): string[] {
  // bm25 normalises by the length of the whole row: pad every skill to five
  // tokens so that a higher level raises the skill's weight without making
  // the member's other words count less.
  const codes = [...doc.skills, ...doc.broaderSkills].flatMap((s) =>
    Array.from({ length: MAX_LEVEL }, (_, i) => (i < s.level ? skillCode(s.id) : LEVEL_PADDING)),
  );
  return [
    doc.name,
    codes.join(' '),
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
