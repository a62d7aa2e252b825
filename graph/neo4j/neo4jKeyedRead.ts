// Rewrites a point query on `$key` into one round trip for many keys:
//   UNWIND range(0, size($keys) - 1) AS __index
//   CALL (__index) { WITH $keys[__index] AS __key <query on __key> }
//   RETURN *
// Each key's lookup is served by the `id` index, and `__index` tells which key a row answers.
const KEY_PARAMETER = /\$key\b/g;

export const KEY_INDEX_COLUMN = '__index';

export function keyedReadStatement(cypher: string): string {
  return (
    `UNWIND range(0, size($keys) - 1) AS ${KEY_INDEX_COLUMN} ` +
    `CALL (${KEY_INDEX_COLUMN}) { WITH $keys[${KEY_INDEX_COLUMN}] AS __key ${cypher.replace(KEY_PARAMETER, '__key')} } ` +
    'RETURN *'
  );
}
