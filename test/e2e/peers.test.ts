// Peer suggestions end to end on the embedded store: a job per member, read
// through GraphQL, explained; members who hide their profile or opt out are
// never suggested (even when the solver's prepared network predates the
// change); a dismissed peer never comes back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberRecord } from '../../domain/entities/member.js';
import { createPeerSolver } from '../../workers/suggestions/peerSolver.js';
import { type ApiFixture, gql, startApiFixture } from '../api/apiFixture.js';
import { accountFor, bearer } from '../api/authHelpers.js';
import { runSuggestionsJob } from './suggestionJobs.js';

let fixture: ApiFixture;
let me: MemberRecord;
let token: Record<string, string>;
let solver: ReturnType<typeof createPeerSolver>;

const MINE =
  '{ myPeerSuggestions(first: 20) { id score explanation(language: EN) fr: explanation(language: FR) member { handle } } }';
type Peer = { id: string; score: number; explanation: string; fr: string; member: { handle: string } };

beforeAll(async () => {
  fixture = await startApiFixture({ members: 400 });
  me = fixture.dataset.members.find((m) => m.privacy.visibility === 'network' && m.spaces.length > 0)!;
  token = bearer(
    await accountFor(fixture.app, fixture.services, {
      email: 'me@ex.org',
      memberId: me.id,
      roles: ['member'],
    }),
  );
  // One prepared network for the whole file: privacy changes below happen after it was read.
  solver = createPeerSolver(fixture.services.graph, fixture.services.taxonomy, {
    maxSnapshotAgeMs: 3_600_000,
  });
}, 60_000);
afterAll(() => fixture?.close());

const runPeerJob = () =>
  runSuggestionsJob(
    fixture.services,
    { peer: solver },
    { kind: 'peer', requestedBy: me.id, memberId: me.id, limit: 10 },
  );

async function mine(): Promise<Peer[]> {
  const res = await gql<{ myPeerSuggestions: Peer[] }>(fixture.app, MINE, {}, token);
  expect(res.errors).toBeUndefined();
  return res.data!.myPeerSuggestions;
}

describe('peer suggestions', () => {
  it('suggests explained peers, never the member, collaborators or hidden profiles', async () => {
    expect((await runPeerJob()).length).toBe(10);
    const peers = await mine();
    expect(peers.length).toBe(10);
    const byHandle = new Map(fixture.dataset.members.map((m) => [m.handle, m]));
    const collaborators = new Set(
      fixture.dataset.collaborations.flatMap((c) =>
        c.source === me.id ? [c.target] : c.target === me.id ? [c.source] : [],
      ),
    );
    for (const peer of peers) {
      const member = byHandle.get(peer.member.handle)!;
      expect(member.id).not.toBe(me.id);
      expect(collaborators.has(member.id)).toBe(false);
      expect(member.privacy.visibility).not.toBe('nobody');
      expect(member.privacy.suggestForFilieres).toBe(true);
      expect(peer.explanation).toMatch(/in common|both work from|shared skills|complements you/i);
      expect(peer.fr).toMatch(/en commun|travaillez tous deux|complète vos compétences/i);
      expect(peer.fr).not.toMatch(/in common|work from|shared skills|complements you/i);
    }
    expect(peers.map((p) => p.score)).toEqual([...peers.map((p) => p.score)].sort((a, b) => b - a));
    expect((await gql(fixture.app, MINE)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('never suggests members who hide their profile or opt out after the network was read', async () => {
    const [first, second] = await mine();
    const { graph } = fixture.services;
    await graph.write("MATCH (m:Member) WHERE m.handle = $h SET m.visibility = 'nobody'", {
      h: first!.member.handle,
    });
    await graph.write('MATCH (m:Member) WHERE m.handle = $h SET m.suggestForFilieres = false', {
      h: second!.member.handle,
    });
    // Stored suggestions are filtered as they are read…
    const read = (await mine()).map((p) => p.member.handle);
    expect(read).not.toContain(first!.member.handle);
    expect(read).not.toContain(second!.member.handle);
    // …and a new job on the cached network checks current privacy before suggesting.
    const ids = await runPeerJob();
    const stored = await Promise.all(ids.map((id) => fixture.services.repositories.suggestions.get(id)));
    const targets = new Set(stored.flatMap((s) => s!.targetIds));
    const hiddenIds = await graph.read<{ id: string }>(
      'MATCH (m:Member) WHERE m.handle IN [$a, $b] RETURN m.id AS id',
      { a: first!.member.handle, b: second!.member.handle },
    );
    expect(hiddenIds).toHaveLength(2);
    for (const { id } of hiddenIds) expect(targets.has(id)).toBe(false);
    expect(targets.size).toBe(10);
  });

  it('keeps a dismissed peer away, across new jobs', async () => {
    const [dismissed] = await mine();
    const res = await gql(
      fixture.app,
      'mutation($s: ID!) { dismissPeerSuggestion(suggestion: $s) }',
      { s: dismissed!.id },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect((await mine()).map((p) => p.member.handle)).not.toContain(dismissed!.member.handle);
    const ids = await runPeerJob();
    const stored = await Promise.all(ids.map((id) => fixture.services.repositories.suggestions.get(id)));
    const dismissedId = (await fixture.services.repositories.members.getByHandle(dismissed!.member.handle))!
      .id;
    expect(stored.some((s) => s!.targetIds.includes(dismissedId))).toBe(false);
    expect((await mine()).map((p) => p.member.handle)).not.toContain(dismissed!.member.handle);
  });

  it('refuses to dismiss someone else’s suggestion', async () => {
    const other = fixture.dataset.members.find((m) => m.id !== me.id)!;
    const otherToken = bearer(
      await accountFor(fixture.app, fixture.services, {
        email: 'other@ex.org',
        memberId: other.id,
        roles: ['member'],
      }),
    );
    const [mineFirst] = await mine();
    const res = await gql(
      fixture.app,
      'mutation($s: ID!) { dismissPeerSuggestion(suggestion: $s) }',
      { s: mineFirst!.id },
      otherToken,
    );
    expect(res.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await mine())[0]!.id).toBe(mineFirst!.id);
  });
});
