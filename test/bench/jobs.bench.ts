// Job throughput and live-update latency.
// - jobs/s through BullMQ (Redis at REDIS_URL or 127.0.0.1:6379) for a no-op job
//   and for a search-sync-shaped job (the real searchSync processor over a port
//   that builds and serialises 200 member documents per run), with the in-process
//   runner as the baseline, in the same run;
// - publish → subscriber latency on the Redis event bus (two instances);
// - end to end: enqueue (what a mutation does) → worker → `jobProgress` event
//   "completed" received by a subscriber on another bus instance.
// Producer, worker and subscriber share this process (and the machine's 2 cores with Redis).

import { topics } from '../../messaging/events/eventBus.js';
import { RedisEventBus } from '../../messaging/events/redisEventBus.js';
import { BullmqJobQueue } from '../../workers/bullmq/bullmqJobQueue.js';
import { InProcessJobQueue } from '../../workers/inProcess/inProcessJobQueue.js';
import type { JobProcessor, JobQueue } from '../../workers/jobQueue.js';
import { searchSync } from '../../workers/processors/searchSync.js';
import type { QueueSettingsOverrides } from '../../workers/queues.js';
import { deleteKeysWithPrefix, TEST_REDIS_URL, uniquePrefix } from '../chaos/support/redis.js';
import { percentiles, timeMs, trackPeakRss, writeResult } from './harness.js';

const NOOP_JOBS = 3000;
const SYNC_JOBS = 1000;
const LATENCY_SAMPLES = 500;
const END_TO_END_SAMPLES = 200;
const CONCURRENCY = 8;

const settings: QueueSettingsOverrides = {
  import: { concurrency: CONCURRENCY, rateLimit: null },
  'search-sync': { concurrency: CONCURRENCY, rateLimit: null },
};

/** What a search sync does per run, shaped: build documents from rows, serialise them for the index. */
async function simulatedSync(): Promise<{ upserted: number; removed: number }> {
  const documents = Array.from({ length: 200 }, (_, i) => ({
    id: `m_${i}`,
    name: `Member ${i}`,
    skills: ['ceramics', 'woodwork', 'interior-design'].slice(0, 1 + (i % 3)),
    city: i % 2 ? 'Lille' : 'Gent',
    lat: 50.6 + i / 1e4,
    lon: 3.06 + i / 1e4,
  }));
  const payload = JSON.stringify(documents);
  await new Promise((resolve) => setImmediate(resolve));
  return { upserted: documents.length, removed: payload.length > 0 ? 0 : 1 };
}

const processors = {
  noop: { import: (async () => null) as JobProcessor<'import'> },
  sync: {
    'search-sync': ((job) =>
      searchSync(job, { search: { syncOnce: simulatedSync } })) as JobProcessor<'search-sync'>,
  },
};

async function throughput(queue: JobQueue, kind: 'noop' | 'sync', count: number) {
  let completed = 0;
  let resolveAll: () => void = () => {};
  const all = new Promise<void>((resolve) => {
    resolveAll = resolve;
  });
  const off = await queue.on('completed', () => {
    if (++completed === count) resolveAll();
  });
  const enqueue = await timeMs(async () => {
    const batch: Promise<unknown>[] = [];
    for (let i = 0; i < count; i++) {
      batch.push(
        kind === 'noop'
          ? queue.enqueue('import', {
              source: `/bench/${i}.csv`,
              format: 'csv',
              contentHash: `bench-hash-${i}`,
            })
          : queue.enqueue('search-sync', { window: i * 1000 }),
      );
      if (batch.length === 100) await Promise.all(batch.splice(0));
    }
    await Promise.all(batch);
  });
  const processing = await timeMs(async () => {
    const pool = await queue.startWorkers(processors[kind]);
    await all;
    await pool.close();
  });
  off();
  const round = (x: number) => Math.round(x);
  return {
    jobs: count,
    enqueuePerSecond: round((count / enqueue.ms) * 1000),
    processedPerSecond: round((count / processing.ms) * 1000),
    enqueueMs: enqueue.ms,
    processingMs: processing.ms,
  };
}

