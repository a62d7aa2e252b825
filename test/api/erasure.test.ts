// The right to erasure: after eraseMe no query returns the member and no node
// or property of the graph holds their id, e-mail, handle, phone or name; an
// audit event records the erasure without personal data; hooks run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberRecord } from '../../domain/entities/member.js';
import { type ApiFixture, gql, startApiFixture } from './apiFixture.js';
import { accountFor, bearer, TEST_PASSWORD } from './authHelpers.js';

let fixture: ApiFixture;
let target: MemberRecord;
let token: string;
let adminToken: string;
const erasedHooks: string[] = [];

beforeAll(async () => {
  fixture = await startApiFixture({
    members: 120,
    env: { PASSERELLE_ADMIN_EMAIL: 'admin@example.org', PASSERELLE_ADMIN_PASSWORD: TEST_PASSWORD },
  });
  fixture.services.onMemberErased.push(async (id) => {
    erasedHooks.push(id);
  });
  const names = new Map<string, number>();
  for (const m of fixture.dataset.members) names.set(m.name, (names.get(m.name) ?? 0) + 1);
  const mentored = new Set(fixture.dataset.mentorships.flatMap((s) => [s.mentorId, s.menteeId]));
  target = fixture.dataset.members.find(
    (m) =>
      m.privacy.visibility === 'network' &&
      m.phone !== null &&
      m.filieres.length > 0 &&
      mentored.has(m.id) &&
      names.get(m.name) === 1,
  )!;
  token = await accountFor(fixture.app, fixture.services, {
    email: 'erase-me@example.org',
    memberId: target.id,
    roles: ['member'],
  });
  adminToken = (
    await gql<{ signIn: { token: string } }>(
      fixture.app,
      'mutation { signIn(email: "admin@example.org", password: "correct horse battery") { token } }',
    )
  ).data!.signIn.token;
  // Something an admin did to them (audited), and suggestions about and naming them.
  await gql(
    fixture.app,
    'mutation($f: String!, $m: String!) { removeMemberFromFiliere(filiere: $f, member: $m) { id } }',
    { f: target.filieres[0], m: target.handle },
    bearer(adminToken),
  );
  const other = fixture.dataset.members.find((m) => m.id !== target.id)!;
  for (const [id, subject, targets] of [
    ['sug_about', target.id, [other.id]],
    ['sug_naming', other.id, [other.id, target.id]],
  ] as const) {
    await fixture.services.graph.write(
      "CREATE (:Suggestion {id: $id, kind: 'peer', subjectId: $subject, targetIds: $targets, score: 0.5, explanation: 'x', status: 'new', algorithmVersion: 't', createdAt: 1})",
      { id, subject, targets: [...targets] },
    );
  }
  // Mentoring traces: their request and offer, and a round that left them unmatched.
  await fixture.services.graph.write(
    "CREATE (:MentorRequest {memberId: $id, skills: ['ceramics'], languages: ['fr'], mode: 'either', goals: 'learn', status: 'open', createdAt: 1, updatedAt: 1})",
    { id: target.id },
  );
  await fixture.services.graph.write(
    "CREATE (:MentorOffer {memberId: $id, skills: ['ceramics'], capacity: 2, languages: ['fr'], mode: 'either', status: 'open', createdAt: 1, updatedAt: 1})",
    { id: target.id },
  );
  await fixture.services.graph.write(
    "CREATE (:MentoringRound {id: 'round_1', createdBy: $other, scopeAll: true, status: 'done', passes: 1, unmatched: $unmatched, createdAt: 1, updatedAt: 1})",
    { other: other.id, unmatched: JSON.stringify([{ mentee: target.id, reason: 'capacity exhausted' }]) },
  );
}, 60_000);
afterAll(() => fixture?.close());

async function allNodes(): Promise<string> {
  const rows = await fixture.services.graph.read('MATCH (n) RETURN n');
  return JSON.stringify(rows);
}

