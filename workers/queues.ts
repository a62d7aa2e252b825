// The queues, the payload each one carries (validated with zod at enqueue and
// again when a worker picks the job up), deterministic job ids, and per-queue
// settings. Both runners (BullMQ and in-process) read everything from here.
//
// Job ids are "<queue>/<parts…>/<hash>": deterministic, so the same request
// enqueued twice is one job (idempotency), readable in dashboards, and the
// queue of any job id is its first segment.
import { z } from 'zod';
import { epochMsSchema } from '../domain/entities/common.js';
import { idSchema } from '../domain/ids.js';
import { payloadHash } from './payloadHash.js';

/**
 * A version of the inputs, chosen by the caller (e.g. the tender's `updatedAt`):
 * the same request with the same revision reuses the job (and its result); a new
 * revision computes again.
 */
const revision = z.string().min(1).max(128).optional();

export const searchSyncPayloadSchema = z.object({
  /**
   * Start (epoch ms) of the debounce window the writes fell in: every write of a
   * window is covered by one sync, delayed until the window closes (see searchSyncRequest).
   */
  window: epochMsSchema,
});

export const teamSuggestionsPayloadSchema = z.object({
  kind: z.literal('team'),
  requestedBy: idSchema,
  tenderId: idSchema,
  k: z.number().int().min(1, 'must be at least 1').max(10, 'must be at most 10').default(3),
  maxTeamSize: z.number().int().min(1).max(100).nullable().default(null),
  mustInclude: z.array(idSchema).max(20).default([]),
  exclude: z.array(idSchema).max(500).default([]),
  /** Keep `team` and find a replacement for `member` (someone dropped out). */
  replace: z
    .object({ team: z.array(idSchema).min(1).max(100), member: idSchema })
    .nullable()
    .default(null),
  revision,
});

export const mentorSuggestionsPayloadSchema = z
  .object({
    kind: z.literal('mentor'),
    requestedBy: idSchema,
    /** Rank mentors for this mentee; null for a round. */
    menteeId: idSchema.nullable().default(null),
    /** Run a matching pass of this mentoring round (every request in its scope); null for one mentee. */
    roundId: idSchema.nullable().default(null),
    limit: z.number().int().min(1).max(20).default(5),
    revision,
  })
  .refine((p) => (p.menteeId === null) !== (p.roundId === null), {
    message: 'give either a menteeId or a roundId',
    path: ['menteeId'],
  });

export const filiereSuggestionsPayloadSchema = z.object({
  kind: z.literal('filiere'),
  requestedBy: idSchema,
  /** Members to invite into this filière; null: propose new filières from communities of the whole network. */
  filiereId: idSchema.nullable(),
  resolution: z.number().positive('must be positive').max(10).default(1),
  revision,
});

export const peerSuggestionsPayloadSchema = z.object({
  kind: z.literal('peer'),
  requestedBy: idSchema,
  memberId: idSchema,
  limit: z.number().int().min(1).max(50).default(10),
  revision,
});

export const suggestionsPayloadSchema = z.discriminatedUnion('kind', [
  teamSuggestionsPayloadSchema,
  mentorSuggestionsPayloadSchema,
  filiereSuggestionsPayloadSchema,
  peerSuggestionsPayloadSchema,
]);

export const importPayloadSchema = z.object({
  /** Path of the file, readable by the worker. */
  source: z.string().min(1).max(4096),
  format: z.enum(['csv', 'json']),
  /** A hash of the file's content: the same content imported twice runs once. */
  contentHash: z.string().regex(/^[A-Za-z0-9_-]{8,128}$/, 'must be 8 to 128 url-safe characters'),
  requestedBy: idSchema.nullable().default(null),
});

export const collaborationGraphPayloadSchema = z.object({
  /** Recompute only the pairs involving these members; null: the whole network. */
  memberIds: z.array(idSchema).min(1).max(10_000).nullable().default(null),
  revision,
});

export const digestPayloadSchema = z.object({
  /** ISO week, e.g. "2025-W07": one digest per week, whatever how often it is requested. */
  week: z.string().regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, 'must be an ISO week such as 2025-W07'),
});

/** Housekeeping run once per slot (an hour) whatever the number of API instances asking for it. */
export const MAINTENANCE_TASKS = ['purge-expired-sessions'] as const;
export const maintenancePayloadSchema = z.object({
  task: z.enum(MAINTENANCE_TASKS),
  /** The hour the run belongs to, e.g. "2026-12-02T06": one run per task and slot. */
  slot: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}$/, 'must be an hour such as 2026-12-02T06'),
});

export const payloadSchemas = {
  'search-sync': searchSyncPayloadSchema,
  suggestions: suggestionsPayloadSchema,
  import: importPayloadSchema,
  'collaboration-graph': collaborationGraphPayloadSchema,
  digest: digestPayloadSchema,
  maintenance: maintenancePayloadSchema,
} as const;

export type QueueName = keyof typeof payloadSchemas;
export const QUEUE_NAMES = Object.keys(payloadSchemas) as QueueName[];
/** A payload as stored and given to processors (defaults filled in). */
export type JobPayload<Q extends QueueName> = z.output<(typeof payloadSchemas)[Q]>;
/** A payload as callers write it (defaults may be left out). */
export type JobPayloadInput<Q extends QueueName> = z.input<(typeof payloadSchemas)[Q]>;
export type SuggestionsPayload = JobPayload<'suggestions'>;
export type SuggestionJobKind = SuggestionsPayload['kind'];

