// Spawns the chaos worker fixture as a real child process and follows its output.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const fixture = fileURLToPath(new URL('../fixtures/worker.ts', import.meta.url));

export interface WorkerProcess {
  readonly pid: number;
  readonly lines: string[];
  /** Resolves with the first output line matching, or fails after `timeoutMs`. */
  waitForLine(match: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
}

const running = new Set<ChildProcess>();

export function spawnWorker(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const lines: string[] = [];
  const watchers = new Set<(line: string) => void>();
  let buffered = '';
  let errors = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const watch of watchers) watch(line);
    }
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    errors += chunk;
  });
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      running.delete(child);
      resolve(code);
    });
  });
  return {
    pid: child.pid as number,
    lines,
    exited,
    kill: (signal) => child.kill(signal),
    waitForLine(match, timeoutMs = 20_000) {
      const seen = lines.find(match);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          watchers.delete(watch);
          reject(
            new Error(
              `worker ${child.pid}: no matching line in ${timeoutMs} ms; output:\n${lines.join('\n')}\n${errors}`,
            ),
          );
        }, timeoutMs);
        const watch = (line: string) => {
          if (!match(line)) return;
          clearTimeout(timer);
          watchers.delete(watch);
          resolve(line);
        };
        watchers.add(watch);
        exited.then((code) => {
          if (!watchers.has(watch)) return;
          clearTimeout(timer);
          watchers.delete(watch);
          reject(
            new Error(`worker ${child.pid} exited (${code}) first; output:\n${lines.join('\n')}\n${errors}`),
          );
        });
      });
    },
  };
}

/** Kills the fixture processes a test left running (each by its own pid). */
export async function killWorkers(): Promise<void> {
  const children = [...running];
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}
