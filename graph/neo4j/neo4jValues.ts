// Value conversion between JS and neo4j-driver, matching what the Kùzu adapter
// gives: Integers become numbers, temporal values epoch ms, nodes and
// relationships their properties, paths { nodes, relationships }. Going in,
// whole numbers become Integers: a JS number is a Float to Neo4j, and
// `LIMIT $n` or an INT64-like property needs an Integer.
import neo4j from 'neo4j-driver';
import type { CypherParams, Row } from '../graphStore.js';

export function plainNeo4jValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return plainNeo4jValue(value.properties);
  if (neo4j.isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(plainNeo4jValue),
      relationships: value.segments.map((s) => plainNeo4jValue(s.relationship)),
    };
  }
  if (neo4j.isDateTime(value) || neo4j.isDate(value) || neo4j.isLocalDateTime(value)) {
    return value.toStandardDate().getTime();
  }
  if (neo4j.isPoint(value)) return { x: value.x, y: value.y, z: value.z ?? null, srid: Number(value.srid) };
  if (Array.isArray(value)) return value.map(plainNeo4jValue);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = plainNeo4jValue(inner);
    return out;
  }
  return value;
}

export function plainNeo4jRow(keys: readonly PropertyKey[], get: (key: string) => unknown): Row {
  const row: Row = {};
  for (const key of keys) row[String(key)] = plainNeo4jValue(get(String(key)));
  return row;
}

export function neo4jParameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(neo4jParameter);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = neo4jParameter(inner);
    return out;
  }
  return value;
}

export function neo4jParameters(params: CypherParams = {}): Record<string, unknown> {
  return neo4jParameter(params) as Record<string, unknown>;
}
