// The one Pothos builder: plugins, auth scopes and the context type are
// declared here once; every GraphQL type lives in its own file under api/schema/.
// Every field must carry authScopes (requireAuthScopes refuses to build otherwise).
import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { ForbiddenError, UnauthenticatedError } from '../../domain/errors.js';
import {
  canActOnFiliere,
  canManageSpace,
  isAdmin,
  isSignedIn,
} from '../../domain/policy/profileVisibility.js';
import type { RequestContext } from '../context.js';
import { requireAuthScopesPlugin } from './requireAuthScopes.js';

export interface AuthScopes {
  /** Anyone, signed in or not. */
  public: boolean;
  signedIn: boolean;
  /** Signed in with a member profile (the boot admin has none). */
  member: boolean;
  admin: boolean;
  conseiller: boolean;
  spaceManager: boolean;
  /** A conseiller of this filière (or an admin). */
  actOnFiliere: string;
  /** The manager of this space (or an admin). */
  manageSpace: string;
}

export const builder = new SchemaBuilder<{
  Context: RequestContext;
  AuthScopes: AuthScopes;
  Connection: { totalCount: number };
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: number; Output: number };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [requireAuthScopesPlugin, ScopeAuthPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: ({ viewer }) => ({
      public: true,
      signedIn: isSignedIn(viewer),
      member: viewer.memberId !== null,
      admin: isAdmin(viewer),
      conseiller: viewer.roles.includes('conseiller'),
      spaceManager: viewer.roles.includes('space_manager'),
      actOnFiliere: (filiere) => canActOnFiliere(viewer, filiere),
      manageSpace: (space) => canManageSpace(viewer, space),
    }),
    unauthorizedError: (_parent, context) =>
      isSignedIn(context.viewer) ? new ForbiddenError() : new UnauthenticatedError(),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Node lookups by global id go through the per-request DataLoaders; each node type applies its own rules.
    nodeQueryOptions: { nullable: true, authScopes: { public: true } },
    // One hidden or unknown id answers null in its place; the others still come back.
    nodesQueryOptions: { nullable: { list: false, items: true }, authScopes: { public: true } },
  },
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'Number of items across all pages', resolve: (connection) => connection.totalCount }),
);

builder.queryType({
  description: 'Read the network: members, skills, spaces, communities, filières, projects',
});

builder.mutationType({
  description: 'Accounts, your profile and privacy, and the actions of conseillers and admins',
});

/** The rule of reference data and public profiles: anyone may read (profiles still pass the privacy policy). */
export const PUBLIC = { public: true } as const;
