// A tender's facts through the API: buyer, deadline, budget and a named place are
// stored and read back (placeName edited with updateTender); a tender without a
// place says it is network-wide; a passed deadline reads as expired; the deadline
// stated in a pasted text is offered (fr/nl/en); the list pages forwards and back
// with Relay cursors, 20 a page by default.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiFixture, gql, startApiFixture } from '../api/apiFixture.js';
import { accountFor } from '../api/authHelpers.js';

const FACTS = 'tenderId buyer deadline budget currency placeName networkWide expired status radiusKm';

interface Facts {
  tenderId: string;
  buyer: string;
  deadline: string | null;
  budget: number | null;
  currency: string | null;
  placeName: string | null;
  networkWide: boolean;
  expired: boolean;
  status: string;
  radiusKm: number | null;
}

describe('tender facts', () => {
  let fixture: ApiFixture;
  let headers: Record<string, string>;
  let skill: string;
  const call = <T>(query: string, variables: Record<string, unknown> = {}) =>
    gql<T>(fixture.app, query, variables, headers);
  const create = (input: Record<string, unknown>) =>
    call<{ createTender: Facts }>(`mutation($i: TenderInput!) { createTender(input: $i) { ${FACTS} } }`, {
      i: { title: 'Exposition', requirements: [{ skill, minLevel: 2 }], ...input },
    });

  beforeAll(async () => {
    fixture = await startApiFixture({ members: 40 });
    const token = await accountFor(fixture.app, fixture.services, {
      email: 'facts@tender.test',
      memberId: fixture.dataset.members[0]!.id,
      roles: ['member'],
    });
    headers = { authorization: `Bearer ${token}` };
    skill = fixture.dataset.skills[0]!.id;
  }, 60_000);

  afterAll(async () => {
    await fixture?.close();
  });

  it('stores buyer, deadline, budget and the place name, and edits the place', async () => {
    const created = await create({
      buyer: 'Ville de Lille',
      deadline: '2099-03-15T11:00:00.000Z',
      budget: 45000,
      currency: 'EUR',
      lat: 50.63,
      lon: 3.06,
      radiusKm: 50,
      placeName: 'La Coroutine (Lille)',
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createTender).toMatchObject({
      buyer: 'Ville de Lille',
      deadline: '2099-03-15T11:00:00.000Z',
      budget: 45000,
      currency: 'EUR',
      placeName: 'La Coroutine (Lille)',
      networkWide: false,
      expired: false,
      status: 'OPEN',
    });
    const id = created.data!.createTender.tenderId;
    const updated = await call<{ updateTender: Facts }>(
      `mutation($id: String!, $i: TenderInput!) { updateTender(id: $id, input: $i) { ${FACTS} } }`,
      { id, i: { placeName: 'Roubaix', lat: 50.69, lon: 3.17 } },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateTender).toMatchObject({ placeName: 'Roubaix', buyer: 'Ville de Lille' });
    const moved = await call<{ updateTender: Facts }>(
      `mutation($id: String!, $i: TenderInput!) { updateTender(id: $id, input: $i) { ${FACTS} } }`,
      { id, i: { lat: 50.36, lon: 3.52 } },
    );
    expect(moved.data!.updateTender.placeName).toBeNull();
  });

  it('says a tender without a place is network-wide, and a passed deadline expired', async () => {
    const created = await create({ deadline: '2020-01-01T00:00:00.000Z' });
    expect(created.data!.createTender).toMatchObject({ networkWide: true, expired: true, placeName: null });
  });

  it('refuses a place name that is too long, naming the field', async () => {
    const res = await create({ placeName: 'x'.repeat(201) });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe('input.placeName');
  });

  it('offers the deadline a pasted text states, in French, Dutch and English', async () => {
    const read = async (text: string) =>
      (
        await call<{ extractTenderDeadline: { deadline: string; because: string } | null }>(
          'query($t: String!) { extractTenderDeadline(text: $t) { deadline because } }',
          { t: text },
        )
      ).data!.extractTenderDeadline;
    expect(await read('Date limite de remise des offres : 15 mars 2027 à 12h00')).toEqual({
      deadline: '2027-03-15T11:00:00.000Z',
      because: 'Date limite de remise des offres : 15 mars 2027 à 12h00',
    });
    expect((await read('Offertes uiterlijk op 2 april 2027 indienen'))?.deadline).toBe(
      '2027-04-02T21:59:00.000Z',
    );
    expect((await read('Submission deadline: May 3, 2027'))?.deadline).toBe('2027-05-03T21:59:00.000Z');
    expect(await read('Exposition du 2 mai au 30 juin 2027')).toBeNull();
  });

  it('pages the list forwards and back with Relay cursors, 20 a page by default', async () => {
    for (let i = 0; i < 22; i++) expect((await create({ title: `Appel ${i}` })).errors).toBeUndefined();
    type Page = {
      tenders: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
        edges: { node: { tenderId: string } }[];
      };
    };
    const page = (args: string) =>
      call<Page>(
        `query { tenders(${args}) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { tenderId } } } }`,
      );
    const first = (await page('first: 20')).data!.tenders;
    expect(first.edges).toHaveLength(20);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await page(`first: 20, after: "${first.pageInfo.endCursor}"`)).data!.tenders;
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect(second.edges.map((e) => e.node.tenderId)).not.toContain(first.edges[0]!.node.tenderId);
    const back = (await page(`last: 20, before: "${second.pageInfo.startCursor}"`)).data!.tenders;
    expect(back.edges.map((e) => e.node.tenderId)).toEqual(first.edges.map((e) => e.node.tenderId));
    expect(back.pageInfo.hasNextPage).toBe(true);
  });
});
