// Search on 100,000 synthetic members, calling the SQLite adapter directly:
// full reindex time (the adapter's rebuild, as `passerelle reindex` runs it,
// typo lookup included), index size on disk, RSS of the search part, and
// p50/p95 of (a) one skill word with a typo, top 10 + total and (b) two words +
// two facet filters + a 50 km radius + total + 7 facet counts. Typo recall: how
// much of the correctly spelt word's top 20 the misspelt word finds. Floors in
// the same run: a plain FTS5 table built from the same members' text in one
// transaction, and plain FTS5 `ORDER BY rank LIMIT 10` + `count(*)` of the
// correctly spelt word on it.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { mulberry32, pick } from '../../domain/random.js';
import { DEFAULT_SEED_NOW, generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { datasetDocuments, documentContext, type MemberDocument } from '../../search/documents.js';
import type { MemberSearchQuery, SearchVisibility } from '../../search/searchIndex.js';
import { SkillVocabulary } from '../../search/skillVocabulary.js';
import { memberFtsValues } from '../../search/sqlite/memberRows.js';
import { SqliteSearchIndex } from '../../search/sqlite/sqliteSearchIndex.js';
import { queryWords } from '../../search/textAnalysis.js';
import { percentiles, timeMs, trackPeakRss, writeResult } from './harness.js';

const MEMBERS = 100_000;
const QUERIES = 300;
const WARMUP = 30;
const random = mulberry32(7);
const viewer: SearchVisibility = { viewerSpaces: null, includeHidden: false, signedIn: true };

const loadBefore = os.loadavg()[0];
const generated = await timeMs(() => generateNetwork({ members: MEMBERS, seed: 42 }));
const dataset = generated.value;
const ctx = documentContext(dataset);
const built = await timeMs(() => datasetDocuments(dataset, ctx));
const documents = built.value;

globalThis.gc?.();
const baselineRss = process.memoryUsage.rss();
const peak = trackPeakRss();
const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-search-bench-'));
const file = path.join(dir, 'search.sqlite');
const index = new SqliteSearchIndex({ file, taxonomy: ctx.taxonomy, now: () => DEFAULT_SEED_NOW });

/** Wall time and this process's CPU time: on a busy shared machine the CPU time is the steadier figure. */
async function measure<T>(work: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const cpu = process.cpuUsage();
  const run = await timeMs(work);
  const used = process.cpuUsage(cpu);
  return { ...run, cpuMs: (used.user + used.system) / 1000 };
}

async function* pagesOf5000() {
  // Pages of 5,000, as reindexAll reads them from the graph.
  for (let i = 0; i < documents.length; i += 5000) yield documents.slice(i, i + 5000);
}
const reindex = await measure(() => index.rebuild(pagesOf5000(), () => {}));
// The typo lookup is built by the rebuild; the first search only confirms it is ready.
const typoBuild = await measure(() => index.searchMembers({ text: 'ceramique', limit: 1 }, viewer));
const reindexMs = reindex.ms + typoBuild.ms;

/** The floor: plain FTS5 over the same members' text (same columns and tokenizer), one transaction. */
const floorFile = path.join(dir, 'plain-fts5.sqlite');
const floorDb = new Database(floorFile);
floorDb.pragma('journal_mode = WAL');
floorDb.pragma('synchronous = NORMAL');
const vocabulary = new SkillVocabulary(ctx.taxonomy);
const members = documents.filter((d): d is MemberDocument => d.kind === 'member');
const plainBuild = await measure(async () => {
  floorDb.exec(
    `CREATE VIRTUAL TABLE plain USING fts5(name, level1, level2, level3, level4, level5, places, groups, bio, tokenize = 'unicode61 remove_diacritics 2', prefix = '3')`,
  );
  const insert = floorDb.prepare('INSERT INTO plain VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  floorDb.transaction(() => {
    for (const m of members) insert.run(...memberFtsValues(m, vocabulary));
  })();
});
const plainTop = floorDb.prepare('SELECT rowid FROM plain WHERE plain MATCH ? ORDER BY rank LIMIT 10');
const plainCount = floorDb.prepare('SELECT count(*) AS n FROM plain WHERE plain MATCH ?');

/** A plausible typo: swap two neighbours, drop, double or replace a letter (never the first). */
function misspell(word: string): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default:
      return (
        word.slice(0, i) +
        pick(
          random,
          [...'aeiourstln'].filter((c) => c !== word[i]),
        ) +
        word.slice(i + 1)
      );
  }
}

// (a) words of skill labels (5+ letters, so that one typo is tolerated), misspelt.
const skillWords = [
  ...new Set(ctx.taxonomy.skills.flatMap((s) => ctx.taxonomy.terms(s.id).flatMap(queryWords))),
].filter((w) => w.length >= 5 && /^\p{L}+$/u.test(w));
const typoQueries = Array.from({ length: QUERIES + WARMUP }, () => {
  const word = pick(random, skillWords);
  return { word, typo: misspell(word) };
});

