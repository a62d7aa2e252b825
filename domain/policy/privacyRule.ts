// The one privacy rule: who may see a member's profile, suggest them (for a
// purpose: bids and teams, mentoring, peers), invite them into a filière, or
// be proposed to meet them. It is written once, as the tables below, and read
// two ways: the TypeScript predicates (maySee, maySuggest, mayInviteToFiliere,
// mayMeet) evaluate it on one member; `seeCondition` and `suggestCondition`
// turn it into a MemberCondition, a small boolean expression over a member's
// stored fields that the stores compile into their own filter language
// (graph/privacyCypher.ts, search/sqlite/privacySql.ts,
// search/meilisearch/meiliFilters.ts). No other module decides visibility.
//
// The words of the privacy setting are the rule: 'network' = visible to
// signed-in members (a visitor who is not signed in sees no profile at all),
// 'spaces' = visible to members who work from one of the member's spaces,
// 'nobody' = hidden from everyone but the member and admins.
import { type Privacy, VISIBILITIES, type Visibility } from '../entities/member.js';
import { canActOnFiliere, canManageSpace, isAdmin, isSelf, type Viewer } from './profileVisibility.js';

/**
 * The kinds of viewer the rule distinguishes. `scoped` is a conseiller looking
 * at a filière they animate, or a space manager at a space they manage.
 */
export type AudienceKind = 'visitor' | 'member' | 'scoped' | 'admin';

/** How a profile visibility answers one kind of viewer. */
export type Access = 'yes' | 'no' | 'sharedSpace';

/** THE table: viewer kind × profile visibility → may see the profile. The member themself always may. */
export const SEE_TABLE: Readonly<Record<AudienceKind, Readonly<Record<Visibility, Access>>>> = {
  visitor: { network: 'no', spaces: 'no', nobody: 'no' },
  member: { network: 'yes', spaces: 'sharedSpace', nobody: 'no' },
  scoped: { network: 'yes', spaces: 'yes', nobody: 'no' },
  admin: { network: 'yes', spaces: 'yes', nobody: 'yes' },
};

/** What a member can be suggested for. `filiere` = proposed to a conseiller for a filière. */
export type Purpose = 'bids' | 'mentoring' | 'peers' | 'filiere';

export type ConsentFlag = Exclude<keyof Privacy, 'visibility'>;

/** The consent each purpose needs (peers: "let me be found and suggested in the network"). */
export const PURPOSE_CONSENT: Readonly<Record<Purpose, ConsentFlag>> = {
  bids: 'suggestForBids',
  mentoring: 'suggestForMentoring',
  peers: 'suggestForFilieres',
  filiere: 'suggestForFilieres',
};

/**
 * Who must be able to see a suggested member. `viewer`: the person the
 * suggestion is shown to. `everyMember`: anyone signed in (a team suggestion
 * names its members to whoever leads the bid, so they must be visible to all
 * members, whatever spaces the lead works from).
 */
export const PURPOSE_AUDIENCE: Readonly<Record<Purpose, 'viewer' | 'everyMember'>> = {
  bids: 'everyMember',
  mentoring: 'viewer',
  peers: 'viewer',
  filiere: 'viewer',
};

/** A viewer reduced to what the rule looks at. */
export interface Audience {
  kind: AudienceKind;
  /** The viewer's member id (null for visitors, accounts without a profile and "every member"). */
  memberId: string | null;
  /** Spaces the viewer works from. */
  spaceIds: readonly string[];
}

/** Any signed-in member, whatever their spaces: the audience of team suggestions. */
export const EVERY_MEMBER: Audience = { kind: 'member', memberId: null, spaceIds: [] };

/** What a scoped viewer is looking at: a filière they animate, or a space they manage. */
export type Scope = { filiere: string } | { space: string };

/** A viewer with an account or a member id is signed in (workers act for a member without an account id). */
export function audienceOf(viewer: Viewer, scope?: Scope): Audience {
  const kind: AudienceKind = isAdmin(viewer)
    ? 'admin'
    : scope && inScope(viewer, scope)
      ? 'scoped'
      : viewer.accountId !== null || viewer.memberId !== null
        ? 'member'
        : 'visitor';
  return { kind, memberId: viewer.memberId, spaceIds: viewer.memberId !== null ? viewer.spaceIds : [] };
}

