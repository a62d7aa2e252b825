// The one members connection (Relay cursors over offsets, with totalCount),
// used by the root `members` query and by spaces, communities and filières.
// Only profiles the privacy rule lets the viewer see whatever spaces they
// share are listed (alwaysSeenCondition, filtered in the query), so
// totalCount never counts a hidden member; profiles visible to shared spaces
// only are found by search and lookups.
import { alwaysSeenCondition, audienceOf } from '../../domain/policy/privacyRule.js';
import type { MemberFilter } from '../../graph/repositories/memberRepository.js';
import type { RequestContext } from '../context.js';
import { builder } from './builder.js';
import { resolvePagedConnection } from './offsetPage.js';
import { MemberRef } from './refs.js';

export const MemberFilterInput = builder.inputType('MemberFilter', {
  description: 'Every given filter must hold',
  fields: (t) => ({
    skill: t.string({ description: 'Slug of a skill the member holds' }),
    space: t.string({ description: 'Slug of a space the member works from' }),
    community: t.string({ description: 'Slug of a community the member belongs to' }),
    filiere: t.string({ description: 'Slug of a filière the member is in' }),
    city: t.string(),
  }),
});

interface FilterArg {
  skill?: string | null;
  space?: string | null;
  community?: string | null;
  filiere?: string | null;
  city?: string | null;
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

export async function resolveMembersPage(
  context: RequestContext,
  filter: MemberFilter,
  args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null },
) {
  const visibleFilter: MemberFilter = {
    ...filter,
    privacy: alwaysSeenCondition(audienceOf(context.viewer)),
  };
  return resolvePagedConnection(args, async (page) => {
    const result = await context.services.repositories.members.list(visibleFilter, page);
    for (const member of result.items) context.loaders.member.prime(member.id, member);
    return result;
  });
}

export function cleanFilter(filter: FilterArg | null | undefined): MemberFilter {
  const out: MemberFilter = {};
  if (filter?.skill) out.skill = filter.skill;
  if (filter?.space) out.space = filter.space;
  if (filter?.community) out.community = filter.community;
  if (filter?.filiere) out.filiere = filter.filiere;
  if (filter?.city) out.city = filter.city;
  return out;
}

/** A `members` connection field on a parent type, scoped by the parent (e.g. a space's members). */
export function membersConnection<Parent>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>,
  scope: (parent: Parent) => MemberFilter,
) {
  return t.connection({
    type: MemberRef,
    description: 'Members whose profile you may see, by name',
    args: { filter: t.arg({ type: MemberFilterInput, required: false }) },
    resolve: (parent, args, context) =>
      resolveMembersPage(context, { ...cleanFilter(args.filter), ...scope(parent) }, args),
  });
}
