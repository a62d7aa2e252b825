// Every case of the privacy table (domain/policy/privacyCases.ts) against the
// filters the stores run, compiled from the one rule: the Kùzu query (always),
// the SQLite search (always), and Neo4j / Meilisearch when NEO4J_URI /
// MEILI_URL point at disposable servers (otherwise a visible skip). The store
// holds one member per profile visibility × refused consent, all working from
// the case's space and in its filière; each viewer must get back exactly the
// members the table allows. The member themself is decided before any store
// (a member always sees their own profile), so the `self` row is the
// predicates' alone (privacyRule.test.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VISIBILITIES, type Visibility } from '../../domain/entities/member.js';
import {
  CASE_MEMBER,
  type Column,
  expectedWith,
  VIEWERS,
  type ViewerCase,
  type ViewerName,
} from '../../domain/policy/privacyCases.js';
import {
  audienceOf,
  type ConsentFlag,
  type MemberCondition,
  scopeListCondition,
  seeCondition,
  seeConditionFor,
  suggestCondition,
} from '../../domain/policy/privacyRule.js';
import type { GraphStore } from '../../graph/graphStore.js';
import { openKuzuGraphStore } from '../../graph/kuzu/kuzuGraphStore.js';
import { openNeo4jGraphStore } from '../../graph/neo4j/neo4jGraphStore.js';
import { cypherCondition } from '../../graph/repositories/privacyCypher.js';
import { memberDocument } from '../../search/documents.js';
import { MeiliSearchIndex } from '../../search/meilisearch/meiliSearchIndex.js';
import type { SearchIndex } from '../../search/searchIndex.js';
import { searchVisibilityOf } from '../../search/searchQuery.js';
import { SqliteSearchIndex } from '../../search/sqlite/sqliteSearchIndex.js';
import { memberRecord, SEARCH_NOW, searchContext } from '../contract/searchFixtures.js';

const REFUSALS: (ConsentFlag | null)[] = [
  null,
  'suggestForBids',
  'suggestForMentoring',
  'suggestForFilieres',
];
const COLUMNS: Column[] = ['see', 'bids', 'mentoring', 'peers', 'invite'];
const STORE_VIEWERS = (Object.keys(VIEWERS) as ViewerName[]).filter((name) => name !== 'self');

interface CaseMember {
  id: string;
  visibility: Visibility;
  refused: ConsentFlag | null;
}

const MEMBERS: CaseMember[] = VISIBILITIES.flatMap((visibility) =>
  REFUSALS.map((refused) => ({ id: `${visibility}-${refused ?? 'all'}`, visibility, refused })),
);

const consent = (m: CaseMember, flag: ConsentFlag) => m.refused !== flag;

/** The members the table lets this viewer have for this column. */
function expectedIds(name: ViewerName, column: Column): string[] {
  return MEMBERS.filter((m) => expectedWith(name, m.visibility, m.refused)[column])
    .map((m) => m.id)
    .sort();
}

/** The condition the product compiles into its queries for this viewer and column. */
function productCondition(c: ViewerCase, column: Column): MemberCondition {
  switch (column) {
    case 'see':
      return seeCondition(audienceOf(c.viewer, c.scope));
    case 'bids':
    case 'mentoring':
    case 'peers':
      return suggestCondition(audienceOf(c.viewer), column);
    case 'invite':
      return scopeListCondition(c.viewer, { filiere: CASE_MEMBER.filiere });
  }
}

const graphCases = STORE_VIEWERS.flatMap((name) => COLUMNS.map((column) => ({ name, column })));

function graphSuite(open: () => Promise<{ store: GraphStore; dispose(): Promise<void> }>) {
  let opened: { store: GraphStore; dispose(): Promise<void> };
  beforeAll(async () => {
    opened = await open();
    const { store } = opened;
    await store.migrate();
    await store.write('CREATE (:Space {id: $a}), (:Space {id: $b}), (:Filiere {id: $f})', {
      a: CASE_MEMBER.space,
      b: 'lavallee',
      f: CASE_MEMBER.filiere,
    });
    for (const m of MEMBERS) {
      await store.write(
        `CREATE (m:Member {id: $id, name: $id, visibility: $visibility, suggestForBids: $bids,
           suggestForMentoring: $mentoring, suggestForFilieres: $filieres})`,
        {
          id: m.id,
          visibility: m.visibility,
          bids: consent(m, 'suggestForBids'),
          mentoring: consent(m, 'suggestForMentoring'),
          filieres: consent(m, 'suggestForFilieres'),
        },
      );
      await store.write(
        'MATCH (m:Member {id: $id}) MATCH (s:Space {id: $space}) CREATE (m)-[:WORKS_FROM]->(s)',
        {
          id: m.id,
          space: CASE_MEMBER.space,
        },
      );
      await store.write(
        'MATCH (m:Member {id: $id}) MATCH (f:Filiere {id: $filiere}) CREATE (m)-[:IN_FILIERE]->(f)',
        { id: m.id, filiere: CASE_MEMBER.filiere },
      );
    }
  }, 60_000);
  afterAll(() => opened?.dispose());

  it.each(graphCases)('$name / $column', async ({ name, column }) => {
    const condition = cypherCondition(productCondition(VIEWERS[name], column));
    const rows = await opened.store.read<{ id: string }>(
      `MATCH (m:Member) WHERE ${condition.text} RETURN m.id AS id ORDER BY id`,
      condition.params,
    );
    expect(rows.map((r) => r.id)).toEqual(expectedIds(name, column));
  });

  // seeConditionFor is what membersWithSkill puts in its query: the table, plus the viewer themself.
  const seeIds = async (condition: MemberCondition) => {
    const compiled = cypherCondition(condition);
    const rows = await opened.store.read<{ id: string }>(
      `MATCH (m:Member) WHERE ${compiled.text} RETURN m.id AS id ORDER BY id`,
      compiled.params,
    );
    return rows.map((r) => r.id);
  };

  it.each(STORE_VIEWERS)('%s / see, the viewer included (seeConditionFor)', async (name) => {
    const c = VIEWERS[name] as ViewerCase;
    expect(await seeIds(seeConditionFor(c.viewer, c.scope))).toEqual(expectedIds(name, 'see'));
  });

  it('lets the member themself find their hidden profile (seeConditionFor)', async () => {
    const self = { ...VIEWERS.stranger.viewer, memberId: 'nobody-all' };
    expect(await seeIds(seeConditionFor(self))).toEqual(
      [...expectedIds('stranger', 'see'), 'nobody-all'].sort(),
    );
  });
}

