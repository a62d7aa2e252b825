// Vitest setup file of the main suite: every distinct Cypher statement a test
// sends through a graph store is appended to this process's capture file, with
// the port method that sent it (test/cypher/neo4jAnalyser.check.ts lints them).
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { observeStatements } from '../../graph/statementObservers.js';
import { CAPTURE_ENV } from './captureDirectory.js';

const directory = process.env[CAPTURE_ENV];
if (directory) {
  const file = path.join(directory, `${process.pid}.jsonl`);
  const seen = new Set<string>();
  observeStatements((method, cypher) => {
    const line = JSON.stringify({ method, cypher });
    if (seen.has(line)) return;
    seen.add(line);
    appendFileSync(file, `${line}\n`);
  });
}
