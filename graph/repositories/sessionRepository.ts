// Server-side sessions and password-reset tokens, both keyed by the SHA-256 of
// their secret token (a leaked store holds no usable token). A session is
// valid until it expires or is revoked; a reset token works once.
import type { GraphStore } from '../graphStore.js';
import { nullableNumeric, numeric, text } from '../properties/rowValues.js';

export interface StoredSession {
  id: string;
  accountId: string;
  createdAt: number;
  expiresAt: number;
  revokedAt: number | null;
}

export class SessionRepository {
  constructor(
    private readonly store: GraphStore,
    private readonly now: () => number = Date.now,
  ) {}

  async create(session: Omit<StoredSession, 'revokedAt'>): Promise<void> {
    await this.store.write(
      'CREATE (:Session {id: $id, accountId: $accountId, createdAt: $createdAt, expiresAt: $expiresAt})',
      session,
    );
  }

  /** The session if it exists, is not revoked and has not expired. */
  async findValid(id: string): Promise<StoredSession | null> {
    const rows = await this.store.read(
      'MATCH (s:Session {id: $id}) RETURN s.id AS id, s.accountId AS accountId, s.createdAt AS createdAt, ' +
        's.expiresAt AS expiresAt, s.revokedAt AS revokedAt',
      { id },
    );
    const row = rows[0];
    if (!row) return null;
    const session: StoredSession = {
      id: text(row, 'id'),
      accountId: text(row, 'accountId'),
      createdAt: numeric(row, 'createdAt'),
      expiresAt: numeric(row, 'expiresAt'),
      revokedAt: nullableNumeric(row, 'revokedAt'),
    };
    return session.revokedAt === null && session.expiresAt > this.now() ? session : null;
  }

  async revoke(id: string): Promise<void> {
    await this.store.write('MATCH (s:Session {id: $id}) SET s.revokedAt = $now', { id, now: this.now() });
  }

  /** Signs an account out everywhere (after a password change or reset), except `keep` if given. */
  async revokeAllOf(accountId: string, keep?: string): Promise<void> {
    await this.store.write(
      'MATCH (s:Session) WHERE s.accountId = $accountId AND s.id <> $keep AND s.revokedAt IS NULL SET s.revokedAt = $now',
      { accountId, keep: keep ?? '', now: this.now() },
    );
  }

  /** Drops expired and revoked sessions and used or expired reset tokens; returns how many went. */
  async purge(): Promise<number> {
    const now = this.now();
    const sessions = await this.store.write<{ n: number }>(
      'MATCH (s:Session) WHERE s.expiresAt <= $now OR s.revokedAt IS NOT NULL DELETE s RETURN count(*) AS n',
      { now },
    );
    const resets = await this.store.write<{ n: number }>(
      'MATCH (r:PasswordReset) WHERE r.expiresAt <= $now OR r.usedAt IS NOT NULL DELETE r RETURN count(*) AS n',
      { now },
    );
    return (sessions[0]?.n ?? 0) + (resets[0]?.n ?? 0);
  }

  async createReset(reset: {
    id: string;
    accountId: string;
    createdAt: number;
    expiresAt: number;
  }): Promise<void> {
    await this.store.write(
      'CREATE (:PasswordReset {id: $id, accountId: $accountId, createdAt: $createdAt, expiresAt: $expiresAt})',
      reset,
    );
  }

  /** Marks a valid reset token used and returns its account; null when unknown, used or expired. */
  async consumeReset(id: string): Promise<string | null> {
    const rows = await this.store.write<{ accountId: string }>(
      'MATCH (r:PasswordReset {id: $id}) WHERE r.usedAt IS NULL AND r.expiresAt > $now ' +
        'SET r.usedAt = $now RETURN r.accountId AS accountId',
      { id, now: this.now() },
    );
    return rows[0]?.accountId ?? null;
  }
}
