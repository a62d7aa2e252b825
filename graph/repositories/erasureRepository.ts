// The graph side of the right to erasure, in one transaction: the member node
// with every relationship and lookup key, their accounts, sessions and reset
// tokens, the suggestions about or naming them, their mentorships, mentoring
// request and offer, and tender alerts. Rounds, bids and tenders they started
// keep existing with "erased" in place of their id, and so do old audit
// events. A closing audit event records that an erasure happened, with no
// personal data. The use case (services/gdpr/eraseMember.ts) decides who the
// actor is and what runs afterwards.
import { newId } from '../../domain/ids.js';
import type { GraphQueryRunner, GraphStore } from '../graphStore.js';
import { anonymiseInAudit, ERASED, recordInTransaction } from './auditRepository.js';
import { deleteMemberKeys } from './memberKeys.js';

/** What the closing audit event says. */
export interface ErasureRecord {
  /** The admin account that erased the member, or ERASED when they erased themself. */
  actorId: string;
  by: 'self' | 'admin';
  at: number;
}

export class ErasureRepository {
  constructor(private readonly store: GraphStore) {}

  /** The erased member's account ids, or null when there is no such member (nothing changed). */
  async erase(memberId: string, record: ErasureRecord): Promise<string[] | null> {
    return this.store.transaction(async (tx) => {
      const found = await tx.run('MATCH (m:Member {id: $id}) RETURN m.id AS id', { id: memberId });
      if (found.length === 0) return null;
      const accounts = await tx.run<{ id: string }>(
        'MATCH (a:Account) WHERE a.memberId = $id RETURN a.id AS id',
        { id: memberId },
      );
      const accountIds = accounts.map((a) => a.id);
      for (const accountId of accountIds) await deleteAccount(tx, accountId);
      await deleteMemberRecords(tx, memberId);
      await replaceInRecords(tx, memberId);
      await anonymiseInAudit(tx, [memberId, ...accountIds]);
      await deleteMemberKeys(tx, memberId);
      await tx.run('MATCH (m:Member {id: $id}) DETACH DELETE m', { id: memberId });
      await recordInTransaction(tx, {
        id: newId('aud'),
        actorId: record.actorId,
        action: 'member.erased',
        targetKind: 'Member',
        targetId: ERASED,
        at: record.at,
        details: JSON.stringify({ by: record.by }),
      });
      return accountIds;
    });
  }
}

async function deleteAccount(tx: GraphQueryRunner, accountId: string): Promise<void> {
  await tx.run('MATCH (s:Session) WHERE s.accountId = $accountId DELETE s', { accountId });
  await tx.run('MATCH (r:PasswordReset) WHERE r.accountId = $accountId DELETE r', { accountId });
  await tx.run('MATCH (a:Account {id: $accountId}) DELETE a', { accountId });
}

/** What exists only because of the member: suggestions about or naming them, their mentoring, alerts. */
async function deleteMemberRecords(tx: GraphQueryRunner, id: string): Promise<void> {
  await tx.run('MATCH (s:Suggestion) WHERE s.subjectId = $id OR $id IN s.targetIds DELETE s', { id });
  await tx.run('MATCH (x:Mentorship) WHERE x.mentorId = $id OR x.menteeId = $id DELETE x', { id });
  await tx.run('MATCH (r:MentorRequest {memberId: $id}) DELETE r', { id });
  await tx.run('MATCH (o:MentorOffer {memberId: $id}) DELETE o', { id });
  await tx.run('MATCH (a:TenderAlert) WHERE a.memberId = $id DELETE a', { id });
}

/** What others share with the member (rounds, bids, tenders) stays, naming "erased" instead. */
async function replaceInRecords(tx: GraphQueryRunner, id: string): Promise<void> {
  const erased = ERASED;
  await tx.run('MATCH (r:MentoringRound) WHERE r.createdBy = $id SET r.createdBy = $erased', { id, erased });
  // A round's unmatched list (JSON text) names mentees: rewrite it without the erased id.
  const rounds = await tx.run<{ id: string; unmatched: string }>(
    'MATCH (r:MentoringRound) WHERE r.unmatched CONTAINS $id RETURN r.id AS id, r.unmatched AS unmatched',
    { id },
  );
  for (const round of rounds) {
    await tx.run('MATCH (r:MentoringRound {id: $round}) SET r.unmatched = $unmatched', {
      round: round.id,
      unmatched: round.unmatched.replaceAll(id, erased),
    });
  }
  await tx.run('MATCH (b:Bid) WHERE b.leadId = $id SET b.leadId = $erased', { id, erased });
  await tx.run('MATCH (t:Tender) WHERE t.createdBy = $id SET t.createdBy = $erased', { id, erased });
}
