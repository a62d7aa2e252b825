// eForms parsing: time to parse each example notice (target: the 100-lot
// notice in < 200 ms at p50), 20 timed runs after 5 warm-up runs, in wall time
// and in CPU time (the machine is shared: CPU time shows the work itself when
// other processes compete for the cores). Also: the whole `passerelle notice`
// work (parse + skills + JSON) on the 100-lot notice, the first build of the
// skill term index, the text matcher's speed, and how fast hostile input is
// refused.
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { BadUserInputError } from '../../domain/errors.js';
import { parseNotice } from '../../procurement/eforms/parseNotice.js';
import { noticeToJson } from '../../procurement/noticeJson.js';
import { networkTaxonomy } from '../../procurement/noticeSkills.js';
import { extractSkills } from '../../procurement/skillsFromText.js';
import { EFORMS_EXAMPLES_DIR } from '../../procurement/testing/sharedData.js';
import { skillTermIndex } from '../../procurement/text/skillTermIndex.js';
import { parseXmlDocument } from '../../procurement/xml/safeXmlParser.js';
import { percentiles, trackPeakRss, writeResult } from './harness.js';

const WARM_UP = 5;
const RUNS = 20;
const TARGET_MS = 200;

function measure(work: () => unknown): {
  wallMs: ReturnType<typeof percentiles>;
  cpuMs: ReturnType<typeof percentiles>;
} {
  for (let i = 0; i < WARM_UP; i++) work();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    work();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wallMs: percentiles(wall), cpuMs: percentiles(cpu) };
}

function refusalMs(xml: string): { ms: number; message: string } {
  const start = performance.now();
  try {
    parseNotice(xml);
  } catch (error) {
    if (error instanceof BadUserInputError) {
      return {
        ms: Math.round((performance.now() - start) * 1000) / 1000,
        message: error.message.slice(0, 120),
      };
    }
    throw error;
  }
  throw new Error('hostile input was accepted');
}

const loadBefore = os.loadavg();
const rss = trackPeakRss();
const taxonomy = networkTaxonomy();

const indexStart = performance.now();
const index = skillTermIndex(taxonomy);
const termIndexBuildMs = Math.round((performance.now() - indexStart) * 1000) / 1000;

const files = readdirSync(EFORMS_EXAMPLES_DIR)
  .filter((file) => file.endsWith('.xml') && !file.startsWith('INVALID'))
  .sort();
const perNotice: Record<string, unknown> = {};
for (const file of files) {
  const xml = readFileSync(join(EFORMS_EXAMPLES_DIR, file), 'utf8');
  const lots = parseNotice(xml).lots.length;
  perNotice[file] = { bytes: Buffer.byteLength(xml), lots, parseNotice: measure(() => parseNotice(xml)) };
}

const hundredLots = readFileSync(join(EFORMS_EXAMPLES_DIR, 'cn_24_maximal_100_lots.xml'), 'utf8');
const xmlOnly = measure(() => parseXmlDocument(hundredLots));
const wholeCommand = measure(() => JSON.stringify(noticeToJson(parseNotice(hundredLots), taxonomy)));
const hundredLotsParse = (
  perNotice['cn_24_maximal_100_lots.xml'] as { parseNotice: ReturnType<typeof measure> }
).parseNotice;

const text = readFileSync(join(EFORMS_EXAMPLES_DIR, 'cn_81_FRA.xml'), 'utf8')
  .replace(/<[^>]+>/g, ' ')
  .replace(/\s+/g, ' ');
const words = text.split(' ').length;
const textMatcher = measure(() => extractSkills(text, taxonomy));

const notice = '<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2">';
const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
const hostile = {
  xxe: refusalMs(`<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${notice}&e;</ContractNotice>`),
  billionLaughs: refusalMs(`<!DOCTYPE l [<!ENTITY lol0 "lol">${lol}]><l>&lol9;</l>`),
  fiftyMegabytes: refusalMs(`${notice}${'x'.repeat(50 * 1024 * 1024)}</ContractNotice>`),
  deepNesting100k: refusalMs(`${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`),
  notXml: refusalMs('This is a letter, not a notice.'),
};

writeResult('procurement', {
  loadAverageBefore: loadBefore.map((x) => Math.round(x * 100) / 100),
  loadAverageAfter: os.loadavg().map((x) => Math.round(x * 100) / 100),
  runs: { warmUp: WARM_UP, timed: RUNS },
  target: {
    what: 'parseNotice on cn_24_maximal_100_lots.xml, p50 wall time',
    ms: TARGET_MS,
    p50WallMs: hundredLotsParse.wallMs.p50,
    p50CpuMs: hundredLotsParse.cpuMs.p50,
    met: hundredLotsParse.wallMs.p50 < TARGET_MS,
  },
  hundredLots: { xmlTreeOnly: xmlOnly, parseNotice: hundredLotsParse, noticeCommandWork: wholeCommand },
  perNotice,
  skillTermIndex: {
    firstBuildMs: termIndexBuildMs,
    terms: index.size,
    indexedWordForms: index.byFirstWord.size,
  },
  textMatcher: { words, extractSkills: textMatcher },
  hostileRefusalMs: hostile,
  peakRssMiB: rss.stop(),
});