/** Queues the API enqueues on: a deployment where one has no worker leaves its jobs waiting. */
export const API_QUEUES: readonly QueueName[] = [
  'search-sync',
  'suggestions',
  'import',
  'collaboration-graph',
];

export function isQueueName(name: string): name is QueueName {
  return Object.hasOwn(payloadSchemas, name);
}

/** Id parts may hold ":" (allowed in our ids, not in BullMQ's) and "/" (our separator): encode them. */
function part(value: string): string {
  return encodeURIComponent(value);
}

const jobIdBuilders: { [Q in QueueName]: (payload: JobPayload<Q>) => string } = {
  'search-sync': (p) => `search-sync/${p.window}`,
  suggestions: (p) => {
    const subject =
      p.kind === 'team'
        ? p.tenderId
        : p.kind === 'mentor'
          ? (p.menteeId ?? `round:${p.roundId}`)
          : p.kind === 'peer'
            ? p.memberId
            : (p.filiereId ?? 'all');
    return `suggestions/${p.kind}/${part(subject)}/${payloadHash(p)}`;
  },
  import: (p) => `import/${payloadHash({ format: p.format, contentHash: p.contentHash })}`,
  'collaboration-graph': (p) => `collaboration-graph/${p.memberIds ? 'members' : 'all'}/${payloadHash(p)}`,
  digest: (p) => `digest/${p.week}`,
  maintenance: (p) => `maintenance/${p.task}/${p.slot}`,
};

/** The deterministic id of a job: the same (parsed) payload always gives the same id. */
export function jobIdFor<Q extends QueueName>(queue: Q, payload: JobPayload<Q>): string {
  return (jobIdBuilders[queue] as (payload: JobPayload<Q>) => string)(payload);
}

/** A caller-chosen id, made unique across queues and safe for BullMQ. */
export function qualifyJobId(queue: QueueName, jobId: string): string {
  return jobId.startsWith(`${queue}/`) ? jobId : `${queue}/${part(jobId)}`;
}

/** The queue a job id belongs to, or undefined for an id no queue made. */
export function queueOfJobId(id: string): QueueName | undefined {
  const name = id.slice(0, id.indexOf('/'));
  return isQueueName(name) ? name : undefined;
}

export interface RateLimit {
  /** At most `max` jobs start per `durationMs`, across all workers of the queue. */
  max: number;
  durationMs: number;
}

export interface QueueSettings {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Delay before the first retry; doubled at each further retry (exponential backoff). */
  backoffMs: number;
  /** Jobs processed at once by one worker process. */
  concurrency: number;
  rateLimit: RateLimit | null;
  /** Completed jobs are kept this long (and at most this many): the idempotency window of their ids. */
  keepCompleted: { ageMs: number; count: number };
  /** Dead letters kept (newest first). */
  keepFailed: { count: number };
}

const DAY_MS = 24 * 3600 * 1000;

export const defaultQueueSettings: Record<QueueName, QueueSettings> = {
  // One sync at a time: it advances a watermark, concurrent runs would only race.
  'search-sync': {
    attempts: 8,
    backoffMs: 1000,
    concurrency: 1,
    rateLimit: null,
    keepCompleted: { ageMs: DAY_MS, count: 2000 },
    keepFailed: { count: 1000 },
  },
  // Solving is CPU-bound; two cores are shared with the API.
  suggestions: {
    attempts: 3,
    backoffMs: 2000,
    concurrency: 2,
    rateLimit: { max: 20, durationMs: 1000 },
    keepCompleted: { ageMs: DAY_MS, count: 5000 },
    keepFailed: { count: 5000 },
  },
  import: {
    attempts: 3,
    backoffMs: 5000,
    concurrency: 1,
    rateLimit: null,
    keepCompleted: { ageMs: 30 * DAY_MS, count: 1000 },
    keepFailed: { count: 1000 },
  },
  'collaboration-graph': {
    attempts: 3,
    backoffMs: 5000,
    concurrency: 1,
    rateLimit: null,
    keepCompleted: { ageMs: DAY_MS, count: 1000 },
    keepFailed: { count: 1000 },
  },
  // Mail providers throttle: a few digests a second at most.
  digest: {
    attempts: 5,
    backoffMs: 60_000,
    concurrency: 1,
    rateLimit: { max: 5, durationMs: 1000 },
    keepCompleted: { ageMs: 60 * DAY_MS, count: 200 },
    keepFailed: { count: 1000 },
  },
  maintenance: {
    attempts: 3,
    backoffMs: 60_000,
    concurrency: 1,
    rateLimit: null,
    keepCompleted: { ageMs: 2 * DAY_MS, count: 500 },
    keepFailed: { count: 200 },
  },
};

export type QueueSettingsOverrides = Partial<Record<QueueName, Partial<QueueSettings>>>;

export function resolveQueueSettings(
  overrides: QueueSettingsOverrides = {},
): Record<QueueName, QueueSettings> {
  const settings = {} as Record<QueueName, QueueSettings>;
  for (const queue of QUEUE_NAMES) settings[queue] = { ...defaultQueueSettings[queue], ...overrides[queue] };
  return settings;
}

/** Writes within one window share one search sync. */
export const SEARCH_SYNC_WINDOW_MS = 1000;

/**
 * The search-sync job for a write made at `now`: one job per window, delayed until
 * the window closes, so it runs after every write of the window (none is missed)
 * and a burst of writes costs one sync.
 */
export function searchSyncRequest(
  now: number,
  windowMs = SEARCH_SYNC_WINDOW_MS,
): { payload: JobPayload<'search-sync'>; delayMs: number } {
  const window = now - (now % windowMs);
  return { payload: { window }, delayMs: window + windowMs - now };
}
