// Runs the real `passerelle` binary in a child process, as a user would: no
// TTY (so progress comes as plain lines), embedded stores under the given
// DATA_DIR, and none of the production store variables of the parent's
// environment.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BINARY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/passerelle.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  dataDir?: string;
  /** Written to the child's standard input, which is then closed. */
  stdin?: string;
  /** Extra environment variables (e.g. REDIS_URL, which is otherwise left out). */
  env?: Record<string, string>;
}

export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  const { NEO4J_URI: _neo4j, MEILI_URL: _meili, REDIS_URL: _redis, ...env } = process.env;
  const child = spawn(process.execPath, [BINARY, ...args], {
    env: {
      ...env,
      NODE_ENV: 'test',
      ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}),
      ...options.env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  child.stdin.end(options.stdin ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}
