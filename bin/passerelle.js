#!/usr/bin/env node
// The `passerelle` command: runs the CLI compiled to plain JavaScript in dist/, compiling it
// first when a source changed since the last build (so an edited .ts file is what runs).
// When compiling is impossible (e.g. a read-only installation with stale files) it runs the
// TypeScript sources through tsx instead, as the tests and `npm run dev` do.
import { pathToFileURL } from 'node:url';
import { DIST_ENTRY, ensureServerBuild } from './serverBuild.js';

let compiled = true;
try {
  await ensureServerBuild();
} catch (error) {
  compiled = false;
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `passerelle: could not compile to dist/ (${reason}); running the TypeScript sources\n`,
  );
}
if (compiled) {
  await import(pathToFileURL(DIST_ENTRY).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/main.ts');
}
