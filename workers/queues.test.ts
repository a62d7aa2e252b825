import { describe, expect, it } from 'vitest';
import { parseInput } from '../domain/validation.js';
import {
  jobIdFor,
  payloadSchemas,
  QUEUE_NAMES,
  qualifyJobId,
  queueOfJobId,
  resolveQueueSettings,
  searchSyncRequest,
} from './queues.js';

const team = (extra: Record<string, unknown> = {}) =>
  parseInput(payloadSchemas.suggestions, { kind: 'team', requestedBy: 'm_1', tenderId: 'tdr:42', ...extra });

describe('job ids', () => {
  it('are deterministic: same request, same id, whatever the key order or defaults spelled out', () => {
    const a = team({ mustInclude: ['m_2'], k: 3 });
    const b = parseInput(payloadSchemas.suggestions, {
      k: 3,
      mustInclude: ['m_2'],
      tenderId: 'tdr:42',
      requestedBy: 'm_1',
      kind: 'team',
      exclude: [],
    });
    expect(jobIdFor('suggestions', a)).toBe(jobIdFor('suggestions', b));
    expect(jobIdFor('suggestions', a)).not.toBe(jobIdFor('suggestions', team({ k: 2 })));
    expect(jobIdFor('suggestions', a)).not.toBe(jobIdFor('suggestions', team({ revision: '2025-03-01' })));
  });

  it('name the queue, the kind and the subject, with ":" encoded (BullMQ forbids it)', () => {
    const id = jobIdFor('suggestions', team());
    expect(id).toMatch(/^suggestions\/team\/tdr%3A42\/[A-Za-z0-9_-]{16}$/);
    expect(id).not.toContain(':');
    expect(queueOfJobId(id)).toBe('suggestions');
    expect(jobIdFor('digest', { week: '2025-W07' })).toBe('digest/2025-W07');
    const peer = parseInput(payloadSchemas.suggestions, {
      kind: 'peer',
      requestedBy: 'm_1',
      memberId: 'm_1',
    });
    expect(jobIdFor('suggestions', peer)).toMatch(/^suggestions\/peer\/m_1\//);
    const filiere = parseInput(payloadSchemas.suggestions, {
      kind: 'filiere',
      requestedBy: 'a',
      filiereId: null,
    });
    expect(jobIdFor('suggestions', filiere)).toMatch(/^suggestions\/filiere\/all\//);
  });

  it('import ids depend on the content, not on who asked', () => {
    const base = { source: '/tmp/a.csv', format: 'csv' as const, contentHash: 'abcdef123456' };
    const mine = parseInput(payloadSchemas.import, { ...base, requestedBy: 'm_1' });
    const theirs = parseInput(payloadSchemas.import, { ...base, source: '/other/a.csv' });
    expect(jobIdFor('import', mine)).toBe(jobIdFor('import', theirs));
  });

  it('qualify caller-chosen ids with their queue, and unknown prefixes belong to no queue', () => {
    expect(qualifyJobId('digest', 'manual:1')).toBe('digest/manual%3A1');
    expect(qualifyJobId('digest', 'digest/2025-W01')).toBe('digest/2025-W01');
    expect(queueOfJobId('unknown/x')).toBeUndefined();
    expect(queueOfJobId('no-slash')).toBeUndefined();
  });
});

describe('payload schemas', () => {
  it('fill defaults and name the failing fields', () => {
    expect(team()).toMatchObject({ k: 3, mustInclude: [], exclude: [], maxTeamSize: null, replace: null });
    expect(() => parseInput(payloadSchemas.digest, { week: '2025-W60' }, ['payload'])).toThrow(
      /payload\.week/,
    );
    expect(() =>
      parseInput(payloadSchemas.suggestions, { kind: 'mentor', requestedBy: 'm_1' }, ['payload']),
    ).toThrow(/payload\.menteeId/);
    expect(() => parseInput(payloadSchemas.suggestions, { kind: 'other' }, ['payload'])).toThrow(
      /payload\.kind/,
    );
  });
});

describe('queue settings', () => {
  it('cover every queue and take overrides', () => {
    const settings = resolveQueueSettings({ digest: { attempts: 1 } });
    expect(Object.keys(settings).sort()).toEqual([...QUEUE_NAMES].sort());
    expect(settings.digest.attempts).toBe(1);
    expect(settings.digest.rateLimit).not.toBeNull();
    expect(settings['search-sync'].concurrency).toBe(1);
  });
});

describe('searchSyncRequest', () => {
  it('gives every write of a window the same job, delayed until the window closes', () => {
    const a = searchSyncRequest(10_200);
    const b = searchSyncRequest(10_999);
    const c = searchSyncRequest(11_000);
    expect(a.payload).toEqual({ window: 10_000 });
    expect(jobIdFor('search-sync', a.payload)).toBe(jobIdFor('search-sync', b.payload));
    expect(jobIdFor('search-sync', c.payload)).not.toBe(jobIdFor('search-sync', a.payload));
    expect([a.delayMs, b.delayMs, c.delayMs]).toEqual([800, 1, 1000]);
  });
});
