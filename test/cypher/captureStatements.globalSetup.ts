// Vitest global setup of the main suite: starts each run with an empty capture
// directory and tells the test processes (which inherit the environment) where it is.
import { mkdirSync, rmSync } from 'node:fs';
import { CAPTURE_DIRECTORY, CAPTURE_ENV } from './captureDirectory.js';

export default function setup(): void {
  rmSync(CAPTURE_DIRECTORY, { recursive: true, force: true });
  mkdirSync(CAPTURE_DIRECTORY, { recursive: true });
  process.env[CAPTURE_ENV] = CAPTURE_DIRECTORY;
}
