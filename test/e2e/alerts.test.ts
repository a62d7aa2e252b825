// Tender alerts end to end: members follow CPV codes, skills and regions through
// GraphQL; importing a real eForms notice (Rouen Habitat, CPV 77310000, NUTS
// FRD22, lots asking for landscape design) raises a tender_alert suggestion and
// a live event for the followers it matches, and nothing for the others;
// follows are validated, private to their owner, exported and erased.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SuggestionsEvent } from '../../messaging/events/eventBus.js';
import { topics } from '../../messaging/events/eventBus.js';
import { examplePath } from '../../procurement/testing/sharedData.js';
import { type ApiFixture, gql, startApiFixture } from '../api/apiFixture.js';
import { accountFor, bearer } from '../api/authHelpers.js';

const FOLLOW = `mutation($i: FollowTendersInput!) { followTenders(input: $i) { id cpv skills regions filiere } }`;
const IMPORT = 'mutation($xml: String!) { importNotice(xml: $xml) { created tenders { tenderId } } }';
const MATCHES = '{ myTenderAlertMatches { id tenderIds explanation } }';

interface Matches {
  myTenderAlertMatches: { id: string; tenderIds: string[]; explanation: string }[];
}

describe('tender alerts', () => {
  let fixture: ApiFixture;
  const token: Record<string, Record<string, string>> = {};
  const memberId: Record<string, string> = {};
  const follow = (who: string, input: Record<string, unknown>) =>
    gql<{ followTenders: { id: string; cpv: string[]; skills: string[]; regions: string[] } }>(
      fixture.app,
      FOLLOW,
      { i: input },
      token[who],
    );

  beforeAll(async () => {
    fixture = await startApiFixture({ members: 60 });
    const members = fixture.dataset.members;
    const names = ['byCpvAndRegion', 'byBroaderSkill', 'otherCpv', 'otherRegion', 'importer', 'erased'];
    for (const [i, name] of names.entries()) {
      memberId[name] = members[i]!.id;
      token[name] = bearer(
        await accountFor(fixture.app, fixture.services, {
          email: `${name.toLowerCase()}@alerts.test`,
          memberId: members[i]!.id,
          roles: ['member'],
        }),
      );
    }
    const filiere = fixture.dataset.filieres[0]!.id;
    memberId.conseiller = members[names.length]!.id;
    token.conseiller = bearer(
      await accountFor(fixture.app, fixture.services, {
        email: 'conseiller@alerts.test',
        memberId: memberId.conseiller,
        roles: ['member', 'conseiller'],
        scopeFilieres: [filiere],
      }),
    );
  }, 60_000);

  afterAll(async () => {
    await fixture?.close();
  });

  it('validates what is followed and names the failing field', async () => {
    const res = await follow('byCpvAndRegion', { cpv: ['7731'], skills: ['no-such-skill'], regions: ['f'] });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = ((res.errors?.[0]?.extensions?.problems ?? []) as { path: (string | number)[] }[]).map(
      (p) => p.path.join('.'),
    );
    expect(paths).toEqual(['input.cpv.0', 'input.skills.0', 'input.regions.0']);
    const empty = await follow('byCpvAndRegion', {});
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets a conseiller follow for a filière of their scope only, with its core skills by default', async () => {
    const [inScope, outOfScope] = fixture.dataset.filieres;
    const ok = await follow('conseiller', { filiere: inScope!.id });
    expect(ok.errors).toBeUndefined();
    expect([...ok.data!.followTenders.skills].sort()).toEqual([...inScope!.coreSkills].sort());
    const refused = await follow('conseiller', { filiere: outOfScope!.id, cpv: ['77310000'] });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const member = await follow('otherCpv', { filiere: inScope!.id, cpv: ['77310000'] });
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('alerts the matching followers of an imported notice, live, and nobody else', async () => {
    const mine = await follow('byCpvAndRegion', { cpv: ['77000000-5'], regions: ['frd'] });
    expect(mine.data!.followTenders).toMatchObject({ cpv: ['77000000'], regions: ['FRD'] });
    expect((await follow('byBroaderSkill', { skills: ['architecture-urbanism'] })).errors).toBeUndefined();
    expect((await follow('otherCpv', { cpv: ['72000000'] })).errors).toBeUndefined();
    expect((await follow('otherRegion', { cpv: ['77310000'], regions: ['BE'] })).errors).toBeUndefined();

    const live = fixture.services.events.subscribe(topics.suggestions(memberId.byCpvAndRegion!));
    await live.ready;
    const xml = readFileSync(examplePath('cn_24_FRA_comments.xml'), 'utf8');
    const imported = await gql<{ importNotice: { created: boolean; tenders: { tenderId: string }[] } }>(
      fixture.app,
      IMPORT,
      { xml },
      token.importer,
    );
    expect(imported.errors).toBeUndefined();
    const tenderIds = imported.data!.importNotice.tenders.map((t) => t.tenderId).sort();
    expect(tenderIds).toHaveLength(2);

    const event = (await live.next()).value as SuggestionsEvent;
    await live.return();
    expect(event).toMatchObject({ memberId: memberId.byCpvAndRegion, kind: 'tender_alert' });

    for (const who of ['byCpvAndRegion', 'byBroaderSkill']) {
      const res = await gql<Matches>(fixture.app, MATCHES, {}, token[who]);
      expect(res.errors).toBeUndefined();
      const [match, ...more] = res.data!.myTenderAlertMatches;
      expect(more).toEqual([]);
      expect([...match!.tenderIds].sort()).toEqual(tenderIds);
      expect(match!.explanation).toContain('Rouen Habitat');
      if (who === 'byCpvAndRegion') expect(event.suggestionIds).toEqual([match!.id]);
    }
    // Stored as a code with its parameters: the reader's language, never an English sentence.
    const translated = await gql<{ myTenderAlertMatches: { en: string; fr: string; nl: string }[] }>(
      fixture.app,
      '{ myTenderAlertMatches { en: explanation(language: EN) fr: explanation(language: FR) nl: explanation(language: NL) } }',
      {},
      token.byCpvAndRegion,
    );
    expect(translated.errors).toBeUndefined();
    const [inFrench] = translated.data!.myTenderAlertMatches;
    expect(inFrench!.en).toMatch(/CPV 77000000, region FRD/);
    expect(inFrench!.fr).toMatch(/^Nouvel avis .* correspond à votre alerte : CPV 77000000, région FRD\./);
    expect(inFrench!.nl).toMatch(/^Nieuwe aankondiging .* past bij uw melding: CPV 77000000, regio FRD\./);
    expect(`${inFrench!.fr} ${inFrench!.nl}`).not.toMatch(/matches your alert|New notice/);
    for (const who of ['otherCpv', 'otherRegion', 'importer']) {
      const res = await gql<Matches>(fixture.app, MATCHES, {}, token[who]);
      expect(res.data!.myTenderAlertMatches).toEqual([]);
    }

    const again = await gql<{ importNotice: { created: boolean } }>(
      fixture.app,
      IMPORT,
      { xml },
      token.importer,
    );
    expect(again.data!.importNotice.created).toBe(false);
    const still = await gql<Matches>(fixture.app, MATCHES, {}, token.byCpvAndRegion);
    expect(still.data!.myTenderAlertMatches).toHaveLength(1);
  });

  it('keeps each member’s follows to themselves', async () => {
    const created = await follow('otherCpv', { regions: ['LU'] });
    const id = created.data!.followTenders.id;
    const someoneElse = await gql(
      fixture.app,
      'mutation($id: ID!) { unfollowTenders(id: $id) }',
      { id },
      token.importer,
    );
    expect(someoneElse.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const listed = await gql<{ myTenderAlerts: { id: string }[] }>(
      fixture.app,
      '{ myTenderAlerts { id } }',
      {},
      token.otherCpv,
    );
    expect(listed.data!.myTenderAlerts.map((a) => a.id)).toContain(id);
    const own = await gql(
      fixture.app,
      'mutation($id: ID!) { unfollowTenders(id: $id) }',
      { id },
      token.otherCpv,
    );
    expect(own.data).toEqual({ unfollowTenders: true });
    const after = await gql<{ myTenderAlerts: { id: string }[] }>(
      fixture.app,
      '{ myTenderAlerts { id } }',
      {},
      token.otherCpv,
    );
    expect(after.data!.myTenderAlerts.map((a) => a.id)).not.toContain(id);
  });

  it('exports a member’s follows and erases them with the member', async () => {
    const followed = await follow('erased', { cpv: ['45000000'] });
    const exported = await gql<{ exportMyData: { tenderAlerts: { id: string; cpv: string[] }[] } }>(
      fixture.app,
      '{ exportMyData }',
      {},
      token.erased,
    );
    expect(exported.data!.exportMyData.tenderAlerts).toEqual([
      expect.objectContaining({ id: followed.data!.followTenders.id, cpv: ['45000000'] }),
    ]);
    const me = fixture.dataset.members.find((m) => m.id === memberId.erased)!;
    const erased = await gql(
      fixture.app,
      'mutation($h: String!) { eraseMe(confirmHandle: $h) }',
      { h: me.handle },
      token.erased,
    );
    expect(erased.data).toEqual({ eraseMe: true });
    const left = await fixture.services.graph.read<{ n: number }>(
      'MATCH (a:TenderAlert) WHERE a.memberId = $id RETURN count(a) AS n',
      { id: memberId.erased },
    );
    expect(left[0]!.n).toBe(0);
  });
});
