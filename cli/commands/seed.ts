// `passerelle seed [--members N] [--seed S] [--reset]`: fills the graph with the
// deterministic synthetic network (the real reference data plus generated
// members). A store that already holds data is left alone unless `--reset`,
// which empties it first: the Kùzu directory is deleted, Neo4j's nodes are
// deleted in batches (its schema and migration records stay).
import { rmSync } from 'node:fs';
import type { Command } from 'commander';
import type { Config } from '../../domain/config.js';
import { ConflictError } from '../../domain/errors.js';
import type { GraphStore } from '../../graph/graphStore.js';
import { graphDirectory } from '../../graph/openGraphStore.js';
import { deleteAllNodes } from '../../graph/seed/deleteAllNodes.js';
import type { SeedSummary } from '../../graph/seed/seedStore.js';
import type { CliContext } from '../cliContext.js';
import { terminalProgress } from '../progress.js';
import { printJson } from './printJson.js';
import { wholeNumber } from './wholeNumber.js';
import { withGraphStore } from './withGraphStore.js';

export interface SeedCommandOptions {
  members?: number;
  seed?: number;
  reset?: boolean;
}

/**
 * The buffer pool while seeding, at most: a 100k-member graph is ~125 MB on disk, and every page COPY
 * touches stays resident until the process ends, so a larger pool only adds to the peak (issue 19).
 */
const SEED_BUFFER_POOL_MB = 256;

function seedingConfig(config: Config): Config {
  return { ...config, GRAPH_BUFFER_POOL_MB: Math.min(config.GRAPH_BUFFER_POOL_MB, SEED_BUFFER_POOL_MB) };
}

export async function seedCommand(config: Config, options: SeedCommandOptions): Promise<SeedSummary> {
  // Loaded when seeding, not at the CLI's start (`--help` need not load the generator).
  const { countMembers, demoSeedClock, isEmpty, seedNetwork } = await import('../../graph/seed/seedStore.js');
  const seedOptions = {
    members: options.members ?? config.SEED_MEMBERS,
    seed: options.seed ?? config.SEED,
    now: demoSeedClock(),
  };
  const progress = terminalProgress();
  // An empty store is checked and seeded in one opening: a Kùzu database opened and closed before
  // keeps its ~150 MB of native memory in the process, on top of the seed's peak (issue 19).
  const seedIfEmpty = async (store: GraphStore): Promise<SeedSummary | number> =>
    (await isEmpty(store)) ? seedNetwork(store, seedOptions, progress.listener) : countMembers(store);
  try {
    const outcome = await withGraphStore(seedingConfig(config), seedIfEmpty);
    if (typeof outcome !== 'number') return outcome;
    if (!options.reset) {
      throw new ConflictError(
        `the graph at ${storeLocation(config)} already holds data (${outcome} members); ` +
          'pass --reset to delete everything in it and seed again',
      );
    }
    await emptyGraph(config);
    return await withGraphStore(seedingConfig(config), (store) =>
      seedNetwork(store, seedOptions, progress.listener),
    );
  } finally {
    progress.stop();
  }
}

async function emptyGraph(config: Config): Promise<void> {
  if (!config.NEO4J_URI) {
    rmSync(graphDirectory(config), { recursive: true, force: true });
    return;
  }
  await withGraphStore(config, (store) => deleteAllNodes(store));
}

function storeLocation(config: Config): string {
  return config.NEO4J_URI ?? graphDirectory(config);
}

export function register(program: Command, context: CliContext): void {
  program
    .command('seed')
    .description(
      'Fill the graph with the synthetic demo network (real spaces, filières and skills, generated members)',
    )
    .option('--members <n>', 'members to generate (default: SEED_MEMBERS)', wholeNumber('--members', 0))
    .option(
      '--seed <s>',
      'random seed (default: SEED); the same seed gives the same network',
      wholeNumber('--seed'),
    )
    .option('--reset', 'delete everything in the graph first')
    .action(async (options: SeedCommandOptions) => {
      const summary = await seedCommand(context.config(), options);
      printJson(summary);
      process.stderr.write(
        `passerelle seed: ${summary.members} members and ${summary.relationships.total} relationships ` +
          `in ${summary.seconds.toFixed(1)} s\n`,
      );
    });
}
