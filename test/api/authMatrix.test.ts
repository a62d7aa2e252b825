// The authorization matrix: every query and mutation, run by every role, from
// ONE table of who is allowed. Denied means UNAUTHENTICATED for anonymous
// visitors and FORBIDDEN for signed-in users; allowed means no auth error
// (some allowed calls are built to fail validation, or name a missing id, so
// that they change nothing; none may fail schema validation or crash). A walk
// of the schema fails when a query or mutation is missing from the table.
// Then the privacy sweep: no read a role can make returns another member's
// e-mail, phone or privacy settings, or a profile hidden from them.
import { Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../api/schema/index.js';
import type { MemberRecord } from '../../domain/entities/member.js';
import { type ApiFixture, type GraphQLResponse, gql, startApiFixture } from './apiFixture.js';
import { accountFor, bearer, signInToken, TEST_PASSWORD } from './authHelpers.js';

const ROLES = [
  'anonymous',
  'member',
  'otherMember',
  'conseillerInScope',
  'conseillerOutOfScope',
  'spaceManager',
  'admin',
] as const;
type RoleName = (typeof ROLES)[number];

interface World {
  self: MemberRecord;
  other: MemberRecord;
  filiere: string;
  otherFiliere: string;
  space: string;
  community: string;
  consenting: MemberRecord;
  emails: Record<RoleName, string>;
}

interface Operation {
  name: string;
  document: string;
  variables?: (world: World, role: RoleName) => Record<string, unknown>;
  allowed: readonly RoleName[] | 'everyone';
  /** Run with a throwaway session (signOut would end the shared one). */
  freshSession?: boolean;
}

const WITH_PROFILE: RoleName[] = [
  'member',
  'otherMember',
  'conseillerInScope',
  'conseillerOutOfScope',
  'spaceManager',
];
const SIGNED_IN: RoleName[] = [...WITH_PROFILE, 'admin'];
const CONSEILLERS_AND_ADMIN: RoleName[] = ['conseillerInScope', 'conseillerOutOfScope', 'admin'];

const OPERATIONS: Operation[] = [
  // Queries
  {
    name: 'member',
    document: 'query($h: String!) { member(handle: $h) { id name } }',
    variables: (w) => ({ h: w.other.handle }),
    allowed: 'everyone',
  },
  {
    name: 'members',
    document: '{ members(first: 3) { totalCount edges { node { name } } } }',
    allowed: 'everyone',
  },
  { name: 'node', document: 'query { node(id: "U2tpbGw6Y2VyYW1pY3M=") { id } }', allowed: 'everyone' },
  { name: 'skills', document: '{ skills(topLevelOnly: true) { slug } }', allowed: 'everyone' },
  { name: 'spaces', document: '{ spaces { slug membersCount } }', allowed: 'everyone' },
  { name: 'communities', document: '{ communities { slug } }', allowed: 'everyone' },
  { name: 'filieres', document: '{ filieres { slug } }', allowed: 'everyone' },
  { name: 'me', document: '{ me { roles } }', allowed: 'everyone' },
  { name: 'exportMyData', document: '{ exportMyData }', allowed: WITH_PROFILE },
  {
    name: 'exportMemberData',
    document: 'query($h: String!) { exportMemberData(handle: $h) }',
    variables: (w) => ({ h: w.other.handle }),
    allowed: ['admin'],
  },
  {
    name: 'auditEvents',
    document: '{ auditEvents(first: 5) { totalCount edges { node { action } } } }',
    allowed: ['admin'],
  },
  {
    name: 'accounts',
    document: '{ accounts(search: "example", first: 5) { totalCount edges { node { email roles } } } }',
    allowed: ['admin'],
  },
  {
    name: 'account',
    document: 'query($e: String!) { account(email: $e) { roles } }',
    variables: (w) => ({ e: w.emails.member }),
    allowed: ['admin'],
  },
  {
    name: 'filiereMembers',
    document: 'query($f: String!) { filiereMembers(filiere: $f, first: 5) { totalCount } }',
    variables: (w) => ({ f: w.filiere }),
    allowed: ['conseillerInScope', 'admin'],
  },
  {
    name: 'spaceOccupancy',
    document:
      'query($s: String!) { spaceOccupancy(space: $s) { membersCount availability { available } members(first: 3) { totalCount } } }',
    variables: (w) => ({ s: w.space }),
    allowed: ['spaceManager', 'admin'],
  },
  {
    name: 'nodes',
    document: 'query { nodes(ids: ["U2tpbGw6Y2VyYW1pY3M="]) { id } }',
    allowed: 'everyone',
  },
  {
    name: 'skill',
    document: 'query($s: String!) { skill(slug: $s) { slug } }',
    variables: (w) => ({ s: w.self.skills[0]!.skill }),
    allowed: 'everyone',
  },
  {
    name: 'space',
    document: 'query($s: String!) { space(slug: $s) { slug } }',
    variables: (w) => ({ s: w.space }),
    allowed: 'everyone',
  },
  {
    name: 'spacesNear',
    document: '{ spacesNear(near: { lat: 50.63, lon: 3.06, radiusKm: 100 }) { distanceKm } }',
    allowed: 'everyone',
  },
  {
    name: 'community',
    document: 'query($c: String!) { community(slug: $c) { slug } }',
    variables: (w) => ({ c: w.community }),
    allowed: 'everyone',
  },
  {
    name: 'filiere',
    document: 'query($f: String!) { filiere(slug: $f) { slug } }',
    variables: (w) => ({ f: w.filiere }),
    allowed: 'everyone',
  },
  {
    name: 'membersNear',
    document: '{ membersNear(near: { lat: 50.63, lon: 3.06, radiusKm: 100 }, first: 5) { distanceKm } }',
    allowed: 'everyone',
  },
  {
    name: 'membersWithSkill',
    document: 'query($s: String!) { membersWithSkill(skill: $s, first: 5) { member { name } } }',
    variables: (w) => ({ s: w.self.skills[0]!.skill }),
    allowed: 'everyone',
  },
  {
    name: 'searchMembers',
    document: '{ searchMembers(query: "bois", first: 3) { totalCount } }',
    allowed: 'everyone',
  },
  {
    name: 'places',
    document: '{ places(query: "lill") { key kind } }',
    allowed: 'everyone',
  },
  {
    name: 'place',
    document: '{ place(key: "space:la-coroutine") { key name } }',
    allowed: 'everyone',
  },
  {
    name: 'searchSpaces',
    document: '{ searchSpaces(query: "atelier") { totalCount } }',
    allowed: 'everyone',
  },
  {
    name: 'suggestSkills',
    document: '{ suggestSkills(prefix: "cer") { skill { slug } } }',
    allowed: 'everyone',
  },
  // Tenders and bids: reading them takes an account; acting on them a member profile, a conseiller or an admin.
  {
    name: 'tender',
    document: 'query { tender(id: "tdr_missing") { title } }',
    allowed: SIGNED_IN,
  },
  { name: 'tenders', document: '{ tenders(first: 3) { totalCount } }', allowed: SIGNED_IN },
  { name: 'searchTenders', document: '{ searchTenders(query: "bois") { totalCount } }', allowed: SIGNED_IN },
  {
    name: 'extractTenderSkills',
    document: '{ extractTenderSkills(text: "Céramiste et menuisier") { skill { slug } } }',
    allowed: SIGNED_IN,
  },
  {
    name: 'extractTenderDeadline',
    document: '{ extractTenderDeadline(text: "Date limite : 15 mars 2027") { deadline } }',
    allowed: SIGNED_IN,
  },
  { name: 'bid', document: 'query { bid(id: "bid_missing") { status } }', allowed: SIGNED_IN },
  { name: 'myBids', document: '{ myBids { role } }', allowed: WITH_PROFILE },
  // Mentoring: a member profile for one's own, conseillers and admins for rounds.
  { name: 'myMentorRequest', document: '{ myMentorRequest { status } }', allowed: WITH_PROFILE },
  { name: 'myMentorOffer', document: '{ myMentorOffer { status } }', allowed: WITH_PROFILE },
  { name: 'myMentorships', document: '{ myMentorships { id } }', allowed: WITH_PROFILE },
  { name: 'topMentors', document: '{ topMentors(n: 3) { mentorId } }', allowed: WITH_PROFILE },
  {
    name: 'mentoringRound',
    document: 'query { mentoringRound(id: "round_missing") { status } }',
    allowed: CONSEILLERS_AND_ADMIN,
  },
  // Filières and peers.
  { name: 'proposedFilieres', document: '{ proposedFilieres { id } }', allowed: CONSEILLERS_AND_ADMIN },
  {
    name: 'filiereInvitationSuggestions',
    document: 'query($f: String!) { filiereInvitationSuggestions(filiere: $f) { id } }',
    variables: (w) => ({ f: w.filiere }),
    allowed: ['conseillerInScope', 'admin'],
  },
  {
    name: 'filiereGraph',
    document: 'query($f: String!) { filiereGraph(filiere: $f) { nodes { id } } }',
    variables: (w) => ({ f: w.filiere }),
    allowed: ['conseillerInScope', 'admin'],
  },
  { name: 'myPeerSuggestions', document: '{ myPeerSuggestions(first: 3) { id } }', allowed: WITH_PROFILE },
  // Tender alerts.
  { name: 'myTenderAlerts', document: '{ myTenderAlerts { id } }', allowed: WITH_PROFILE },
  { name: 'myTenderAlertMatches', document: '{ myTenderAlertMatches { id } }', allowed: WITH_PROFILE },
  // Mutations
  {
    name: 'signUp',
    document: 'mutation($i: SignUpInput!) { signUp(input: $i) { token } }',
    variables: (_w, role) => ({
      i: { email: `new-${role}@example.org`, password: 'a long password', name: `New ${role}` },
    }),
    allowed: 'everyone',
  },
  {
    name: 'signIn',
    document: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
    variables: (w) => ({ e: w.emails.otherMember, p: TEST_PASSWORD }),
    allowed: 'everyone',
  },
  { name: 'signOut', document: 'mutation { signOut }', allowed: SIGNED_IN, freshSession: true },
  {
    name: 'changePassword',
    document:
      'mutation { changePassword(currentPassword: "not the password", newPassword: "whatever it is") }',
    allowed: SIGNED_IN,
  },
  {
    name: 'requestPasswordReset',
    document: 'mutation { requestPasswordReset(email: "nobody@example.org") }',
    allowed: 'everyone',
  },
  {
    name: 'resetPassword',
    document: 'mutation { resetPassword(token: "bogus", newPassword: "a long password") }',
    allowed: 'everyone',
  },
  {
    name: 'updateMyProfile',
    document: 'mutation { updateMyProfile(input: { bio: "Tourneur sur bois" }) { bio } }',
    allowed: WITH_PROFILE,
  },
  {
    name: 'setMySkills',
    document: 'mutation { setMySkills(skills: [{ skill: "ceramics", level: 3 }]) { id } }',
    allowed: WITH_PROFILE,
  },
  {
    name: 'setMySpaces',
    document: 'mutation($s: [String!]!) { setMySpaces(spaces: $s) { id } }',
    variables: (w) => ({ s: [w.space] }),
    allowed: WITH_PROFILE,
  },
  {
    name: 'setMyPrivacy',
    document: 'mutation { setMyPrivacy(input: { suggestForBids: true }) { id } }',
    allowed: WITH_PROFILE,
  },
  {
    name: 'eraseMe',
    document: 'mutation { eraseMe(confirmHandle: "not-my-handle") }',
    allowed: WITH_PROFILE,
  },
  { name: 'eraseMember', document: 'mutation { eraseMember(handle: "no-such-member") }', allowed: ['admin'] },
  {
    name: 'setRoles',
    document: 'mutation($e: String!) { setRoles(email: $e, roles: [MEMBER]) { roles } }',
    variables: (w) => ({ e: w.emails.otherMember }),
    allowed: ['admin'],
  },
  {
    name: 'addMemberToFiliere',
    document: 'mutation($f: String!, $m: String!) { addMemberToFiliere(filiere: $f, member: $m) { id } }',
    variables: (w) => ({ f: w.filiere, m: w.consenting.handle }),
    allowed: ['conseillerInScope', 'admin'],
  },
  {
    name: 'removeMemberFromFiliere',
    document:
      'mutation($f: String!, $m: String!) { removeMemberFromFiliere(filiere: $f, member: $m) { id } }',
    variables: (w) => ({ f: w.filiere, m: w.other.handle }),
    allowed: ['conseillerInScope', 'admin'],
  },
  // Tenders and bids (missing ids and invalid input: allowed calls change nothing).
  {
    name: 'createTender',
    document: 'mutation { createTender(input: { title: "" }) { id } }',
    allowed: SIGNED_IN,
  },
  {
    name: 'updateTender',
    document: 'mutation { updateTender(id: "tdr_missing", input: {}) { id } }',
    allowed: SIGNED_IN,
  },
  {
    name: 'suggestTeams',
    document: 'mutation { suggestTeams(tenderId: "tdr_missing") }',
    allowed: SIGNED_IN,
  },
  {
    name: 'importNotice',
    document: 'mutation { importNotice(xml: "<x/>") { created } }',
    allowed: SIGNED_IN,
  },
  {
    name: 'createBid',
    document: 'mutation { createBid(tenderId: "tdr_missing") { id } }',
    allowed: WITH_PROFILE,
  },
  {
    name: 'inviteToBid',
    document:
      'mutation($m: String!) { inviteToBid(bidId: "bid_missing", memberId: $m, requirement: "ceramics") { id } }',
    variables: (w) => ({ m: w.other.id }),
    allowed: SIGNED_IN,
  },
  {
    name: 'respondToInvitation',
    document: 'mutation { respondToInvitation(bidId: "bid_missing", accept: false) { id } }',
    allowed: WITH_PROFILE,
  },
  {
    name: 'withdrawFromBid',
    document: 'mutation { withdrawFromBid(bidId: "bid_missing") { id } }',
    allowed: WITH_PROFILE,
  },
  {
    name: 'suggestReplacement',
    document: 'mutation($m: String!) { suggestReplacement(bidId: "bid_missing", memberId: $m) }',
    variables: (w) => ({ m: w.other.id }),
    allowed: SIGNED_IN,
  },
  {
    name: 'cancelBid',
    document: 'mutation { cancelBid(bidId: "bid_missing") { id } }',
    allowed: SIGNED_IN,
  },
  {
    name: 'dismissTeamSuggestion',
    document: 'mutation { dismissTeamSuggestion(suggestionId: "sug_missing") }',
    allowed: SIGNED_IN,
  },
  {
    name: 'restoreTeamSuggestion',
    document: 'mutation { restoreTeamSuggestion(suggestionId: "sug_missing") }',
    allowed: SIGNED_IN,
  },
  {
    name: 'setBidStatus',
    document: 'mutation { setBidStatus(bidId: "bid_missing", status: SUBMITTED) { id } }',
    allowed: SIGNED_IN,
  },
  // Mentoring.
  {
    name: 'requestMentor',
    document: 'mutation { requestMentor(input: { skills: [], languages: [], mode: REMOTE }) { status } }',
    allowed: WITH_PROFILE,
  },
  {
    name: 'offerMentoring',
    document:
      'mutation { offerMentoring(input: { skills: [], capacity: 0, languages: [], mode: REMOTE }) { status } }',
    allowed: WITH_PROFILE,
  },
  { name: 'withdrawMentorRequest', document: 'mutation { withdrawMentorRequest }', allowed: WITH_PROFILE },
  { name: 'withdrawMentorOffer', document: 'mutation { withdrawMentorOffer }', allowed: WITH_PROFILE },
  {
    name: 'askMentor',
    document: 'mutation { askMentor(mentorId: "m_missing") { id } }',
    allowed: WITH_PROFILE,
  },
  {
    name: 'respondToMentorship',
    document: 'mutation { respondToMentorship(id: "mnt_missing", accept: false) { id } }',
    allowed: WITH_PROFILE,
  },
  {
    name: 'endMentorship',
    document: 'mutation { endMentorship(id: "mnt_missing") { id } }',
    allowed: WITH_PROFILE,
  },
  {
    name: 'startMentoringRound',
    document: 'mutation { startMentoringRound { id } }',
    allowed: CONSEILLERS_AND_ADMIN,
  },
  {
    name: 'rematchMentoringRound',
    document: 'mutation { rematchMentoringRound(id: "round_missing") { id } }',
    allowed: CONSEILLERS_AND_ADMIN,
  },
  // Filières: any conseiller creates one (it joins their scope); editing and events stay in scope.
  {
    name: 'createFiliere',
    document: 'mutation { createFiliere(input: { slug: "Not A Slug" }) { id } }',
    allowed: CONSEILLERS_AND_ADMIN,
  },
  {
    name: 'updateFiliere',
    document: 'mutation($f: String!) { updateFiliere(slug: $f, input: { slug: "another-slug" }) { id } }',
    variables: (w) => ({ f: w.filiere }),
    allowed: ['conseillerInScope', 'admin'],
  },
  {
    name: 'joinFiliere',
    document: 'mutation { joinFiliere(slug: "no-such-filiere") { id } }',
    allowed: WITH_PROFILE,
  },
  {
    name: 'leaveFiliere',
    document: 'mutation { leaveFiliere(slug: "no-such-filiere") { id } }',
    allowed: WITH_PROFILE,
  },
  {
    name: 'createFiliereEvent',
    document:
      'mutation($f: String!) { createFiliereEvent(filiere: $f, title: "", place: "", startsAt: "2030-01-01T10:00:00Z") { id } }',
    variables: (w) => ({ f: w.filiere }),
    allowed: ['conseillerInScope', 'admin'],
  },
  {
    name: 'registerForEvent',
    document: 'mutation { registerForEvent(event: "evt_missing") { id } }',
    allowed: WITH_PROFILE,
  },
  {
    name: 'cancelRegistration',
    document: 'mutation { cancelRegistration(event: "evt_missing") { id } }',
    allowed: WITH_PROFILE,
  },
  {
    name: 'requestFiliereSuggestions',
    document: 'mutation($f: String) { requestFiliereSuggestions(filiere: $f) }',
    variables: (w) => ({ f: w.filiere }),
    allowed: ['conseillerInScope', 'admin'],
  },
  {
    name: 'acceptFiliereProposal',
    document: 'mutation { acceptFiliereProposal(suggestion: "sug_missing") { id } }',
    allowed: CONSEILLERS_AND_ADMIN,
  },
  {
    name: 'dismissSuggestion',
    document: 'mutation { dismissSuggestion(suggestion: "sug_missing") }',
    allowed: CONSEILLERS_AND_ADMIN,
  },
  // Peers, live suggestions and tender alerts: one's own, so a member profile.
  {
    name: 'dismissPeerSuggestion',
    document: 'mutation { dismissPeerSuggestion(suggestion: "sug_missing") }',
    allowed: WITH_PROFILE,
  },
  {
    name: 'restorePeerSuggestion',
    document: 'mutation { restorePeerSuggestion(suggestion: "sug_missing") }',
    allowed: WITH_PROFILE,
  },
  { name: 'refreshMySuggestions', document: 'mutation { refreshMySuggestions }', allowed: WITH_PROFILE },
  {
    name: 'followTenders',
    document: 'mutation { followTenders(input: { cpv: ["not a code"] }) { id } }',
    allowed: WITH_PROFILE,
  },
  {
    name: 'unfollowTenders',
    document: 'mutation { unfollowTenders(id: "alert_missing") }',
    allowed: WITH_PROFILE,
  },
];

let fixture: ApiFixture;
let world: World;
const tokens = {} as Record<RoleName, string | null>;
const memberIds = {} as Record<RoleName, string | null>;

beforeAll(async () => {
  fixture = await startApiFixture({
    members: 150,
    env: { PASSERELLE_ADMIN_EMAIL: 'admin@example.org', PASSERELLE_ADMIN_PASSWORD: TEST_PASSWORD },
  });
  const members = fixture.dataset.members;
  const open = members.filter(
    (m) => m.privacy.visibility === 'network' && m.filieres.length > 0 && m.spaces.length > 0,
  );
  const self = open[0]!;
  const filiere = self.filieres[0]!;
  const other = open.find((m) => !m.filieres.includes(filiere))!;
  const otherFiliere = other.filieres[0]!;
  const consenting = members.find(
    (m) => m.filieres.includes(filiere) && m.privacy.suggestForFilieres && m.privacy.visibility !== 'nobody',
  )!;
  const emails = Object.fromEntries(ROLES.map((r) => [r, `${r.toLowerCase()}@example.org`])) as Record<
    RoleName,
    string
  >;
  emails.admin = 'admin@example.org';
  world = {
    self,
    other,
    filiere,
    otherFiliere,
    space: self.spaces[0]!,
    community: fixture.dataset.communities[0]!.id,
    consenting,
    emails,
  };
  const spare = open.slice(1).filter((m) => m.id !== other.id);
  const { app, services } = fixture;
  tokens.anonymous = null;
  tokens.member = await accountFor(app, services, {
    email: emails.member,
    memberId: self.id,
    roles: ['member'],
  });
  tokens.otherMember = await accountFor(app, services, {
    email: emails.otherMember,
    memberId: other.id,
    roles: ['member'],
  });
  tokens.conseillerInScope = await accountFor(app, services, {
    email: emails.conseillerInScope,
    memberId: spare[0]!.id,
    roles: ['member', 'conseiller'],
    scopeFilieres: [filiere],
  });
  tokens.conseillerOutOfScope = await accountFor(app, services, {
    email: emails.conseillerOutOfScope,
    memberId: spare[1]!.id,
    roles: ['member', 'conseiller'],
    scopeFilieres: [otherFiliere === filiere ? 'none' : otherFiliere].filter((f) => f !== filiere),
  });
  tokens.spaceManager = await accountFor(app, services, {
    email: emails.spaceManager,
    memberId: spare[2]!.id,
    roles: ['member', 'space_manager'],
    scopeSpaces: [world.space],
  });
  tokens.admin = await signInToken(app, emails.admin, TEST_PASSWORD);
  Object.assign(memberIds, {
    anonymous: null,
    member: self.id,
    otherMember: other.id,
    conseillerInScope: spare[0]!.id,
    conseillerOutOfScope: spare[1]!.id,
    spaceManager: spare[2]!.id,
    admin: null,
  });
}, 60_000);
afterAll(() => fixture?.close());

/** Every object in a response that carries a handle (a member profile). */
function profiles(value: unknown): { handle: string; privacy?: unknown }[] {
  if (Array.isArray(value)) return value.flatMap(profiles);
  if (value === null || typeof value !== 'object') return [];
  const own = 'handle' in value ? [value as { handle: string; privacy?: unknown }] : [];
  return [...own, ...Object.values(value).flatMap(profiles)];
}

const AUTH_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);
const authErrors = (res: GraphQLResponse) =>
  (res.errors ?? []).filter((e) => AUTH_CODES.has(String(e.extensions?.code)));

