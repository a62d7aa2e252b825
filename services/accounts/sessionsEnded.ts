// Announces that sessions of an account ended (sign-out, password change or
// reset, erasure) on the event bus, so every API instance closes the WebSocket
// connections opened with them (api/plugins/subscriptions.ts).

import { topics } from '../../messaging/events/eventBus.js';
import type { Services } from '../services.js';

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
  await Promise.allSettled(
    accountIds.map((accountId) =>
      services.events.publish(topics.sessionsEnded(accountId), { accountId, at: now }),
    ),
  );
}
