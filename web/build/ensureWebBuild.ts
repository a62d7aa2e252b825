// Builds the web app when web/dist is missing or older than its sources, then writes
// .br/.gz twins of the text assets (served by the API's web plugin to browsers that accept
// them). Run by `npm start` (prestart), `npm run build:web` (--force) and the browser tests.
// Concurrent callers (two test files) share one build through a lock directory.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST_DIR = path.join(WEB_ROOT, 'dist');
const STAMP = path.join(DIST_DIR, '.built-at');
const LOCK_DIR = path.join(WEB_ROOT, '.build-lock');
const LOCK_STALE_MS = 120_000;
const LOCK_POLL_MS = 200;
const COMPRESSIBLE = /\.(js|css|html|svg|json)$/;
const SOURCES = ['src', 'index.html', 'vite.config.ts'];

function newestMtime(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.join(entry, name))),
    0,
  );
}

export function webBuildIsStale(): boolean {
  let builtAt: number;
  try {
    builtAt = Number(readFileSync(STAMP, 'utf8'));
  } catch {
    return true;
  }
  const newest = Math.max(...SOURCES.map((entry) => newestMtime(path.join(WEB_ROOT, entry))));
  return !(builtAt >= newest);
}

function compressAssets(dir: string): void {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) {
      compressAssets(file);
    } else if (COMPRESSIBLE.test(name)) {
      const content = readFileSync(file);
      writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      writeFileSync(
        `${file}.br`,
        brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      );
    }
  }
}

/**
 * Vite runs in its own process with NODE_ENV=production: inside a test runner (NODE_ENV=test)
 * or tsx, an in-process build would bundle React's development build (twice the size).
 */
async function runViteBuild(): Promise<void> {
  const vitePackage = createRequire(import.meta.url).resolve('vite/package.json');
  const viteBin = path.join(path.dirname(vitePackage), 'bin', 'vite.js');
  const startedAt = Date.now();
  const child = spawn(
    process.execPath,
    [viteBin, 'build', '--config', path.join(WEB_ROOT, 'vite.config.ts'), '--logLevel', 'warn'],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } },
  );
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`vite build exited with code ${code}`);
  compressAssets(DIST_DIR);
  writeFileSync(STAMP, String(startedAt));
}

function tryLock(): boolean {
  try {
    mkdirSync(LOCK_DIR);
    return true;
  } catch {
    // Held by another builder. A lock left behind by a killed process is taken over once old.
    let age = 0;
    try {
      age = Date.now() - statSync(LOCK_DIR).mtimeMs;
    } catch {
      return tryLock();
    }
    if (age > LOCK_STALE_MS) {
      rmSync(LOCK_DIR, { recursive: true, force: true });
      return tryLock();
    }
    return false;
  }
}

/** Builds if stale; returns true when this call built. */
export async function ensureWebBuild(): Promise<boolean> {
  while (webBuildIsStale()) {
    if (tryLock()) {
      try {
        if (!webBuildIsStale()) return false;
        await runViteBuild();
        return true;
      } finally {
        rmSync(LOCK_DIR, { recursive: true, force: true });
      }
    }
    // Another process holds the lock while it builds: look again shortly.
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }
  return false;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `--force` (npm run build:web) rebuilds even when the sources look unchanged.
  if (process.argv.includes('--force')) rmSync(STAMP, { force: true });
  const built = await ensureWebBuild();
  console.log(built ? `web app built into ${DIST_DIR}` : 'web app is up to date');
}
