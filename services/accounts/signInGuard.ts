// Brute-force protection for sign-in: after `maxFailures` failed attempts on
// one e-mail (or from one IP) within `windowMs`, further attempts are refused
// until the window passes, whatever the password. The counts live in a
// FailureCounter: Redis when REDIS_URL is set (shared by every API instance),
// the graph store otherwise, so a restart forgets nothing. Keys are stored
// hashed: the counters hold no e-mail address.
import { createHash } from 'node:crypto';
import { ForbiddenError } from '../../domain/errors.js';
import type { FailureCounter } from './failureCounter.js';

export interface SignInGuardOptions {
  maxFailures: number;
  windowMs: number;
  now?: () => number;
}

export class SignInGuard {
  private readonly now: () => number;

  constructor(
    private readonly options: SignInGuardOptions,
    private readonly counter: FailureCounter,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** Throws when any of the keys (e-mail, IP) is locked out. */
  async assertAllowed(keys: readonly string[]): Promise<void> {
    const now = this.now();
    for (const key of keys) {
      const window = await this.counter.current(hashed(key), now, this.options.windowMs);
      if (window && window.count >= this.options.maxFailures) {
        const minutes = Math.ceil((window.firstAt + this.options.windowMs - now) / 60_000);
        throw new ForbiddenError(
          `Too many failed sign-in attempts; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
          { code: 'auth.tooManyAttempts', params: { minutes } },
        );
      }
    }
  }

  async recordFailure(keys: readonly string[]): Promise<void> {
    const now = this.now();
    for (const key of keys) await this.counter.increment(hashed(key), now, this.options.windowMs);
  }

  async recordSuccess(keys: readonly string[]): Promise<void> {
    for (const key of keys) await this.counter.reset(hashed(key));
  }

  close(): Promise<void> {
    return this.counter.close();
  }
}

function hashed(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
