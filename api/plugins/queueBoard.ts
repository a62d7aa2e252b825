// /admin/queues, for admins only (401 signed out, 403 signed in without the
// role): bull-board over the BullMQ queues when REDIS_URL is set; with the
// in-process runner, a small JSON view of the queues (job counts per state and
// the latest dead letters), since there is no Redis for bull-board to read.
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAdmin, isSignedIn } from '../../domain/policy/profileVisibility.js';
import { openRedis } from '../../messaging/redisConnection.js';
import type { JobQueue } from '../../workers/jobQueue.js';
import { QUEUE_NAMES } from '../../workers/queues.js';

export const QUEUE_BOARD_PATH = '/admin/queues';
const DEAD_LETTERS_SHOWN = 20;

export interface QueueBoardOptions {
  jobs: JobQueue;
  /** Needed with BullMQ: bull-board reads the queues through its own connection. */
  redisUrl?: string;
}

async function adminOnly(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const viewer = request.auth.viewer;
  if (!isSignedIn(viewer)) {
    await reply.code(401).send({ error: 'Sign in as an admin to see the queues' });
  } else if (!isAdmin(viewer)) {
    await reply.code(403).send({ error: 'Only admins can see the queues' });
  }
}

export async function queueBoardPlugin(app: FastifyInstance, opts: QueueBoardOptions): Promise<void> {
  app.addHook('preHandler', adminOnly);
  const { jobs } = opts;
  if (jobs.redisPrefix !== undefined && opts.redisUrl) {
    await mountBullBoard(app, opts.redisUrl, jobs.redisPrefix);
    app.get(`${QUEUE_BOARD_PATH}/workers`, () => jobs.workerCounts());
    return;
  }
  app.get(QUEUE_BOARD_PATH, async () => {
    const counts = await jobs.counts();
    const deadLetters = Object.fromEntries(
      await Promise.all(
        QUEUE_NAMES.map(async (queue) => {
          const failed = await jobs.deadLetters(queue, { limit: DEAD_LETTERS_SHOWN });
          return [queue, failed.map((job) => ({ id: job.id, error: job.error, finishedAt: job.finishedAt }))];
        }),
      ),
    );
    return { runner: jobs.kind, counts, workers: await jobs.workerCounts(), deadLetters };
  });
}

async function mountBullBoard(app: FastifyInstance, redisUrl: string, prefix: string): Promise<void> {
  const connection = openRedis(redisUrl, 'producer', 'passerelle-queue-board');
  connection.on('error', () => {});
  const queues = QUEUE_NAMES.map((name) => {
    const queue = new Queue(name, { connection, prefix });
    queue.on('error', () => {});
    return queue;
  });
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter });
  await app.register(serverAdapter.registerPlugin(), { prefix: QUEUE_BOARD_PATH });
  app.addHook('onClose', async () => {
    await Promise.allSettled(queues.map((queue) => queue.close()));
    await connection.quit().catch(() => {});
  });
}
