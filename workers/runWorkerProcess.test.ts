import { describe, expect, it } from 'vitest';
import { loadConfig } from '../domain/config.js';
import { BadUserInputError } from '../domain/errors.js';
import { parseQueueList, runWorkerProcess } from './runWorkerProcess.js';

describe('runWorkerProcess', () => {
  it('needs REDIS_URL, naming it', async () => {
    let opened = false;
    const error = await runWorkerProcess({
      config: loadConfig({}),
      openDeps: async () => {
        opened = true;
        return { deps: {}, close: async () => {} };
      },
      log: () => {},
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadUserInputError);
    expect((error as BadUserInputError).field).toBe('REDIS_URL');
    expect(opened).toBe(false);
  });

  it('parses --queues and names unknown queues', () => {
    expect(parseQueueList('search-sync, digest')).toEqual(['search-sync', 'digest']);
    expect(() => parseQueueList('digest,mail')).toThrow(/unknown queue "mail"/);
    expect(() => parseQueueList(' , ')).toThrow(BadUserInputError);
  });
});
