// The right to erasure: one transaction removes the member node with every
// relationship and lookup keys, their account, sessions and reset tokens, the suggestions about
// or naming them, their mentorships and tender alerts; bids and tenders they led keep existing
// without their id, and old audit events lose it. A final audit event records
// that an erasure happened, with no personal data. Then the live connections of the erased
// accounts are told to close, and hooks (search index) run.
import { newId } from '../../domain/ids.js';
import { ERASED } from '../../graph/repositories/auditRepository.js';
import { deleteMemberKeys } from '../../graph/repositories/memberKeys.js';
import type { Services } from '../../services/services.js';
import { announceSessionsEnded } from '../auth/sessionsEnded.js';

export interface ErasureRequest {
  memberId: string;
  /** "self", or the id of the admin account that erased the member. */
  by: 'self' | { adminAccountId: string };
}

export async function eraseMember(
  services: Services,
  request: ErasureRequest,
  now = Date.now(),
): Promise<boolean> {
  const { memberId: id } = request;
  let erasedAccountIds: string[] = [];
  const erased = await services.graph.transaction(async (tx) => {
    const found = await tx.run('MATCH (m:Member {id: $id}) RETURN m.id AS id', { id });
    if (found.length === 0) return false;
    const accounts = await tx.run<{ id: string }>(
      'MATCH (a:Account) WHERE a.memberId = $id RETURN a.id AS id',
      { id },
    );
    erasedAccountIds = accounts.map((a) => a.id);
    const ids = [id, ...erasedAccountIds];
    for (const accountId of accounts.map((a) => a.id)) {
      await tx.run('MATCH (s:Session) WHERE s.accountId = $accountId DELETE s', { accountId });
      await tx.run('MATCH (r:PasswordReset) WHERE r.accountId = $accountId DELETE r', { accountId });
      await tx.run('MATCH (a:Account {id: $accountId}) DELETE a', { accountId });
    }
    await tx.run('MATCH (s:Suggestion) WHERE s.subjectId = $id OR $id IN s.targetIds DELETE s', {
      id,
    });
    await tx.run('MATCH (x:Mentorship) WHERE x.mentorId = $id OR x.menteeId = $id DELETE x', { id });
    await tx.run('MATCH (r:MentorRequest {memberId: $id}) DELETE r', { id });
    await tx.run('MATCH (o:MentorOffer {memberId: $id}) DELETE o', { id });
    await tx.run('MATCH (a:TenderAlert) WHERE a.memberId = $id DELETE a', { id });
    await tx.run('MATCH (r:MentoringRound) WHERE r.createdBy = $id SET r.createdBy = $erased', {
      id,
      erased: ERASED,
    });
    // A round's unmatched list (JSON text) names mentees: rewrite it without the erased id.
    const rounds = await tx.run<{ id: string; unmatched: string }>(
      'MATCH (r:MentoringRound) WHERE r.unmatched CONTAINS $id RETURN r.id AS id, r.unmatched AS unmatched',
      { id },
    );
    for (const round of rounds) {
      await tx.run('MATCH (r:MentoringRound {id: $round}) SET r.unmatched = $unmatched', {
        round: round.id,
        unmatched: round.unmatched.replaceAll(id, ERASED),
      });
    }
    await tx.run('MATCH (b:Bid) WHERE b.leadId = $id SET b.leadId = $erased', { id, erased: ERASED });
    await tx.run('MATCH (t:Tender) WHERE t.createdBy = $id SET t.createdBy = $erased', {
      id,
      erased: ERASED,
    });
    for (const old of ids) {
      await tx.run('MATCH (e:AuditEvent) WHERE e.actorId = $old SET e.actorId = $erased', {
        old,
        erased: ERASED,
      });
      await tx.run('MATCH (e:AuditEvent) WHERE e.targetId = $old SET e.targetId = $erased', {
        old,
        erased: ERASED,
      });
    }
    await deleteMemberKeys(tx, id);
    await tx.run('MATCH (m:Member {id: $id}) DETACH DELETE m', { id });
    await tx.run(
      'CREATE (:AuditEvent {id: $eventId, actorId: $actorId, action: $action, targetKind: $kind, targetId: $erased, at: $at, details: $details})',
      {
        eventId: newId('aud'),
        actorId: request.by === 'self' ? ERASED : request.by.adminAccountId,
        action: 'member.erased',
        kind: 'Member',
        erased: ERASED,
        at: now,
        details: JSON.stringify({ by: request.by === 'self' ? 'self' : 'admin' }),
      },
    );
    return true;
  });
  if (erased) {
    await announceSessionsEnded(services, erasedAccountIds);
    for (const hook of services.onMemberErased) await hook(id);
  }
  return erased;
}
