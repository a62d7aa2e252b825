// Announces that sessions of an account ended (sign-out, password change or
// reset, erasure) on the event bus, so every API instance closes the WebSocket
// connections opened with them (api/plugins/subscriptions.ts) and forgets
// them in its session cache (services/accounts/sessionCache.ts).

import { topics } from '../../messaging/events/eventBus.js';
import type { Services } from '../services.js';
import { dropCachedSessions } from './sessionCache.js';

/** Longest wait for the notice to come back from the bus before answering anyway. */
export const ECHO_WAIT_MS = 250;

/**
 * Best effort: a lost notice (event bus down) only delays the close, since every socket
 * re-checks its session before each event it delivers, and a cached session lives at most its
 * TTL; the session itself is already revoked in the store, which is what counts.
 *
 * This instance forgets the sessions at once. For the others, the announcement returns once the
 * notice has come back to this instance through the bus: the bus delivers a notice to every
 * subscriber together, so by then the other instances hold it too, and the caller's next request
 * (to whichever instance) finds the sessions gone.
 */
export async function announceSessionsEnded(
  services: Pick<Services, 'events'>,
  accountIds: readonly string[],
  now = Date.now(),
): Promise<void> {
  dropCachedSessions(services.events, accountIds);
  const echoes = accountIds.map((accountId) => services.events.subscribe(topics.sessionsEnded(accountId)));
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.allSettled(echoes.map((echo) => echo.ready));
    const published = await Promise.allSettled(
      accountIds.map((accountId) =>
        services.events.publish(topics.sessionsEnded(accountId), { accountId, at: now }),
      ),
    );
    if (published.some((outcome) => outcome.status === 'rejected')) return;
    await Promise.race([
      Promise.all(echoes.map((echo) => echo.next())),
      new Promise((resolve) => {
        timer = setTimeout(resolve, ECHO_WAIT_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    for (const echo of echoes) void echo.return();
  }
}
