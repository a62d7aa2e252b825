// Long work (seeding, import, reindex, jobs) reports progress through this callback;
// the CLI draws a bar, jobs publish subscription events.
export interface Progress {
  phase: string;
  done: number;
  total: number;
}

export type ProgressListener = (progress: Progress) => void;

export const ignoreProgress: ProgressListener = () => {};
