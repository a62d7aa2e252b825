// The solver registry: dispatch by kind through the real suggestions processor,
// a clear UnavailableError for a kind without solver, and the processor deps
// leaving the suggestions queue alone when no solver is registered.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../domain/entities/suggestion.js';
import { UnavailableError } from '../../domain/errors.js';
import { loadReferenceData } from '../../domain/referenceData.js';
import { Taxonomy } from '../../domain/taxonomy.js';
import { openKuzuGraphStore } from '../../graph/kuzu/kuzuGraphStore.js';
import { topics } from '../../messaging/events/eventBus.js';
import { MemoryEventBus } from '../../messaging/events/memoryEventBus.js';
import { directJob } from '../directJob.js';
import { buildProcessorDeps, suggestionSolvers } from '../processorDependencies.js';
import { bindProcessors } from '../processorMap.js';
import { suggestions } from '../processors/suggestions.js';
import { createSuggestionsDeps, registeredKinds } from './suggestionSolvers.js';

describe('createSuggestionsDeps', () => {
  it('dispatches each kind to its solver, and the processor stores and notifies', async () => {
    const stored: Suggestion[] = [];
    const events = new MemoryEventBus();
    const seen: string[] = [];
    const deps = createSuggestionsDeps({
      solvers: {
        peer: async (input) => {
          seen.push(`peer:${input.memberId}:${input.limit}`);
          return {
            algorithmVersion: 'peer-test@1',
            suggestions: [{ subjectId: input.memberId, targetIds: ['m_2'], score: 1, explanation: 'e' }],
          };
        },
      },
      store: async (batch) => {
        stored.push(...batch);
      },
      events,
      now: () => 42,
    });
    const inbox = events.subscribe(topics.suggestions('m_1'));
    await inbox.ready;
    const report = await suggestions(
      directJob('suggestions', { kind: 'peer', requestedBy: 'm_1', memberId: 'm_1', limit: 3 }),
      deps,
    );
    expect(seen).toEqual(['peer:m_1:3']);
    expect(stored).toMatchObject([{ kind: 'peer', subjectId: 'm_1', targetIds: ['m_2'], createdAt: 42 }]);
    expect(report.suggestionIds).toEqual([stored[0]!.id]);
    const event = await inbox.next();
    expect(event.value).toMatchObject({ memberId: 'm_1', kind: 'peer', suggestionIds: [stored[0]!.id] });
    await inbox.return();
    await events.close();
  });

  it('names the kind when no solver is registered for it', async () => {
    const deps = createSuggestionsDeps({ solvers: {}, store: async () => {} });
    const job = directJob('suggestions', { kind: 'team', requestedBy: 'm_1', tenderId: 't_1' });
    const failure = suggestions(job, deps);
    await expect(failure).rejects.toBeInstanceOf(UnavailableError);
    await expect(failure).rejects.toThrow('No solver for team suggestions');
  });
});

describe('buildProcessorDeps', () => {
  it('gives processors for import and the collaboration graph, and suggestions only with a solver', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-processor-deps-'));
    const graph = await openKuzuGraphStore({ directory: dir });
    const events = new MemoryEventBus();
    try {
      const sources = { graph, events, taxonomy: new Taxonomy(loadReferenceData().skills) };
      const deps = buildProcessorDeps(sources);
      const queues = Object.keys(bindProcessors(deps)).sort();
      expect(queues).toContain('import');
      expect(queues).toContain('collaboration-graph');
      expect(queues.includes('suggestions')).toBe(registeredKinds(suggestionSolvers(sources)).length > 0);
    } finally {
      await events.close();
      await graph.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
