// The admin's account list: found by a part of the e-mail (case-insensitive), paged with a
// total, and roles granted then withdrawn through setRoles, each change in the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiFixture, gql, startApiFixture } from '../api/apiFixture.js';
import { accountFor, bearer } from '../api/authHelpers.js';

let fixture: ApiFixture;
let admin: string;

beforeAll(async () => {
  fixture = await startApiFixture({ members: 40 });
  admin = await accountFor(fixture.app, fixture.services, {
    email: 'root@admin.test',
    memberId: null,
    roles: ['admin'],
  });
  for (const [i, member] of fixture.dataset.members.slice(0, 3).entries()) {
    await accountFor(fixture.app, fixture.services, {
      email: `Adviser.${i}@Coop.test`,
      memberId: member.id,
      roles: ['member'],
    });
  }
}, 60_000);
afterAll(async () => {
  await fixture?.close();
});

interface Accounts {
  accounts: { totalCount: number; edges: { node: { email: string; roles: string[] } }[] };
}
const ACCOUNTS =
  'query($s: String, $n: Int) { accounts(search: $s, first: $n) { totalCount edges { node { email roles } } } }';

describe('accounts for admins', () => {
  it('finds accounts by a part of their e-mail, in e-mail order, with the total', async () => {
    const res = await gql<Accounts>(fixture.app, ACCOUNTS, { s: 'ADVISER', n: 2 }, bearer(admin));
    expect(res.errors).toBeUndefined();
    expect(res.data!.accounts.totalCount).toBe(3);
    expect(res.data!.accounts.edges.map((e) => e.node.email)).toEqual([
      'adviser.0@coop.test',
      'adviser.1@coop.test',
    ]);
    const all = await gql<Accounts>(fixture.app, ACCOUNTS, {}, bearer(admin));
    expect(all.data!.accounts.totalCount).toBe(4);
    const long = await gql(fixture.app, ACCOUNTS, { s: 'x'.repeat(201) }, bearer(admin));
    expect(long.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('grants and withdraws the conseiller role, each change audited', async () => {
    const filiere = fixture.dataset.filieres[0]!.id;
    const grant = await gql(
      fixture.app,
      'mutation($e: String!, $f: [String!]) { setRoles(email: $e, roles: [MEMBER, CONSEILLER], scopeFilieres: $f) { roles scopeFilieres } }',
      { e: 'adviser.1@coop.test', f: [filiere] },
      bearer(admin),
    );
    expect(grant.data).toEqual({ setRoles: { roles: ['MEMBER', 'CONSEILLER'], scopeFilieres: [filiere] } });
    const withdraw = await gql(
      fixture.app,
      'mutation($e: String!) { setRoles(email: $e, roles: [MEMBER]) { roles scopeFilieres } }',
      { e: 'adviser.1@coop.test' },
      bearer(admin),
    );
    expect(withdraw.data).toEqual({ setRoles: { roles: ['MEMBER'], scopeFilieres: [] } });
    const audit = await gql<{ auditEvents: { totalCount: number } }>(
      fixture.app,
      '{ auditEvents(action: "account.roles_changed") { totalCount } }',
      {},
      bearer(admin),
    );
    expect(audit.data!.auditEvents.totalCount).toBe(2);
  });
});
