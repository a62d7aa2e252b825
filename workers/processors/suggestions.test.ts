import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../domain/entities/suggestion.js';
import { InfeasibleError } from '../../domain/errors.js';
import { type SuggestionsEvent, topics } from '../../messaging/events/eventBus.js';
import { MemoryEventBus } from '../../messaging/events/memoryEventBus.js';
import { directJob } from '../directJob.js';
import { isPermanentError } from '../jobFailures.js';
import type { SuggestionsPayload } from '../queues.js';
import { type SuggestionsDeps, suggestionId, suggestions } from './suggestions.js';

function depsWith(solve: SuggestionsDeps['solve']) {
  const stored = new Map<string, Suggestion>();
  const events = new MemoryEventBus();
  const deps: SuggestionsDeps = {
    solve,
    store: async (list) => {
      for (const s of list) stored.set(s.id, s);
    },
    events,
    now: () => 1_700_000_000_000,
  };
  return { deps, stored, events };
}

describe('suggestions processor', () => {
  it('stores what the algorithm proposes, with ids stable across re-runs, and notifies the requester', async () => {
    const seen: string[] = [];
    const { deps, stored, events } = depsWith(async (kind, input, onProgress) => {
      const request: SuggestionsPayload = input;
      if (request.kind === 'team') seen.push(`${kind}:${request.tenderId}:${request.k}`);
      onProgress({ phase: 'solving', done: 1, total: 1 });
      return {
        algorithmVersion: 'team-bnb@1',
        suggestions: [
          {
            subjectId: 'tdr_1',
            targetIds: ['m_1', 'm_2'],
            score: 0.9,
            explanation: 'ceramics and woodwork, worked together',
          },
          { subjectId: 'tdr_1', targetIds: ['m_1', 'm_3'], score: 0.7, explanation: 'ceramics and woodwork' },
        ],
      };
    });
    const mine = events.subscribe(topics.suggestions('m_lead'));
    const job = directJob('suggestions', { kind: 'team', requestedBy: 'm_lead', tenderId: 'tdr_1' });
    const report = await suggestions(job, deps);
    expect(seen).toEqual(['team:tdr_1:3']);
    expect(report.kind).toBe('team');
    expect(report.suggestionIds).toEqual([
      suggestionId(job.id, { subjectId: 'tdr_1', targetIds: ['m_1', 'm_2'] }),
      suggestionId(job.id, { subjectId: 'tdr_1', targetIds: ['m_1', 'm_3'] }),
    ]);
    expect(stored.get(report.suggestionIds[0]!)).toEqual({
      id: report.suggestionIds[0],
      kind: 'team',
      subjectId: 'tdr_1',
      targetIds: ['m_1', 'm_2'],
      score: 0.9,
      explanation: 'ceramics and woodwork, worked together',
      status: 'new',
      algorithmVersion: 'team-bnb@1',
      createdAt: 1_700_000_000_000,
    });
    const again = await suggestions(job, deps);
    expect(again.suggestionIds).toEqual(report.suggestionIds);
    expect(stored.size).toBe(2);
    const event = (await mine.next()).value as SuggestionsEvent;
    expect(event).toEqual({
      memberId: 'm_lead',
      kind: 'team',
      suggestionIds: report.suggestionIds,
      jobId: job.id,
      at: 1_700_000_000_000,
    });
  });

  it('tells each member a peer suggestion is about', async () => {
    const { deps, events } = depsWith(async () => ({
      algorithmVersion: 'peer-ppr@1',
      suggestions: [
        { subjectId: 'm_a', targetIds: ['m_b'], score: 0.5, explanation: 'complementary skills' },
        { subjectId: 'm_c', targetIds: ['m_b'], score: 0.4, explanation: 'same space' },
      ],
    }));
    const a = events.subscribe(topics.suggestions('m_a'));
    const c = events.subscribe(topics.suggestions('m_c'));
    const adviser = events.subscribe(topics.suggestions('adv_1'));
    await suggestions(
      directJob('suggestions', { kind: 'peer', requestedBy: 'adv_1', memberId: 'm_a' }),
      deps,
    );
    expect((await a.next()).value?.suggestionIds).toHaveLength(1);
    expect((await c.next()).value?.suggestionIds).toHaveLength(1);
    expect((await adviser.next()).value?.suggestionIds).toHaveLength(2);
  });

  it('lets an infeasible problem fail the job for good (no retry)', async () => {
    const { deps, stored } = depsWith(async () => {
      throw new InfeasibleError('no candidate has ceramics at level 4 within 80 km');
    });
    const error = await suggestions(
      directJob('suggestions', { kind: 'mentor', requestedBy: 'm_1', menteeId: 'm_1' }),
      deps,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InfeasibleError);
    expect(isPermanentError(error)).toBe(true);
    expect(stored.size).toBe(0);
  });
});
