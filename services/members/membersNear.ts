// The "who is near here" use case: like the skill holders (skillHolders.ts), the
// privacy rule goes into the graph query (seeConditionFor, compiled by
// graph/repositories/privacyCypher.ts), so the store returns exactly the nearest
// `first` members the viewer may see; nothing is over-fetched and then dropped,
// and no member's spaces are read one by one to decide.
import { seeConditionFor } from '../../domain/policy/privacyRule.js';
import type { Viewer } from '../../domain/policy/profileVisibility.js';
import type { NearbyMember, Radius } from '../../graph/repositories/memberFinder.js';
import type { Services } from '../services.js';

export interface MembersNearRequest {
  near: Radius;
  first: number;
}

/** Members the viewer may see within the radius, nearest first (ties by id). */
export function findMembersNear(
  services: Services,
  viewer: Viewer,
  request: MembersNearRequest,
): Promise<NearbyMember[]> {
  return services.repositories.memberFinder.near(request.near, {
    limit: request.first,
    privacy: seeConditionFor(viewer),
  });
}
