import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { neo4jParameters, plainNeo4jValue } from './neo4jValues.js';

describe('neo4j values', () => {
  it('sends whole numbers as Integers, deeply, and leaves fractions as floats', () => {
    const params = neo4jParameters({
      limit: 10,
      weight: 1.5,
      rows: [{ level: 3 }],
      name: 'x',
      none: undefined,
    });
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(params.weight).toBe(1.5);
    expect(neo4j.isInt((params.rows as { level: unknown }[])[0]?.level)).toBe(true);
    expect(params.none).toBeNull();
  });

  it('reads Integers, nodes and lists back as plain values', () => {
    const node = new neo4j.types.Node(
      neo4j.int(1),
      ['Member'],
      { id: 'm1', level: neo4j.int(4) },
      'element-1',
    );
    expect(plainNeo4jValue([neo4j.int(7), node])).toEqual([7, { id: 'm1', level: 4 }]);
  });
});