// (b) two words from an anchor member's skills, two filters, 50 km around them, every facet.
// Words are what people type: 4 letters or more ("graphisme typographie", not "de du").
const located = dataset.members.filter((m) => m.lat !== null && m.skills.length >= 2);
const complexQueries: MemberSearchQuery[] = Array.from({ length: QUERIES + WARMUP }, () => {
  const m = pick(random, located);
  const [first, second] = m.skills;
  const word = (id: string) => {
    const words = queryWords(ctx.taxonomy.label(id, m.preferredLanguage));
    const long = words.filter((w) => w.length >= 4);
    return pick(random, long.length > 0 ? long : words);
  };
  return {
    text: `${word(first!.skill)} ${word(second!.skill)}`,
    filters: { availability: ['available', 'limited'], languages: [m.languages[0] ?? 'fr'] },
    near: { lat: m.lat!, lon: m.lon!, radiusKm: 50 },
    facets: ['skill', 'city', 'space', 'filiere', 'community', 'language', 'availability'],
    limit: 10,
  };
});

const typoTimes: number[] = [];
const typoCpu: number[] = [];
const recallAt20: number[] = [];
const recallAt100: number[] = [];
let typoHits = 0;
const plainTimes: number[] = [];
for (const [i, q] of typoQueries.entries()) {
  const match = `"${q.word}"`;
  const plain = await measure(async () => {
    plainTop.all(match);
    return plainCount.get(match);
  });
  if (i >= WARMUP) plainTimes.push(plain.ms);
}
floorDb.close();

for (const [i, q] of typoQueries.entries()) {
  const run = await measure(() => index.searchMembers({ text: q.typo, limit: 10 }, viewer));
  if (i < WARMUP) continue;
  typoTimes.push(run.ms);
  typoCpu.push(run.cpuMs);
  typoHits += run.value.total;
  // Recall: how much of the correctly spelt word's top 20 the misspelt word finds.
  const correct = await index.searchMembers({ text: q.word, limit: 20 }, viewer);
  if (correct.hits.length === 0) continue;
  const wide = await index.searchMembers({ text: q.typo, limit: 100 }, viewer);
  const top20 = await index.searchMembers({ text: q.typo, limit: 20 }, viewer);
  const share = (found: Set<string>) =>
    correct.hits.filter((h) => found.has(h.id)).length / correct.hits.length;
  recallAt20.push(share(new Set(top20.hits.map((h) => h.id))));
  recallAt100.push(share(new Set(wide.hits.map((h) => h.id))));
}
const mean = (xs: number[]) =>
  Math.round((xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length)) * 1000) / 1000;

const complexTimes: number[] = [];
const complexCpu: number[] = [];
let complexTotal = 0;
for (const [i, q] of complexQueries.entries()) {
  const run = await measure(() => index.searchMembers(q, viewer));
  if (i < WARMUP) continue;
  complexTimes.push(run.ms);
  complexCpu.push(run.cpuMs);
  complexTotal += run.value.total;
}

const stats = await index.stats();
await index.close();
const fileBytes = statSync(file).size;
const peakRssMiB = peak.stop();
rmSync(dir, { recursive: true, force: true });

const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
writeResult('search', {
  adapter: 'sqlite',
  // The machine is shared: the 1-minute load average before and after tells how busy it was.
  loadAverage: { before: loadBefore, after: os.loadavg()[0] },
  members: stats.members,
  documents: documents.length,
  generateNetworkMs: Math.round(generated.ms),
  buildDocumentsMs: Math.round(built.ms),
  reindex: {
    totalMs: Math.round(reindexMs),
    cpuMs: Math.round(reindex.cpuMs + typoBuild.cpuMs),
    upsertMs: Math.round(reindex.ms),
    firstSearchAfterMs: Math.round(typoBuild.ms),
    targetMs: 10_000,
    floorPlainFts5BuildMs: Math.round(plainBuild.ms),
    floorPlainFts5BuildCpuMs: Math.round(plainBuild.cpuMs),
    overPlainFts5: Math.round((reindexMs / plainBuild.ms) * 100) / 100,
  },
  indexSizeMiB: mib(fileBytes),
  rss: {
    baselineMiB: mib(baselineRss),
    peakMiB: peakRssMiB,
    searchPartMiB: Math.round((peakRssMiB - mib(baselineRss)) * 10) / 10,
    targetMiB: 400,
  },
  oneWordWithTypo: {
    ...percentiles(typoTimes),
    cpuMs: percentiles(typoCpu),
    meanTotalHits: Math.round(typoHits / typoTimes.length),
    correctTop20FoundInTypoTop20: mean(recallAt20),
    correctTop20FoundInTypoTop100: mean(recallAt100),
    queriesWithFullRecallIn100: `${recallAt100.filter((r) => r === 1).length}/${recallAt100.length}`,
    floorPlainFts5CorrectWordTop10AndCount: percentiles(plainTimes),
    p95OverPlainFts5:
      Math.round((percentiles(typoTimes).p95 / Math.max(0.001, percentiles(plainTimes).p95)) * 100) / 100,
  },
  twoWordsTwoFiltersRadiusFacets: {
    ...percentiles(complexTimes),
    cpuMs: percentiles(complexCpu),
    meanTotalHits: Math.round(complexTotal / complexTimes.length),
  },
});
