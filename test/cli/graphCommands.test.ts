// seed, import and export-member through the real binary, each run in its own
// process on one embedded store; between runs the test opens the store itself
// to check what the commands wrote.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph/graphStore.js';
import { identityKey, importedMemberId } from '../../graph/import/importIdentity.js';
import { openKuzuGraphStore } from '../../graph/kuzu/kuzuGraphStore.js';
import { graphDirectory } from '../../graph/openGraphStore.js';
import { countMembers } from '../../graph/seed/seedStore.js';
import { runCli } from './runCli.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(args, { dataDir });

function file(name: string, content: string): string {
  const at = path.join(dataDir, name);
  writeFileSync(at, content);
  return at;
}

/** Opens the store the commands use (they have exited, so it is free), runs `read`, closes it. */
async function inStore<T>(read: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openKuzuGraphStore({
    directory: graphDirectory({ DATA_DIR: dataDir }),
    readConnections: 1,
    bufferPoolBytes: 64 * 1024 ** 2,
  });
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

const relationshipCount = (store: GraphStore, type: string) =>
  store
    .read<{ n: number }>(`MATCH ()-[r:${type}]->() RETURN count(r) AS n`)
    .then((rows) => Number(rows[0]?.n));

const HEADER = 'externalId,name,email,phone,city,skills,spaces,communities,filieres,availability';
const GOOD_CSV = [
  HEADER,
  'X1,Anaïs Dubois,anais@example.org,+32 555 12 34 56,Liège,ceramics:4:10;woodworking:2,brasserie-haecht,smart,ceramics,available',
  'X2,Jan Peeters,jan@example.org,,Gent,ceramics:3,smart-gent-office,,ceramics;wood,limited',
  ',Léa Martin,lea@example.net,,,,,,,',
].join('\n');
const ANAIS = importedMemberId(identityKey('X1', 'anais@example.org'));

describe('passerelle seed, import and export-member', () => {
  it('seeds 300 members, with progress as plain lines, and the store holds what the summary says', async () => {
    const run = await cli('seed', '--members', '300', '--seed', '5');
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.members).toBe(300);
    expect(run.stderr).toMatch(/^generate: 1\/1 \(100%\)$/m);
    expect(run.stderr).toMatch(/^graph: .*\(100%\)$/m);
    expect(run.stderr).not.toContain('\r');
    expect(run.stderr).not.toContain('\u001b[');
    const stored = await inStore(async (store) => ({
      members: await countMembers(store),
      hasSkill: await relationshipCount(store, 'HAS_SKILL'),
      collaborations: await relationshipCount(store, 'COLLABORATED_WITH'),
    }));
    expect(stored).toEqual({
      members: 300,
      hasSkill: summary.relationships.HAS_SKILL,
      collaborations: summary.relationships.COLLABORATED_WITH,
    });
  });

  it('refuses to seed a store that holds data, unless --reset', async () => {
    const refused = await cli('seed', '--members', '50');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already holds data (300 members); pass --reset');
    expect(refused.stdout).toBe('');
    expect(await inStore(countMembers)).toBe(300);

    const reset = await cli('seed', '--members', '120', '--reset');
    expect(reset.code, reset.stderr).toBe(0);
    expect(JSON.parse(reset.stdout).members).toBe(120);
    expect(await inStore(countMembers)).toBe(120);
  });

  it('imports a CSV file, and importing it again changes nothing', async () => {
    const csv = file('members.csv', GOOD_CSV);
    const first = await cli('import', csv);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(first.stderr).toMatch(/^write: 3\/3 \(100%\)$/m);
    const again = await cli('import', csv);
    expect(JSON.parse(again.stdout)).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(await inStore(countMembers)).toBe(123);
  });

  it('reports every bad line of a file on stderr (exit code 2) and writes nothing', async () => {
    // 25 bad rows: more than the error message itself lists, so the lines must come from the full report.
    const bad = Array.from({ length: 25 }, (_, i) => `B${i},Bad ${i},not-an-email-${i},,,,,,,`);
    const csv = file(
      'bad.csv',
      [HEADER, 'G1,Good Person,good@example.org,,,ceramics:2,,,,', ...bad].join('\n'),
    );
    const before = await inStore(countMembers);
    const run = await cli('import', csv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    for (let line = 3; line <= 27; line++) {
      expect(run.stderr).toContain(`line ${line}.email: must be a valid e-mail address`);
    }
    expect(run.stderr).not.toContain('line 2.');
    expect(await inStore(countMembers)).toBe(before);
  });

  it('imports JSON, after a dry run that writes nothing', async () => {
    const json = file(
      'members.json',
      JSON.stringify([
        { externalId: 'X1', name: 'Anaïs Dubois', email: 'anais@example.org', city: 'Lille' },
        { externalId: 'X7', name: 'Noor Jansen', email: 'noor@example.org', skills: 'woodworking:3' },
      ]),
    );
    const dry = await cli('import', json, '--dry-run');
    expect(JSON.parse(dry.stdout)).toEqual({ created: 1, updated: 1, unchanged: 0 });
    expect(dry.stderr).toContain('dry run, nothing was written');
    expect(await inStore(countMembers)).toBe(123);

    const run = await cli('import', json);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ created: 1, updated: 1, unchanged: 0 });
    expect(await inStore(countMembers)).toBe(124);
  });

  it('exports a member with contact details and skills, and fails on an unknown id', async () => {
    const run = await cli('export-member', ANAIS);
    expect(run.code, run.stderr).toBe(0);
    const exported = JSON.parse(run.stdout);
    expect(exported.profile).toMatchObject({
      email: 'anais@example.org',
      phone: '+32 555 12 34 56',
      city: 'Lille',
    });
    expect(exported.skills).toEqual([
      { skill: 'ceramics', level: 4, years: 10 },
      { skill: 'woodworking', level: 2, years: 0 },
    ]);
    expect(exported.spaces.map((s: { id: string }) => s.id)).toEqual(['brasserie-haecht']);

    const unknown = await cli('export-member', 'm_nobody');
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe('passerelle: Member "m_nobody" does not exist\n');
  });
});
