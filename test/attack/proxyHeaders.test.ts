// Attack over real HTTP (issue 17, finding 6): one client varies X-Forwarded-For
// to get a fresh per-IP rate-limit budget on every request. Proxy headers must
// count only when TRUST_PROXY names the proxy (by address or hop count); by
// default, in production too, the client is the socket's address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiFixture, startApiFixture } from '../api/apiFixture.js';

/** Low on purpose: the attack is the same with 5 as with 600, and costs 20 requests a case, not 700. */
const LIMIT = 5;
const REQUESTS = 4 * LIMIT;

const fixtures: ApiFixture[] = [];

afterAll(async () => {
  await Promise.all(fixtures.map((f) => f.close()));
});

async function server(env: Record<string, string>): Promise<string> {
  const fixture = await startApiFixture({
    members: 5,
    env,
    app: { rateLimit: { max: LIMIT, timeWindowMs: 60_000 } },
  });
  fixtures.push(fixture);
  return fixture.app.listen({ host: '127.0.0.1', port: 0 });
}

/** Anonymous queries from this one client, the i-th claiming to forward `forwardedFor(i)`. */
async function statuses(base: string, forwardedFor: (i: number) => string): Promise<number[]> {
  const codes: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor(i) },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    codes.push(response.status);
    await response.body?.cancel();
  }
  return codes;
}

const varied = (i: number) => `203.0.113.${i + 1}`;
const count = (codes: number[], status: number) => codes.filter((c) => c === status).length;

describe('X-Forwarded-For and the per-IP rate limit', () => {
  let production: string;
  let behindProxy: string;
  let behindOneHop: string;

  beforeAll(async () => {
    [production, behindProxy, behindOneHop] = await Promise.all([
      server({ NODE_ENV: 'production' }),
      // The test client plays the proxy: it connects from 127.0.0.1.
      server({ NODE_ENV: 'production', TRUST_PROXY: '127.0.0.1' }),
      server({ NODE_ENV: 'production', TRUST_PROXY: '1' }),
    ]);
  });

  it('ignores the header when no proxy is configured: varied addresses share one budget', async () => {
    const codes = await statuses(production, varied);
    expect(count(codes, 200)).toBe(LIMIT);
    expect(count(codes, 429)).toBe(REQUESTS - LIMIT);
  });

  it('believes a configured proxy: each forwarded client has its own budget', async () => {
    expect(count(await statuses(behindProxy, varied), 200)).toBe(REQUESTS);
    // ...and one client behind it is still limited.
    const codes = await statuses(behindProxy, () => '198.51.100.7');
    expect(count(codes, 200)).toBe(LIMIT);
  });

  it('with a hop count, counts the address the nearest proxy saw, not what the client wrote', async () => {
    // The client writes a different first address each time; the proxy appended the same last one.
    const codes = await statuses(behindOneHop, (i) => `${varied(i)}, 198.51.100.9`);
    expect(count(codes, 200)).toBe(LIMIT);
  });
});
