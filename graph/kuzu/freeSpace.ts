// Refuses writes before the disk under the Kùzu database is full. Kùzu 0.11.3
// does not survive a full disk: a commit whose WAL write fails ("IO exception:
// Cannot write to file") leaves the open database answering reads wrongly (a
// member written before reads back as null, a valid session as absent) and
// later writes hang, until a restart replays the WAL, sometimes with the failed
// write in it. So writes stop while the free space is under a reserve, as
// Elasticsearch's flood-stage disk watermark makes indices read-only: reads go
// on, the error says the store is full, and writes resume by themselves once
// space is freed (the check runs before every write).
import { statfs } from 'node:fs/promises';
import { UnavailableError } from '../../domain/errors.js';

/** Room kept for a commit's WAL and the checkpoint that follows it (Kùzu checkpoints at 16 MB of WAL). */
export const DEFAULT_MIN_FREE_BYTES = 32 * 2 ** 20;

const MB = 2 ** 20;

export class FreeSpaceGuard {
  constructor(
    private readonly directory: string,
    private readonly minFreeBytes: number = DEFAULT_MIN_FREE_BYTES,
  ) {}

  /** Bytes an unprivileged writer may still use on the directory's filesystem. */
  async freeBytes(): Promise<number> {
    const stats = await statfs(this.directory);
    return stats.bavail * stats.bsize;
  }

  async hasRoom(): Promise<boolean> {
    return (await this.freeBytes()) >= this.minFreeBytes;
  }

  /** Throws UNAVAILABLE, saying the store is full, when a write could not be committed safely. */
  async assertRoom(): Promise<void> {
    const free = await this.freeBytes();
    if (free >= this.minFreeBytes) return;
    throw new UnavailableError(
      `The graph store is full: ${(free / MB).toFixed(1)} MB free on its disk, and writes need ` +
        `${(this.minFreeBytes / MB).toFixed(0)} MB. Nothing was written; reads still work, and writes ` +
        'resume once disk space is freed.',
      { reason: { code: 'storeFull' } },
    );
  }
}
