import { generateNetwork } from '../graph/seed/syntheticNetwork.js';
import { documentContext, memberDocument, referenceDocuments } from './documents.js';
import { SqliteSearchIndex } from './sqlite/sqliteSearchIndex.js';

const dataset = generateNetwork({ members: 100000, seed: 42 });
const ctx = documentContext(dataset);
const docs = [...referenceDocuments(dataset, ctx), ...dataset.members.map((m) => memberDocument(m, ctx))];
const index = new SqliteSearchIndex({ file: '/tmp/sb/search.sqlite', taxonomy: ctx.taxonomy });
await index.clear();
console.time('upsert');
for (let i = 0; i < docs.length; i += 1000) await index.upsert(docs.slice(i, i + 1000));
console.timeEnd('upsert');
await index.close();
const m = docs.find((d) => d.kind === 'member')!;
console.log(JSON.stringify(m).length, JSON.stringify(m).slice(0, 3000));
