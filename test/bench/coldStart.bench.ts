// Cold start of the `passerelle` command (issue 19): wall time of whole commands as a user runs
// them — `--help` and `doctor` to their exit, `start` to its "Passerelle is running at" line —
// beside plain `node -e ''` (the floor no JavaScript program beats) measured in the same rounds.
// Each round runs every command once, in turn, so a machine that gets busier slows all of them
// alike; ratios to the floor are reported with the load average before and after. The compiled
// build in dist/ is brought up to date first (its compile time is reported, not counted), and one
// round of the TypeScript sources through tsx shows what the compiled build saves.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { percentiles, writeResult } from './harness.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BINARY = path.join(ROOT, 'bin', 'passerelle.js');
const ROUNDS = Number(process.env.COLD_START_ROUNDS ?? 10);
const LISTENING = /Passerelle is running at/;

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-cold-start-'));
const { NEO4J_URI: _neo4j, MEILI_URL: _meili, REDIS_URL: _redis, ...parentEnv } = process.env;
const env = {
  ...parentEnv,
  NODE_ENV: 'production',
  DATA_DIR: dataDir,
  PORT: '0',
  HOST: '127.0.0.1',
  SEED_MEMBERS: '0',
  LOG_LEVEL: 'warn',
};

interface Command {
  name: string;
  args: string[];
  /** Resolve when this line appears on stdout (then stop the process); otherwise at exit. */
  until?: RegExp;
}

/** Wall milliseconds from spawn to exit, or to the first stdout line matching `until`. */
function run(command: Command): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, command.args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    let seen: number | undefined;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (command.until && seen === undefined && command.until.test(stdout)) {
        seen = performance.now() - started;
        child.kill('SIGTERM');
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (seen !== undefined) resolve(seen);
      else if (command.until || code !== 0)
        reject(new Error(`${command.name} exited with ${code} before its line:\n${stdout}\n${stderr}`));
      else resolve(performance.now() - started);
    });
  });
}

const compiled: Command[] = [
  { name: "node -e ''", args: ['-e', ''] },
  { name: 'passerelle --help', args: [BINARY, '--help'] },
  { name: 'passerelle doctor', args: [BINARY, 'doctor'] },
  { name: 'passerelle start (to the listening line)', args: [BINARY, 'start'], until: LISTENING },
];
/** The same through tsx, as `bin/passerelle.js` ran before dist/ (one round: it is slow). */
const fromSources: Command[] = [
  { name: 'tsx cli/main.ts --help', args: ['--import', 'tsx', path.join(ROOT, 'cli', 'main.ts'), '--help'] },
  {
    name: 'tsx cli/main.ts start (to the listening line)',
    args: ['--import', 'tsx', path.join(ROOT, 'cli', 'main.ts'), 'start'],
    until: LISTENING,
  },
];

const loadBefore = os.loadavg();
const buildStarted = performance.now();
const build = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'serverBuild.js')], { encoding: 'utf8' });
if (build.status !== 0) throw new Error(`bin/serverBuild.js failed: ${build.stderr}`);
const buildMs = performance.now() - buildStarted;

try {
  // The first start creates the stores (reference data, search index): not a cold start.
  await run(compiled[3]!);
  const samples = new Map<string, number[]>(compiled.map((c) => [c.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const command of compiled) samples.get(command.name)!.push(await run(command));
  }
  const tsxSamples = new Map<string, number>();
  for (const command of fromSources) tsxSamples.set(command.name, await run(command));

  const floor = percentiles(samples.get(compiled[0]!.name)!);
  const round1 = (x: number) => Math.round(x * 10) / 10;
  writeResult('coldStart', {
    rounds: ROUNDS,
    loadAverageBefore: loadBefore.map(round1),
    loadAverageAfter: os.loadavg().map(round1),
    build: { ms: Math.round(buildMs), output: build.stdout.trim() },
    targetMs: 500,
    commands: Object.fromEntries(
      [...samples].map(([name, ms]) => {
        const p = percentiles(ms);
        return [name, { ...p, p50OverNode: round1(p.p50 / floor.p50) }];
      }),
    ),
    fromSourcesOneRun: Object.fromEntries(
      [...tsxSamples].map(([name, ms]) => [
        name,
        { ms: Math.round(ms), overNodeP50: round1(ms / floor.p50) },
      ]),
    ),
  });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
