// Joint bids through GraphQL: the workflow (services/bids/bidWorkflow.ts) behind thin
// resolvers. A bid is seen by its lead, conseillers, admins and the members
// invited into it; it is managed by its lead, conseillers and admins; an
// invited member answers their own invitation. Once a member accepted, the lead
// and that member see each other's e-mail on the bid. Bid, tender and member
// arguments take internal ids or Relay global IDs (idArgument.ts).
import { BID_STATUSES, type Bid, INVITATION_STATUSES, type InBid } from '../../domain/entities/bid.js';
import { canSeeBidContact } from '../../domain/policy/bidContact.js';
import { BidWorkflow } from '../../services/bids/bidWorkflow.js';
import type { RequestContext } from '../context.js';
import { builder } from './builder.js';
import { internalId } from './idArgument.js';
import { MemberRef, SkillRef } from './refs.js';
import { DateTime } from './scalars.js';
import { TenderRef, tenderRepository } from './tender.js';
import { upperCaseEnum } from './upperCaseEnum.js';
import { visibleOrNull } from './visibleMembers.js';

const SIGNED_IN = { signedIn: true } as const;
const MEMBERS = { member: true } as const;
const BID_ACTORS = { member: true, conseiller: true, admin: true } as const;

export const BidStatus = builder.enumType('BidStatus', { values: upperCaseEnum(BID_STATUSES) });
export const InvitationStatus = builder.enumType('InvitationStatus', {
  values: upperCaseEnum(INVITATION_STATUSES),
});

export const BidRef = builder.objectRef<Bid>('Bid');

/** The skill a team role names, or null for "lead" and "member". */
async function roleSkill(context: RequestContext, role: string) {
  return context.services.taxonomy.has(role) ? ((await context.loaders.skill.load(role)) ?? null) : null;
}

/** A member's place in a bid, with the bid and its whole team (for the contact rule). */
type TeamPlace = InBid & { inBid: Bid; team: readonly InBid[] };

const BidTeamMember = builder.objectRef<TeamPlace>('BidTeamMember').implement({
  authScopes: SIGNED_IN,
  fields: (t) => ({
    memberId: t.exposeString('member'),
    member: t.field({
      type: MemberRef,
      nullable: true,
      description: 'Null when the profile is hidden from you',
      resolve: async (m, _args, context) =>
        visibleOrNull(context, await context.loaders.member.load(m.member)),
    }),
    role: t.exposeString('role', { description: 'The required skill the member fills, or "lead"' }),
    skill: t.field({
      type: SkillRef,
      nullable: true,
      description: 'The skill of the requirement the member fills (null for the lead)',
      resolve: (m, _args, context) => roleSkill(context, m.role),
    }),
    status: t.field({ type: InvitationStatus, resolve: (m) => m.status }),
    email: t.string({
      nullable: true,
      description:
        "The member's e-mail, shown to the lead once the member accepted, and to an accepted member for the lead",
      resolve: async (m, _args, context) => {
        if (!canSeeBidContact(context.viewer, m.inBid, m.team, m.member)) return null;
        return (await context.loaders.member.load(m.member))?.email ?? null;
      },
    }),
  }),
});

async function teamPlaces(context: RequestContext, bid: Bid): Promise<TeamPlace[]> {
  const team = await new BidWorkflow(context).team(bid);
  return team.map((place) => ({ ...place, inBid: bid, team }));
}

builder.node(BidRef, {
  authScopes: SIGNED_IN,
  description: 'A team formed for a tender',
  id: { resolve: (bid) => bid.id },
  loadOne: (id, context) => new BidWorkflow(context).visible(id),
  fields: (t) => ({
    bidId: t.exposeString('id'),
    leadId: t.exposeString('leadId'),
    message: t.string({
      description: "The lead's message to the people invited ('' when none)",
      resolve: (b) => b.message ?? '',
    }),
    status: t.field({ type: BidStatus, resolve: (b) => b.status }),
    createdAt: t.field({ type: DateTime, resolve: (b) => b.createdAt }),
    updatedAt: t.field({ type: DateTime, resolve: (b) => b.updatedAt }),
    tender: t.field({
      type: TenderRef,
      resolve: (b, _args, context) => tenderRepository(context).require(b.tenderId),
    }),
    team: t.field({
      type: [BidTeamMember],
      description: 'The lead first, then every invited member with the state of their invitation',
      resolve: (b, _args, context) => teamPlaces(context, b),
    }),
  }),
});

const MyBid = builder.objectRef<{ bid: Bid; membership: InBid }>('MyBid').implement({
  authScopes: MEMBERS,
  description: 'A bid you lead or were invited into, with your place in it',
  fields: (t) => ({
    bid: t.field({ type: BidRef, resolve: (m) => m.bid }),
    role: t.string({ resolve: (m) => m.membership.role }),
    skill: t.field({
      type: SkillRef,
      nullable: true,
      description: 'The skill of the requirement you fill (null when you lead)',
      resolve: (m, _args, context) => roleSkill(context, m.membership.role),
    }),
    invitation: t.field({ type: InvitationStatus, resolve: (m) => m.membership.status }),
  }),
});