describe('authorization matrix', () => {
  const cases = OPERATIONS.flatMap((op) =>
    ROLES.map((role) => ({ op, role, allowed: op.allowed === 'everyone' || op.allowed.includes(role) })),
  );
  it.each(cases.map((c) => [c.op.name, c.role, c.allowed ? 'allowed' : 'denied', c] as const))(
    '%s by %s: %s',
    async (_n, role, _e, { op, allowed }) => {
      let token = tokens[role];
      if (op.freshSession && token) token = await signInToken(fixture.app, world.emails[role], TEST_PASSWORD);
      const res = await gql(
        fixture.app,
        op.document,
        op.variables?.(world, role) ?? {},
        token ? bearer(token) : {},
      );
      expect(res.status).toBeLessThan(500);
      // A document the schema refuses would pass for "allowed" without ever reaching the rule.
      const codes = (res.errors ?? []).map((e) => e.extensions?.code);
      expect(codes).not.toContain('GRAPHQL_VALIDATION_FAILED');
      expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
      if (allowed) {
        expect(authErrors(res)).toEqual([]);
      } else {
        expect(authErrors(res).map((e) => e.extensions?.code)).toEqual([
          role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
        ]);
      }
    },
  );
});

describe('matrix coverage', () => {
  it('lists every query and mutation of the schema once, each calling the field it is named after', () => {
    const fields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}),
    );
    const listed = OPERATIONS.map((op) => op.name);
    expect(fields.filter((field) => !listed.includes(field))).toEqual([]);
    expect(listed.filter((name) => !fields.includes(name))).toEqual([]);
    expect(listed.filter((name, i) => listed.indexOf(name) !== i)).toEqual([]);
    for (const op of OPERATIONS) {
      const [definition] = parse(op.document).definitions;
      const root =
        definition?.kind === Kind.OPERATION_DEFINITION ? definition.selectionSet.selections[0] : null;
      expect(root?.kind === Kind.FIELD ? root.name.value : null, op.name).toBe(op.name);
    }
  });
});

