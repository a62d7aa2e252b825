// Applies the profile-visibility policy (domain/policy) to members a resolver
// is about to return, so no resolver copies the rule.
import type { Member } from '../../domain/entities/member.js';
import { canSeeProfile, visibilitiesAlwaysVisibleTo } from '../../domain/policy/profileVisibility.js';
import type { RequestContext } from '../context.js';

export async function isVisible(context: RequestContext, member: Member): Promise<boolean> {
  if (visibilitiesAlwaysVisibleTo(context.viewer).includes(member.privacy.visibility)) return true;
  const spaceIds =
    member.privacy.visibility === 'spaces' ? await context.loaders.memberSpaceIds.load(member.id) : [];
  return canSeeProfile(context.viewer, member, spaceIds);
}

export async function visibleOrNull(context: RequestContext, member: Member | null): Promise<Member | null> {
  return member && (await isVisible(context, member)) ? member : null;
}

/** Keeps the items whose member the viewer may see, in order. */
export async function keepVisible<T>(
  context: RequestContext,
  items: readonly T[],
  memberOf: (item: T) => Member,
): Promise<T[]> {
  const visible = await Promise.all(items.map((item) => isVisible(context, memberOf(item))));
  return items.filter((_, i) => visible[i]);
}
