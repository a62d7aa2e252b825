// Synthetic network generation: time, peak memory and size for the demo seed
// (3,000 members) and the benchmark network (100,000 members), plus how fast
// a member import file of the same kind of data is parsed.
import { createHash } from 'node:crypto';
import type { MemberRecord } from '../../domain/entities/member.js';
import { parseMemberFile } from '../../graph/import/memberFile.js';
import { countRelationships } from '../../graph/seed/relationshipCounts.js';
import { generateNetwork } from '../../graph/seed/syntheticNetwork.js';
import { timeMs, writeResult } from './harness.js';

const SEED = 42;

/** The process's peak resident set so far, in MiB (from the OS, so it sees inside synchronous work). */
function maxRssMiB(): number {
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}

/** Generates a network and keeps only its figures, so that the dataset can be collected afterwards. */
async function measure(members: number, csvRows = 0) {
  const { ms, value: network } = await timeMs(() => generateNetwork({ members, seed: SEED }));
  return {
    generationMs: ms,
    peakRssMiB: maxRssMiB(),
    relationships: countRelationships(network),
    projects: network.projects.length,
    mentorships: network.mentorships.length,
    jsonMiB: Math.round((Buffer.byteLength(JSON.stringify(network)) / 2 ** 20) * 10) / 10,
    sha256: createHash('sha256').update(JSON.stringify(network)).digest('hex'),
    csv: memberCsv(network.members.slice(0, csvRows)),
  };
}

const CSV_ROWS = 10_000;

// Warm the reference data and the JIT once, so that the small run is not mostly start-up.
generateNetwork({ members: 100, seed: SEED });

const small = await measure(3000);
const again = createHash('sha256')
  .update(JSON.stringify(generateNetwork({ members: 3000, seed: SEED })))
  .digest('hex');
const { csv, ...large } = await measure(100_000, CSV_ROWS);
// Warm the parser (JIT, reference lookups) on a few rows before timing it.
parseMemberFile(csv.slice(0, csv.indexOf('\n', 100_000)), { format: 'csv', now: 0 });
const parse = await timeMs(() => parseMemberFile(csv, { format: 'csv', now: 0 }));

writeResult('seed', {
  seed: SEED,
  members3000: { ...small, csv: undefined, deterministic: small.sha256 === again },
  members100000: large,
  importCsv: {
    rows: CSV_ROWS,
    bytes: Buffer.byteLength(csv),
    parseMs: parse.ms,
    rowsPerSecond: Math.round(CSV_ROWS / (parse.ms / 1000)),
    parsedRows: parse.value.length,
  },
});

/** The members as an import file, to time the parser on realistic rows. */
function memberCsv(members: MemberRecord[]): string {
  const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const header =
    'externalId,name,email,phone,city,country,lat,lon,languages,skills,spaces,communities,filieres,bio,availability,visibility';
  const lines = members.map((m) =>
    [
      m.externalId ?? '',
      m.name,
      m.email,
      m.phone ?? '',
      m.city ?? '',
      m.country ?? '',
      String(m.lat ?? ''),
      String(m.lon ?? ''),
      m.languages.join(';'),
      m.skills.map((s) => `${s.skill}:${s.level}:${s.years}`).join(';'),
      m.spaces.join(';'),
      m.communities.join(';'),
      m.filieres.join(';'),
      m.bio,
      m.availability,
      m.privacy.visibility,
    ]
      .map(quote)
      .join(','),
  );
  return [header, ...lines].join('\n');
}
