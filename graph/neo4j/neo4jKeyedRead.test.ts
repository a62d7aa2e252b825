import { describe, expect, it } from 'vitest';
import { KEY_INDEX_COLUMN, keyedReadStatement } from './neo4jKeyedRead.js';

describe('keyedReadStatement', () => {
  it('wraps a point query on $key into one UNWIND over $keys that remembers each key index', () => {
    expect(keyedReadStatement('MATCH (m:Member {id: $key}) WHERE m.x = $keyed RETURN m.id AS id')).toBe(
      `UNWIND range(0, size($keys) - 1) AS ${KEY_INDEX_COLUMN} CALL (${KEY_INDEX_COLUMN}) { ` +
        `WITH $keys[${KEY_INDEX_COLUMN}] AS __key MATCH (m:Member {id: __key}) WHERE m.x = $keyed RETURN m.id AS id } RETURN *`,
    );
  });
});
