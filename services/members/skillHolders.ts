// The "who holds this skill (or a narrower one), near here" use case: the
// privacy rule goes into the graph query (seeConditionFor, compiled by
// graph/repositories/privacyCypher.ts), so the store returns exactly the top
// `first` members the viewer may see, read in one batch; nothing is fetched
// and then dropped, and no member's spaces are read one by one.
import { seeConditionFor } from '../../domain/policy/privacyRule.js';
import type { Viewer } from '../../domain/policy/profileVisibility.js';
import type { Radius, SkilledMember } from '../../graph/repositories/memberFinder.js';
import type { Services } from '../services.js';

export interface SkillHoldersRequest {
  skill: string;
  near?: Radius;
  first: number;
}

/** Holders the viewer may see, highest level first, then nearest, then by id; [] for an unknown skill. */
export async function findSkillHolders(
  services: Services,
  viewer: Viewer,
  request: SkillHoldersRequest,
): Promise<SkilledMember[]> {
  if (!services.taxonomy.has(request.skill)) return [];
  return services.repositories.memberFinder.holdingSkill({
    skill: request.skill,
    ...(request.near ? { near: request.near } : {}),
    limit: request.first,
    privacy: seeConditionFor(viewer),
  });
}
