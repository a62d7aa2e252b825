// Brute-force protection for sign-in: after `maxFailures` failed attempts on
// one e-mail (or from one IP) within `windowMs`, further attempts are refused
// until the window passes, whatever the password. Kept in process memory: with
// several API instances each counts its own attempts (the per-IP HTTP rate
// limit, shared through Redis, still bounds the total).
import { ForbiddenError } from '../../domain/errors.js';

export interface SignInGuardOptions {
  maxFailures: number;
  windowMs: number;
  now?: () => number;
}

interface Failures {
  count: number;
  firstAt: number;
}

export class SignInGuard {
  private readonly failures = new Map<string, Failures>();
  private readonly now: () => number;

  constructor(private readonly options: SignInGuardOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Throws when any of the keys (e-mail, IP) is locked out. */
  assertAllowed(keys: readonly string[]): void {
    for (const key of keys) {
      const entry = this.current(key);
      if (entry && entry.count >= this.options.maxFailures) {
        const minutes = Math.ceil((entry.firstAt + this.options.windowMs - this.now()) / 60_000);
        throw new ForbiddenError(
          `Too many failed sign-in attempts; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
          { code: 'auth.tooManyAttempts', params: { minutes } },
        );
      }
    }
  }

  recordFailure(keys: readonly string[]): void {
    for (const key of keys) {
      const entry = this.current(key) ?? { count: 0, firstAt: this.now() };
      entry.count += 1;
      this.failures.set(key, entry);
    }
    if (this.failures.size > 100_000) this.sweep();
  }

  recordSuccess(keys: readonly string[]): void {
    for (const key of keys) this.failures.delete(key);
  }

  private current(key: string): Failures | undefined {
    const entry = this.failures.get(key);
    if (entry && this.now() - entry.firstAt >= this.options.windowMs) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }

  private sweep(): void {
    for (const key of [...this.failures.keys()]) this.current(key);
  }
}
