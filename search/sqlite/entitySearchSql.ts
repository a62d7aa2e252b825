// SQL for spaces, projects and tenders (one table, `kind` column), assembled
// like member search from fixed fragments with named parameters.
import { haversineSql } from './geo.js';
import { ENTITY_FACET_CODES } from './schema.js';

const BM25_WEIGHTS = [5, 2, 1];

export type EntityFacet = keyof typeof ENTITY_FACET_CODES;

export interface EntitySearchShape {
  text: boolean;
  geo: boolean;
  /** Facets filtered on, each bound to the parameter `:f_<facet>` (a JSON array). */
  filters: EntityFacet[];
}

export function entityHitsSql(shape: EntitySearchShape): string {
  const where: string[] = ['e.kind = :kind'];
  let from = 'entities e';
  let score = '-e.updated_at';
  if (shape.text) {
    from = 'entity_fts JOIN entities e ON e.rowid = entity_fts.rowid';
    where.unshift('entity_fts MATCH :match');
    score = `bm25(entity_fts, ${BM25_WEIGHTS.join(', ')})`;
  }
  const distance = shape.geo ? haversineSql('e.lat', 'e.lon') : 'NULL';
  if (shape.geo) {
    where.push('e.lat BETWEEN :minLat AND :maxLat AND e.lon BETWEEN :minLon AND :maxLon');
    where.push(`${distance} <= :radiusKm`);
  }
  shape.filters.forEach((facet, i) => {
    where.push(`EXISTS (SELECT 1 FROM entity_facets f${i} WHERE f${i}.entity_rowid = e.rowid
      AND f${i}.facet = ${ENTITY_FACET_CODES[facet]} AND f${i}.value IN (SELECT value FROM json_each(:f_${facet})))`);
  });
  return `INSERT INTO temp.entity_hits (rowid, score, distance)
SELECT e.rowid, ${score}, ${distance} FROM ${from}
WHERE ${where.join('\n  AND ')}`;
}

export function entityPageSql(order: 'relevance' | 'distance'): string {
  const orderBy =
    order === 'distance' ? 'h.distance ASC, h.score ASC, h.rowid ASC' : 'h.score ASC, h.rowid ASC';
  return `SELECT h.rowid AS rowid, h.score AS score, h.distance AS distance, e.doc AS doc
FROM (SELECT * FROM temp.entity_hits h ORDER BY ${orderBy} LIMIT :limit OFFSET :offset) h
CROSS JOIN entities e ON e.rowid = h.rowid
ORDER BY ${orderBy}`;
}