function inScope(viewer: Viewer, scope: Scope): boolean {
  return 'filiere' in scope ? canActOnFiliere(viewer, scope.filiere) : canManageSpace(viewer, scope.space);
}

// ---- the rule as a condition over a member's stored fields ----

/**
 * A boolean expression over one member's stored fields and the audience:
 * stores compile it into Cypher, SQL or a Meilisearch filter; `holds`
 * evaluates it in TypeScript.
 */
export type MemberCondition =
  | { op: 'all' }
  | { op: 'none' }
  | { op: 'visibilityIn'; values: readonly Visibility[] }
  | { op: 'consent'; flag: ConsentFlag }
  /** The member works from one of `spaceIds`. */
  | { op: 'worksFromAny'; spaceIds: readonly string[] }
  /** The member is this one (the viewer themself). */
  | { op: 'memberIs'; id: string }
  | { op: 'and'; of: readonly MemberCondition[] }
  | { op: 'or'; of: readonly MemberCondition[] };

/** The members whose profile the audience may see (the member themself aside: see `maySee`). */
export function seeCondition(audience: Audience): MemberCondition {
  const row = SEE_TABLE[audience.kind];
  const always = visibilities(row, 'yes');
  const shared = visibilities(row, 'sharedSpace');
  const parts: MemberCondition[] = [];
  if (always.length > 0) parts.push({ op: 'visibilityIn', values: always });
  if (shared.length > 0 && audience.spaceIds.length > 0) {
    parts.push({
      op: 'and',
      of: [
        { op: 'visibilityIn', values: shared },
        { op: 'worksFromAny', spaceIds: audience.spaceIds },
      ],
    });
  }
  return simplify({ op: 'or', of: parts });
}

/**
 * The members whose profile the viewer may see, the viewer themself included:
 * `maySee` as a condition, for queries that filter in the store.
 */
export function seeConditionFor(viewer: Viewer, scope?: Scope): MemberCondition {
  const others = seeCondition(audienceOf(viewer, scope));
  if (viewer.memberId === null) return others;
  return simplify({ op: 'or', of: [{ op: 'memberIs', id: viewer.memberId }, others] });
}

/**
 * The members the audience sees whatever spaces they share: the rule without
 * its shared-space cases. Long lists use it (on Kùzu, matching shared spaces
 * costs a subquery per row: a 20-member page of 100,000 took p50 577 ms
 * instead of 200 ms); lookups and searches apply the whole rule.
 */
export function alwaysSeenCondition(audience: Audience): MemberCondition {
  return seeCondition({ ...audience, spaceIds: [] });
}

/** The members who may be suggested to the audience for the purpose. */
export function suggestCondition(audience: Audience, purpose: Purpose): MemberCondition {
  const seenBy = PURPOSE_AUDIENCE[purpose] === 'everyMember' ? everyMemberOr(audience) : audience;
  return simplify({
    op: 'and',
    of: [{ op: 'consent', flag: PURPOSE_CONSENT[purpose] }, seeCondition(seenBy)],
  });
}

/** A visitor stays a visitor: "every member" is only the audience of someone signed in. */
function everyMemberOr(audience: Audience): Audience {
  return audience.kind === 'visitor' ? audience : EVERY_MEMBER;
}

function visibilities(row: Readonly<Record<Visibility, Access>>, access: Access): Visibility[] {
  return (Object.keys(row) as Visibility[]).filter((v) => row[v] === access);
}

