// `passerelle import` against hostile and careless files, through the real
// binary: names with control, line-break or bidi characters are refused as the
// API refuses them; a new externalId on the e-mail of a member with another
// externalId is a conflict, never a silent re-key; a file with many bad rows
// reports the first ones with their line numbers and counts the rest; each
// refusal writes nothing (all or nothing).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { fileLines } from '../../graph/import/fileLines.js';
import { identityKey, importedMemberId } from '../../graph/import/importIdentity.js';
import { openKuzuGraphStore } from '../../graph/kuzu/kuzuGraphStore.js';
import { graphDirectory } from '../../graph/openGraphStore.js';
import { MemberRepository } from '../../graph/repositories/memberRepository.js';
import { countMembers } from '../../graph/seed/seedStore.js';
import { runCli } from './runCli.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-cli-hardening-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(args, { dataDir });

function file(name: string, content: string): string {
  const at = path.join(dataDir, name);
  writeFileSync(at, content);
  return at;
}

async function inStore<T>(read: (store: Awaited<ReturnType<typeof openKuzuGraphStore>>) => Promise<T>) {
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

const HEADER = 'externalId,name,email,city';

// Each run starts the binary and opens the store: slow on a busy machine, never a matter of the assertions.
describe('passerelle import refuses what the API refuses', { timeout: 300_000 }, () => {
  it('stores the first list of the cooperative', async () => {
    const run = await cli(
      'import',
      file('first.csv', `${HEADER}\nX1,Anaïs Dubois,anais@example.org,Liège\n`),
    );
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ created: 1, updated: 0, unchanged: 0 });
  });

  it('refuses names with BEL or NUL and cities with CR/LF or a bidi override, by line, writing nothing', async () => {
    const csv = [
      HEADER,
      'X2,Jan Peeters,jan@example.org,Gent',
      'X3,Bell\u0007e,bel@example.org,Gent',
      'X4,Nul\u0000l,nul@example.org,Gent',
      'X5,Léa Martin,lea@example.org,"Lille\r\nRoubaix"',
      'X6,Eva Claes,eva@example.org,Gent \u202Etxt.exe',
    ].join('\n');
    const run = await cli('import', file('hostile.csv', csv));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/line 3\.name: must not contain control characters/);
    expect(run.stderr).toMatch(/line 4\.name: must not contain control characters/);
    expect(run.stderr).toMatch(/line 5\.city: must be on one line/);
    expect(run.stderr).toMatch(/line 7\.city: must not contain bidirectional control characters/);
    expect(run.stderr).not.toMatch(/line 2\b/);
    expect(await inStore(countMembers)).toBe(1);
  });

  it('reports a new externalId on the e-mail of another externalId as a conflict, and re-keys nobody', async () => {
    const csv = [
      HEADER,
      'X7,Noor Janssens,noor@example.org,Antwerpen',
      'Z9,Someone Else,anais@example.org,Namur',
    ].join('\n');
    const run = await cli('import', file('rekey.csv', csv));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /line 3\.externalId: "Z9" is new, but the e-mail anais@example\.org belongs to member \S+ whose externalId is "X1"/,
    );
    const dry = await cli('import', file('rekey.csv', csv), '--dry-run');
    expect(dry.code).toBe(2);
    expect(dry.stderr).toMatch(/line 3\.externalId/);
    const anais = await inStore((store) =>
      new MemberRepository(store).get(importedMemberId(identityKey('X1', 'anais@example.org'))),
    );
    expect(anais).toMatchObject({ externalId: 'X1', name: 'Anaïs Dubois', city: 'Liège' });
    expect(await inStore(countMembers)).toBe(1);
  });

  it('reports the first 100 problems with their lines and counts all of them', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `B${i},Bad\u0007${i},bad${i}@example.org,`);
    const run = await cli('import', file('many-bad.csv', [HEADER, ...rows].join('\n')), '--dry-run');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/The file has 1500 problems/);
    expect(run.stderr).toMatch(/line 2\.name: must not contain control characters/);
    expect(run.stderr).toMatch(/line 101\.name/);
    expect(run.stderr).not.toMatch(/line 102\.name/);
    expect(run.stderr).toMatch(/and 1480 more/);
  });

  it('dry-runs a 20,000-row file through the stream', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `S${i},Member ${i},member${i}@example.org,Gent`);
    const run = await cli('import', file('large.csv', [HEADER, ...rows].join('\r\n')), '--dry-run');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ created: 20_000, updated: 0, unchanged: 0 });
    expect(await inStore(countMembers)).toBe(1);
  });
});

describe('fileLines', () => {
  it('hands out lines while the file is still arriving, across chunk boundaries', async () => {
    let pulled = 0;
    const chunks = ['name,email\r', '\nAnaïs,a@example.org\nJ', 'an,j@example.org\r', 'Léa,l@example.org'];
    const source = new Readable({
      read() {
        const next = chunks[pulled++];
        this.push(next === undefined ? null : Buffer.from(next));
      },
      highWaterMark: 1,
    });
    const seen: { number: number; text: string; pulledSoFar: number }[] = [];
    for await (const line of fileLines(source)) seen.push({ ...line, pulledSoFar: pulled });
    expect(seen.map(({ number, text }) => ({ number, text }))).toEqual([
      { number: 1, text: 'name,email' },
      { number: 2, text: 'Anaïs,a@example.org' },
      { number: 3, text: 'Jan,j@example.org' },
      { number: 4, text: 'Léa,l@example.org' },
    ]);
    // The first line came out before the last chunk was read: the file is never held whole.
    expect(seen[0]!.pulledSoFar).toBeLessThan(chunks.length);
  });

  it('refuses bytes that are not UTF-8 with the line they are on', async () => {
    const bytes = Buffer.concat([
      Buffer.from('name,email\nok,a@example.org\nbad'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('\n'),
    ]);
    const lines = async () => {
      for await (const _ of fileLines(Readable.from([bytes.subarray(0, 20), bytes.subarray(20)]))) {
        // drain
      }
    };
    await expect(lines()).rejects.toThrow(/first invalid byte on line 3/);
  });
});
