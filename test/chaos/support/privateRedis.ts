// A redis-server of our own, started with the same flags as the shared one
// (no RDB snapshots, no AOF) on a free port, so outage tests can shut it down,
// pause it and restart it without interrupting the other tests using the shared Redis.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export class PrivateRedis {
  private server: ChildProcess | undefined;

  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(
      await freePort(),
      mkdtempSync(path.join(os.tmpdir(), 'passerelle-redis-')),
    );
    await redis.boot();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Runs a redis-cli command against this server. */
  async cli(...args: string[]): Promise<string> {
    const { stdout } = await run('redis-cli', ['-p', String(this.port), ...args]);
    return stdout.trim();
  }

  /** SHUTDOWN NOSAVE (the shared server's behaviour: the data is gone) or SHUTDOWN SAVE (kept in dump.rdb). */
  async shutdown(mode: 'nosave' | 'save'): Promise<void> {
    const server = this.server;
    if (!server) return;
    const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
    await this.cli('shutdown', mode).catch(() => '');
    await exited;
    this.server = undefined;
  }

  /** Starts the server again on the same port (loading dump.rdb if a SHUTDOWN SAVE wrote one). */
  async boot(): Promise<void> {
    const server = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        this.dir,
      ],
      { stdio: 'ignore' },
    );
    this.server = server;
    const deadline = Date.now() + 10_000;
    for (;;) {
      if ((await this.cli('ping').catch(() => '')) === 'PONG') return;
      if (Date.now() > deadline || server.exitCode !== null)
        throw new Error(`redis-server on ${this.port} did not start`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  async stop(): Promise<void> {
    await this.shutdown('nosave');
    rmSync(this.dir, { recursive: true, force: true });
  }
}
