// A small filesystem to fill: a tmpfs of a few megabytes mounted on a fresh
// directory (needs root and a kernel that lets this process mount), filled
// with `dd` until the kernel answers ENOSPC, and emptied again. When mounting
// is not allowed, `mountSmallDisk` says why and the caller skips visibly.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface SmallDisk {
  directory: string;
  /** Fills the free space with a file written by `dd` until the disk is full; returns its size in bytes. */
  fill(): number;
  /** Removes the filler: the space is back. */
  free(): void;
  unmount(): void;
}

const FILLER = '.disk-filler';

export function mountSmallDisk(sizeMb: number): SmallDisk | { unavailable: string } {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'passerelle-small-disk-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', directory], {
    encoding: 'utf8',
  });
  if (mounted.status !== 0) {
    rmSync(directory, { recursive: true, force: true });
    return {
      unavailable: `cannot mount a tmpfs here: ${(mounted.stderr || mounted.error?.message || '').trim()}`,
    };
  }
  const filler = path.join(directory, FILLER);
  return {
    directory,
    fill() {
      // dd stops with "No space left on device" (exit 1) once the disk is full: that is the point.
      const dd = spawnSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=64k'], { encoding: 'utf8' });
      if (!/No space left on device/.test(dd.stderr))
        throw new Error(`dd did not fill the disk: ${dd.stderr}`);
      return Number(execFileSync('stat', ['-c', '%s', filler], { encoding: 'utf8' }).trim());
    },
    free() {
      rmSync(filler, { force: true });
    },
    unmount() {
      spawnSync('umount', ['-l', directory]);
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
