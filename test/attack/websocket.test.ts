// Attacks over the real WebSocket (graphql-ws on a listening server, embedded
// stores). Issue 17, finding 5: a socket must not outlive its session (sign-out,
// password change or reset, erasure, expiry, or a session revoked without any notice). Finding 7:
// socket operations go through the same pipeline as HTTP, so the query limits
// (aliases, tokens) and production's hidden field suggestions apply to them.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../api/buildApp.js';
import { QUERY_LIMITS } from '../../api/plugins/queryLimits.js';
import { SESSION_ENDED_CLOSE_CODE } from '../../api/plugins/subscriptions.js';
import { loadConfig } from '../../domain/config.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { type JobProgressEvent, topics } from '../../messaging/events/eventBus.js';
import { openEventBus } from '../../messaging/events/openEventBus.js';
import { newSecretToken, tokenDigest } from '../../services/accounts/secretTokens.js';
import { announceSessionsEnded } from '../../services/accounts/sessionsEnded.js';
import { closeServices, openServices } from '../../services/openServices.js';
import { type ApiFixture, gql, startApiFixture } from '../api/apiFixture.js';
import { accountFor, bearer, recordingMail, signInToken, TEST_PASSWORD } from '../api/authHelpers.js';
import { openRawSocket, type RawSocket } from './rawSocket.js';

const JOB_PROGRESS = 'subscription($id: ID!) { jobProgress(id: $id) { jobId state } }';

let fixture: ApiFixture;
let production: ApiFixture;
let url: string;
let productionUrl: string;
const sockets: RawSocket[] = [];
let memberIndex = 0;
const mail = recordingMail();

