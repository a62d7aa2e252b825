// Runs after the main suite (`npm test`): every statement the suite sent through
// a graph store, and every statement of the Neo4j adapter itself, must pass
// Neo4j 5's analyser with no error and no warning (deprecations included).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StatementMethod } from '../../graph/statementObservers.js';
import { CAPTURE_DIRECTORY } from './captureDirectory.js';
import { type AnalysedStatement, adapterStatements, analyse, asSentToNeo4j } from './neo4jAnalyser.js';

function capturedStatements(): AnalysedStatement[] {
  const files = readdirSync(CAPTURE_DIRECTORY).filter((f) => f.endsWith('.jsonl'));
  const byText = new Map<string, AnalysedStatement>();
  for (const file of files) {
    for (const line of readFileSync(path.join(CAPTURE_DIRECTORY, file), 'utf8').split('\n')) {
      if (!line) continue;
      const { method, cypher } = JSON.parse(line) as { method: StatementMethod; cypher: string };
      const sent = asSentToNeo4j(method, cypher);
      byText.set(sent, { origin: `captured (${method})`, cypher: sent });
    }
  }
  return [...byText.values()];
}

describe('Neo4j 5 analyser', () => {
  it('finds no error and no warning in any statement the suite sent or the adapter sends', async () => {
    const captured = capturedStatements();
    // The main suite sends several hundred distinct statements: a handful means it did not run first.
    expect(captured.length, 'run the main suite first (npm test runs it before this check)').toBeGreaterThan(
      200,
    );
    const statements = [...captured, ...(await adapterStatements())];
    const findings = analyse(statements);
    console.log(
      `Neo4j analyser: ${statements.length} statements (${captured.length} captured), ${findings.length} findings`,
    );
    expect(findings).toEqual([]);
  });
});
