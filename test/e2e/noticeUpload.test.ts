// POST /notices end to end: the real 1.7 MB 100-lot eForms notice, refused by
// /graphql (1 MiB body limit: the HTTP 413 users met), is imported through the
// route sized for notices: one tender per lot, expired lots closed. Only signed-in
// importers may upload; a cookie session needs the CSRF header; a broken notice is a
// 400 whose problems carry codes and parameters, and nothing is written; uploads
// are rate limited.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplePath } from '../../procurement/testing/sharedData.js';
import { type ApiFixture, gql, startApiFixture } from '../api/apiFixture.js';
import { accountFor } from '../api/authHelpers.js';

const HUNDRED_LOTS = readFileSync(examplePath('cn_24_maximal_100_lots.xml'), 'utf8');

interface UploadBody {
  created?: boolean;
  notice?: { noticeId: string; title: string };
  tenders?: { tenderId: string; title: string }[];
  expired?: number;
  errors?: {
    message: string;
    extensions: {
      code: string;
      problems?: { reason?: { code: string; params?: Record<string, unknown> } }[];
    };
  }[];
}

describe('POST /notices', () => {
  let fixture: ApiFixture;
  let token: string;
  const tenderCount = async () =>
    (await fixture.services.graph.read<{ n: number }>('MATCH (t:Tender) RETURN count(t) AS n'))[0]!.n;
  const upload = async (body: string, headers: Record<string, string>) => {
    const res = await fixture.app.inject({
      method: 'POST',
      url: '/notices',
      headers: { 'content-type': 'application/xml', ...headers },
      payload: body,
    });
    return { status: res.statusCode, body: res.json<UploadBody>() };
  };

  beforeAll(async () => {
    fixture = await startApiFixture({ members: 50 });
    token = await accountFor(fixture.app, fixture.services, {
      email: 'uploader@notice.test',
      memberId: fixture.dataset.members[0]!.id,
      roles: ['member'],
    });
  }, 60_000);

  afterAll(async () => {
    await fixture?.close();
  });

  it('is needed: /graphql refuses the 100-lot notice as too large', async () => {
    expect(Buffer.byteLength(HUNDRED_LOTS)).toBeGreaterThan(1024 * 1024);
    const res = await gql(
      fixture.app,
      'mutation($xml: String!) { importNotice(xml: $xml) { created } }',
      { xml: HUNDRED_LOTS },
      { authorization: `Bearer ${token}` },
    );
    expect(res.status).toBe(413);
  });

  it('imports the 100-lot notice: one tender per lot, expired lots closed', async () => {
    const before = await tenderCount();
    const { status, body } = await upload(HUNDRED_LOTS, { authorization: `Bearer ${token}` });
    expect(status).toBe(200);
    expect(body.created).toBe(true);
    expect(body.tenders).toHaveLength(100);
    expect(await tenderCount()).toBe(before + 100);
    // Every lot of this 2023 notice is past its deadline: imported closed, and said so.
    expect(body.expired).toBe(100);
    const one = await gql<{ tender: { status: string; expired: boolean; placeName: string | null } }>(
      fixture.app,
      'query($id: String!) { tender(id: $id) { status expired placeName } }',
      { id: body.tenders![0]!.tenderId },
      { authorization: `Bearer ${token}` },
    );
    expect(one.data?.tender).toMatchObject({ status: 'CLOSED', expired: true });
  }, 60_000);

  it('answers the same notice again without writing anything', async () => {
    const before = await tenderCount();
    const { status, body } = await upload(HUNDRED_LOTS, { authorization: `Bearer ${token}` });
    expect(status).toBe(200);
    expect(body.created).toBe(false);
    expect(await tenderCount()).toBe(before);
  }, 60_000);

  it('refuses visitors, and cookie sessions without the CSRF header', async () => {
    const small = readFileSync(examplePath('cn_24_minimal.xml'), 'utf8');
    expect((await upload(small, {})).status).toBe(401);
    const cookie = `passerelle_session=${token}`;
    expect((await upload(small, { cookie })).status).toBe(403);
    const withHeader = await upload(small, { cookie, 'x-passerelle-csrf': '1' });
    expect(withHeader.status).toBe(200);
    expect(withHeader.body.created).toBe(true);
  });

  it('refuses a broken notice with coded problems and writes nothing', async () => {
    const before = await tenderCount();
    const empty = readFileSync(examplePath('INVALID_cn_24_empty.xml'), 'utf8');
    const { status, body } = await upload(empty, { authorization: `Bearer ${token}` });
    expect(status).toBe(400);
    const error = body.errors![0]!;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    const codes = error.extensions.problems!.map((p) => p.reason?.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((code) => typeof code === 'string' && code.startsWith('eforms.'))).toBe(true);
    expect(error.extensions.problems![0]!.reason?.params).toHaveProperty('element');

    const hostile = await upload('<!DOCTYPE x [<!ENTITY a "a">]><x>&a;</x>', {
      authorization: `Bearer ${token}`,
    });
    expect(hostile.status).toBe(400);
    expect(hostile.body.errors![0]!.extensions.problems![0]).toMatchObject({
      reason: { code: 'eforms.xml.declaration', params: { keyword: 'DOCTYPE', line: 1 } },
    });
    expect(await tenderCount()).toBe(before);
  });

  it('limits how many notices one account uploads a minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      statuses.push((await upload('<x/>', { authorization: `Bearer ${token}` })).status);
    }
    expect(statuses).toContain(429);
  });
});
