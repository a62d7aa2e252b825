// The life of a joint bid: a lead creates it for a tender (from a team
// suggestion or empty), invites members for requirement slots, invited members
// accept or decline, accepted members may withdraw, and a decline or a
// withdrawal asks the team solver for a replacement (everyone else kept). The
// status moves draft → inviting → formed → submitted → won | lost; when a bid
// ends its accepted members' collaboration edges gain weight. Every change is
// announced live: `invitations:<member>` to the member concerned and
// `bid:<bid>` to whoever follows the bid. The GraphQL resolvers (api/schema/bid.ts)
// call it with their request context.
import type { Bid, InBid } from '../../domain/entities/bid.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import { canManageBid, canManageTender, canSeeBid } from '../../domain/policy/profileVisibility.js';
import type { BidRepository, NewTeamMember } from '../../graph/repositories/bidRepository.js';
import type { TenderRepository } from '../../graph/repositories/tenderRepository.js';
import { topics } from '../../messaging/events/eventBus.js';
import type { JobHandle } from '../../workers/jobQueue.js';
import { recordAction } from '../audit/recordAction.js';
import type { BidMembershipCheck, Services } from '../services.js';
import { suggestedMembers } from '../tenders/suggestedTeam.js';
import type { UseCaseContext } from '../useCaseContext.js';

/** Status changes a manager may make (invitations move draft/formed to inviting by themselves). */
export const BID_TRANSITIONS: Readonly<Record<Bid['status'], readonly Bid['status'][]>> = {
  draft: ['inviting', 'cancelled'],
  inviting: ['formed', 'cancelled'],
  formed: ['inviting', 'submitted', 'cancelled'],
  submitted: ['won', 'lost'],
  won: [],
  lost: [],
  cancelled: [],
};

/** Team members whose place counts: invited (waiting) or accepted. */
const ACTIVE = new Set<InBid['status']>(['invited', 'accepted']);
/** Characters of the lead's message to the people invited. */
const MAX_MESSAGE = 2000;
/** Replacement proposals per decline or withdrawal. */
const REPLACEMENT_TEAMS = 3;

export class BidWorkflow {
  private readonly bids: BidRepository;
  private readonly tenders: TenderRepository;

  constructor(private readonly context: UseCaseContext) {
    this.bids = context.services.repositories.bids;
    this.tenders = context.services.repositories.tenders;
  }

  private get services(): Services {
    return this.context.services;
  }

  /** The bid, if the viewer may see it (its managers and its team). */
  async visible(bidId: string): Promise<Bid | null> {
    const bid = await this.bids.get(bidId);
    if (!bid) return null;
    const team = await this.bids.team(bidId);
    return canSeeBid(
      this.context.viewer,
      bid,
      team.map((t) => t.member),
    )
      ? bid
      : null;
  }

  /** The team of a bid the viewer may see: the lead first, then every invited member. */
  team(bid: Bid): Promise<InBid[]> {
    return this.bids.team(bid.id);
  }

  /** Bids the viewer leads or was invited into, newest first, with their place in each. */
  async mine(): Promise<{ bid: Bid; membership: InBid }[]> {
    const memberId = this.context.viewer.memberId;
    return memberId ? this.bids.ofMember(memberId) : [];
  }

  /** Bids for the tender the viewer leads or is in, newest first. */
  async mineForTender(tenderId: string): Promise<Bid[]> {
    const memberId = this.context.viewer.memberId;
    if (!memberId) return [];
    const mine = await this.bids.ofMember(memberId);
    return mine.filter((m) => m.bid.tenderId === tenderId).map((m) => m.bid);
  }

