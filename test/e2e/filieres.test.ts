// Filières end to end on the embedded store, through GraphQL: community labels
// on a seeded network, proposed filières (accept creates one, dismiss keeps it
// away), members to invite (never opted-out or hidden), management, join and
// leave, growth, events with registrations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filiereCommunities } from '../../workers/filieres/filiereCommunities.js';
import { createFiliereSolver } from '../../workers/suggestions/filiereSolver.js';
import { type ApiFixture, gql, startApiFixture } from '../api/apiFixture.js';
import { accountFor, bearer } from '../api/authHelpers.js';
import { runSuggestionsJob } from './suggestionJobs.js';

let fixture: ApiFixture;
let conseiller: Record<string, string>;
let outsider: Record<string, string>;
const NOW = Date.UTC(2025, 5, 1);

beforeAll(async () => {
  fixture = await startApiFixture({ members: 2500 });
  const { app, services, dataset } = fixture;
  conseiller = bearer(
    await accountFor(app, services, {
      email: 'conseil@ex.org',
      memberId: dataset.members[0]!.id,
      roles: ['member', 'conseiller'],
      scopeFilieres: ['wood'],
    }),
  );
  outsider = bearer(
    await accountFor(app, services, {
      email: 'other@ex.org',
      memberId: dataset.members[1]!.id,
      roles: ['member', 'conseiller'],
      scopeFilieres: ['music'],
    }),
  );
}, 120_000);
afterAll(() => fixture?.close());

const solver = () =>
  createFiliereSolver(fixture.services.graph, fixture.services.taxonomy, { now: () => NOW });
const runFiliereJob = (filiereId: string | null) =>
  runSuggestionsJob(
    fixture.services,
    { filiere: solver() },
    { kind: 'filiere', requestedBy: 'test', filiereId },
  );

describe('community labels on the seeded network', () => {
  it('labels communities dominated by one filière with that filière’s core skills', async () => {
    const { taxonomy, repositories } = fixture.services;
    const filieres = await repositories.filieres.list();
    const { communities } = filiereCommunities(
      await repositories.networkSnapshot.read(),
      filieres,
      taxonomy,
      {
        now: NOW,
      },
    );
    const dominated = communities.filter((c) => c.dominantFiliere && c.dominantFiliere.share >= 0.6);
    expect(dominated.length).toBeGreaterThanOrEqual(5);
    for (const community of dominated) {
      const filiere = filieres.find((f) => f.id === community.dominantFiliere!.id)!;
      const core = new Set(filiere.coreSkills.flatMap((s) => taxonomy.selfAndDescendants(s)));
      const labelled = community.skills.map((s) => s.skill);
      expect(
        labelled.some((s) => core.has(s)),
        `${filiere.id}: ${labelled.join(', ')}`,
      ).toBe(true);
      expect(community.coveredBy, `${filiere.id}: ${labelled.join(', ')}`).toBe(filiere.id);
      expect(community.label.fr).toBeTruthy();
      expect(community.label.nl).toBeTruthy();
    }
  });
});

const PROPOSALS =
  '{ proposedFilieres { id size growth cities explanation(language: EN) nl: explanation(language: NL) labels { fr en nl } skills { slug } } }';
type Proposal = {
  id: string;
  size: number;
  labels: { fr: string };
  skills: { slug: string }[];
  explanation: string;
  nl: string;
};

