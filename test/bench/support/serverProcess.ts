// Starts the benchmark API server (benchServer.ts) in a child process and talks
// to it: its address and tokens once it listens, its RSS on demand, and a clean
// stop. BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the server there.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ServerReady, ServerSettings } from './benchServer.js';

export interface ServerProcess {
  ready: ServerReady;
  /** The server's resident set size now, in MiB. */
  rssMiB(): Promise<number>;
  close(): Promise<void>;
}

const script = fileURLToPath(new URL('./benchServer.ts', import.meta.url));

export async function startServerProcess(settings: ServerSettings): Promise<ServerProcess> {
  const profileDir = process.env.BENCH_CPU_PROF;
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
      script,
      JSON.stringify(settings),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

  const nextMessage = async <T>(): Promise<T> => {
    const line = await Promise.race([
      lines.next(),
      exited.then((code) => {
        throw new Error(`bench server exited with code ${code}`);
      }),
    ]);
    if (line.done) throw new Error('bench server closed its output');
    return JSON.parse(line.value) as T;
  };

  const ready = await nextMessage<ServerReady>();
  return {
    ready,
    async rssMiB() {
      child.stdin.write('rss\n');
      return (await nextMessage<{ rssMiB: number }>()).rssMiB;
    },
    async close() {
      child.stdin.end();
      await exited;
    },
  };
}
