// The worker's dependencies on a real embedded store: the import,
// collaboration-graph, search-sync and suggestions queues get processors, the others none.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../domain/config.js';
import { openEventBus } from '../messaging/events/openEventBus.js';
import { directJob } from '../workers/directJob.js';
import { openJobQueue } from '../workers/openJobQueue.js';
import { bindProcessors } from '../workers/processorMap.js';
import { openWorkerDeps } from './workerDeps.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-worker-deps-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('openWorkerDeps', () => {
  it('serves import and collaboration-graph jobs from the configured graph', async () => {
    const config = loadConfig({ DATA_DIR: dataDir, NODE_ENV: 'test' });
    const services = { jobQueue: openJobQueue(config), events: openEventBus(config) };
    const runtime = await openWorkerDeps(config, services);
    try {
      const processors = bindProcessors(runtime.deps);
      // Suggestions too, since solvers are registered in buildProcessorDeps.
      expect(Object.keys(processors).sort()).toEqual([
        'collaboration-graph',
        'import',
        'maintenance',
        'search-sync',
        'suggestions',
      ]);

      const csv = path.join(dataDir, 'members.csv');
      writeFileSync(
        csv,
        'externalId,name,email\nW1,Wiebke Maes,wiebke@example.org\nW2,Tom Claes,tom@example.org\n',
      );
      const job = directJob('import', { source: csv, format: 'csv', contentHash: 'abcdefgh12' });
      expect(await processors.import!(job)).toEqual({ created: 2, updated: 0, unchanged: 0 });
      expect(await processors.import!(job)).toEqual({ created: 0, updated: 0, unchanged: 2 });

      const recompute = await processors['collaboration-graph']!(directJob('collaboration-graph', {}));
      expect(recompute).toMatchObject({ pairs: 0, created: 0 });
    } finally {
      await runtime.close();
      await services.jobQueue.close();
      await services.events.close();
    }
  });
});