builder.queryFields((t) => ({
  bid: t.field({
    type: BidRef,
    nullable: true,
    authScopes: SIGNED_IN,
    description: 'A bid you lead, manage or were invited into',
    args: { id: t.arg.string({ required: true, description: 'bidId or the global ID' }) },
    resolve: (_root, { id }, context) => new BidWorkflow(context).visible(internalId(id, 'Bid', ['id'])),
  }),
  myBids: t.field({
    type: [MyBid],
    authScopes: MEMBERS,
    description: 'Bids you lead or were invited into, newest first (your invitations among them)',
    resolve: (_root, _args, context) => new BidWorkflow(context).mine(),
  }),
}));

builder.mutationFields((t) => ({
  createBid: t.field({
    type: BidRef,
    authScopes: MEMBERS,
    description:
      'Lead a bid for a tender; from a team suggestion, its members are invited at once. One bid per team and tender: calling again returns the same bid and invites nobody twice',
    args: {
      tenderId: t.arg.string({ required: true }),
      fromSuggestion: t.arg.string({ required: false, description: 'suggestionId of a TeamSuggestion' }),
      message: t.arg.string({
        required: false,
        description: 'A personal message to the people invited (at most 2000 characters)',
      }),
    },
    resolve: (_root, args, context) =>
      new BidWorkflow(context).create(
        internalId(args.tenderId, 'Tender', ['tenderId']),
        args.fromSuggestion ?? null,
        args.message ?? '',
      ),
  }),
  inviteToBid: t.field({
    type: BidRef,
    authScopes: BID_ACTORS,
    description: 'Invite a member to fill one of the tender requirements (lead, conseillers, admins)',
    args: {
      bidId: t.arg.string({ required: true }),
      memberId: t.arg.string({ required: true }),
      requirement: t.arg.string({ required: true, description: 'The skill of the requirement to fill' }),
    },
    resolve: (_root, args, context) =>
      new BidWorkflow(context).invite(
        internalId(args.bidId, 'Bid', ['bidId']),
        internalId(args.memberId, 'Member', ['memberId']),
        args.requirement,
      ),
  }),
  respondToInvitation: t.field({
    type: BidRef,
    authScopes: MEMBERS,
    description: 'Accept or decline your invitation; a decline asks for replacement suggestions',
    args: { bidId: t.arg.string({ required: true }), accept: t.arg.boolean({ required: true }) },
    resolve: (_root, args, context) =>
      new BidWorkflow(context).respond(internalId(args.bidId, 'Bid', ['bidId']), args.accept),
  }),
  withdrawFromBid: t.field({
    type: BidRef,
    authScopes: MEMBERS,
    description: 'Leave a bid you were invited into or accepted; replacement suggestions follow',
    args: { bidId: t.arg.string({ required: true }) },
    resolve: (_root, args, context) =>
      new BidWorkflow(context).withdraw(internalId(args.bidId, 'Bid', ['bidId'])),
  }),
  suggestReplacement: t.string({
    authScopes: BID_ACTORS,
    description:
      'Starts a job proposing who replaces a member (the rest of the team stays); returns the job id',
    args: { bidId: t.arg.string({ required: true }), memberId: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) =>
      (
        await new BidWorkflow(context).suggestReplacement(
          internalId(args.bidId, 'Bid', ['bidId']),
          internalId(args.memberId, 'Member', ['memberId']),
        )
      ).id,
  }),
  setBidStatus: t.field({
    type: BidRef,
    authScopes: BID_ACTORS,
    description:
      'draft → inviting → formed (every slot accepted) → submitted → won | lost; cancelled before submission',
    args: {
      bidId: t.arg.string({ required: true }),
      status: t.arg({ type: BidStatus, required: true }),
    },
    resolve: (_root, args, context) =>
      new BidWorkflow(context).setStatus(internalId(args.bidId, 'Bid', ['bidId']), args.status),
  }),
  cancelBid: t.field({
    type: BidRef,
    authScopes: BID_ACTORS,
    description: 'Give up a bid before it is submitted; everyone invited or in its team is told',
    args: { bidId: t.arg.string({ required: true }) },
    resolve: (_root, args, context) =>
      new BidWorkflow(context).setStatus(internalId(args.bidId, 'Bid', ['bidId']), 'cancelled'),
  }),
}));

builder.objectField(TenderRef, 'myBids', (t) =>
  t.field({
    type: [BidRef],
    authScopes: SIGNED_IN,
    description: 'The bids for this tender you lead or were invited into, newest first',
    resolve: (tender, _args, context) => new BidWorkflow(context).mineForTender(tender.id),
  }),
);
