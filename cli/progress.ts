// Terminal progress: a bar on a TTY, plain lines (every 10 %) otherwise, so CI logs stay readable.
import cliProgress from 'cli-progress';
import type { Progress, ProgressListener } from '../domain/progress.js';

export interface ProgressDisplay {
  listener: ProgressListener;
  stop(): void;
}

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ProgressDisplay {
  if (stream.isTTY) return barProgress(stream);
  return lineProgress(stream);
}

function barProgress(stream: NodeJS.WriteStream): ProgressDisplay {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: ' {phase} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let phase: string | undefined;
  return {
    listener(p: Progress) {
      if (p.phase !== phase) {
        if (phase !== undefined) bar.stop();
        phase = p.phase;
        bar.start(Math.max(1, p.total), p.done, { phase: p.phase.padEnd(14) });
      }
      bar.update(p.done);
    },
    stop() {
      if (phase !== undefined) bar.stop();
    },
  };
}

function lineProgress(stream: NodeJS.WriteStream): ProgressDisplay {
  let phase: string | undefined;
  let lastTenth = -1;
  return {
    listener(p: Progress) {
      if (p.phase !== phase) {
        phase = p.phase;
        lastTenth = -1;
      }
      const tenth = p.total > 0 ? Math.floor((p.done / p.total) * 10) : 10;
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        stream.write(`${p.phase}: ${p.done}/${p.total} (${tenth * 10}%)\n`);
      }
    },
    stop() {},
  };
}
