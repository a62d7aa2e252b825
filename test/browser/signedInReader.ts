// Profiles are for signed-in members ('network' = visible to signed-in members
// only; a visitor sees none): directory journeys sign their browser context in
// as a reader, an account with no profile and no space, who sees exactly the
// profiles visible to the whole network.
import type { BrowserContext } from 'playwright-core';
import { accountFor, TEST_PASSWORD } from '../api/authHelpers.js';
import type { BrowserWorld } from './browserFixture.js';

export async function signInReader(
  world: BrowserWorld,
  context: BrowserContext,
  email: string,
): Promise<void> {
  await accountFor(world.api.app, world.api.services, { email, memberId: null, roles: ['member'] });
  // The context's request client shares its cookies: the session cookie set here is the page's.
  const response = await context.request.post(`${world.baseUrl}/graphql`, {
    data: {
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      variables: { e: email, p: TEST_PASSWORD },
    },
  });
  const body = (await response.json()) as { data?: { signIn?: { token: string } } };
  if (!body.data?.signIn) throw new Error(`reader sign-in failed: ${JSON.stringify(body)}`);
}
