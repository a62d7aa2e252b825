// Runs `passerelle start` as a real child process (so that it can be killed
// with SIGKILL) and tells its URL once it listens.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../../../bin/passerelle.js', import.meta.url));

export interface ServerProcess {
  readonly pid: number;
  /** Resolves with the server's URL once it listens; fails if it exits first or after `timeoutMs`. */
  listening(timeoutMs?: number): Promise<string>;
  /** Resolves with the signal that ended the process (null when it exited by itself). */
  readonly exited: Promise<NodeJS.Signals | null>;
  kill(signal: NodeJS.Signals): void;
}

export function spawnServer(env: Record<string, string>): ServerProcess {
  const child: ChildProcess = spawn(process.execPath, [bin, 'start'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => {
    child.on('exit', (_code, signal) => resolve(signal));
  });
  return {
    pid: child.pid as number,
    exited,
    kill: (signal) => child.kill(signal),
    listening(timeoutMs = 120_000) {
      const url = () => /Passerelle is running at (http:\/\/\S+)/.exec(output)?.[1];
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(new Error(`server ${child.pid} did not listen in ${timeoutMs} ms; output:\n${output}`)),
          timeoutMs,
        );
        const check = () => {
          const found = url();
          if (found) {
            clearTimeout(timer);
            child.stdout?.off('data', check);
            resolve(found);
          }
        };
        child.stdout?.on('data', check);
        check();
        void exited.then(() => {
          clearTimeout(timer);
          reject(new Error(`server ${child.pid} exited before listening; output:\n${output}`));
        });
      });
    },
  };
}
