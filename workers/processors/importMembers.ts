// The import job: loads a member file (CSV or JSON) into the graph through the
// importer of the graph layer, which is idempotent (the same file twice changes
// nothing the second time), so a retried or re-run job is harmless.
import type { ProgressListener } from '../../domain/progress.js';
import type { JobContext } from '../jobQueue.js';
import { progressListener } from './progressListener.js';

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportSource {
  path: string;
  format: 'csv' | 'json';
}

/** Reads, validates and writes a member file; throws BadUserInputError naming the failing lines and fields. */
export type MemberImporter = (
  source: ImportSource,
  onProgress: ProgressListener,
  signal: AbortSignal,
) => Promise<ImportReport>;

export interface ImportDeps {
  importer: MemberImporter;
}

export async function importMembers(job: JobContext<'import'>, deps: ImportDeps): Promise<ImportReport> {
  return deps.importer({ path: job.data.source, format: job.data.format }, progressListener(job), job.signal);
}
