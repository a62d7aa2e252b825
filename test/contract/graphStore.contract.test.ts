// Runs the graph store contract on Kùzu (always, in a fresh temporary
// directory) and on Neo4j when NEO4J_URI points at a disposable database.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe } from 'vitest';
import { openKuzuGraphStore } from '../../graph/kuzu/kuzuGraphStore.js';
import { openNeo4jGraphStore } from '../../graph/neo4j/neo4jGraphStore.js';
import { graphStoreContract } from './graphStoreCases.js';

describe('Kùzu graph store', () => {
  graphStoreContract(async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'passerelle-graph-contract-'));
    const store = await openKuzuGraphStore({ directory, bufferPoolBytes: 256 * 2 ** 20 });
    return {
      store,
      async dispose() {
        await store.close();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  });
});

const neo4jUri = process.env.NEO4J_URI;
if (!neo4jUri) console.warn('Neo4j contract suite skipped: NEO4J_URI is not set');

describe.runIf(Boolean(neo4jUri))('Neo4j graph store', () => {
  graphStoreContract(async () => {
    const store = await openNeo4jGraphStore({
      uri: neo4jUri ?? '',
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    });
    // The suite needs an empty database: NEO4J_URI must point at a disposable one.
    await store.write('MATCH (n) DETACH DELETE n');
    return {
      store,
      async dispose() {
        await store.write('MATCH (n) DETACH DELETE n');
        await store.close();
      },
    };
  });
});
