// What a use case receives: the process-wide services and who is acting. The
// API's request context has both (so resolvers pass it as it is); the CLI
// builds one for its own viewer.
import type { Viewer } from '../domain/policy/profileVisibility.js';
import type { Services } from './services.js';

export interface UseCaseContext {
  services: Services;
  viewer: Viewer;
}
