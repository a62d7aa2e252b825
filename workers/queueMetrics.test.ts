import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { InProcessJobQueue } from './inProcess/inProcessJobQueue.js';
import { registerQueueMetrics } from './queueMetrics.js';

const job = (n: number) => ({
  source: `/data/${n}.csv`,
  format: 'csv' as const,
  contentHash: `content-${n}-hash`,
});

describe('registerQueueMetrics', () => {
  it('exposes jobs per queue and state, and counts completed and dead-lettered jobs', async () => {
    const registry = new Registry();
    const queue = new InProcessJobQueue({ settings: { import: { attempts: 1 } } });
    const stop = await registerQueueMetrics(registry, queue);
    const finished = new Promise<void>((resolve) => {
      let n = 0;
      const count = () => {
        if (++n === 2) resolve();
      };
      void queue.on('completed', count);
      void queue.on('failed', count);
    });
    await queue.enqueue('import', job(1));
    await queue.enqueue('import', job(2));
    await queue.enqueue('digest', { week: '2025-W07' });
    await queue.startWorkers({
      import: async (j) => {
        if (j.data.contentHash === 'content-2-hash') throw new Error('bad file');
        return null;
      },
    });
    await finished;
    const text = await registry.metrics();
    expect(text).toContain('passerelle_jobs{queue="import",state="completed"} 1');
    expect(text).toContain('passerelle_jobs{queue="import",state="failed"} 1');
    expect(text).toContain('passerelle_jobs{queue="digest",state="waiting"} 1');
    expect(text).toContain('passerelle_jobs_completed_total{queue="import"} 1');
    expect(text).toContain('passerelle_jobs_dead_lettered_total{queue="import"} 1');
    expect(text).toContain('passerelle_jobs_dead_lettered_total{queue="suggestions"} 0');
    expect(text).toContain('passerelle_job_queue_up{runner="in-process"} 1');
    stop();
    await queue.close();
  });
});