beforeAll(async () => {
  [fixture, production] = await Promise.all([
    startApiFixture({ members: 40, mail: mail.port }),
    startApiFixture({ members: 5, env: { NODE_ENV: 'production' } }),
  ]);
  url = await fixture.app.listen({ host: '127.0.0.1', port: 0 });
  productionUrl = await production.app.listen({ host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await Promise.all([fixture?.close(), production?.close()]);
});

/** A member of the seeded network with an account, signed in once. */
async function newMember(app = fixture) {
  const members = app.dataset.members;
  const member = members[memberIndex++ % members.length]!;
  const email = `ws-${memberIndex}@example.org`;
  const token = await accountFor(app.app, app.services, { email, memberId: member.id, roles: ['member'] });
  return { member, email, token };
}

async function socketFor(token: string, base = url): Promise<RawSocket> {
  const socket = await openRawSocket(base, { authorization: `Bearer ${token}` });
  sockets.push(socket);
  return socket;
}

/**
 * Subscribes the socket to a job the member requested and waits for the job's snapshot,
 * which the server sends once its event bus listens: events published after it arrive.
 */
async function followOwnJob(socket: RawSocket, token: string, id = 'job'): Promise<string> {
  const res = await gql<{ refreshMySuggestions: string }>(
    fixture.app,
    'mutation { refreshMySuggestions }',
    {},
    bearer(token),
  );
  const jobId = res.data!.refreshMySuggestions;
  socket.subscribe(id, JOB_PROGRESS, { id: jobId });
  expect(await socket.next()).toMatchObject({
    type: 'next',
    id,
    payload: { data: { jobProgress: { jobId } } },
  });
  return jobId;
}

function progress(jobId: string): JobProgressEvent {
  return { jobId, queue: 'suggestions', state: 'active', progress: null, result: null, error: null, at: 1 };
}

describe('a socket does not outlive its session', () => {
  it('closes the socket of a session that signs out, and only that one', async () => {
    const { email, token } = await newMember();
    const otherToken = await signInToken(fixture.app, email, TEST_PASSWORD);
    const signingOut = await socketFor(token);
    const staying = await socketFor(otherToken);
    const jobId = await followOwnJob(staying, otherToken);

    const res = await gql(fixture.app, 'mutation { signOut }', {}, bearer(token));
    expect(res.errors).toBeUndefined();
    expect(await signingOut.closed).toMatchObject({ code: SESSION_ENDED_CLOSE_CODE });

    // The account's other session keeps its socket, and events still reach it.
    await fixture.services.events.publish(topics.jobProgress(jobId), progress(jobId));
    expect(await staying.next()).toMatchObject({
      type: 'next',
      payload: { data: { jobProgress: { jobId, state: 'ACTIVE' } } },
    });
  }, 15_000);

  it('closes the sockets of the other sessions after a password change', async () => {
    const { email, token } = await newMember();
    const current = await signInToken(fixture.app, email, TEST_PASSWORD);
    const other = await socketFor(token);
    const mine = await socketFor(current);
    const jobId = await followOwnJob(mine, current);

    const res = await gql(
      fixture.app,
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
      { c: TEST_PASSWORD, n: 'another long passphrase 42' },
      bearer(current),
    );
    expect(res.errors).toBeUndefined();
    expect(await other.closed).toMatchObject({ code: SESSION_ENDED_CLOSE_CODE });
    await fixture.services.events.publish(topics.jobProgress(jobId), progress(jobId));
    expect(await mine.next()).toMatchObject({ type: 'next', payload: { data: { jobProgress: { jobId } } } });
  }, 15_000);

  it('closes every socket of the account after a password reset', async () => {
    const { email, token } = await newMember();
    const socket = await socketFor(token);
    await followOwnJob(socket, token);
    await gql(fixture.app, 'mutation($e: String!) { requestPasswordReset(email: $e) }', { e: email });
    const sent = mail.sent.find((m) => m.to === email)!;
    const code = /\n\n([A-Za-z0-9_-]{43})\n\n/.exec(sent.text)![1]!;
    const res = await gql(
      fixture.app,
      'mutation($t: String!) { resetPassword(token: $t, newPassword: "a reset long passphrase") }',
      { t: code },
    );
    expect(res.errors).toBeUndefined();
    expect(await socket.closed).toMatchObject({ code: SESSION_ENDED_CLOSE_CODE });
  }, 15_000);

  it('closes every socket of a member who erases their account', async () => {
    const { member, token } = await newMember();
    const socket = await socketFor(token);
    await followOwnJob(socket, token);
    const res = await gql(
      fixture.app,
      'mutation($h: String!) { eraseMe(confirmHandle: $h) }',
      { h: member.handle },
      bearer(token),
    );
    expect(res.errors).toBeUndefined();
    expect(await socket.closed).toMatchObject({ code: SESSION_ENDED_CLOSE_CODE });
  }, 15_000);

  it('delivers no event once the session is revoked, even when no notice came', async () => {
    const { token } = await newMember();
    const socket = await socketFor(token);
    const jobId = await followOwnJob(socket, token);
    // As if another instance revoked it and its notice was lost: only the store knows.
    await fixture.services.sessions.revoke(tokenDigest(token));
    await fixture.services.events.publish(topics.jobProgress(jobId), progress(jobId));
    await expect(socket.next()).rejects.toMatchObject({ code: SESSION_ENDED_CLOSE_CODE });
  }, 15_000);

  it('closes the socket when its session expires', async () => {
    const { email } = await newMember();
    const account = await fixture.services.accounts.getByEmail(email);
    const token = newSecretToken();
    const now = Date.now();
    const lifeMs = 3000; // room to connect on a busy machine before it ends
    // A session with a short life, as any session is at the end of its fourteen days.
    await fixture.services.sessions.create({
      id: tokenDigest(token),
      accountId: account!.id,
      createdAt: now,
      expiresAt: now + lifeMs,
    });
    const socket = await socketFor(token);
    const { code } = await socket.closed;
    expect(code).toBe(SESSION_ENDED_CLOSE_CODE);
    expect(Date.now()).toBeGreaterThanOrEqual(now + lifeMs - 50); // closed by the expiry, not at once
  }, 15_000);

  it('refuses a connection whose token was signed out before it connected', async () => {
    const { token } = await newMember();
    await gql(fixture.app, 'mutation { signOut }', {}, bearer(token));
    await expect(openRawSocket(url, { authorization: `Bearer ${token}` })).rejects.toMatchObject({
      code: 4403,
    });
  });
});

describe('across API instances (Redis event bus)', () => {
  const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `passerelle-attack-ws-${process.pid}-${Date.now()}`;

  it('closes a socket when another instance ends its session', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-attack-ws-'));
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent', REDIS_URL });
    const services = await openServices(config, { queue: { prefix } });
    // Another instance: its own connection to the same Redis channels.
    const otherInstance = openEventBus(config, { channelPrefix: prefix });
    const app = await buildApp(services, { logger: false });
    try {
      const dataset = generateNetwork({ members: 3, seed: 5 });
      await services.graph.bulkLoad(dataset);
      const base = await app.listen({ host: '127.0.0.1', port: 0 });
      const email = 'redis-ws@example.org';
      const token = await accountFor(app, services, {
        email,
        memberId: dataset.members[0]!.id,
        roles: ['member'],
      });
      const socket = await socketFor(token, base);
      // The other instance revokes the session in the shared store, then says so on the bus.
      await services.sessions.revoke(tokenDigest(token));
      const account = await services.accounts.getByEmail(email);
      await announceSessionsEnded({ events: otherInstance }, [account!.id]);
      expect(await socket.closed).toMatchObject({ code: SESSION_ENDED_CLOSE_CODE });
    } finally {
      await app.close();
      await otherInstance.close();
      await closeServices(services);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 20_000);
});

describe('socket operations go through the HTTP pipeline and its limits', () => {
  async function refusal(socket: RawSocket, query: string): Promise<string> {
    socket.subscribe('bomb', query);
    const answer = await socket.next();
    expect(answer).toMatchObject({ type: 'error', id: 'bomb' });
    return (answer.payload as { message: string }[]).map((e) => e.message).join(' ');
  }

  it('refuses a subscription with 3,000 aliases, and one just over the alias limit', async () => {
    const { token } = await newMember();
    const socket = await socketFor(token);
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: jobId`).join(' ');
    expect(await refusal(socket, `subscription { mySuggestions { ${aliases(3000)} } }`)).toMatch(
      /token|alias/i,
    );
    expect(
      await refusal(socket, `subscription { mySuggestions { ${aliases(QUERY_LIMITS.maxAliases + 1)} } }`),
    ).toMatch(/alias/i);
    // The connection survives a refused operation: a normal subscription still works.
    await followOwnJob(socket, token, 'normal');
  }, 15_000);

  it('refuses a subscription over the token limit', async () => {
    const { token } = await newMember();
    const socket = await socketFor(token);
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => 'jobId').join(' ');
    expect(await refusal(socket, `subscription { mySuggestions { ${fields} } }`)).toMatch(/token/i);
  });

  it('gives no field suggestions in production, as HTTP does', async () => {
    const { token } = await newMember(production);
    const socket = await socketFor(token, productionUrl);
    const message = await refusal(socket, 'subscription { mySuggestion { jobId } }');
    expect(message).toMatch(/mySuggestion/);
    expect(message).not.toMatch(/did you mean/i);
  });
});
