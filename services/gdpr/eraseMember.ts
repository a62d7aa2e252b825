// The right to erasure, asked by the member or done by an admin: the graph
// forgets the member in one transaction (graph/repositories/erasureRepository.ts),
// then the live connections of the erased accounts are told to close, and the
// hooks clean the derived stores (search index, proposed filières).
import { BadUserInputError } from '../../domain/errors.js';
import { ERASED } from '../../graph/repositories/auditRepository.js';
import { announceSessionsEnded } from '../accounts/sessionsEnded.js';
import type { Services } from '../services.js';
import { actingMemberId, type UseCaseContext } from '../useCaseContext.js';
import { memberIdByHandle } from './memberIdByHandle.js';

export interface ErasureRequest {
  memberId: string;
  /** "self", or the id of the admin account that erased the member. */
  by: 'self' | { adminAccountId: string };
}

/** False when there is no such member (nothing changed). */
export async function eraseMember(
  services: Pick<Services, 'repositories' | 'events' | 'onMemberErased'>,
  request: ErasureRequest,
  now = Date.now(),
): Promise<boolean> {
  const { memberId, by } = request;
  const accountIds = await services.repositories.erasure.erase(memberId, {
    actorId: by === 'self' ? ERASED : by.adminAccountId,
    by: by === 'self' ? 'self' : 'admin',
    at: now,
  });
  if (accountIds === null) return false;
  await announceSessionsEnded(services, accountIds);
  for (const hook of services.onMemberErased) await hook(memberId);
  return true;
}

/** A member erasing themself confirms with their handle; a wrong one changes nothing. */
export async function eraseOwnProfile(context: UseCaseContext, confirmHandle: string): Promise<void> {
  const memberId = actingMemberId(context);
  const member = await context.services.repositories.members.get(memberId);
  if (member?.handle !== confirmHandle) throw BadUserInputError.at(['confirmHandle'], 'must be your handle');
  await eraseMember(context.services, { memberId, by: 'self' });
}

/** An admin erases a member named by handle; the erasure's own audit event names the admin. */
export async function eraseMemberByHandle(context: UseCaseContext, handle: string): Promise<boolean> {
  return eraseMember(context.services, {
    memberId: await memberIdByHandle(context.services, handle),
    by: { adminAccountId: context.viewer.accountId ?? 'unknown' },
  });
}
