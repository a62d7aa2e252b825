// The search-sync and import processors hand the work to their port, with the
// job's progress and abort signal.
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../domain/progress.js';
import { directJob } from '../directJob.js';
import { importMembers } from './importMembers.js';
import { searchSync } from './searchSync.js';

describe('searchSync processor', () => {
  it('runs one sync and reports its progress', async () => {
    const progress: Progress[] = [];
    const abort = new AbortController();
    let signal: AbortSignal | undefined;
    const report = await searchSync(
      directJob(
        'search-sync',
        { window: 1000 },
        { onProgress: (p) => progress.push(p), signal: abort.signal },
      ),
      {
        search: {
          syncOnce: async (onProgress, s) => {
            signal = s;
            onProgress({ phase: 'members', done: 3, total: 3 });
            return { upserted: 3, removed: 1 };
          },
        },
      },
    );
    expect(report).toEqual({ upserted: 3, removed: 1 });
    expect(progress).toEqual([{ phase: 'members', done: 3, total: 3 }]);
    expect(signal).toBe(abort.signal);
  });
});

describe('importMembers processor', () => {
  it('imports the file named by the job', async () => {
    const sources: unknown[] = [];
    const report = await importMembers(
      directJob('import', { source: '/data/members.csv', format: 'csv', contentHash: 'sha256-abcdef' }),
      {
        importer: async (source, onProgress) => {
          sources.push(source);
          onProgress({ phase: 'rows', done: 10, total: 10 });
          return { created: 7, updated: 2, unchanged: 1 };
        },
      },
    );
    expect(sources).toEqual([{ path: '/data/members.csv', format: 'csv' }]);
    expect(report).toEqual({ created: 7, updated: 2, unchanged: 1 });
  });
});
