// Turns what the kuzu binding returns into plain JS values: bigints and dates
// become numbers (epoch ms for dates), nodes and relationships become objects
// of their properties without Kùzu's internal fields, paths become
// { nodes, relationships }.
import type { Row } from '../graphStore.js';

const INTERNAL_FIELDS = new Set(['_label', '_id', '_src', '_dst']);

export function plainKuzuValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.getTime();
  if (Array.isArray(value)) return value.map(plainKuzuValue);
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record._nodes) && Array.isArray(record._rels)) {
      return { nodes: record._nodes.map(plainKuzuValue), relationships: record._rels.map(plainKuzuValue) };
    }
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(record)) {
      if (!INTERNAL_FIELDS.has(key)) out[key] = plainKuzuValue(inner);
    }
    return out;
  }
  return value;
}

export function plainKuzuRow(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) out[key] = plainKuzuValue(value);
  return out;
}
