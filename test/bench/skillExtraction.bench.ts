// Skill extraction quality on the labelled tender texts
// (procurement/testing/tenderTextSet.ts): micro precision and recall over the
// whole set, per language, and on the held-out texts apart (written after the
// tender terms were tuned on the others: how well they generalise), with each
// text's misses and extra skills.
import { networkTaxonomy } from '../../procurement/noticeSkills.js';
import { extractionQuality } from '../../procurement/testing/extractionQuality.js';
import { TENDER_TEXT_SET } from '../../procurement/testing/tenderTextSet.js';
import { writeResult } from './harness.js';

const taxonomy = networkTaxonomy();
const whole = extractionQuality(taxonomy);
const summary = ({ outcomes: _outcomes, ...rest }: typeof whole) => rest;
writeResult('skillExtraction', {
  threshold: 0.85,
  whole: summary(whole),
  tuning: summary(
    extractionQuality(
      taxonomy,
      TENDER_TEXT_SET.filter((t) => t.part === 'tuning'),
    ),
  ),
  heldOut: summary(
    extractionQuality(
      taxonomy,
      TENDER_TEXT_SET.filter((t) => t.part === 'held-out'),
    ),
  ),
  errors: whole.outcomes.filter((o) => o.missed.length > 0 || o.extra.length > 0),
  met: whole.precision >= 0.85 && whole.recall >= 0.85,
});