describe('privacy sweep', () => {
  const READS = [
    '{ members(first: 100) { edges { node { id handle email phone privacy { visibility } collaborators { member { email phone } } mentors { email } } } } }',
    '{ spaces { members(first: 100) { edges { node { handle email phone } } } } }',
    '{ filieres { members(first: 100) { edges { node { handle email phone } } } } }',
    'query($s: String!) { membersWithSkill(skill: $s, first: 100) { member { handle email phone } } }',
    'query($f: String!) { filiereMembers(filiere: $f, first: 100) { edges { node { handle email phone privacy { suggestForFilieres } } } } }',
    'query($s: String!) { spaceOccupancy(space: $s) { members(first: 100) { edges { node { handle email phone } } } } }',
  ];

  it.each(ROLES.filter((r) => r !== 'admin'))(
    '%s never reads another member’s e-mail, phone, privacy or hidden profile',
    async (role) => {
      const token = tokens[role];
      const selfId = memberIds[role];
      const selfHandle = fixture.dataset.members.find((m) => m.id === selfId)?.handle;
      const hidden = fixture.dataset.members.filter(
        (m) => m.privacy.visibility === 'nobody' && m.id !== selfId,
      );
      const secrets = fixture.dataset.members
        .filter((m) => m.id !== selfId)
        .flatMap((m) => [m.email, ...(m.phone ? [m.phone] : [])]);
      for (const document of READS) {
        const res = await gql(
          fixture.app,
          document,
          { s: world.self.skills[0]!.skill, f: world.filiere },
          token ? bearer(token) : {},
        );
        const text = JSON.stringify(res.data ?? {});
        for (const secret of secrets) expect(text).not.toContain(`"${secret}"`);
        for (const member of hidden) expect(text).not.toContain(`"${member.handle}"`);
        for (const node of profiles(res.data)) {
          if (node.handle !== selfHandle) expect(node.privacy ?? null).toBeNull();
        }
      }
      for (const member of hidden.slice(0, 5)) {
        const res = await gql<{ member: unknown }>(
          fixture.app,
          'query($h: String!) { member(handle: $h) { id } }',
          { h: member.handle },
          token ? bearer(token) : {},
        );
        expect(res.data!.member).toBeNull();
      }
    },
  );

  it('shows the conseiller only consenting members of the filière in scope', async () => {
    const res = await gql<{ filiereMembers: { totalCount: number; edges: { node: { handle: string } }[] } }>(
      fixture.app,
      'query($f: String!) { filiereMembers(filiere: $f, first: 100) { totalCount edges { node { handle } } } }',
      { f: world.filiere },
      bearer(tokens.conseillerInScope!),
    );
    const expected = fixture.dataset.members
      .filter(
        (m) =>
          m.filieres.includes(world.filiere) &&
          m.privacy.suggestForFilieres &&
          m.privacy.visibility !== 'nobody',
      )
      .map((m) => m.handle)
      .sort();
    expect(res.data!.filiereMembers.edges.map((e) => e.node.handle).sort()).toEqual(expected);
    expect(res.data!.filiereMembers.totalCount).toBe(expected.length);
  });

  it('gives members their own e-mail, phone and privacy', async () => {
    const res = await gql<{ member: { email: string; privacy: { visibility: string } } }>(
      fixture.app,
      'query($h: String!) { member(handle: $h) { email privacy { visibility } } }',
      { h: world.self.handle },
      bearer(tokens.member!),
    );
    expect(res.data!.member).toEqual({ email: world.self.email, privacy: { visibility: 'NETWORK' } });
  });
});
