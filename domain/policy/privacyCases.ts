// The privacy rule written out case by case, by hand: for each kind of viewer
// and each profile visibility of a member who works from "la-kop", is in
// the filière "ceramics" and gave every consent, what the viewer may do.
// A refused consent turns its purpose off (bids: suggestForBids; mentoring:
// suggestForMentoring; peers and filière invitations: suggestForFilieres).
// Every case is checked against the TypeScript predicates
// (privacyRule.test.ts) and against the stores' generated filters
// (test/attack/privacyRuleStores.test.ts): a change of the rule must change
// this table, and every store follows.
import type { Visibility } from '../entities/member.js';
import { type ConsentFlag, PURPOSE_CONSENT, type Purpose, type Scope } from './privacyRule.js';
import { ANONYMOUS, type Viewer } from './profileVisibility.js';

export const CASE_MEMBER = { id: 'm1', space: 'la-kop', filiere: 'ceramics' } as const;

export interface ViewerCase {
  name: string;
  viewer: Viewer;
  /** The scope the viewer looks from when seeing the member (a filière or space they act on). */
  scope?: Scope;
}

const signedIn = (id: string, fields: Partial<Viewer>): Viewer => ({
  ...ANONYMOUS,
  accountId: `acc-${id}`,
  memberId: id,
  roles: ['member'],
  ...fields,
});

export const VIEWERS = {
  visitor: { name: 'visitor (signed out)', viewer: ANONYMOUS },
  colleague: { name: 'member sharing a space', viewer: signedIn('m2', { spaceIds: ['la-kop'] }) },
  stranger: { name: 'member sharing no space', viewer: signedIn('m3', { spaceIds: ['lavallee'] }) },
  self: { name: 'the member themself', viewer: signedIn('m1', { spaceIds: ['la-kop'] }) },
  conseiller: {
    name: 'conseiller of the filière',
    viewer: signedIn('c1', { roles: ['member', 'conseiller'], scopeFilieres: ['ceramics'] }),
    scope: { filiere: 'ceramics' },
  },
  otherConseiller: {
    name: 'conseiller of another filière',
    viewer: signedIn('c2', { roles: ['member', 'conseiller'], scopeFilieres: ['wood'] }),
    scope: { filiere: 'ceramics' },
  },
  manager: {
    name: 'manager of the space',
    viewer: signedIn('s1', { roles: ['member', 'space_manager'], scopeSpaces: ['la-kop'] }),
    scope: { space: 'la-kop' },
  },
  admin: { name: 'admin', viewer: signedIn('a1', { roles: ['admin'] }) },
} satisfies Record<string, ViewerCase>;

export type ViewerName = keyof typeof VIEWERS;

/** see | suggest for bids | for mentoring | as a peer to meet | invite into the filière */
export interface Allowed {
  see: boolean;
  bids: boolean;
  mentoring: boolean;
  peers: boolean;
  invite: boolean;
}

export type Column = keyof Allowed;

/** The consent each column needs; `see` needs none. */
export const COLUMN_CONSENT: Record<Exclude<Column, 'see'>, Purpose> = {
  bids: 'bids',
  mentoring: 'mentoring',
  peers: 'peers',
  invite: 'filiere',
};

const row = (flags: string): Allowed => {
  const [see, bids, mentoring, peers, invite] = flags.split(' ').map((f) => f === 'Y');
  return { see: see!, bids: bids!, mentoring: mentoring!, peers: peers!, invite: invite! };
};

/** THE table of cases. Columns: see, bids, mentoring, peers, invite (Y = allowed, - = refused). */
export const PRIVACY_CASES: Record<ViewerName, Record<Visibility, Allowed>> = {
  visitor: {
    network: row('- - - - -'),
    spaces: row('- - - - -'),
    nobody: row('- - - - -'),
  },
  colleague: {
    network: row('Y Y Y Y -'),
    spaces: row('Y - Y Y -'),
    nobody: row('- - - - -'),
  },
  stranger: {
    network: row('Y Y Y Y -'),
    spaces: row('- - - - -'),
    nobody: row('- - - - -'),
  },
  self: {
    network: row('Y - - - -'),
    spaces: row('Y - - - -'),
    nobody: row('Y - - - -'),
  },
  conseiller: {
    network: row('Y Y Y Y Y'),
    spaces: row('Y - - - Y'),
    nobody: row('- - - - -'),
  },
  otherConseiller: {
    network: row('Y Y Y Y -'),
    spaces: row('- - - - -'),
    nobody: row('- - - - -'),
  },
  manager: {
    network: row('Y Y Y Y -'),
    spaces: row('Y - - - -'),
    nobody: row('- - - - -'),
  },
  admin: {
    network: row('Y Y Y Y Y'),
    spaces: row('Y - Y Y Y'),
    nobody: row('Y - Y Y Y'),
  },
};

/** The table's answer when the member refused `refused` (null: every consent given). */
export function expectedWith(name: ViewerName, visibility: Visibility, refused: ConsentFlag | null): Allowed {
  const allowed = { ...PRIVACY_CASES[name][visibility] };
  for (const [column, purpose] of Object.entries(COLUMN_CONSENT) as [Exclude<Column, 'see'>, Purpose][]) {
    if (PURPOSE_CONSENT[purpose] === refused) allowed[column] = false;
  }
  return allowed;
}
