// Tender alerts in GraphQL: follow CPV codes, skills and regions (for yourself,
// or as a conseiller for a filière of your scope), list and drop your alerts;
// the use cases are in services/tenders/tenderAlerts.ts. The alerts themselves
// are raised by the notice import (services/tenders/noticeAlerts.ts).
import type { Suggestion } from '../../domain/entities/suggestion.js';
import type { TenderAlert } from '../../domain/entities/tenderAlert.js';
import {
  followTenders,
  myTenderAlertMatches,
  myTenderAlerts,
  unfollowTenders,
} from '../../services/tenders/tenderAlerts.js';
import { builder } from './builder.js';
import { DateTime } from './scalars.js';
import { explanationField } from './suggestionExplanation.js';

/** Alerts reach a member's suggestions, so only accounts with a member profile follow. */
const MEMBER = { member: true } as const;

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
    explanation: explanationField(
      t,
      (s) => s,
      'Which tenders matched and why, in the reader’s language (the argument, else Accept-Language)',
    ),
    createdAt: t.field({ type: DateTime, resolve: (s) => s.createdAt }),
  }),
});

builder.queryFields((t) => ({
  myTenderAlertMatches: t.field({
    type: [TenderAlertMatch],
    description: 'Tenders your alerts caught, most tenders first',
    authScopes: MEMBER,
    resolve: (_root, _args, context) => myTenderAlertMatches(context),
  }),
  myTenderAlerts: t.field({
    type: [TenderAlertRef],
    description: 'The tender alerts you set, oldest first',
    authScopes: MEMBER,
    resolve: (_root, _args, context) => myTenderAlerts(context),
  }),
}));

builder.mutationFields((t) => ({
  followTenders: t.field({
    type: TenderAlertRef,
    description: 'Be told when an imported notice has a tender matching these CPV codes, skills and regions',
    authScopes: MEMBER,
    args: { input: t.arg({ type: FollowTendersInput, required: true }) },
    resolve: (_root, { input }, context) => followTenders(context, input),
  }),
  unfollowTenders: t.boolean({
    description: 'Drops one of your tender alerts',
    authScopes: MEMBER,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => unfollowTenders(context, String(args.id)),
  }),
}));
