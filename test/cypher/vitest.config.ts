// The Neo4j analyser check runs on its own, after the main suite has captured its statements.
import { defineConfig } from 'vitest/config';
import main from '../../vitest.config.js';

export default defineConfig({
  resolve: main.resolve,
  test: { include: ['test/cypher/neo4jAnalyser.check.ts'], pool: 'forks', testTimeout: 120_000 },
});
