// Failed sign-in attempts kept in the graph (embedded mode, one process): the
// lockout survives a restart. Expired windows are removed by the maintenance job.
import type { GraphStore } from '../graphStore.js';

export interface StoredFailureWindow {
  count: number;
  firstAt: number;
}

export class SignInFailureRepository {
  constructor(private readonly store: GraphStore) {}

  increment(key: string, now: number, windowMs: number): Promise<StoredFailureWindow> {
    return this.store.transaction(async (tx) => {
      const [row] = await tx.run<{ count: number; firstAt: number }>(
        'MATCH (f:SignInFailure {key: $key}) RETURN f.count AS count, f.firstAt AS firstAt',
        { key },
      );
      if (!row) {
        await tx.run('CREATE (:SignInFailure {key: $key, count: 1, firstAt: $now})', { key, now });
        return { count: 1, firstAt: now };
      }
      const expired = now - Number(row.firstAt) >= windowMs;
      const next = expired
        ? { count: 1, firstAt: now }
        : { count: Number(row.count) + 1, firstAt: Number(row.firstAt) };
      await tx.run('MATCH (f:SignInFailure {key: $key}) SET f.count = $count, f.firstAt = $firstAt', {
        key,
        ...next,
      });
      return next;
    });
  }

  async get(key: string): Promise<StoredFailureWindow | undefined> {
    const [row] = await this.store.read<{ count: number; firstAt: number }>(
      'MATCH (f:SignInFailure {key: $key}) RETURN f.count AS count, f.firstAt AS firstAt',
      { key },
    );
    return row ? { count: Number(row.count), firstAt: Number(row.firstAt) } : undefined;
  }

  async delete(key: string): Promise<void> {
    await this.store.write('MATCH (f:SignInFailure {key: $key}) DELETE f', { key });
  }

  /** Removes the windows that started before `before` (epoch ms); returns how many. */
  async purgeStartedBefore(before: number): Promise<number> {
    const rows = await this.store.write<{ n: number }>(
      'MATCH (f:SignInFailure) WHERE f.firstAt < $before DELETE f RETURN count(*) AS n',
      { before },
    );
    return Number(rows[0]?.n ?? 0);
  }
}