  /**
   * Leads a bid for the tender, from a team suggestion (its members are invited)
   * or alone. Idempotent: one bid per team and tender, so a second call (a double
   * click, a retry, two tabs) returns the bid already created and invites nobody again.
   */
  async create(tenderId: string, fromSuggestion: string | null, message = ''): Promise<Bid> {
    const lead = this.context.viewer.memberId;
    const note = message.trim();
    if (note.length > MAX_MESSAGE) {
      throw BadUserInputError.at(['message'], `must be at most ${MAX_MESSAGE} characters`);
    }
    if (!lead) throw new ForbiddenError('Only a member can lead a bid');
    const tender = await this.tenders.require(tenderId);
    if (tender.status !== 'open') throw new ConflictError(`tender "${tenderId}" is closed`);
    const team: NewTeamMember[] = [];
    if (fromSuggestion) {
      const suggestion = await this.services.repositories.suggestions.get(fromSuggestion);
      // Another member's suggestion (one the caller may not read) gets the same answer as an absent one.
      if (
        suggestion?.kind !== 'team' ||
        suggestion.subjectId !== tenderId ||
        !canManageTender(this.context.viewer, tender)
      ) {
        throw BadUserInputError.at(
          ['fromSuggestion'],
          `no team suggestion "${fromSuggestion}" for this tender`,
        );
      }
      const suggested = suggestedMembers(suggestion);
      // A team job where nobody covers any requirement stores a suggestion with no members:
      // nothing to invite from, so it is refused here (not only hidden by the web app).
      if (suggested.length === 0) {
        throw BadUserInputError.at(
          ['fromSuggestion'],
          `team suggestion "${fromSuggestion}" has no members: nobody covers a requirement yet`,
          { code: 'bid.emptySuggestion' },
        );
      }
      for (const { memberId: member, role } of suggested) {
        team.push({
          member,
          role: role ?? (member === lead ? 'lead' : 'member'),
          status: member === lead ? 'accepted' : 'invited',
        });
      }
    }
    if (!team.some((t) => t.member === lead))
      team.unshift({ member: lead, role: 'lead', status: 'accepted' });
    const now = Date.now();
    const bid: Bid = {
      id: newId('bid'),
      tenderId,
      leadId: lead,
      message: note,
      status: team.some((t) => t.status === 'invited') ? 'inviting' : 'draft',
      createdAt: now,
      updatedAt: now,
    };
    const { bid: stored, created } = await this.bids.createOnce(bid, team);
    if (!created) return stored;
    if (fromSuggestion) await this.services.repositories.suggestions.setStatus(fromSuggestion, 'accepted');
    await this.announce(
      stored,
      team.filter((t) => t.status === 'invited'),
    );
    return stored;
  }

  async invite(bidId: string, memberId: string, requirement: string): Promise<Bid> {
    const bid = await this.managed(bidId);
    if (!['draft', 'inviting', 'formed'].includes(bid.status)) {
      throw new ConflictError(`bid "${bidId}" is ${bid.status}: its team cannot change`);
    }
    const tender = await this.tenders.require(bid.tenderId);
    if (!tender.requirements.some((r) => r.skill === requirement)) {
      throw BadUserInputError.at(
        ['requirement'],
        `tender "${tender.id}" has no requirement "${requirement}"`,
      );
    }
    const member = await this.services.repositories.members.get(memberId);
    if (!member) throw BadUserInputError.at(['memberId'], `unknown member "${memberId}"`);
    const now = Date.now();
    const invited: NewTeamMember = { member: memberId, role: requirement, status: 'invited' };
    await this.bids.invite(bidId, invited, 'inviting', now);
    await this.audited('bid.invite', bid, { memberId, requirement });
    const updated = { ...bid, status: 'inviting' as const, updatedAt: now };
    await this.announce(updated, [invited]);
    return updated;
  }

  /** The viewer answers their own invitation; a decline asks for a replacement. */
  async respond(bidId: string, accept: boolean): Promise<Bid> {
    const memberId = this.context.viewer.memberId;
    if (!memberId) throw new ForbiddenError('Only a member can answer an invitation');
    const bid = await this.bids.require(bidId);
    const membership = await this.bids.membership(bidId, memberId);
    if (membership?.status !== 'invited') {
      throw new ConflictError(`you have no open invitation to bid "${bidId}"`);
    }
    const status = accept ? 'accepted' : 'declined';
    const now = Date.now();
    await this.bids.setMemberStatus(bidId, memberId, status, bid.status, now);
    const updated = { ...bid, updatedAt: now };
    await this.announce(updated, [{ ...membership, status }]);
    if (!accept) await this.requestReplacement(updated, memberId);
    return updated;
  }

  /** The viewer leaves a bid they were invited to or accepted; a formed team goes back to inviting. */
  async withdraw(bidId: string): Promise<Bid> {
    const memberId = this.context.viewer.memberId;
    if (!memberId) throw new ForbiddenError('Only a member can withdraw from a bid');
    const bid = await this.bids.require(bidId);
    if (bid.leadId === memberId) throw new ConflictError('the lead cannot withdraw from their own bid');
    if (!['draft', 'inviting', 'formed'].includes(bid.status)) {
      throw new ConflictError(`bid "${bidId}" is ${bid.status}: its team cannot change`);
    }
    const membership = await this.bids.membership(bidId, memberId);
    if (!membership || !ACTIVE.has(membership.status))
      throw new ConflictError(`you are not in bid "${bidId}"`);
    const now = Date.now();
    const status = bid.status === 'formed' ? 'inviting' : bid.status;
    await this.bids.setMemberStatus(bidId, memberId, 'withdrawn', status, now);
    const updated = { ...bid, status, updatedAt: now };
    await this.announce(updated, [{ ...membership, status: 'withdrawn' }]);
    await this.requestReplacement(updated, memberId);
    return updated;
  }

