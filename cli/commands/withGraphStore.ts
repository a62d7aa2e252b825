// Commands that touch the graph open it from the configuration, bring its
// schema up to date (safe at every start), and close it whatever happens.
import type { Config } from '../../domain/config.js';
import type { GraphStore } from '../../graph/graphStore.js';
import { openGraphStore } from '../../graph/openGraphStore.js';

export async function withGraphStore<T>(config: Config, work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openGraphStore(config);
  try {
    await store.migrate();
    return await work(store);
  } finally {
    await store.close();
  }
}
