// What every resolver receives: the process-wide services, who is asking, in
// which language, and per-request DataLoaders (batching and caching per request).
import type { UiLanguage } from '../domain/entities/common.js';
import type { Viewer } from '../domain/policy/profileVisibility.js';
import type { MailPort } from '../messaging/mail/mailPort.js';
import type { Services } from '../services/services.js';
import type { Loaders } from './loaders.js';

/** How the request authenticated: a session cookie needs CSRF protection, a bearer token does not. */
export type AuthSource = 'none' | 'cookie' | 'bearer';

export interface RequestSession {
  /** Digest of the session token (the Session node id). */
  id: string;
  source: AuthSource;
}

export interface RequestContext {
  services: Services;
  viewer: Viewer;
  session: RequestSession | null;
  language: UiLanguage;
  loaders: Loaders;
  /** Where the request came from, for per-IP sign-in protection. */
  ip: string;
  /** Sets or clears the session cookie on the response. */
  setSessionCookie(token: string | null, expiresAt?: number): void;
  mail: MailPort;
}
