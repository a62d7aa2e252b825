// What a use case receives: the process-wide services and who is acting. The
// API's request context has both (so resolvers pass it as it is); the CLI
// builds one for its own viewer.
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