  /** Asks the team solver for replacements of a member who declined or withdrew (by the bid's managers). */
  async suggestReplacement(bidId: string, memberId: string): Promise<JobHandle> {
    const bid = await this.managed(bidId);
    const membership = await this.bids.membership(bidId, memberId);
    if (!membership) throw BadUserInputError.at(['memberId'], `"${memberId}" is not in bid "${bidId}"`);
    return this.requestReplacement(bid, memberId);
  }

  async setStatus(bidId: string, status: Bid['status']): Promise<Bid> {
    const bid = await this.managed(bidId);
    if (!BID_TRANSITIONS[bid.status].includes(status)) {
      const allowed = BID_TRANSITIONS[bid.status];
      throw BadUserInputError.at(
        ['status'],
        `a ${bid.status} bid cannot become ${status}` +
          (allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : ' (it has ended)'),
      );
    }
    const team = await this.bids.team(bidId);
    const accepted = team.filter((t) => t.status === 'accepted');
    if (status === 'formed') {
      const tender = await this.tenders.require(bid.tenderId);
      const open = tender.requirements.flatMap((r) => {
        const filled = accepted.filter((t) => t.role === r.skill).length;
        return filled < r.count ? [`${r.skill} (${filled} of ${r.count})`] : [];
      });
      if (open.length > 0) {
        throw BadUserInputError.at(['status'], `the team is not complete: ${open.join(', ')} accepted`);
      }
    }
    const ended = status === 'won' || status === 'lost';
    const now = Date.now();
    await this.bids.setStatus(bidId, status, now, ended ? accepted.map((t) => t.member) : []);
    await this.audited('bid.status', bid, { from: bid.status, to: status });
    const updated = { ...bid, status, updatedAt: now };
    if (status === 'cancelled') {
      // Everyone still invited or in the team hears of it on their invitations feed.
      await this.announce(
        updated,
        team.filter((t) => t.member !== bid.leadId && ACTIVE.has(t.status)),
      );
    } else await this.services.events.publish(topics.bid(bidId), { bidId, status, updatedAt: now });
    return updated;
  }

  private async managed(bidId: string): Promise<Bid> {
    const bid = await this.bids.get(bidId);
    if (!bid) throw new NotFoundError('bid', bidId);
    if (!canManageBid(this.context.viewer, bid))
      throw new ForbiddenError('Only the lead, a conseiller or an admin manages this bid');
    return bid;
  }

  /**
   * A replacement job: the rest of the active team keeps its slots; everyone who
   * left the bid, and the lead (already in the team, so never "a replacement"), are
   * excluded from the free slot.
   */
  private async requestReplacement(bid: Bid, leaving: string): Promise<JobHandle> {
    const team = await this.bids.team(bid.id);
    const staying = team.filter((t) => t.member !== leaving && ACTIVE.has(t.status)).map((t) => t.member);
    const excluded = team.filter((t) => !ACTIVE.has(t.status) || t.role === 'lead').map((t) => t.member);
    const tender = await this.tenders.require(bid.tenderId);
    return this.services.jobs.enqueue('suggestions', {
      kind: 'team',
      requestedBy: bid.leadId,
      tenderId: bid.tenderId,
      k: REPLACEMENT_TEAMS,
      mustInclude: [],
      exclude: [...new Set([...excluded.filter((id) => id !== leaving), bid.leadId])],
      replace: staying.length > 0 ? { team: staying, member: leaving } : null,
      revision: `${tender.updatedAt}:${bid.id}:${bid.updatedAt}`,
    });
  }

  private async announce(bid: Bid, changed: readonly { member: string; status: InBid['status'] }[]) {
    const { events } = this.services;
    await Promise.all(
      changed.map((c) =>
        events.publish(topics.invitations(c.member), {
          memberId: c.member,
          bidId: bid.id,
          tenderId: bid.tenderId,
          status: c.status,
          at: bid.updatedAt,
        }),
      ),
    );
    await events.publish(topics.bid(bid.id), { bidId: bid.id, status: bid.status, updatedAt: bid.updatedAt });
  }

  /** Conseillers and admins acting on someone else's bid leave a trace. */
  private async audited(action: string, bid: Bid, details: Record<string, unknown>): Promise<void> {
    if (this.context.viewer.memberId === bid.leadId) return;
    await recordAction(this.context, action, { kind: 'bid', id: bid.id }, details);
  }
}

/** For the subscriptions of `bidUpdated`: the bid's managers and team members. */
export function bidMembershipCheck(bids: BidRepository): BidMembershipCheck {
  return async (viewer, bidId) => {
    const bid = await bids.get(bidId);
    if (!bid) return false;
    const team = await bids.team(bidId);
    return canSeeBid(
      viewer,
      bid,
      team.map((t) => t.member),
    );
  };
}
