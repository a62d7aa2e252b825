// Notice import end to end: an eForms contract notice through the importNotice
// mutation becomes one tender per lot, each showing its source notice; a
// re-import changes nothing; invalid or hostile XML is BAD_USER_INPUT with
// nothing written; `passerelle import-notice FILE` does the same from the CLI.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplePath } from '../../procurement/testing/sharedData.js';
import { type ApiFixture, gql, startApiFixture } from '../api/apiFixture.js';
import { accountFor } from '../api/authHelpers.js';
import { runCli } from '../cli/runCli.js';

const IMPORT = `mutation($xml: String!) { importNotice(xml: $xml) {
  created notice { noticeId version buyer }
  tenders { tenderId title lot radiusKm location { lat lon } requirements { skillId minLevel count }
    sourceNotice { noticeId version lotId nuts placeName cpv } } } }`;

const HOSTILE = `<?xml version="1.0"?>
<!DOCTYPE ContractNotice [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2">&lol2;</ContractNotice>`;

interface Imported {
  importNotice: {
    created: boolean;
    notice: { noticeId: string; version: string; buyer: string };
    tenders: {
      tenderId: string;
      title: string;
      lot: string | null;
      radiusKm: number | null;
      location: { lat: number; lon: number } | null;
      requirements: { skillId: string; minLevel: number; count: number }[];
      sourceNotice: { noticeId: string; lotId: string; cpv: string[] } | null;
    }[];
  };
}

describe('notice import', () => {
  let fixture: ApiFixture;
  let headers: Record<string, string>;
  const tenderCount = async () =>
    (await fixture.services.graph.read<{ n: number }>('MATCH (t:Tender) RETURN count(t) AS n'))[0]!.n;

  beforeAll(async () => {
    fixture = await startApiFixture({ members: 100 });
    const token = await accountFor(fixture.app, fixture.services, {
      email: 'importer@notice.test',
      memberId: fixture.dataset.members[0]!.id,
      roles: ['member'],
    });
    headers = { authorization: `Bearer ${token}` };
  }, 60_000);

  afterAll(async () => {
    await fixture?.close();
  });

  it('makes one tender per lot with suggested requirements and its source notice', async () => {
    const xml = readFileSync(examplePath('cn_24_FRA_comments.xml'), 'utf8');
    const res = await gql<Imported>(fixture.app, IMPORT, { xml }, headers);
    expect(res.errors).toBeUndefined();
    const result = res.data!.importNotice;
    expect(result.created).toBe(true);
    expect(result.notice.buyer).toBe('Rouen Habitat');
    expect(result.tenders).toHaveLength(2);
    for (const tender of result.tenders) {
      expect(tender.requirements.length).toBeGreaterThan(0);
      expect(tender.location).not.toBeNull();
      expect(tender.radiusKm).toBe(100);
      expect(tender.sourceNotice).toMatchObject({ noticeId: result.notice.noticeId });
      expect(tender.sourceNotice!.lotId).toMatch(/^LOT-/);
    }
    const one = await gql<{ tender: { sourceNotice: { noticeId: string; version: string } } }>(
      fixture.app,
      'query($id: String!) { tender(id: $id) { sourceNotice { noticeId version } } }',
      { id: result.tenders[0]!.tenderId },
      headers,
    );
    expect(one.data?.tender.sourceNotice).toEqual({
      noticeId: result.notice.noticeId,
      version: result.notice.version,
    });

    const again = await gql<Imported>(fixture.app, IMPORT, { xml }, headers);
    expect(again.data!.importNotice.created).toBe(false);
    expect(again.data!.importNotice.tenders.map((t) => t.tenderId)).toEqual(
      result.tenders.map((t) => t.tenderId),
    );
    expect(await tenderCount()).toBe(2);
  });

  it('refuses invalid and hostile XML as BAD_USER_INPUT and writes nothing', async () => {
    const before = await tenderCount();
    for (const xml of [
      HOSTILE,
      '<not-closed>',
      readFileSync(examplePath('INVALID_cn_24_empty.xml'), 'utf8'),
    ]) {
      const res = await gql(fixture.app, IMPORT, { xml }, headers);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await tenderCount()).toBe(before);
    const anonymous = await gql(fixture.app, IMPORT, { xml: '<x/>' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('imports from the command line, and refuses a hostile file with exit code 2', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-import-notice-'));
    try {
      expect((await runCli(['seed', '--members', '20'], { dataDir: dir })).code).toBe(0);
      const imported = await runCli(['import-notice', examplePath('cn_24_multilingual.xml')], {
        dataDir: dir,
      });
      expect(imported.code).toBe(0);
      const summary = JSON.parse(imported.stdout) as {
        created: boolean;
        tenders: { requirements: unknown[] }[];
      };
      expect(summary.created).toBe(true);
      expect(summary.tenders).toHaveLength(1);
      expect(summary.tenders[0]!.requirements.length).toBeGreaterThan(0);
      const hostile = path.join(dir, 'hostile.xml');
      writeFileSync(hostile, HOSTILE);
      const refused = await runCli(['import-notice', hostile], { dataDir: dir });
      expect(refused.code).toBe(2);
      expect(refused.stdout).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