describe('proposed filières', () => {
  it('proposes communities no filière covers; accepting creates the filière, dismissing keeps one away', async () => {
    const { graph } = fixture.services;
    await graph.write("MATCH (f:Filiere) WHERE f.id IN ['ceramics', 'photography'] DETACH DELETE f");
    expect((await runFiliereJob(null)).length).toBeGreaterThanOrEqual(2);

    expect((await gql(fixture.app, PROPOSALS, {}, bearer('nope'))).errors![0]!.extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
    const listed = await gql<{ proposedFilieres: Proposal[] }>(fixture.app, PROPOSALS, {}, conseiller);
    expect(listed.errors).toBeUndefined();
    const proposals = listed.data!.proposedFilieres;
    const ceramics = proposals.find((p) => p.skills.some((s) => s.slug === 'ceramics'));
    const photography = proposals.find((p) => p.skills.some((s) => s.slug === 'photography'));
    expect(ceramics, JSON.stringify(proposals.map((p) => p.labels.fr))).toBeDefined();
    expect(photography).toBeDefined();
    expect(ceramics!.labels.fr).toContain('Céramique');
    expect(ceramics!.size).toBeGreaterThanOrEqual(5);
    expect(ceramics!.explanation).toMatch(/members share .*no filière has these as core skills/);
    expect(ceramics!.nl).toMatch(/leden delen .*geen enkele sector heeft deze kernvaardigheden/);

    const accepted = await gql<{ acceptFiliereProposal: { slug: string; coreSkills: { slug: string }[] } }>(
      fixture.app,
      'mutation($s: ID!) { acceptFiliereProposal(suggestion: $s, input: { slug: "ceramistes" }) { slug coreSkills { slug } } }',
      { s: ceramics!.id },
      conseiller,
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptFiliereProposal.coreSkills.map((s) => s.slug)).toContain('ceramics');
    // The new filière joined the conseiller's scope: they may now edit it.
    const edited = await gql(
      fixture.app,
      'mutation { updateFiliere(slug: "ceramistes", input: { description: "Tour, émail, four" }) { description } }',
      {},
      conseiller,
    );
    expect(edited.errors).toBeUndefined();

    const dismissed = await gql(
      fixture.app,
      'mutation($s: ID!) { dismissSuggestion(suggestion: $s) }',
      { s: photography!.id },
      conseiller,
    );
    expect(dismissed.errors).toBeUndefined();

    await runFiliereJob(null);
    const again = (await gql<{ proposedFilieres: Proposal[] }>(fixture.app, PROPOSALS, {}, conseiller)).data!
      .proposedFilieres;
    expect(again.some((p) => p.skills.some((s) => s.slug === 'photography'))).toBe(false);
    expect(again.some((p) => p.skills.some((s) => s.slug === 'ceramics'))).toBe(false);
  });
});

const INVITATIONS =
  'query($f: String!) { filiereInvitationSuggestions(filiere: $f) { id score explanation(language: EN) fr: explanation member { id handle } } }';
type Invitation = { id: string; explanation: string; fr: string; member: { id: string; handle: string } };

describe('members to invite into a filière', () => {
  it('suggests holders of the core skills outside the filière, never opted-out or hidden members', async () => {
    const { dataset } = fixture;
    const { graph, taxonomy } = fixture.services;
    const woodSkills = new Set(
      ['woodworking', 'joinery', 'cabinetmaking', 'carpentry'].flatMap((s) => taxonomy.selfAndDescendants(s)),
    );
    const outside = dataset.members.filter(
      (m) => !m.filieres.includes('wood') && m.skills.some((s) => woodSkills.has(s.skill)),
    );
    expect(outside.length).toBeGreaterThan(4);
    const [optedOut, hidden] = [outside[0]!, outside[1]!];
    await graph.write('MATCH (m:Member {id: $id}) SET m.suggestForFilieres = false', { id: optedOut.id });
    await graph.write("MATCH (m:Member {id: $id}) SET m.visibility = 'nobody'", { id: hidden.id });

    await runFiliereJob('wood');
    const forbidden = await gql(fixture.app, INVITATIONS, { f: 'wood' }, outsider);
    expect(forbidden.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const res = await gql<{ filiereInvitationSuggestions: Invitation[] }>(
      fixture.app,
      INVITATIONS,
      { f: 'wood' },
      conseiller,
    );
    expect(res.errors).toBeUndefined();
    const invitations = res.data!.filiereInvitationSuggestions;
    expect(invitations.length).toBeGreaterThan(2);
    const handles = invitations.map((i) => i.member.handle);
    expect(handles).not.toContain(optedOut.handle);
    expect(handles).not.toContain(hidden.handle);
    const byHandle = new Map(dataset.members.map((m) => [m.handle, m]));
    for (const invitation of invitations) {
      const member = byHandle.get(invitation.member.handle)!;
      expect(member.filieres).not.toContain('wood');
      expect(invitation.explanation).toMatch(/Holds core skills of Wood trades/);
      // Without an argument nor Accept-Language: French, with French labels and plurals.
      expect(invitation.fr).toMatch(/^Maîtrise des compétences clés de .*\(niveau \d\)/);
      expect(invitation.fr).toMatch(/collaborateurs? déjà dans la filière|aucun collaborateur/);
    }

    const [first, second] = invitations;
    const accepted = await gql(
      fixture.app,
      'mutation($s: ID!) { acceptFiliereProposal(suggestion: $s) { slug } }',
      { s: first!.id },
      conseiller,
    );
    expect(accepted.errors).toBeUndefined();
    const inWood = await graph.read(
      "MATCH (m:Member)-[r:IN_FILIERE]->(:Filiere {id: 'wood'}) WHERE m.handle = $handle RETURN r.role AS role",
      { handle: first!.member.handle },
    );
    expect(inWood).toEqual([{ role: 'member' }]);

    await gql(
      fixture.app,
      'mutation($s: ID!) { dismissSuggestion(suggestion: $s) }',
      { s: second!.id },
      conseiller,
    );
    await runFiliereJob('wood');
    const after = (
      await gql<{ filiereInvitationSuggestions: Invitation[] }>(
        fixture.app,
        INVITATIONS,
        { f: 'wood' },
        conseiller,
      )
    ).data!.filiereInvitationSuggestions.map((i) => i.member.handle);
    expect(after).not.toContain(first!.member.handle);
    expect(after).not.toContain(second!.member.handle);
    expect(after.length).toBeGreaterThan(0);
  });
});

describe('filière management', () => {
  const CREATE =
    'mutation($i: FiliereInput!) { createFiliere(input: $i) { slug label(language: NL) coreSkills { slug } } }';

  it('validates core skills against the taxonomy and names the field', async () => {
    const res = await gql(
      fixture.app,
      CREATE,
      {
        i: {
          slug: 'verriers',
          labels: { fr: 'Verriers', en: 'Glass', nl: 'Glas' },
          coreSkills: ['ceramics', 'glassblowing-x'],
        },
      },
      conseiller,
    );
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.coreSkills.1' });
    expect(await fixture.services.repositories.filieres.get('verriers')).toBeNull();
  });

  it('lets members join and leave, and counts growth per month', async () => {
    const member = fixture.dataset.members.find(
      (m) => !m.filieres.includes('wood') && m.id !== fixture.dataset.members[0]!.id,
    )!;
    const token = bearer(
      await accountFor(fixture.app, fixture.services, {
        email: 'joiner@ex.org',
        memberId: member.id,
        roles: ['member'],
      }),
    );
    const created = await gql(
      fixture.app,
      CREATE,
      {
        i: {
          slug: 'restauration-patrimoine',
          labels: { fr: 'Restauration du patrimoine', en: 'Heritage restoration', nl: 'Erfgoedrestauratie' },
          coreSkills: ['furniture-restoration'],
          animators: [fixture.dataset.members[0]!.handle],
        },
      },
      conseiller,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data).toEqual({
      createFiliere: {
        slug: 'restauration-patrimoine',
        label: 'Erfgoedrestauratie',
        coreSkills: [{ slug: 'furniture-restoration' }],
      },
    });
    const join = await gql(
      fixture.app,
      'mutation { joinFiliere(slug: "restauration-patrimoine") { slug } }',
      {},
      token,
    );
    expect(join.errors).toBeUndefined();
    const growth = await gql<{ filiere: { growth: { month: string; joined: number; total: number }[] } }>(
      fixture.app,
      '{ filiere(slug: "restauration-patrimoine") { growth { month joined total } } }',
    );
    const points = growth.data!.filiere.growth;
    expect(points.at(-1)).toMatchObject({ month: new Date().toISOString().slice(0, 7), total: 2 });
    const leave = 'mutation { leaveFiliere(slug: "restauration-patrimoine") { slug } }';
    expect((await gql(fixture.app, leave, {}, token)).errors).toBeUndefined();
    expect((await gql(fixture.app, leave, {}, token)).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'slug',
    });
    expect(
      await fixture.services.graph.read(
        "MATCH (m:Member {id: $id})-[:IN_FILIERE]->(:Filiere {id: 'restauration-patrimoine'}) RETURN m.id AS id",
        { id: member.id },
      ),
    ).toEqual([]);
  });

  it('runs events with registrations and capacity', async () => {
    const members = fixture.dataset.members.slice(10, 12);
    const tokens = await Promise.all(
      members.map(async (m, i) =>
        bearer(
          await accountFor(fixture.app, fixture.services, {
            email: `ev${i}@ex.org`,
            memberId: m.id,
            roles: ['member'],
          }),
        ),
      ),
    );
    const CREATE_EVENT =
      'mutation($f: String!, $at: DateTime!) { createFiliereEvent(filiere: $f, title: "Atelier chantournage", place: "Lille", startsAt: $at, capacity: 1) { id capacity } }';
    const startsAt = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
    expect(
      (await gql(fixture.app, CREATE_EVENT, { f: 'wood', at: startsAt }, outsider)).errors![0]!.extensions!
        .code,
    ).toBe('FORBIDDEN');
    const created = await gql<{ createFiliereEvent: { id: string } }>(
      fixture.app,
      CREATE_EVENT,
      { f: 'wood', at: startsAt },
      conseiller,
    );
    expect(created.errors).toBeUndefined();
    const event = created.data!.createFiliereEvent.id;
    const REGISTER = 'mutation($e: ID!) { registerForEvent(event: $e) { registrationsCount registered } }';
    const first = await gql(fixture.app, REGISTER, { e: event }, tokens[0]!);
    expect(first.data).toEqual({ registerForEvent: { registrationsCount: 1, registered: true } });
    expect((await gql(fixture.app, REGISTER, { e: event }, tokens[0]!)).data).toEqual(first.data);
    expect((await gql(fixture.app, REGISTER, { e: event }, tokens[1]!)).errors![0]!.extensions!.code).toBe(
      'CONFLICT',
    );
    const CANCEL = 'mutation($e: ID!) { cancelRegistration(event: $e) { registrationsCount registered } }';
    expect((await gql(fixture.app, CANCEL, { e: event }, tokens[0]!)).data).toEqual({
      cancelRegistration: { registrationsCount: 0, registered: false },
    });
    expect((await gql(fixture.app, REGISTER, { e: event }, tokens[1]!)).errors).toBeUndefined();
    const listed = await gql<{ filiere: { events: { title: string; registrationsCount: number }[] } }>(
      fixture.app,
      '{ filiere(slug: "wood") { events { title place registrationsCount } } }',
    );
    expect(listed.data!.filiere.events).toEqual([
      { title: 'Atelier chantournage', place: 'Lille', registrationsCount: 1 },
    ]);
  });
});
