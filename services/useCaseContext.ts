// What every use case of this floor receives: the process-wide services and who
// is acting. The API's RequestContext and a CLI command's context both fit it,
// so a GraphQL resolver passes its context as it is and the CLI builds one.
import { ForbiddenError } from '../domain/errors.js';
import type { Viewer } from '../domain/policy/profileVisibility.js';
import type { Services } from './services.js';

export interface UseCaseContext {
  services: Services;
  viewer: Viewer;
}

/** The acting member's id; FORBIDDEN for an account without a member profile. */
export function actingMemberId(context: UseCaseContext): string {
  if (!context.viewer.memberId) throw new ForbiddenError('Your account has no member profile');
  return context.viewer.memberId;
}
