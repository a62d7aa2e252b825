// Compiles the server's TypeScript (domain … cli) to plain JavaScript in dist/ with esbuild,
// bundled from cli/main.ts into chunks (one per command's lazily loaded code): `passerelle` then
// starts without compiling TypeScript, and without resolving a thousand ES modules one by one
// (issue 19: tsx made `--help` take seconds). Plain JavaScript itself, because it runs before
// anything is compiled. dist/ counts as stale when it is missing or older than any source, or
// than this file (dist/.built-at holds the build's start time); the sources are then compiled
// into a fresh folder that replaces dist/ whole, and concurrent callers (test files spawning the
// CLI in parallel) share one build through a lock directory.
// Run by bin/passerelle.js before every command, by `npm run build` (--force) and `npm start`.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST_DIR = path.join(ROOT, 'dist');
/** What bin/passerelle.js runs once dist/ is fresh. */
export const DIST_ENTRY = path.join(DIST_DIR, 'cli', 'main.js');
/** The server's floors; web/ is built by Vite (web/build/ensureWebBuild.ts), test/ runs under tsx. */
const SOURCE_DIRS = ['domain', 'graph', 'search', 'procurement', 'workers', 'services', 'api', 'cli'];
/**
 * Besides the sources, what changes the output: this file's options, the compiler settings, and
 * the installed packages (some are bundled; npm rewrites node_modules/.package-lock.json).
 */
const BUILD_INPUTS = [
  fileURLToPath(import.meta.url),
  path.join(ROOT, 'tsconfig.json'),
  path.join(ROOT, 'package-lock.json'),
  path.join(ROOT, 'node_modules', '.package-lock.json'),
];
const STAMP = path.join(DIST_DIR, '.built-at');
const LOCK_DIR = path.join(ROOT, '.dist-lock');
const LOCK_STALE_MS = 120_000;
const LOCK_POLL_MS = 100;

const isSource = (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts');

/**
 * True when dist/ was built after the last change to any source. Folders count too, so that a
 * deleted or renamed source makes the build stale. One stat per source (~400): 60 ms measured
 * on the 2-core machine at load average 18.
 */
export function serverBuildIsFresh() {
  let builtAt;
  try {
    builtAt = Number(readFileSync(STAMP, 'utf8'));
  } catch {
    return false;
  }
  if (!Number.isFinite(builtAt)) return false;
  for (const file of BUILD_INPUTS)
    if ((statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) > builtAt) return false;
  for (const dir of SOURCE_DIRS) {
    const top = path.join(ROOT, dir);
    if (statSync(top).mtimeMs > builtAt) return false;
    for (const entry of readdirSync(top, { recursive: true, withFileTypes: true })) {
      if (!(entry.isDirectory() || (entry.isFile() && isSource(entry.name)))) continue;
      if (statSync(path.join(entry.parentPath, entry.name)).mtimeMs > builtAt) return false;
    }
  }
  return true;
}

/** Compiles every source into a new folder, then puts it in dist/'s place. */
export async function buildServer() {
  const startedAt = Date.now();
  // esbuild comes with tsx (a dependency): loaded only when a build is needed.
  const { build } = await import('esbuild');
  const staging = path.join(ROOT, `.dist-build-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    await build({
      absWorkingDir: ROOT,
      entryPoints: [path.join(ROOT, 'cli', 'main.ts')],
      outdir: staging,
      outbase: ROOT,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // One file per command's code (chunks shared between them), rather than one per module:
      // Node resolves and reads each ES module separately, and the API's GraphQL libraries alone
      // are ~500 files. Packages stay in node_modules, except the pure-ESM GraphQL stack (BUNDLED).
      bundle: true,
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      plugins: [keepPackagesExternal],
      // CommonJS code inside a bundled package may `require` Node's modules.
      banner: {
        js: "import { createRequire as __passerelleRequire } from 'node:module'; const require = __passerelleRequire(import.meta.url);",
      },
      // Linked maps: NODE_OPTIONS=--enable-source-maps shows TypeScript lines in stack traces.
      sourcemap: 'linked',
      sourcesContent: false,
      logLevel: 'error',
    });
    writeFileSync(path.join(staging, '.built-at'), String(startedAt));
    rmSync(DIST_DIR, { recursive: true, force: true });
    renameSync(staging, DIST_DIR);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Bundled with the server's code: packages of many small ES modules, without native code or
 * files of their own. `graphql` itself stays a package (one copy, or its `instanceof` checks fail).
 */
const BUNDLED = [
  /^@graphql-tools\//,
  /^@envelop\//,
  /^graphql-yoga$/,
  /^@graphql-yoga\//,
  /^@whatwg-node\//,
  /^@pothos\//,
  /^zod(\/|$)/,
  /^@repeaterjs\//,
];

const keepPackagesExternal = {
  name: 'keep-packages-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { external: true };
      if (BUNDLED.some((pattern) => pattern.test(args.path))) return undefined;
      return { path: args.path, external: true };
    });
  },
};

function tryLock() {
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

/** Builds when stale (or always with `force`); resolves true when this call built. */
export async function ensureServerBuild({ force = false } = {}) {
  let mustBuild = force;
  while (mustBuild || !serverBuildIsFresh()) {
    if (tryLock()) {
      try {
        if (!mustBuild && serverBuildIsFresh()) return false;
        await buildServer();
        return true;
      } finally {
        rmSync(LOCK_DIR, { recursive: true, force: true });
      }
    }
    // Another process is building: its result will do, look again shortly.
    mustBuild = false;
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }
  return false;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const startedAt = Date.now();
  const built = await ensureServerBuild({ force: process.argv.includes('--force') });
  console.log(
    built
      ? `server compiled into ${DIST_DIR} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`
      : 'server build is up to date',
  );
}