/** Drops empty and trivial branches so the compiled filters stay short. */
function simplify(condition: MemberCondition): MemberCondition {
  if (condition.op === 'visibilityIn') {
    if (condition.values.length === 0) return { op: 'none' };
    if (VISIBILITIES.every((v) => condition.values.includes(v))) return { op: 'all' };
  }
  if (condition.op !== 'and' && condition.op !== 'or') return condition;
  const unit = condition.op === 'and' ? 'all' : 'none';
  const absorbing = condition.op === 'and' ? 'none' : 'all';
  const parts = condition.of.map(simplify).filter((c) => c.op !== unit);
  if (parts.some((c) => c.op === absorbing)) return { op: absorbing };
  if (parts.length === 0) return { op: unit };
  if (parts.length === 1) return parts[0]!;
  return { op: condition.op, of: parts };
}

/** What the rule needs to know about one member (a consent not given here counts as refused). */
export interface MemberFacts {
  id: string;
  privacy: Pick<Privacy, 'visibility'> & Partial<Record<ConsentFlag, boolean>>;
  /** Spaces the member works from (only read for profiles visible to shared spaces). */
  spaceIds: readonly string[];
}

export function holds(condition: MemberCondition, member: MemberFacts): boolean {
  switch (condition.op) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'visibilityIn':
      return condition.values.includes(member.privacy.visibility);
    case 'consent':
      return member.privacy[condition.flag] === true;
    case 'worksFromAny':
      return member.spaceIds.some((id) => condition.spaceIds.includes(id));
    case 'memberIs':
      return member.id === condition.id;
    case 'and':
      return condition.of.every((c) => holds(c, member));
    case 'or':
      return condition.of.some((c) => holds(c, member));
  }
}

/** Whether the condition can depend on the member's spaces (then they must be loaded). */
export function needsSpaces(condition: MemberCondition): boolean {
  if (condition.op === 'worksFromAny') return true;
  return (condition.op === 'and' || condition.op === 'or') && condition.of.some(needsSpaces);
}

// ---- the named predicates ----

type MemberLike = Pick<MemberFacts, 'id' | 'privacy'>;

const facts = (member: MemberLike, spaceIds: readonly string[]): MemberFacts => ({
  id: member.id,
  privacy: member.privacy,
  spaceIds,
});

/** May the viewer see this member's profile? (`scope`: a filière or space the viewer acts on.) */
export function maySee(
  viewer: Viewer,
  member: MemberLike,
  memberSpaceIds: readonly string[],
  scope?: Scope,
): boolean {
  if (isSelf(viewer, member.id)) return true;
  return holds(seeCondition(audienceOf(viewer, scope)), facts(member, memberSpaceIds));
}

/** May this member be suggested to the viewer for the purpose? Nobody is suggested to themself. */
export function maySuggest(
  viewer: Viewer,
  member: MemberLike,
  memberSpaceIds: readonly string[],
  purpose: Purpose,
  scope?: Scope,
): boolean {
  if (isSelf(viewer, member.id)) return false;
  return holds(suggestCondition(audienceOf(viewer, scope), purpose), facts(member, memberSpaceIds));
}

/**
 * May the viewer invite this member into the filière (or see them among its
 * members)? Only a conseiller of the filière (or an admin), only members who
 * allowed filière suggestions and whose profile the conseiller may see.
 */
export function mayInviteToFiliere(viewer: Viewer, member: MemberLike, filiereId: string): boolean {
  if (!canActOnFiliere(viewer, filiereId)) return false;
  const condition = suggestCondition(audienceOf(viewer, { filiere: filiereId }), 'filiere');
  // The condition of a scoped viewer or an admin never looks at spaces.
  return holds(condition, facts(member, []));
}

/** May this member be proposed to the viewer as someone to meet (peer suggestions)? */
export function mayMeet(viewer: Viewer, member: MemberLike, memberSpaceIds: readonly string[]): boolean {
  return maySuggest(viewer, member, memberSpaceIds, 'peers');
}

/** The member condition of the members of a filière or space listed to a scoped viewer. */
export function scopeListCondition(viewer: Viewer, scope: Scope): MemberCondition {
  if ('filiere' in scope) {
    return canActOnFiliere(viewer, scope.filiere)
      ? suggestCondition(audienceOf(viewer, scope), 'filiere')
      : { op: 'none' };
  }
  return canManageSpace(viewer, scope.space) ? seeCondition(audienceOf(viewer, scope)) : { op: 'none' };
}
