import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build (no "exports" field); Vite would pick the .mjs one
    // for our files while Pothos and Yoga get the CommonJS one: two realms. Use one, like Node.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', 'data/**', 'web/dist/**'],
    // Kùzu and SQLite tests open real databases on disk; two cores, so two workers.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    // Every Cypher statement the suite sends is captured for Neo4j's analyser (test/cypher/).
    globalSetup: ['test/cypher/captureStatements.globalSetup.ts'],
    setupFiles: ['test/cypher/captureStatements.setup.ts'],
    hookTimeout: 120_000,
  },
});
