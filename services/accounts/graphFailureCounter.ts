// Failed sign-in attempts in the graph store (embedded mode without Redis).
import type { SignInFailureRepository } from '../../graph/repositories/signInFailureRepository.js';
import type { FailureCounter, FailureWindow } from './failureCounter.js';

export class GraphFailureCounter implements FailureCounter {
  constructor(private readonly failures: SignInFailureRepository) {}

  increment(key: string, now: number, windowMs: number): Promise<FailureWindow> {
    return this.failures.increment(key, now, windowMs);
  }

  async current(key: string, now: number, windowMs: number): Promise<FailureWindow | undefined> {
    const window = await this.failures.get(key);
    return window && now - window.firstAt < windowMs ? window : undefined;
  }

  reset(key: string): Promise<void> {
    return this.failures.delete(key);
  }

  /** The graph store is closed with the other services. */
  async close(): Promise<void> {}
}
