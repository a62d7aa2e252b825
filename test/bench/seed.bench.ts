// Synthetic network generation: time, peak memory and size for the demo seed
// (3,000 members) and the benchmark network (100,000 members), plus how fast
// a member import file of the same kind of data is parsed. Then `passerelle seed
// --members 100000` as a user runs it (wall time, peak RSS of its process) beside
// Kùzu loading the same data alone, in the same run: the seeded database is
// exported to CSV and imported into an empty one with Kùzu's own COPY
// (`IMPORT DATABASE`), in a process of its own (issue 19: ≤ 15 s, ≤ 600 MB).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MemberRecord } from '../../domain/entities/member.js';
import { parseMemberFile } from '../../graph/import/memberFile.js';
import { countRelationships } from '../../graph/seed/relationshipCounts.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { timeMs, writeResult } from './harness.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Preloaded in a child: prints its peak RSS (KiB) on stderr as it exits. */
const REPORT_MAX_RSS =
  "data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss:'+process.resourceUsage().maxRSS+'\\n'))";

const SEED = 42;

/** The process's peak resident set so far, in MiB (from the OS, so it sees inside synchronous work). */
function maxRssMiB(): number {
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}

/** Generates a network and keeps only its figures, so that the dataset can be collected afterwards. */
async function measure(members: number, csvRows = 0) {
  const { ms, value: network } = await timeMs(() => generateNetwork({ members, seed: SEED }));
  return {
    generationMs: ms,
    peakRssMiB: maxRssMiB(),
    relationships: countRelationships(network),
    projects: network.projects.length,
    mentorships: network.mentorships.length,
    jsonMiB: Math.round((Buffer.byteLength(JSON.stringify(network)) / 2 ** 20) * 10) / 10,
    sha256: createHash('sha256').update(JSON.stringify(network)).digest('hex'),
    csv: memberCsv(network.members.slice(0, csvRows)),
  };
}

const CSV_ROWS = 10_000;

// Warm the reference data and the JIT once, so that the small run is not mostly start-up.
generateNetwork({ members: 100, seed: SEED });

const small = await measure(3000);
const again = createHash('sha256')
  .update(JSON.stringify(generateNetwork({ members: 3000, seed: SEED })))
  .digest('hex');
const { csv, ...large } = await measure(100_000, CSV_ROWS);
// Warm the parser (JIT, reference lookups) on a few rows before timing it.
parseMemberFile(csv.slice(0, csv.indexOf('\n', 100_000)), { format: 'csv', now: 0 });
const parse = await timeMs(() => parseMemberFile(csv, { format: 'csv', now: 0 }));

const loadBefore = os.loadavg();
const cliSeed = await seedWithCli(100_000);
const kuzuAlone = await kuzuImportAlone(cliSeed.graphDir);
rmSync(cliSeed.dataDir, { recursive: true, force: true });
const round1 = (x: number) => Math.round(x * 10) / 10;

writeResult('seed', {
  seed: SEED,
  seedCommand100000: {
    loadAverageBefore: loadBefore.map(round1),
    loadAverageAfter: os.loadavg().map(round1),
    wallSeconds: cliSeed.wallSeconds,
    reportedSeconds: cliSeed.reportedSeconds,
    peakRssMiB: cliSeed.peakRssMiB,
    kuzuCopyAloneSeconds: kuzuAlone.seconds,
    kuzuCopyAlonePeakRssMiB: kuzuAlone.peakRssMiB,
    overKuzuCopyAlone: round1(cliSeed.wallSeconds / kuzuAlone.seconds),
    targets: { seconds: 15, peakRssMiB: 600 },
  },
  members3000: { ...small, csv: undefined, deterministic: small.sha256 === again },
  members100000: large,
  importCsv: {
    rows: CSV_ROWS,
    bytes: Buffer.byteLength(csv),
    parseMs: parse.ms,
    rowsPerSecond: Math.round(CSV_ROWS / (parse.ms / 1000)),
    parsedRows: parse.value.length,
  },
});

/** The members as an import file, to time the parser on realistic rows. */
function memberCsv(members: MemberRecord[]): string {
  const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const header =
    'externalId,name,email,phone,city,country,lat,lon,languages,skills,spaces,communities,filieres,bio,availability,visibility';
  const lines = members.map((m) =>
    [
      m.externalId ?? '',
      m.name,
      m.email,
      m.phone ?? '',
      m.city ?? '',
      m.country ?? '',
      String(m.lat ?? ''),
      String(m.lon ?? ''),
      m.languages.join(';'),
      m.skills.map((s) => `${s.skill}:${s.level}:${s.years}`).join(';'),
      m.spaces.join(';'),
      m.communities.join(';'),
      m.filieres.join(';'),
      m.bio,
      m.availability,
      m.privacy.visibility,
    ]
      .map(quote)
      .join(','),
  );
  return [header, ...lines].join('\n');
}

interface ChildRun {
  stdout: string;
  stderr: string;
  wallSeconds: number;
  peakRssMiB: number;
}

function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<ChildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', REPORT_MAX_RSS, ...args], {
    cwd: ROOT,
    env,
    stdio: 'pipe',
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`node ${args.join(' ')} exited with ${code}: ${stderr}`));
      const kib = Number(/maxrss:(\d+)/.exec(stderr)?.[1] ?? Number.NaN);
      resolve({
        stdout,
        stderr,
        wallSeconds: Math.round((performance.now() - started) / 10) / 100,
        peakRssMiB: Math.round((kib / 1024) * 10) / 10,
      });
    });
  });
}

/** `passerelle seed` in its own process, on an empty embedded store at the default memory settings. */
async function seedWithCli(members: number) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-seed-bench-'));
  const { NEO4J_URI: _neo4j, MEILI_URL: _meili, REDIS_URL: _redis, ...env } = process.env;
  const run = await runNode([path.join(ROOT, 'bin', 'passerelle.js'), 'seed', '--members', String(members)], {
    ...env,
    DATA_DIR: dataDir,
    NODE_ENV: 'production',
  });
  const summary = JSON.parse(run.stdout) as { seconds: number };
  return {
    dataDir,
    graphDir: path.join(dataDir, 'graph', 'passerelle.kuzu'),
    wallSeconds: run.wallSeconds,
    reportedSeconds: summary.seconds,
    peakRssMiB: run.peakRssMiB,
  };
}

/** The floor: Kùzu exports the seeded database to CSV, then imports it into an empty one (timed). */
async function kuzuImportAlone(database: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-kuzu-alone-'));
  const exported = path.join(dir, 'export');
  try {
    const script = (body: string) =>
      `import { Connection, Database } from 'kuzu'; const db = new Database(process.argv[1], 512 * 2 ** 20); ` +
      `const c = new Connection(db); ${body} await c.close(); await db.close();`;
    await runNode(
      [
        '--input-type=module',
        '-e',
        script(`await c.query("EXPORT DATABASE '${exported}' (format='csv')");`),
        database,
      ],
      process.env,
    );
    const run = await runNode(
      [
        '--input-type=module',
        '-e',
        script(
          `const t = performance.now(); await c.query("IMPORT DATABASE '${exported}'"); ` +
            `console.log((performance.now() - t) / 1000);`,
        ),
        path.join(dir, 'imported.kuzu'),
      ],
      process.env,
    );
    return { seconds: Math.round(Number(run.stdout.trim()) * 100) / 100, peakRssMiB: run.peakRssMiB };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
