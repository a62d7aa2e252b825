// Who follows a bid live (the `bidUpdated` subscription): its managers and its
// team members. The subscription plugin asks this through Services, so the
// rule stays in domain/policy and the reads in graph/.
import { canSeeBid } from '../../domain/policy/profileVisibility.js';
import { BidRepository } from '../../graph/repositories/bidRepository.js';
import type { BidMembershipCheck, Services } from '../services.js';

export function bidMembershipCheck(services: Pick<Services, 'graph'>): BidMembershipCheck {
  const bids = new BidRepository(services.graph);
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
