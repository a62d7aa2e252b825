// The analyser itself: it must catch what Neo4j 5 refuses or deprecates, and the
// adapter's own statements (bootstrap, migrations, bulk load) must pass it.
import { describe, expect, it } from 'vitest';
import { adapterStatements, analyse, asSentToNeo4j } from './neo4jAnalyser.js';

describe('Neo4j 5 analyser', () => {
  it('reports a syntax error, an unknown function, a deprecation and a cartesian product', () => {
    const findings = analyse([
      { origin: 'syntax', cypher: 'MATCH (m:Member) WHERE m.x ~ 1 RETURN m' },
      { origin: 'function', cypher: 'MATCH (m:Member) RETURN toLowerr(m.name)' },
      { origin: 'deprecated', cypher: 'UNWIND [1] AS i CALL { WITH i RETURN i AS j } RETURN j' },
      { origin: 'cartesian', cypher: 'MATCH (a:Member), (b:Skill) RETURN a, b' },
    ]);
    expect(new Set(findings.map((f) => f.origin))).toEqual(
      new Set(['syntax', 'function', 'deprecated', 'cartesian']),
    );
  });

  it('accepts parameters without declaring them', () => {
    expect(analyse([{ origin: 'p', cypher: 'MATCH (m:Member {id: $id}) RETURN m.name AS name' }])).toEqual(
      [],
    );
  });

  it('passes the keyed-read translation the Neo4j adapter sends for readByKeys', () => {
    const sent = asSentToNeo4j('readByKeys', 'MATCH (m:Member {id: $key}) RETURN m.name AS name');
    expect(sent).toContain('CALL (');
    expect(analyse([{ origin: 'keyed', cypher: sent }])).toEqual([]);
  });

  it('passes the adapter’s bootstrap, migrations and bulk load statements', async () => {
    const statements = await adapterStatements();
    expect(statements.length).toBeGreaterThan(30);
    expect(analyse(statements)).toEqual([]);
  });
});
