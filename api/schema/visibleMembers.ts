// Applies the privacy rule (domain/policy/privacyRule.ts) to members a
// resolver is about to return, so no resolver copies the rule. A member's
// spaces are loaded only when the rule looks at them.
import type { Member } from '../../domain/entities/member.js';
import { audienceOf, maySee, needsSpaces, seeCondition } from '../../domain/policy/privacyRule.js';
import type { RequestContext } from '../context.js';

async function spacesIfNeeded(context: RequestContext, needed: boolean, memberId: string) {
  return needed ? context.loaders.memberSpaceIds.load(memberId) : [];
}

export async function isVisible(context: RequestContext, member: Member): Promise<boolean> {
  const needed = needsSpaces(seeCondition(audienceOf(context.viewer)));
  return maySee(context.viewer, member, await spacesIfNeeded(context, needed, member.id));
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
