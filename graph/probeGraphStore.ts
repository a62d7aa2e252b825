// What `passerelle doctor` says of the graph store: which engine the
// configuration selects, whether it answers, and the server's version.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Database } from 'kuzu';
import type { StoreProbe } from '../domain/storeProbe.js';
import { SUPPORTED_VERSIONS } from '../domain/supportedVersions.js';
import { KUZU_DATABASE_FILE } from './kuzu/kuzuGraphStore.js';
import { type GraphStoreConfig, graphDirectory, openGraphStore } from './openGraphStore.js';

export async function probeGraphStore(config: GraphStoreConfig): Promise<StoreProbe> {
  if (config.NEO4J_URI) return probeNeo4j(config);
  const where = graphDirectory(config);
  if (!existsSync(path.join(where, KUZU_DATABASE_FILE))) {
    // Opening would create it: say so instead, the first `passerelle start` creates and seeds it.
    return {
      store: 'graph',
      engine: 'Kùzu (embedded)',
      where,
      answers: true,
      version: Database.getVersion(),
      note: 'not created yet: the first `passerelle start` creates and seeds it',
    };
  }
  try {
    const store = await openGraphStore(config);
    const answers = await store.ping();
    await store.close();
    return { store: 'graph', engine: 'Kùzu (embedded)', where, answers, version: Database.getVersion() };
  } catch (error) {
    return {
      store: 'graph',
      engine: 'Kùzu (embedded)',
      where,
      answers: false,
      version: Database.getVersion(),
      problem: `${(error as Error).message} (a running server holds the embedded database: stop it, or ask its /ready)`,
    };
  }
}

async function probeNeo4j(config: GraphStoreConfig): Promise<StoreProbe> {
  const uri = config.NEO4J_URI as string;
  // The driver loads only when Neo4j is configured (`passerelle doctor` on Kùzu does not pay for it).
  const { default: neo4j } = await import('neo4j-driver');
  const driver = neo4j.driver(uri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD));
  const rule = SUPPORTED_VERSIONS.neo4j;
  try {
    const info = await driver.getServerInfo({ database: config.NEO4J_DATABASE });
    const version = (info.agent ?? '').replace(/^Neo4j\//i, '');
    return {
      store: 'graph',
      engine: 'Neo4j',
      where: uri,
      answers: true,
      version,
      needs: rule.needs,
      ...(rule.accepts(version)
        ? {}
        : { problem: `Neo4j ${version} is not supported: Passerelle needs ${rule.needs}` }),
    };
  } catch (error) {
    return {
      store: 'graph',
      engine: 'Neo4j',
      where: uri,
      answers: false,
      needs: rule.needs,
      problem: (error as Error).message,
    };
  } finally {
    await driver.close();
  }
}