/** A search is not scoped: only the viewers who look without a scope are search cases. */
const searchCases = STORE_VIEWERS.filter((name) => !('scope' in VIEWERS[name]));

function searchSuite(open: () => Promise<SearchIndex>, dispose: () => Promise<void>) {
  let index: SearchIndex;
  beforeAll(async () => {
    index = await open();
    const ctx = searchContext();
    await index.upsert(
      MEMBERS.map((m) =>
        memberDocument(
          memberRecord({
            id: m.id,
            name: m.id,
            skills: [],
            spaces: [CASE_MEMBER.space],
            filieres: [CASE_MEMBER.filiere],
            privacy: {
              visibility: m.visibility,
              suggestForBids: consent(m, 'suggestForBids'),
              suggestForMentoring: consent(m, 'suggestForMentoring'),
              suggestForFilieres: consent(m, 'suggestForFilieres'),
            },
          }),
          ctx,
        ),
      ),
    );
  }, 60_000);
  afterAll(dispose);

  it.each(searchCases)('%s / see (hits, total and facet counts)', async (name) => {
    const result = await index.searchMembers(
      { limit: 50, facets: ['space'] },
      searchVisibilityOf(VIEWERS[name].viewer),
    );
    const expected = expectedIds(name, 'see');
    expect(result.hits.map((h) => h.id).sort()).toEqual(expected);
    expect(result.total).toBe(expected.length);
    const spaceCount = result.facets.space?.find((f) => f.value === CASE_MEMBER.space)?.count ?? 0;
    expect(spaceCount).toBe(expected.length);
  });
}

describe('privacy table × Kùzu query', () => {
  graphSuite(async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'passerelle-privacy-kuzu-'));
    const store = await openKuzuGraphStore({ directory, bufferPoolBytes: 128 * 2 ** 20 });
    return {
      store,
      async dispose() {
        await store.close();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  });
});

const neo4jUri = process.env.NEO4J_URI;
if (!neo4jUri) console.warn('privacy table × Neo4j skipped: NEO4J_URI is not set');
describe.runIf(Boolean(neo4jUri))('privacy table × Neo4j query', () => {
  graphSuite(async () => {
    const store = await openNeo4jGraphStore({
      uri: neo4jUri ?? '',
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    });
    // NEO4J_URI must point at a disposable database.
    await store.write('MATCH (n) DETACH DELETE n');
    return {
      store,
      async dispose() {
        await store.write('MATCH (n) DETACH DELETE n');
        await store.close();
      },
    };
  });
});

describe('privacy table × SQLite search', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-privacy-sqlite-'));
  searchSuite(
    async () =>
      new SqliteSearchIndex({
        file: path.join(dir, 'search.sqlite'),
        taxonomy: searchContext().taxonomy,
        now: () => SEARCH_NOW,
      }),
    async () => rmSync(dir, { recursive: true, force: true }),
  );
});

const meiliUrl = process.env.MEILI_URL;
if (!meiliUrl) console.warn('privacy table × Meilisearch skipped: MEILI_URL is not set');
describe.runIf(Boolean(meiliUrl))('privacy table × Meilisearch search', () => {
  const prefix = `privacy_${process.pid}`;
  const apiKey = process.env.MEILI_API_KEY;
  searchSuite(
    async () => {
      const index = await MeiliSearchIndex.open({
        url: meiliUrl!,
        apiKey,
        taxonomy: searchContext().taxonomy,
        indexPrefix: prefix,
      });
      await index.clear();
      return index;
    },
    async () => {
      const client = new Meilisearch({ host: meiliUrl!, apiKey });
      const { results } = await client.getIndexes({ limit: 1000 });
      for (const idx of results.filter((i) => i.uid.startsWith(`${prefix}_`))) {
        await client.deleteIndex(idx.uid).waitTask();
      }
    },
  );
});
