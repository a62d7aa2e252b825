// `passerelle start`: the API (and, in embedded mode, the workers) in one
// process. On first run with an empty store it seeds the demo network.
import type { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import type { AppOptions } from '../../api/buildApp.js';
import type { Config } from '../../domain/config.js';
import { deploymentShape } from '../../domain/deploymentShape.js';
import type { ProgressListener } from '../../domain/progress.js';
import type { ServicesOptions } from '../../services/openServices.js';
import type { Services } from '../../services/services.js';
import type { WorkerPool } from '../../workers/jobQueue.js';
import type { CliContext } from '../cliContext.js';
import { terminalProgress } from '../progress.js';

export interface RunningServer {
  app: FastifyInstance;
  services: Services;
  url: string;
  close(): Promise<void>;
}

export interface StartOptions {
  onProgress?: ProgressListener;
  log?: (line: string) => void;
  /** Passed to buildApp (benchmarks raise the rate limit). */
  app?: AppOptions;
  /** Passed to openServices (tests give the Redis key prefix). */
  services?: ServicesOptions;
}

/** Opens the stores, seeds an empty graph, listens; resolves once the server accepts requests. */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  // The server's modules load here, in parallel, rather than when the CLI starts: the other
  // commands (and `--help`) do not pay for the API's schema and the stores' drivers.
  const [
    { buildApp },
    { closeServices, openServices },
    { demoSeedClock, ensureReferenceData, isEmpty, seedNetwork },
    { scheduleMaintenance },
    { prepareSearchIndex },
  ] = await Promise.all([
    import('../../api/buildApp.js'),
    import('../../services/openServices.js'),
    import('../../graph/seed/seedStore.js'),
    import('../../workers/maintenanceSchedule.js'),
    import('./reindex.js'),
  ]);
  const services = await openServices(config, options.services);
  try {
    if (await isEmpty(services.graph)) {
      if (config.SEED_MEMBERS > 0) {
        log(`Empty store: seeding the demo network (${config.SEED_MEMBERS} members, seed ${config.SEED})…`);
        const summary = await seedNetwork(
          services.graph,
          { members: config.SEED_MEMBERS, seed: config.SEED, now: demoSeedClock() },
          options.onProgress,
        );
        log(
          `Seeded ${summary.members} members and ${summary.projects} projects in ${summary.seconds.toFixed(1)} s.`,
        );
      } else {
        await ensureReferenceData(services.graph, options.onProgress);
      }
    }
    await prepareSearchIndex(services, options.onProgress, log);
    const app = await buildApp(services, options.app);
    const workers = await startEmbeddedWorkers(services, (error) =>
      app.log.error({ err: error }, 'job runner error'),
    );
    const maintenance = scheduleMaintenance(services.jobs, {
      onError: (error) => app.log.warn({ err: error }, 'could not ask for the maintenance jobs'),
    });
    const address = await app.listen({ host: config.HOST, port: config.PORT });
    const port = new URL(address).port;
    const url = `http://localhost:${port}`;
    return {
      app,
      services,
      url,
      async close() {
        maintenance.stop();
        await app.close();
        // Running jobs finish before the stores they write to close.
        await workers?.close({ drain: true });
        await closeServices(services);
      },
    };
  } catch (error) {
    await closeServices(services);
    throw error;
  }
}

/**
 * With an embedded store (or no Redis) the workers run in this process, on the
 * same stores, whatever the queue; only Neo4j + Meilisearch + Redis leaves the
 * jobs to `passerelle worker` processes (see domain/deploymentShape.ts).
 */
async function startEmbeddedWorkers(
  services: Services,
  onError: (error: Error) => void,
): Promise<WorkerPool | undefined> {
  if (!deploymentShape(services.config).workersInApi) return undefined;
  const [{ bindProcessors }, { buildProcessorDeps }] = await Promise.all([
    import('../../workers/processorMap.js'),
    import('../../workers/processorDependencies.js'),
  ]);
  const deps = buildProcessorDeps({
    graph: services.graph,
    events: services.events,
    taxonomy: services.taxonomy,
    search: () => services.search,
  });
  return services.jobs.startWorkers(bindProcessors(deps), { events: services.events, onError });
}

export function register(program: Command, context: CliContext): void {
  program
    .command('start')
    .description(
      'Run the API and the web app (embedded stores by default); seeds the demo network on first run',
    )
    .action(async () => {
      const config = context.config();
      const progress = terminalProgress();
      const server = await startServer(config, { onProgress: progress.listener }).finally(() =>
        progress.stop(),
      );
      process.stdout.write(
        `Passerelle is running at ${server.url}\n  GraphQL: ${server.url}/graphql${config.graphiql ? ' (GraphiQL in a browser)' : ''}\n`,
      );
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        server.app.log.info({ signal }, 'shutting down');
        server.close().then(
          () => process.exit(0),
          (error: unknown) => {
            server.app.log.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
}