describe('eraseMe', () => {
  it('exports the member’s data first (right of access)', async () => {
    const res = await gql<{ exportMyData: { profile: { email: string }; account: { email: string } } }>(
      fixture.app,
      '{ exportMyData }',
      {},
      bearer(token),
    );
    expect(res.data!.exportMyData.profile.email).toBe(target.email);
    expect(res.data!.exportMyData.account.email).toBe('erase-me@example.org');
    expect(JSON.stringify(res.data)).not.toContain('scrypt$');
  });

  it('needs the member’s handle as confirmation', async () => {
    const res = await gql(
      fixture.app,
      'mutation { eraseMe(confirmHandle: "someone-else") }',
      {},
      bearer(token),
    );
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'confirmHandle' });
    expect(await fixture.services.repositories.members.get(target.id)).not.toBeNull();
  });

  it('leaves no trace in queries or in the graph', async () => {
    expect(await allNodes()).toContain(target.id);
    const res = await gql(
      fixture.app,
      'mutation($h: String!) { eraseMe(confirmHandle: $h) }',
      { h: target.handle },
      bearer(token),
    );
    expect(res.data).toEqual({ eraseMe: true });
    expect(erasedHooks).toEqual([target.id]);

    const lookup = await gql<{ member: unknown }>(
      fixture.app,
      'query($h: String!) { member(handle: $h) { id } }',
      { h: target.handle },
      bearer(adminToken),
    );
    expect(lookup.data!.member).toBeNull();
    const globalId = Buffer.from(`Member:${target.id}`).toString('base64');
    const node = await gql<{ node: unknown }>(
      fixture.app,
      'query($id: ID!) { node(id: $id) { id } }',
      { id: globalId },
      bearer(adminToken),
    );
    expect(node.data!.node).toBeNull();
    const list = await gql(
      fixture.app,
      '{ members(first: 100) { edges { node { handle name } } } }',
      {},
      bearer(adminToken),
    );
    expect(JSON.stringify(list.data)).not.toContain(target.handle);
    expect(
      (await gql<{ me: unknown }>(fixture.app, '{ me { email } }', {}, bearer(token))).data!.me,
    ).toBeNull();
    const signIn = await gql(
      fixture.app,
      'mutation { signIn(email: "erase-me@example.org", password: "correct horse battery") { token } }',
    );
    expect(signIn.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    const graph = await allNodes();
    for (const trace of [
      target.id,
      target.email,
      target.handle,
      target.name,
      target.phone!,
      'erase-me@example.org',
    ]) {
      expect(graph).not.toContain(trace);
    }
    const mentorships = await fixture.services.graph.read<{ n: number }>(
      'MATCH (x:Mentorship) WHERE x.mentorId = $id OR x.menteeId = $id RETURN count(x) AS n',
      { id: target.id },
    );
    expect(mentorships[0]!.n).toBe(0);
  });

  it('records the erasure in the audit log without personal data', async () => {
    const res = await gql<{
      auditEvents: {
        edges: { node: { action: string; actorId: string; targetId: string; details: string } }[];
      };
    }>(
      fixture.app,
      '{ auditEvents(first: 10) { edges { node { action actorId targetId details } } } }',
      {},
      bearer(adminToken),
    );
    const events = res.data!.auditEvents.edges.map((e) => e.node);
    expect(events[0]).toEqual({
      action: 'member.erased',
      actorId: 'erased',
      targetId: 'erased',
      details: '{"by":"self"}',
    });
    const removal = events.find((e) => e.action === 'filiere.member_removed')!;
    expect(removal.targetId).toBe('erased');
  });

  it('lets an admin erase a member, audited with the admin as actor', async () => {
    const victim = fixture.dataset.members.find(
      (m) => m.id !== target.id && m.privacy.visibility === 'network',
    )!;
    const res = await gql(
      fixture.app,
      'mutation($h: String!) { eraseMember(handle: $h) }',
      { h: victim.handle },
      bearer(adminToken),
    );
    expect(res.data).toEqual({ eraseMember: true });
    expect(await allNodes()).not.toContain(victim.id);
    const admin = await fixture.services.accounts.getByEmail('admin@example.org');
    const log = await fixture.services.audit.list({ offset: 0, limit: 1 });
    expect(log.items[0]).toMatchObject({ action: 'member.erased', actorId: admin!.id, targetId: 'erased' });
  });
});
