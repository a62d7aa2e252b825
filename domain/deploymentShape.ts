// Which engine serves each store, where the job workers run, and which
// combinations are refused. The one home of the embedded rule: Kùzu lets a
// single process open the graph, so with an embedded graph the API process runs
// every worker itself (on Redis too, which still gives durable jobs, retries,
// the queue board and pub/sub); separate `passerelle worker` processes need
// stores that every process reaches over the network (Neo4j and Meilisearch).
import type { Config } from './config.js';

export type GraphEngine = 'kuzu' | 'neo4j';
export type SearchEngine = 'sqlite' | 'meilisearch';
export type QueueEngine = 'in-process' | 'bullmq';

export interface DeploymentShape {
  graph: GraphEngine;
  search: SearchEngine;
  queue: QueueEngine;
  /** True when the API process must run the workers: nothing else can open its stores. */
  workersInApi: boolean;
}

type ShapeConfig = Pick<Config, 'NEO4J_URI' | 'MEILI_URL' | 'REDIS_URL'>;

export function deploymentShape(config: ShapeConfig): DeploymentShape {
  const graph: GraphEngine = config.NEO4J_URI ? 'neo4j' : 'kuzu';
  const search: SearchEngine = config.MEILI_URL ? 'meilisearch' : 'sqlite';
  const queue: QueueEngine = config.REDIS_URL ? 'bullmq' : 'in-process';
  return {
    graph,
    search,
    queue,
    workersInApi: queue === 'in-process' || graph === 'kuzu' || search === 'sqlite',
  };
}

export interface ShapeRefusal {
  /** The variable to configure. */
  variable: 'REDIS_URL' | 'NEO4J_URI' | 'MEILI_URL';
  message: string;
}

/** Why a separate `passerelle worker` process cannot run with this configuration, if it cannot. */
export function separateWorkerRefusal(config: ShapeConfig): ShapeRefusal | undefined {
  const shape = deploymentShape(config);
  if (shape.queue === 'in-process') {
    return {
      variable: 'REDIS_URL',
      message:
        'passerelle worker needs REDIS_URL (without Redis, `passerelle start` runs the workers inside the API)',
    };
  }
  if (shape.graph === 'kuzu') {
    return {
      variable: 'NEO4J_URI',
      message:
        'passerelle worker cannot open the embedded graph: Kùzu lets one process open it, and `passerelle start` ' +
        'already runs every worker inside the API (with Redis too). To run separate workers, set NEO4J_URI ' +
        '(and MEILI_URL) so that every process reaches the same stores.',
    };
  }
  if (shape.search === 'sqlite') {
    return {
      variable: 'MEILI_URL',
      message:
        'passerelle worker cannot update the embedded search index of the API process (a SQLite file on its ' +
        'host): set MEILI_URL so that the API and the workers share one Meilisearch index.',
    };
  }
  return undefined;
}
