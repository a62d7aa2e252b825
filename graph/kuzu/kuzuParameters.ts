// Prepares parameters for the kuzu binding, which differs from Neo4j in ways
// that would otherwise crash the process or corrupt data silently (measured on
// kuzu 0.11.3):
// - a parameter the statement does not use is an error, so extra ones are dropped;
// - an empty list parameter has no element type: `x IN $empty` segfaults and
//   `UNWIND $empty` fails, so empty lists are refused with a clear error;
// - in a list of maps, each field's type is taken from the first element: a null
//   field fails, and mixing whole and fractional numbers reinterprets bits
//   (1.5 then 1 reads back 5e-324), so such lists are refused too.
import type { CypherParams } from '../graphStore.js';

const STRING_LITERAL = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g;
const PARAMETER = /\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** Names of the `$parameters` a statement refers to (string literals ignored). */
export function parameterNames(cypher: string): string[] {
  const code = cypher.replace(STRING_LITERAL, "''");
  return [...new Set(Array.from(code.matchAll(PARAMETER), (m) => m[1]!))];
}

/** The parameters a statement uses, missing ones as null, checked for what Kùzu cannot bind. */
export function kuzuParameters(names: readonly string[], params: CypherParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const value = params[name] ?? null;
    assertBindable(name, value);
    out[name] = value;
  }
  return out;
}

function assertBindable(name: string, value: unknown): void {
  if (!Array.isArray(value)) return;
  if (value.length === 0) {
    throw new TypeError(`Kùzu cannot bind the empty list $${name}: skip the statement or pass null`);
  }
  if (!value.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))) return;
  const kinds = new Map<string, string>();
  for (const item of value as Record<string, unknown>[]) {
    for (const [field, inner] of Object.entries(item)) {
      if (inner === null || inner === undefined) {
        throw new TypeError(`Kùzu cannot bind $${name}: field "${field}" is null in a list of maps`);
      }
      const kind =
        typeof inner === 'number' ? (Number.isInteger(inner) ? 'integer' : 'fraction') : typeof inner;
      const seen = kinds.get(field);
      if (seen && seen !== kind) {
        throw new TypeError(`Kùzu cannot bind $${name}: field "${field}" mixes ${seen} and ${kind} values`);
      }
      kinds.set(field, kind);
    }
  }
}
