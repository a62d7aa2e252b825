// Writes one audit event for a conseiller or admin action. Details must hold
// no personal data: ids of accounts, slugs of filières and spaces, role names.
import { newId } from '../../domain/ids.js';
import type { UseCaseContext } from '../useCaseContext.js';

export async function recordAction(
  context: UseCaseContext,
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
