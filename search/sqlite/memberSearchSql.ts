// SQL for member search, assembled from fixed fragments according to the shape
// of the query (text or not, radius or not, which filters). Every value is a
// named parameter. The matching rows go to temp.member_hits with their score
// and distance; pages, totals and facet counts are then read from there, so
// privacy filtering happens once, before anything is counted.
import type { MemberFacet } from '../searchQuery.js';
import { haversineSql } from './geo.js';

/**
 * bm25 weights, in MEMBER_FTS_COLUMNS order: name, skills at levels 1 to 5,
 * places, groups, bio. FTS5 saturates the weighted frequency of a word
 * (w·(k1+1)/(w+k1·…)), which flattens large weights: levels keep a spread of
 * about 1.8× only with small weights like these, enough to beat recency.
 */
const BM25_WEIGHTS = [4, 1, 2, 3, 4, 5, 3, 1, 0.5];
const YEAR_MS = 365.25 * 24 * 3600 * 1000;
/** A member active today ranks up to 15 % above one inactive for a year: less than one level. */
const RECENCY_BOOST = 0.15;

export interface MemberSearchShape {
  text: boolean;
  geo: boolean;
  /** Filters present, in a fixed order (the SQL text is a cache key). */
  filters: MemberFacet[];
  minSkillLevel: boolean;
  /** Who the viewer may see: the privacy rule compiled by privacySql.ts. */
  privacy: string;
}

const FILTER_PARAMS: Record<MemberFacet, string> = {
  skill: 'fSkill',
  city: 'fCity',
  space: 'fSpace',
  filiere: 'fFiliere',
  community: 'fCommunity',
  language: 'fLanguage',
  availability: 'fAvailability',
};

export function filterParam(facet: MemberFacet): string {
  return FILTER_PARAMS[facet];
}

const recency = `(1.0 + ${RECENCY_BOOST} * max(0.0, 1.0 - (:now - m.updated_at) / ${YEAR_MS}))`;

/** Filter parameters hold facet_values ids (JSON arrays). */
function facetCondition(facet: MemberFacet, alias: string, minLevel: boolean): string {
  const level = facet === 'skill' && minLevel ? ` AND ${alias}.level >= :minLevel` : '';
  return `${alias}.value_id IN (SELECT value FROM json_each(:${filterParam(facet)}))${level}`;
}

export function memberHitsSql(shape: MemberSearchShape): string {
  const where: string[] = [];
  let from: string;
  let score: string;
  const filters = [...shape.filters];
  if (shape.text) {
    from = 'member_fts JOIN members m ON m.rowid = member_fts.rowid';
    where.push('member_fts MATCH :match');
    score = `bm25(member_fts, ${BM25_WEIGHTS.join(', ')}) * ${recency}`;
  } else {
    from = 'members m';
    // Without words, a skill filter still ranks by the member's best level in those skills.
    const level = shape.filters.includes('skill')
      ? `(SELECT max(l.level) FROM member_facets l WHERE l.member_rowid = m.rowid
    AND l.value_id IN (SELECT value FROM json_each(:${filterParam('skill')})))`
      : '1';
    score = `-${level} * ${recency}`;
    if (!shape.geo && filters.length > 0) {
      // Without text or radius, the first filter drives: only its members are read.
      const first = filters.shift()!;
      where.push(
        `m.rowid IN (SELECT d.member_rowid FROM member_facets d WHERE ${facetCondition(first, 'd', shape.minSkillLevel)})`,
      );
    }
  }
  const distance = shape.geo ? haversineSql('m.lat', 'm.lon') : 'NULL';
  if (shape.geo) {
    where.push('m.lat BETWEEN :minLat AND :maxLat AND m.lon BETWEEN :minLon AND :maxLon');
    where.push(`${distance} <= :radiusKm`);
  }
  where.push(shape.privacy);
  filters.forEach((facet, i) => {
    where.push(
      `EXISTS (SELECT 1 FROM member_facets f${i} WHERE f${i}.member_rowid = m.rowid AND ${facetCondition(facet, `f${i}`, shape.minSkillLevel)})`,
    );
  });
  return `INSERT INTO temp.member_hits (rowid, score, distance, updated_at)
SELECT m.rowid, ${score}, ${distance}, m.updated_at FROM ${from}
WHERE ${where.join('\n  AND ')}`;
}

export type MemberOrder = 'relevance' | 'distance' | 'recent';

const ORDER_BY: Record<MemberOrder, string> = {
  relevance: 'h.score ASC, h.rowid ASC',
  distance: 'h.distance ASC, h.score ASC, h.rowid ASC',
  recent: 'h.updated_at DESC, h.rowid ASC',
};

/** The page is cut from the hits first, then only its summaries are read. */
export function memberPageSql(order: MemberOrder): string {
  return `SELECT h.rowid AS rowid, h.score AS score, h.distance AS distance, d.doc AS doc
FROM (SELECT * FROM temp.member_hits h ORDER BY ${ORDER_BY[order]} LIMIT :limit OFFSET :offset) h
CROSS JOIN member_docs d ON d.rowid = h.rowid
ORDER BY ${ORDER_BY[order]}`;
}

/**
 * Counts for every facet value of the matching members (the caller keeps the
 * facets it was asked for). CROSS JOIN keeps the hits as the outer loop.
 */
export const MEMBER_FACETS_SQL = `SELECT mf.value_id AS id, count(*) AS n
FROM temp.member_hits h CROSS JOIN member_facets mf ON mf.member_rowid = h.rowid
GROUP BY mf.value_id`;
