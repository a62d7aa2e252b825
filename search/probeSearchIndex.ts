// What `passerelle doctor` says of the search index: which engine the
// configuration selects, whether it answers, and its version.
import Database from 'better-sqlite3';
import type { Config } from '../domain/config.js';
import type { StoreProbe } from '../domain/storeProbe.js';
import { SUPPORTED_VERSIONS } from '../domain/supportedVersions.js';
import { sqliteSearchFile } from './openSearchIndex.js';

export async function probeSearchIndex(
  config: Pick<Config, 'DATA_DIR' | 'MEILI_URL' | 'MEILI_API_KEY'>,
): Promise<StoreProbe> {
  if (config.MEILI_URL) return probeMeilisearch(config.MEILI_URL, config.MEILI_API_KEY);
  const where = sqliteSearchFile(config);
  // An in-memory database tells the library's SQLite version and whether FTS5 is compiled in,
  // without touching (or locking) the index file of a running server.
  const db = new Database(':memory:');
  try {
    const { version } = db.prepare('SELECT sqlite_version() AS version').get() as { version: string };
    db.exec('CREATE VIRTUAL TABLE probe USING fts5(text)');
    return { store: 'search', engine: 'SQLite FTS5 (embedded)', where, answers: true, version };
  } catch (error) {
    return {
      store: 'search',
      engine: 'SQLite FTS5 (embedded)',
      where,
      answers: false,
      problem: `SQLite without FTS5: ${(error as Error).message}`,
    };
  } finally {
    db.close();
  }
}

async function probeMeilisearch(url: string, apiKey: string): Promise<StoreProbe> {
  const rule = SUPPORTED_VERSIONS.meilisearch;
  const base = { store: 'search' as const, engine: 'Meilisearch', where: url, needs: rule.needs };
  try {
    // The client loads only when Meilisearch is configured.
    const { Meilisearch } = await import('meilisearch');
    const { pkgVersion } = await new Meilisearch({ host: url, apiKey }).getVersion();
    return {
      ...base,
      answers: true,
      version: pkgVersion,
      ...(rule.accepts(pkgVersion)
        ? {}
        : { problem: `Meilisearch ${pkgVersion} is not supported: Passerelle needs ${rule.needs}` }),
    };
  } catch (error) {
    return { ...base, answers: false, problem: (error as Error).message };
  }
}
