// The authorization matrix: every query and mutation, run by every role, from
// ONE table of who is allowed. Denied means UNAUTHENTICATED for anonymous
// visitors and FORBIDDEN for signed-in users; allowed means no auth error
// (some allowed calls are built to fail validation so that they change nothing).
// Then the privacy sweep: no read a role can make returns another member's
// e-mail, phone or privacy settings, or a profile hidden from them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    document: 'mutation($e: String!) { setRoles(email: $e, roles: [member]) { roles } }',
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
  world = { self, other, filiere, otherFiliere, space: self.spaces[0]!, consenting, emails };
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
    expect(res.data!.member).toEqual({ email: world.self.email, privacy: { visibility: 'network' } });
  });
});
