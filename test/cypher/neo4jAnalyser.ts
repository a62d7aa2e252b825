// Neo4j 5's own parser and semantic analysis (@neo4j-cypher/language-support,
// with the Neo4j 5 function list) over the statements Passerelle would send to
// Neo4j: what the suite captured at the graph port, translated the way the Neo4j
// adapter translates them, plus the adapter's bootstrap, migrations and bulk load.
import { isNotParamError, lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import { APPLIED_VERSIONS, RECORD_VERSION } from '../../graph/migrations/migration.js';
import { NEO4J_BOOTSTRAP, NEO4J_MIGRATIONS } from '../../graph/migrations/neo4jMigrations.js';
import { neo4jBulkLoad } from '../../graph/neo4j/neo4jBulkLoad.js';
import { keyedReadStatement } from '../../graph/neo4j/neo4jKeyedRead.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import type { StatementMethod } from '../../graph/statementObservers.js';

export interface AnalysedStatement {
  origin: string;
  cypher: string;
}

export interface AnalyserFinding {
  origin: string;
  cypher: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
}

const SEVERITIES = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' } as const;

/** Labels, types and properties are left unknown so that only Cypher itself is judged (no live schema here). */
const NEO4J_5 = {
  functions: testData.mockSchema.functions,
  procedures: testData.mockSchema.procedures,
  defaultLanguage: 'CYPHER 5' as const,
};

/** The statement the Neo4j adapter sends for a statement given to the port by `method`. */
export function asSentToNeo4j(method: StatementMethod, cypher: string): string {
  return method === 'readByKeys' ? keyedReadStatement(cypher) : cypher;
}

/** Errors and warnings of Neo4j 5's analyser; parameters are not declared, so their errors are ignored. */
export function analyse(statements: readonly AnalysedStatement[]): AnalyserFinding[] {
  return statements.flatMap(({ origin, cypher }) =>
    lintCypherQuery(cypher, NEO4J_5)
      .diagnostics.map((d) => ({
        origin,
        cypher,
        severity: SEVERITIES[d.severity ?? 1],
        message: typeof d.message === 'string' ? d.message : d.message.value,
      }))
      .filter((finding) => isNotParamError(finding)),
  );
}

/** The statements the Neo4j adapter sends by itself: bootstrap, migrations, version records, bulk load. */
export async function adapterStatements(): Promise<AnalysedStatement[]> {
  const statements: AnalysedStatement[] = [
    { origin: 'neo4j bootstrap', cypher: NEO4J_BOOTSTRAP },
    { origin: 'migration versions', cypher: APPLIED_VERSIONS },
    { origin: 'migration versions', cypher: RECORD_VERSION },
  ];
  for (const migration of NEO4J_MIGRATIONS) {
    for (const cypher of migration.statements)
      statements.push({ origin: `migration ${migration.version}`, cypher });
  }
  const bulk = new Set<string>();
  await neo4jBulkLoad(
    async (cypher) => {
      bulk.add(cypher);
    },
    generateNetwork({ members: 30, seed: 1 }),
    () => {},
  );
  for (const cypher of bulk) statements.push({ origin: 'neo4j bulk load', cypher });
  return statements;
}
