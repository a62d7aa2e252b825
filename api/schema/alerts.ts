// Tender alerts in GraphQL: follow CPV codes, skills and regions (for yourself,
// or as a conseiller for a filière of your scope), list and drop your alerts.
// The alerts themselves are raised by the notice import (api/tenders/noticeAlerts.ts).
import { randomUUID } from 'node:crypto';
import type { Suggestion } from '../../domain/entities/suggestion.js';
import type { TenderAlert } from '../../domain/entities/tenderAlert.js';
import { ForbiddenError, NotFoundError } from '../../domain/errors.js';
import { canActOnFiliere } from '../../domain/policy/profileVisibility.js';
import { AlertRepository } from '../../graph/repositories/alertRepository.js';
import { recordAction } from '../audit/recordAction.js';
import type { RequestContext } from '../context.js';
import { parseAlertCriteria } from '../tenders/noticeAlerts.js';
import { builder } from './builder.js';
import { DateTime } from './scalars.js';

/** Alerts reach a member's suggestions, so only accounts with a member profile follow. */
const MEMBER = { member: true } as const;

const alerts = (context: RequestContext) => new AlertRepository(context.services.graph);

function memberOf(context: RequestContext): string {
  if (!context.viewer.memberId) throw new ForbiddenError('Your account has no member profile');
  return context.viewer.memberId;
}

const TenderAlertRef = builder.objectRef<TenderAlert>('TenderAlert').implement({
  description: 'What you follow among procurement notices; a new matching tender becomes a suggestion',
  authScopes: MEMBER,
  fields: (t) => ({
    id: t.exposeID('id'),
    cpv: t.exposeStringList('cpv', { description: 'CPV codes; each covers its narrower codes' }),
    skills: t.exposeStringList('skills', { description: 'Skill slugs; each covers its narrower skills' }),
    regions: t.exposeStringList('regions', {
      description: 'NUTS codes; each covers the regions it prefixes',
    }),
    filiere: t.exposeString('filiereId', {
      nullable: true,
      description: 'The filière you follow for, as its conseiller',
    }),
    createdAt: t.field({ type: DateTime, resolve: (a) => a.createdAt }),
  }),
});

const FollowTendersInput = builder.inputType('FollowTendersInput', {
  description: 'Give at least one CPV code, skill or region; every group you fill must match',
  fields: (t) => ({
    cpv: t.stringList({ description: 'CPV codes, e.g. "45210000" (check digit optional)' }),
    skills: t.stringList({ description: 'Skill slugs of the taxonomy' }),
    regions: t.stringList({ description: 'NUTS codes, e.g. "FRE" or "BE21"' }),
    filiere: t.string({
      description:
        'Follow for this filière of your scope (conseillers); without skills, its core skills are followed',
    }),
  }),
});

const TenderAlertMatch = builder.objectRef<Suggestion>('TenderAlertMatch').implement({
  description: 'New tenders of an imported notice that match your alerts (a tender_alert suggestion)',
  authScopes: MEMBER,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The suggestion id' }),
    tenderIds: t.exposeStringList('targetIds', { description: 'The matching tenders' }),
    explanation: t.exposeString('explanation'),
    createdAt: t.field({ type: DateTime, resolve: (s) => s.createdAt }),
  }),
});

builder.queryFields((t) => ({
  myTenderAlertMatches: t.field({
    type: [TenderAlertMatch],
    description: 'Tenders your alerts caught, most tenders first',
    authScopes: MEMBER,
    resolve: (_root, _args, context) =>
      context.services.suggestions.listBySubject(memberOf(context), { kind: 'tender_alert' }),
  }),
  myTenderAlerts: t.field({
    type: [TenderAlertRef],
    description: 'The tender alerts you set, oldest first',
    authScopes: MEMBER,
    resolve: (_root, _args, context) => alerts(context).listByMember(memberOf(context)),
  }),
}));

builder.mutationFields((t) => ({
  followTenders: t.field({
    type: TenderAlertRef,
    description: 'Be told when an imported notice has a tender matching these CPV codes, skills and regions',
    authScopes: MEMBER,
    args: { input: t.arg({ type: FollowTendersInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const memberId = memberOf(context);
      const filiereId = input.filiere ?? null;
      let coreSkills: string[] = [];
      if (filiereId !== null) {
        if (!canActOnFiliere(context.viewer, filiereId)) {
          throw new ForbiddenError('Only a conseiller of this filière follows tenders for it');
        }
        const filiere = await context.services.repositories.filieres.get(filiereId);
        if (!filiere) throw new NotFoundError('Filiere', filiereId);
        coreSkills = filiere.coreSkills;
      }
      const given = input.skills && input.skills.length > 0 ? input.skills : coreSkills;
      const criteria = parseAlertCriteria({ ...input, skills: given }, context.services.taxonomy, ['input']);
      const alert: TenderAlert = {
        id: `alert_${randomUUID().replaceAll('-', '')}`,
        memberId,
        filiereId,
        ...criteria,
        createdAt: Date.now(),
      };
      await alerts(context).create(alert);
      if (filiereId !== null) {
        await recordAction(context, 'tenderAlert.followed', { kind: 'Filiere', id: filiereId });
      }
      return alert;
    },
  }),
  unfollowTenders: t.boolean({
    description: 'Drops one of your tender alerts',
    authScopes: MEMBER,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const memberId = memberOf(context);
      const id = String(args.id);
      const alert = await alerts(context).get(id);
      // Someone else's alert is reported as missing: its existence is nobody else's business.
      if (!alert || alert.memberId !== memberId) throw new NotFoundError('TenderAlert', id);
      await alerts(context).delete(id);
      return true;
    },
  }),
}));
