// Where the suite's Cypher statements are captured for the Neo4j analyser check
// (one file per test process, one statement per line as JSON).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CAPTURE_DIRECTORY = path.join(path.dirname(fileURLToPath(import.meta.url)), '.captured');
export const CAPTURE_ENV = 'PASSERELLE_CYPHER_CAPTURE_DIR';
