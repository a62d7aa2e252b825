// Suggestions on a real Kùzu store: replace by id, list by subject and target,
// accept, dismiss, and a dismissed proposal never listed again under a new id.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Suggestion } from '../../domain/entities/suggestion.js';
import { BadUserInputError, NotFoundError } from '../../domain/errors.js';
import type { GraphStore } from '../graphStore.js';
import { openKuzuGraphStore } from '../kuzu/kuzuGraphStore.js';
import { SuggestionRepository } from './suggestionRepository.js';

let dir: string;
let store: GraphStore;
let repo: SuggestionRepository;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-suggestions-'));
  store = await openKuzuGraphStore({ directory: dir });
  await store.migrate();
  repo = new SuggestionRepository(store);
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

function suggestion(id: string, overrides: Partial<Suggestion> = {}): Suggestion {
  return {
    id,
    kind: 'peer',
    subjectId: 'm_a',
    targetIds: ['m_b'],
    score: 0.5,
    explanation: 'shares two collaborators',
    status: 'new',
    algorithmVersion: 'peer-aa@1',
    createdAt: 1000,
    ...overrides,
  };
}

describe('SuggestionRepository', () => {
  it('inserts, then replaces by id', async () => {
    await repo.upsert([suggestion('s1'), suggestion('s2', { targetIds: ['m_c'], score: 0.9 })]);
    await repo.upsert([suggestion('s1', { score: 0.7, explanation: 'now closer' })]);
    expect(await repo.get('s1')).toMatchObject({ score: 0.7, explanation: 'now closer', status: 'new' });
    const listed = await repo.listBySubject('m_a');
    expect(listed.map((s) => s.id)).toEqual(['s2', 's1']);
  });

  it('lists by target member and by kind', async () => {
    await repo.upsert([suggestion('s3', { kind: 'mentor', subjectId: 'm_x', targetIds: ['m_b', 'm_d'] })]);
    expect((await repo.listForTarget('m_b')).map((s) => s.id).sort()).toEqual(['s1', 's3']);
    expect((await repo.listForTarget('m_b', { kind: 'mentor' })).map((s) => s.id)).toEqual(['s3']);
    expect(await repo.listForTarget('m_nobody')).toEqual([]);
  });

  it('stores a team suggestion with its assignment and pair distances, and reads older ones without', async () => {
    const team = {
      assignment: [{ member: 'm_b', skill: 'ceramics' }],
      pairs: [{ a: 'm_b', b: 'm_c', distance: 2 }],
    };
    await repo.upsert([
      suggestion('s_team', { kind: 'team', subjectId: 'tdr_1', targetIds: ['m_b', 'm_c'], team }),
    ]);
    expect((await repo.get('s_team'))?.team).toEqual(team);
    // Stored before the structure existed (the column left empty, or never written on Neo4j): no team.
    await store.write(
      "CREATE (:Suggestion {id: 's_old', kind: 'team', subjectId: 'tdr_1', targetIds: ['m_d'], score: 1, " +
        "explanation: 'A team.', status: 'new', algorithmVersion: 'team@1', createdAt: 1})",
      {},
    );
    const old = await repo.get('s_old');
    expect(old).toMatchObject({ id: 's_old', targetIds: ['m_d'] });
    expect(old?.team).toBeUndefined();
    expect((await repo.get('s1'))?.team).toBeUndefined();
  });

  it('keeps an accepted status when the job stores the same suggestion again', async () => {
    expect((await repo.setStatus('s2', 'accepted')).status).toBe('accepted');
    await repo.upsert([suggestion('s2', { targetIds: ['m_c'], score: 0.95 })]);
    expect(await repo.get('s2')).toMatchObject({ status: 'accepted', score: 0.95 });
  });

  it('never lists a dismissed proposal again, even from a later job under a new id', async () => {
    await repo.upsert([suggestion('s4', { subjectId: 'm_e', targetIds: ['m_f', 'm_g'] })]);
    // The same proposal from another job, targets in another order.
    await repo.upsert([suggestion('s5', { subjectId: 'm_e', targetIds: ['m_g', 'm_f'], createdAt: 2000 })]);
    expect((await repo.listBySubject('m_e')).map((s) => s.id)).toEqual(['s5']);
    await repo.setStatus('s5', 'dismissed');
    expect(await repo.get('s4')).toMatchObject({ status: 'dismissed' });
    expect(await repo.listBySubject('m_e')).toEqual([]);
    await repo.upsert([suggestion('s6', { subjectId: 'm_e', targetIds: ['m_f', 'm_g'], createdAt: 3000 })]);
    expect(await repo.get('s6')).toMatchObject({ status: 'dismissed' });
    expect(await repo.listBySubject('m_e')).toEqual([]);
    expect((await repo.listBySubject('m_e', { statuses: ['dismissed'] })).length).toBe(1);
    // Another set of targets for the same subject is a different proposal.
    await repo.upsert([suggestion('s7', { subjectId: 'm_e', targetIds: ['m_f'] })]);
    expect((await repo.listBySubject('m_e')).map((s) => s.id)).toEqual(['s7']);
  });

  it('undoes a dismissal: the proposal, under every id, is listed again', async () => {
    await repo.upsert([suggestion('u1', { subjectId: 'm_u', targetIds: ['m_v', 'm_w'] })]);
    await repo.upsert([suggestion('u2', { subjectId: 'm_u', targetIds: ['m_w', 'm_v'], createdAt: 2000 })]);
    await repo.upsert([suggestion('u3', { subjectId: 'm_u', targetIds: ['m_x'] })]);
    await repo.setStatus('u2', 'dismissed');
    await repo.setStatus('u3', 'dismissed');
    expect(await repo.listBySubject('m_u')).toEqual([]);
    expect(await repo.restore('u2')).toMatchObject({ id: 'u2', status: 'new' });
    expect(await repo.get('u1')).toMatchObject({ status: 'new' });
    expect((await repo.listBySubject('m_u')).map((s) => s.id)).toEqual(['u2']);
    // Another proposal of the same subject stays dismissed.
    expect(await repo.get('u3')).toMatchObject({ status: 'dismissed' });
    await expect(repo.restore('missing')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('stores an empty team (nobody covers the tender) but no empty suggestion of another kind', async () => {
    await repo.upsert([suggestion('t_empty', { kind: 'team', subjectId: 'tdr_nobody', targetIds: [] })]);
    expect(await repo.get('t_empty')).toMatchObject({ kind: 'team', targetIds: [], status: 'new' });
    expect((await repo.listBySubject('tdr_nobody')).map((s) => s.id)).toEqual(['t_empty']);
  });

  it('refuses bad suggestions naming the field, and unknown ids', async () => {
    await expect(repo.upsert([suggestion('s8', { targetIds: [] })])).rejects.toMatchObject({
      problems: [{ path: ['suggestions', 0, 'targetIds'] }],
    });
    await expect(repo.upsert([suggestion('')])).rejects.toBeInstanceOf(BadUserInputError);
    await expect(repo.setStatus('missing', 'accepted')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('deletes everything about or naming an erased member', async () => {
    await repo.deleteForMember('m_b');
    expect(await repo.get('s1')).toBeUndefined();
    expect(await repo.get('s3')).toBeUndefined();
    expect(await repo.get('s2')).toBeDefined();
  });
});
