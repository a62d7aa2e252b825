// What every use case of this floor receives: the process-wide services and who
// is acting. The API's RequestContext and a CLI command's context both fit it,
// so a GraphQL resolver passes its context as it is and the CLI builds one.
import type { Viewer } from '../domain/policy/profileVisibility.js';
import type { Services } from './services.js';

export interface UseCaseContext {
  services: Services;
  viewer: Viewer;
}
