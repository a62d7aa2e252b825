// Writes one audit event for a conseiller or admin action. Details must hold
// no personal data: ids of accounts, slugs of filières and spaces, role names.
// Called by the use cases (services/) and by the API's admin resolvers.
import { newId } from '../../domain/ids.js';
import type { UseCaseContext } from '../useCaseContext.js';

export async function recordAction(
  context: { services: Pick<UseCaseContext['services'], 'audit'>; viewer: UseCaseContext['viewer'] },
  action: string,
  target: { kind: string; id: string },
  details: Record<string, unknown> = {},
): Promise<void> {
  await context.services.audit.record({
    id: newId('aud'),
    actorId: context.viewer.accountId ?? 'anonymous',
    action,
    targetKind: target.kind,
    targetId: target.id,
    at: Date.now(),
    details: JSON.stringify(details),
  });
}