async function runnerThroughput(open: () => { queue: JobQueue; cleanup: () => Promise<void> }) {
  const result: Record<string, unknown> = {};
  for (const [kind, count] of [
    ['noop', NOOP_JOBS],
    ['sync', SYNC_JOBS],
  ] as const) {
    const { queue, cleanup } = open();
    result[kind] = await throughput(queue, kind, count);
    await queue.close();
    await cleanup();
  }
  return result;
}

async function busLatency(prefix: string) {
  const publisher = new RedisEventBus({ url: TEST_REDIS_URL, channelPrefix: prefix });
  const subscriber = new RedisEventBus({ url: TEST_REDIS_URL, channelPrefix: prefix });
  const topic = topics.bid('bid_bench');
  const subscription = subscriber.subscribe(topic);
  await subscription.ready;
  const samples: number[] = [];
  for (let i = 0; i < LATENCY_SAMPLES; i++) {
    const start = performance.now();
    await publisher.publish(topic, { bidId: 'bid_bench', status: 'inviting', updatedAt: i });
    await subscription.next();
    samples.push(performance.now() - start);
  }
  await subscription.return();
  await Promise.all([publisher.close(), subscriber.close()]);
  return percentiles(samples);
}

async function endToEnd(prefix: string) {
  const queue = new BullmqJobQueue({ url: TEST_REDIS_URL, prefix, settings });
  const workerBus = new RedisEventBus({ url: TEST_REDIS_URL, channelPrefix: prefix });
  const apiBus = new RedisEventBus({ url: TEST_REDIS_URL, channelPrefix: prefix });
  const pool = await queue.startWorkers(processors.noop, { events: workerBus });
  const samples: number[] = [];
  for (let i = 0; i < END_TO_END_SAMPLES; i++) {
    const payload = { source: `/e2e/${i}.csv`, format: 'csv' as const, contentHash: `e2e-hash-${i}` };
    // The API subscribes (jobProgress(id)) before the mutation returns the job id.
    const id = `import/e2e-${i}`;
    const subscription = apiBus.subscribe(topics.jobProgress(id));
    await subscription.ready;
    const start = performance.now();
    await queue.enqueue('import', payload, { jobId: `e2e-${i}` });
    for await (const event of subscription) if (event.state === 'completed') break;
    samples.push(performance.now() - start);
  }
  await pool.close();
  await queue.close();
  await Promise.all([workerBus.close(), apiBus.close()]);
  return percentiles(samples);
}

const rss = trackPeakRss();
const prefixes: string[] = [];
const bullmq = () => {
  const prefix = uniquePrefix('bench');
  prefixes.push(prefix);
  return {
    queue: new BullmqJobQueue({ url: TEST_REDIS_URL, prefix, settings }) as JobQueue,
    cleanup: async () => void (await deleteKeysWithPrefix(prefix)),
  };
};
const inProcess = () => ({ queue: new InProcessJobQueue({ settings }) as JobQueue, cleanup: async () => {} });

try {
  const bullmqThroughput = await runnerThroughput(bullmq);
  const inProcessThroughput = await runnerThroughput(inProcess);
  const busPrefix = uniquePrefix('bench');
  prefixes.push(busPrefix);
  const redisBusLatencyMs = await busLatency(busPrefix);
  const endToEndPrefix = uniquePrefix('bench');
  prefixes.push(endToEndPrefix);
  const enqueueToSubscriptionEventMs = await endToEnd(endToEndPrefix);
  writeResult('jobs', {
    concurrency: CONCURRENCY,
    note: 'producer, worker and subscribers in one process; sync = searchSync processor over a port building and serialising 200 documents',
    bullmq: bullmqThroughput,
    inProcess: inProcessThroughput,
    redisBusLatencyMs,
    enqueueToSubscriptionEventMs,
    peakRssMiB: rss.stop(),
  });
} finally {
  for (const prefix of prefixes) await deleteKeysWithPrefix(prefix);
}
