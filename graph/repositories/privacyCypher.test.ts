import { describe, expect, it } from 'vitest';
import { cypherCondition } from './privacyCypher.js';

describe('privacy condition in Cypher', () => {
  it('writes checked ids as literals', () => {
    const { text } = cypherCondition({
      op: 'and',
      of: [
        { op: 'visibilityIn', values: ['spaces'] },
        { op: 'worksFromAny', spaceIds: ['la-kop', 'mutualab'] },
      ],
    });
    expect(text).toBe(
      "(m.visibility IN ['spaces'] AND EXISTS { MATCH (m)-[:WORKS_FROM]->(privacySpace:Space) WHERE privacySpace.id IN ['la-kop', 'mutualab'] })",
    );
  });

  it('names the viewer themself by a checked id literal', () => {
    const { text } = cypherCondition({
      op: 'or',
      of: [
        { op: 'memberIs', id: 'm-1' },
        { op: 'visibilityIn', values: ['network'] },
      ],
    });
    expect(text).toBe("(m.id = 'm-1' OR m.visibility IN ['network'])");
    expect(() => cypherCondition({ op: 'memberIs', id: "x' OR true //" })).toThrow(/not an id/);
  });

  it.each(["x'] OR true //", 'a b', "l'atelier", '', 'x\\'])(
    'refuses a space id that is not an id: %j',
    (id) => {
      expect(() => cypherCondition({ op: 'worksFromAny', spaceIds: [id] })).toThrow(/not an id/);
    },
  );
});
