// Turns an enqueue request into the stored job (validated payload, id, delay),
// and a stored job back into a processor's typed payload. Both runners use it,
// so validation and ids cannot differ between them.
import { BadUserInputError } from '../domain/errors.js';
import { parseInput } from '../domain/validation.js';
import type { EnqueueOptions } from './jobQueue.js';
import {
  isQueueName,
  type JobPayload,
  type JobPayloadInput,
  jobIdFor,
  payloadSchemas,
  type QueueName,
  qualifyJobId,
} from './queues.js';

export interface PreparedJob<Q extends QueueName> {
  id: string;
  data: JobPayload<Q>;
  delayMs: number;
}

export function prepareJob<Q extends QueueName>(
  queue: Q,
  payload: JobPayloadInput<Q>,
  options: EnqueueOptions = {},
): PreparedJob<Q> {
  if (!isQueueName(queue)) throw BadUserInputError.at(['queue'], `unknown queue "${String(queue)}"`);
  const data = parseInput(payloadSchemas[queue], payload, ['payload']) as JobPayload<Q>;
  const delayMs = options.delayMs ?? 0;
  if (!Number.isFinite(delayMs) || delayMs < 0) {
    throw BadUserInputError.at(['options', 'delayMs'], 'must be a finite number ≥ 0');
  }
  if (options.jobId !== undefined && options.jobId.trim() === '') {
    throw BadUserInputError.at(['options', 'jobId'], 'must not be empty');
  }
  const id = options.jobId !== undefined ? qualifyJobId(queue, options.jobId) : jobIdFor(queue, data);
  return { id, data, delayMs: Math.round(delayMs) };
}

/** A stored payload, checked again before processing: a malformed one is a permanent error (no retries). */
export function parseJobData<Q extends QueueName>(queue: Q, data: unknown): JobPayload<Q> {
  return parseInput(payloadSchemas[queue], data, ['job', 'data']) as JobPayload<Q>;
}
