// Accounts end to end: sign-up creates a member and an account, sign-in gives a
// token and a cookie, sessions are revocable, passwords change and reset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiFixture, gql, startApiFixture } from './apiFixture.js';
import { bearer, recordingMail } from './authHelpers.js';

let fixture: ApiFixture;
const mail = recordingMail();
const ME = '{ me { email roles member { handle name email } } }';
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token expiresAt account { email roles } } }`;
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';

beforeAll(async () => {
  fixture = await startApiFixture({
    members: 50,
    mail: mail.port,
    env: { PASSERELLE_ADMIN_EMAIL: 'admin@example.org', PASSERELLE_ADMIN_PASSWORD: 'admin-password-1' },
  });
});
afterAll(() => fixture?.close());

async function signUp(email: string, name = 'Léa Martin') {
  return gql<{ signUp: { token: string; account: { email: string; roles: string[] } } }>(
    fixture.app,
    SIGN_UP,
    {
      input: { email, password: 'a long password', name },
    },
  );
}

describe('accounts', () => {
  it('signs up: a member and an account in one go, signed in by bearer token', async () => {
    const res = await signUp('Lea@Example.org');
    expect(res.errors).toBeUndefined();
    expect(res.data!.signUp.account).toEqual({ email: 'lea@example.org', roles: ['MEMBER'] });
    const me = await gql<{ me: { member: { name: string; email: string; handle: string } } }>(
      fixture.app,
      ME,
      {},
      bearer(res.data!.signUp.token),
    );
    expect(me.data!.me.member).toMatchObject({ name: 'Léa Martin', email: 'lea@example.org' });
    expect(me.data!.me.member.handle).toMatch(/^lea-martin-[a-z0-9]{6}$/);
  });

  it('stores the three suggestion consents false at sign-up, and true once ticked', async () => {
    const res = await signUp('consent@example.org', 'Consent Newcomer');
    const token = bearer(res.data!.signUp.token);
    const PRIVACY = '{ me { member { privacy { suggestForBids suggestForMentoring suggestForFilieres } } } }';
    type Privacy = { me: { member: { privacy: Record<string, boolean> } } };
    const fresh = await gql<Privacy>(fixture.app, PRIVACY, {}, token);
    expect(fresh.data!.me.member.privacy).toEqual({
      suggestForBids: false,
      suggestForMentoring: false,
      suggestForFilieres: false,
    });
    const ticked = await gql(
      fixture.app,
      'mutation { setMyPrivacy(input: { suggestForBids: true, suggestForFilieres: true }) { handle } }',
      {},
      token,
    );
    expect(ticked.errors).toBeUndefined();
    const stored = await gql<Privacy>(fixture.app, PRIVACY, {}, token);
    expect(stored.data!.me.member.privacy).toEqual({
      suggestForBids: true,
      suggestForMentoring: false,
      suggestForFilieres: true,
    });
  });

  it('refuses a second sign-up with the same e-mail and writes nothing', async () => {
    const before = await fixture.services.graph.read<{ n: number }>('MATCH (m:Member) RETURN count(m) AS n');
    const res = await signUp('lea@example.org', 'Someone Else');
    expect(res.errors![0]!.extensions!.code).toBe('CONFLICT');
    const after = await fixture.services.graph.read<{ n: number }>('MATCH (m:Member) RETURN count(m) AS n');
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('names the failing field of a bad sign-up', async () => {
    const res = await gql(fixture.app, SIGN_UP, {
      input: { email: 'x@example.org', password: 'short', name: 'X' },
    });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
  });

  it('sets an httpOnly SameSite cookie that authenticates with the CSRF header', async () => {
    const response = await fixture.app.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query: SIGN_IN, variables: { e: 'lea@example.org', p: 'a long password' } },
    });
    const cookie = response.cookies.find((c) => c.name === 'passerelle_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await fixture.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', cookie: `passerelle_session=${cookie.value}` },
      payload: JSON.stringify({ query: ME }),
    });
    expect(me.json().data.me.email).toBe('lea@example.org');
  });

  it('revokes the session on sign-out', async () => {
    const token = (
      await gql<{ signIn: { token: string } }>(fixture.app, SIGN_IN, {
        e: 'lea@example.org',
        p: 'a long password',
      })
    ).data!.signIn.token;
    const out = await gql(fixture.app, 'mutation { signOut }', {}, bearer(token));
    expect(out.data).toEqual({ signOut: true });
    const me = await gql<{ me: unknown }>(fixture.app, ME, {}, bearer(token));
    expect(me.data!.me).toBeNull();
  });

  it('changes the password and signs out the other sessions', async () => {
    const signIn = async (p: string) =>
      gql<{ signIn: { token: string } }>(fixture.app, SIGN_IN, { e: 'lea@example.org', p });
    const first = (await signIn('a long password')).data!.signIn.token;
    const second = (await signIn('a long password')).data!.signIn.token;
    const wrong = await gql(
      fixture.app,
      'mutation { changePassword(currentPassword: "not it at all", newPassword: "another long one") }',
      {},
      bearer(first),
    );
    expect(wrong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const ok = await gql(
      fixture.app,
      'mutation { changePassword(currentPassword: "a long password", newPassword: "another long one") }',
      {},
      bearer(first),
    );
    expect(ok.data).toEqual({ changePassword: true });
    expect((await gql<{ me: unknown }>(fixture.app, ME, {}, bearer(second))).data!.me).toBeNull();
    expect((await gql<{ me: unknown }>(fixture.app, ME, {}, bearer(first))).data!.me).not.toBeNull();
    expect((await signIn('another long one')).data!.signIn.token).toHaveLength(43);
  });

  it('resets a password with the mailed code, once', async () => {
    const asked = await gql(fixture.app, 'mutation { requestPasswordReset(email: "lea@example.org") }');
    expect(asked.data).toEqual({ requestPasswordReset: true });
    const unknown = await gql(fixture.app, 'mutation { requestPasswordReset(email: "nobody@example.org") }');
    expect(unknown.data).toEqual({ requestPasswordReset: true });
    expect(mail.sent.map((m) => m.to)).toEqual(['lea@example.org']);
    const code = /\n\n([A-Za-z0-9_-]{43})\n\n/.exec(mail.sent[0]!.text)![1]!;
    const reset = 'mutation($t: String!) { resetPassword(token: $t, newPassword: "a third password") }';
    expect((await gql(fixture.app, reset, { t: code })).data).toEqual({ resetPassword: true });
    const again = await gql(fixture.app, reset, { t: code });
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    const signIn = await gql(fixture.app, SIGN_IN, { e: 'lea@example.org', p: 'a third password' });
    expect(signIn.errors).toBeUndefined();
  });

  it('creates the boot admin once, idempotently', async () => {
    const { ensureBootAdmin } = await import('../../services/accounts/bootAdmin.js');
    expect(await ensureBootAdmin(fixture.services)).toBe('present');
    const token = (
      await gql<{ signIn: { token: string } }>(fixture.app, SIGN_IN, {
        e: 'admin@example.org',
        p: 'admin-password-1',
      })
    ).data!.signIn.token;
    const me = await gql<{ me: { roles: string[]; member: unknown } }>(fixture.app, ME, {}, bearer(token));
    expect(me.data!.me).toEqual({ email: 'admin@example.org', roles: ['ADMIN'], member: null });
  });

  it('locks sign-in for an e-mail after five wrong passwords, even with the right one', async () => {
    await signUp('target@example.org', 'Target Person');
    for (let i = 0; i < 5; i++) {
      const res = await gql(fixture.app, SIGN_IN, { e: 'target@example.org', p: `wrong guess ${i}` });
      expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
    const locked = await gql(fixture.app, SIGN_IN, { e: 'target@example.org', p: 'a long password' });
    expect(locked.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(locked.errors![0]!.message).toMatch(/Too many failed sign-in attempts/);
    const other = await gql(fixture.app, SIGN_IN, { e: 'lea@example.org', p: 'a third password' });
    expect(other.errors).toBeUndefined();
  });
});
