// `passerelle import --dry-run` on a generated 1,000,000-row CSV member file:
// wall time and peak RSS of the real command (a child process, so the figures
// are the command's own), against an empty store and after the file's first
// 1,000 rows are stored. The file streams through: memory must not follow its
// size (before streaming: 130 s and 2.9 GB).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeResult } from './harness.js';

const ROWS = Number(process.env.IMPORT_BENCH_ROWS ?? 1_000_000);
const BINARY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/passerelle.js');
const SKILLS = ['ceramics', 'woodworking', 'painting', 'photography', 'interior-design', 'graphic-design'];
const CITIES = ['Lille', 'Liège', 'Gent', 'Bruxelles', 'Roubaix', 'Namur', 'Antwerpen'];

async function writeFile(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('externalId,name,email,phone,city,skills,availability,visibility,bio\n');
  for (let i = 0; i < rows; i++) {
    const line =
      `X${i},Member ${i} Dubois,member${i}@example.org,+32 555 ${String(i % 1e6).padStart(6, '0')},` +
      `${CITIES[i % CITIES.length]},${SKILLS[i % SKILLS.length]}:${1 + (i % 5)}:${i % 20},available,network,` +
      `"Works with clay, wood and light; row ${i}."\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Runs the command under /usr/bin/time, returning wall time and peak RSS (MiB) of the child. */
function run(
  args: string[],
  dataDir: string,
): Promise<{ ms: number; peakRssMiB: number; code: number | null; stdout: string; stderr: string }> {
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', 'MAXRSS_KB=%M', process.execPath, BINARY, ...args], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      NEO4J_URI: '',
      MEILI_URL: '',
      REDIS_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const kb = Number(/MAXRSS_KB=(\d+)/.exec(stderr)?.[1] ?? Number.NaN);
      resolve({
        ms: Math.round(performance.now() - started),
        peakRssMiB: Math.round((kb / 1024) * 10) / 10,
        code,
        stdout,
        stderr: stderr.slice(-2000),
      });
    });
  });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-import-bench-'));
try {
  const file = path.join(dir, 'members.csv');
  await writeFile(file, ROWS);
  const small = path.join(dir, 'first-thousand.csv');
  await writeFile(small, 1000);
  const bytes = statSync(file).size;

  const empty = await run(['import', file, '--dry-run'], path.join(dir, 'data-empty'));
  if (empty.code !== 0) throw new Error(`dry run failed: ${empty.stderr}`);
  const stored = path.join(dir, 'data-stored');
  const load = await run(['import', small], stored);
  if (load.code !== 0) throw new Error(`import failed: ${load.stderr}`);
  const overStored = await run(['import', file, '--dry-run'], stored);
  if (overStored.code !== 0) throw new Error(`dry run failed: ${overStored.stderr}`);

  writeResult('importStream', {
    rows: ROWS,
    fileMiB: Math.round((bytes / 2 ** 20) * 10) / 10,
    dryRunEmptyStore: { ms: empty.ms, peakRssMiB: empty.peakRssMiB, summary: JSON.parse(empty.stdout) },
    dryRunOver1000Stored: {
      ms: overStored.ms,
      peakRssMiB: overStored.peakRssMiB,
      summary: JSON.parse(overStored.stdout),
    },
    before: { ms: 130_000, peakRssMiB: 2900, note: 'issue 17, whole-file parse' },
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
