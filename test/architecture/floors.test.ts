// The floors of the house, checked on every non-test source file (issue 18):
// (a) imports go one way only — domain ← graph, search, procurement, messaging
//     ← workers ← services ← api, cli; web imports domain types only;
//     workers/matching imports only domain and itself; cli reaches api/ only
//     for buildApp (`passerelle start`);
// (b) Cypher (MATCH/MERGE/CREATE followed by a pattern) is written in graph/ only;
// (c) no import cycle between files.
// What still breaks a rule is listed below with its issue, so the list can only
// shrink: a new breach fails, and so does an exception that no longer occurs
// (remove it from the list when you fix it).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, readSourceFiles, type SourceFile } from './sourceFiles.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

type Floor =
  | 'domain'
  | 'graph'
  | 'search'
  | 'procurement'
  | 'messaging'
  | 'workers/matching'
  | 'workers'
  | 'services'
  | 'api'
  | 'cli'
  | 'web';

const ADAPTERS: Floor[] = ['domain', 'graph', 'search', 'procurement', 'messaging'];
const WORKERS: Floor[] = [...ADAPTERS, 'workers', 'workers/matching'];

/** The floors each floor may import from (its own included). */
const MAY_IMPORT: Record<Floor, readonly Floor[]> = {
  domain: ['domain'],
  graph: ['domain', 'graph'],
  search: ['domain', 'search'],
  procurement: ['domain', 'procurement'],
  messaging: ['domain', 'messaging'],
  'workers/matching': ['domain', 'workers/matching'],
  workers: WORKERS,
  services: [...WORKERS, 'services'],
  api: [...WORKERS, 'services', 'api'],
  cli: [...WORKERS, 'services', 'cli'],
  web: ['web', 'domain'],
};

/** The one file of api/ the CLI may import: `passerelle start` serves the app. */
const CLI_MAY_IMPORT_FROM_API = new Set(['api/buildApp.ts']);

function floorOf(path: string): Floor {
  if (path.startsWith('workers/matching/')) return 'workers/matching';
  if (path.startsWith('web/')) return 'web';
  return path.slice(0, path.indexOf('/')) as Floor;
}

/** "from → to" for every import that runs against the floors. */
function floorBreaches(files: readonly SourceFile[]): string[] {
  const breaches: string[] = [];
  for (const file of files) {
    const from = floorOf(file.path);
    for (const { target, typeOnly } of file.imports) {
      const to = floorOf(target);
      const allowed =
        MAY_IMPORT[from].includes(to) || (from === 'cli' && CLI_MAY_IMPORT_FROM_API.has(target)) || false;
      const webTypesOnly = from === 'web' && to === 'domain' && !typeOnly;
      if (!allowed || webTypesOnly) breaches.push(`${file.path} → ${target}`);
    }
  }
  return [...new Set(breaches)].sort();
}

const CYPHER = /\b(?:MATCH|MERGE|CREATE)\s*\(/;

/** Files outside graph/ with a string literal that reads as Cypher. */
function cypherOutsideGraph(files: readonly SourceFile[]): string[] {
  return files
    .filter((f) => !f.path.startsWith('graph/') && f.literals.some((text) => CYPHER.test(text)))
    .map((f) => f.path)
    .sort();
}

/**
 * Known breaches, each with the issue that removes it. Only ever delete lines
 * here: a fixed breach left in the list fails the test as much as a new one.
 */
const KNOWN_FLOOR_BREACHES: Record<string, number> = {};
const KNOWN_CYPHER_OUTSIDE_GRAPH: Record<string, number> = {};
/** Cycles as their files, sorted and joined with " ⇄ ". */
const KNOWN_CYCLES: Record<string, number> = {};

function unexpected(found: readonly string[], known: Record<string, number>): string[] {
  return found.filter((f) => !(f in known));
}

function stale(found: readonly string[], known: Record<string, number>): string[] {
  const present = new Set(found);
  return Object.keys(known).filter((k) => !present.has(k));
}

describe('the floors', () => {
  const files = readSourceFiles(ROOT);

  it('reads the source files of every floor', () => {
    const floors = new Set(files.map((f) => floorOf(f.path)));
    for (const floor of Object.keys(MAY_IMPORT)) expect(floors).toContain(floor);
  });

  it('imports run one way: domain ← graph, search, procurement, messaging ← workers ← services ← api, cli', () => {
    const breaches = floorBreaches(files);
    expect(unexpected(breaches, KNOWN_FLOOR_BREACHES), 'imports against the floors').toEqual([]);
    expect(stale(breaches, KNOWN_FLOOR_BREACHES), 'fixed: remove from KNOWN_FLOOR_BREACHES').toEqual([]);
  });

  it('writes Cypher in graph/ only', () => {
    const found = cypherOutsideGraph(files);
    expect(unexpected(found, KNOWN_CYPHER_OUTSIDE_GRAPH), 'Cypher outside graph/').toEqual([]);
    expect(stale(found, KNOWN_CYPHER_OUTSIDE_GRAPH), 'fixed: remove from KNOWN_CYPHER_OUTSIDE_GRAPH').toEqual(
      [],
    );
  });

  it('has no import cycle between files', () => {
    const cycles = importCycles(files).map((c) => c.join(' ⇄ '));
    expect(unexpected(cycles, KNOWN_CYCLES), 'import cycles').toEqual([]);
    expect(stale(cycles, KNOWN_CYCLES), 'fixed: remove from KNOWN_CYCLES').toEqual([]);
  });
});

describe('the floor checks themselves', () => {
  const file = (path: string, imports: [string, boolean?][], literals: string[] = []): SourceFile => ({
    path,
    imports: imports.map(([target, typeOnly = false]) => ({ target, typeOnly })),
    literals,
  });

  it('catch an import up the floors, a value import from domain in web, and matching importing workers', () => {
    expect(
      floorBreaches([
        file('graph/a.ts', [['services/b.ts'], ['domain/c.ts']]),
        file('web/src/d.tsx', [['domain/e.ts'], ['domain/f.ts', true], ['web/src/g.ts']]),
        file('workers/matching/h.ts', [['workers/i.ts'], ['domain/j.ts']]),
        file('cli/k.ts', [['api/buildApp.ts'], ['api/context.ts']]),
      ]),
    ).toEqual([
      'cli/k.ts → api/context.ts',
      'graph/a.ts → services/b.ts',
      'web/src/d.tsx → domain/e.ts',
      'workers/matching/h.ts → workers/i.ts',
    ]);
  });

  it('catch Cypher in a string or template outside graph/', () => {
    expect(
      cypherOutsideGraph([
        file('api/a.ts', [], ['OPTIONAL MATCH (m:Member)']),
        file('workers/b.ts', [], ['x … CREATE (n) … y']),
        file('graph/c.ts', [], ['MATCH (n) RETURN n']),
        file('api/d.ts', [], ['a match (for the team)', 'MERGE of two lists']),
      ]),
    ).toEqual(['api/a.ts', 'workers/b.ts']);
  });

  it('catch a cycle through type-only imports, and a file importing itself', () => {
    expect(
      importCycles([
        file('cli/main.ts', [['cli/commands/a.ts']]),
        file('cli/commands/a.ts', [['cli/main.ts', true]]),
        file('api/b.ts', [['api/b.ts']]),
        file('api/c.ts', [['api/b.ts']]),
      ]),
    ).toEqual([['api/b.ts'], ['cli/commands/a.ts', 'cli/main.ts']]);
  });
});
