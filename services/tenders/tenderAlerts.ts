// Tender alerts as use cases: a member follows CPV codes, skills and regions
// (for themselves, or as a conseiller for a filière of their scope: its core
// skills when no skill is given, and an audit trace), lists and drops their
// alerts, and reads what the alerts caught. The alerts are raised by the notice
// import (noticeAlerts.ts).
import { randomUUID } from 'node:crypto';
import type { Suggestion } from '../../domain/entities/suggestion.js';
import type { TenderAlert } from '../../domain/entities/tenderAlert.js';
import { ForbiddenError, NotFoundError } from '../../domain/errors.js';
import { canActOnFiliere } from '../../domain/policy/profileVisibility.js';
import { recordAction } from '../audit/recordAction.js';
import type { UseCaseContext } from '../useCaseContext.js';
import { parseAlertCriteria } from './noticeAlerts.js';

/** What a member asks to follow, as given (checked by parseAlertCriteria). */
export interface FollowTendersRequest {
  cpv?: readonly string[] | null;
  skills?: readonly string[] | null;
  regions?: readonly string[] | null;
  filiere?: string | null;
}

function memberOf(context: UseCaseContext): string {
  if (!context.viewer.memberId) throw new ForbiddenError('Your account has no member profile');
  return context.viewer.memberId;
}

export async function followTenders(
  context: UseCaseContext,
  input: FollowTendersRequest,
): Promise<TenderAlert> {
  const memberId = memberOf(context);
  const { repositories, taxonomy } = context.services;
  const filiereId = input.filiere ?? null;
  let coreSkills: string[] = [];
  if (filiereId !== null) {
    if (!canActOnFiliere(context.viewer, filiereId)) {
      throw new ForbiddenError('Only a conseiller of this filière follows tenders for it');
    }
    const filiere = await repositories.filieres.get(filiereId);
    if (!filiere) throw new NotFoundError('Filiere', filiereId);
    coreSkills = filiere.coreSkills;
  }
  const skills = input.skills && input.skills.length > 0 ? input.skills : coreSkills;
  const criteria = parseAlertCriteria({ ...input, skills }, taxonomy, ['input']);
  const alert: TenderAlert = {
    id: `alert_${randomUUID().replaceAll('-', '')}`,
    memberId,
    filiereId,
    ...criteria,
    createdAt: Date.now(),
  };
  await repositories.alerts.create(alert);
  if (filiereId !== null) {
    await recordAction(context, 'tenderAlert.followed', { kind: 'Filiere', id: filiereId });
  }
  return alert;
}

/** Drops one of the viewer's alerts; someone else's is reported missing (its existence is nobody else's business). */
export async function unfollowTenders(context: UseCaseContext, id: string): Promise<true> {
  const memberId = memberOf(context);
  const { alerts } = context.services.repositories;
  const alert = await alerts.get(id);
  if (!alert || alert.memberId !== memberId) throw new NotFoundError('TenderAlert', id);
  await alerts.delete(id);
  return true;
}

/** The viewer's alerts, oldest first. */
export function myTenderAlerts(context: UseCaseContext): Promise<TenderAlert[]> {
  return context.services.repositories.alerts.listByMember(memberOf(context));
}

/** What the viewer's alerts caught (tender_alert suggestions), most tenders first. */
export function myTenderAlertMatches(context: UseCaseContext): Promise<Suggestion[]> {
  return context.services.repositories.suggestions.listBySubject(memberOf(context), { kind: 'tender_alert' });
}
