// After a mutation, the session cache reads the viewer (roles, scopes, the
// member's spaces) from the store again: the mutation may have changed them.
// A member's mutation can only change their own viewer; an admin's or a
// manager's can change anyone's (roles, scopes, members' spaces), so it drops
// every cached viewer. See services/accounts/sessionCache.ts.
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { SessionCache } from '../../services/accounts/sessionCache.js';
import type { RequestContext } from '../context.js';

export function viewerRefreshAfterMutation(cache: SessionCache): Plugin {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return;
      const { viewer } = args.contextValue as Partial<Pick<RequestContext, 'viewer'>>;
      if (!viewer) return;
      const refresh = () => {
        if (viewer.roles.some((role) => role !== 'member')) cache.dropAllViewers();
        else if (viewer.accountId) cache.dropViewer(viewer.accountId);
      };
      return { onExecuteDone: refresh };
    },
  };
}
