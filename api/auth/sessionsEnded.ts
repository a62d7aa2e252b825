// Announces that sessions of an account ended (sign-out, password change or
// reset, erasure) on the event bus, so every API instance closes the WebSocket
// connections opened with them (api/plugins/subscriptions.ts) and forgets
// them in its session cache (api/auth/sessionCache.ts).

import type { Services } from '../../services/services.js';
import { topics } from '../../workers/events/eventBus.js';
import { dropCachedSessions } from './sessionCache.js';

/**
 * Best effort: a lost notice (event bus down) only delays the close, since every socket
 * re-checks its session before each event it delivers; the session itself is already
 * revoked in the store, which is what counts.
 */
export async function announceSessionsEnded(
  services: Pick<Services, 'events'>,
  accountIds: readonly string[],
  now = Date.now(),
): Promise<void> {
  // This instance forgets them before answering; the others when the notice reaches them.
  dropCachedSessions(services.events, accountIds);
  await Promise.allSettled(
    accountIds.map((accountId) =>
      services.events.publish(topics.sessionsEnded(accountId), { accountId, at: now }),
    ),
  );
}
