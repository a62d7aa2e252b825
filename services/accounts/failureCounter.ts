// Where the sign-in guard counts failed attempts: shared by every API instance
// (Redis) or kept in the graph (embedded mode), so that neither more instances
// nor a restart give an attacker more tries.

export interface FailureWindow {
  count: number;
  /** When the first failure of the current window happened (epoch ms). */
  firstAt: number;
}

export interface FailureCounter {
  /** Adds a failure to `key`, starting a new window when the last one has passed; returns the window. */
  increment(key: string, now: number, windowMs: number): Promise<FailureWindow>;
  /** The current window of `key`, if one is open. */
  current(key: string, now: number, windowMs: number): Promise<FailureWindow | undefined>;
  reset(key: string): Promise<void>;
  /** Releases the counter's own connection, if it has one. */
  close(): Promise<void>;
}
