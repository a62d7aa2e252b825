// The dependencies of a `passerelle worker` process, built from the
// configuration: the graph store, and the processors that can run on it today
// (member import, collaboration-graph recomputation). Queues whose processors
// need parts this deployment does not have yet (search sync, suggestions,
// digest) get no processor, so this process does not take their jobs.
import { importMemberFile } from '../graph/import/importMembers.js';
import { openGraphStore } from '../graph/openGraphStore.js';
import type { ProcessorDeps } from '../workers/processorMap.js';
import type { WorkerDepsFactory } from '../workers/runWorkerProcess.js';

export const openWorkerDeps: WorkerDepsFactory = async (config) => {
  const graph = await openGraphStore(config);
  try {
    await graph.migrate();
  } catch (error) {
    await graph.close();
    throw error;
  }
  const deps: ProcessorDeps = {
    import: {
      importer: (source, onProgress, signal) => importMemberFile(graph, source, { onProgress, signal }),
    },
    collaborationGraph: { graph },
  };
  return { deps, close: () => graph.close() };
};
