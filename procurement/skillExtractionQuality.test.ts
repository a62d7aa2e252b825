// Skill extraction measured on 40 labelled fr/nl/en tender texts
// (procurement/testing/tenderTextSet.ts): precision and recall both at least
// 0.85 over the whole set, and the Lille call of issue 16 read right.
import { describe, expect, it } from 'vitest';
import { networkTaxonomy } from './noticeSkills.js';
import { extractSkills } from './skillsFromText.js';
import { extractionQuality } from './testing/extractionQuality.js';
import { TENDER_TEXT_SET } from './testing/tenderTextSet.js';

const taxonomy = networkTaxonomy();

describe('skill extraction quality', () => {
  it('has at least 30 labelled texts in each of French, Dutch and English', () => {
    expect(TENDER_TEXT_SET.length).toBeGreaterThanOrEqual(30);
    for (const language of ['fr', 'nl', 'en']) {
      expect(TENDER_TEXT_SET.filter((t) => t.language === language).length).toBeGreaterThanOrEqual(8);
    }
    for (const item of TENDER_TEXT_SET)
      for (const skill of item.skills) expect(taxonomy.has(skill)).toBe(true);
  });

  it('reaches precision and recall of 0.85 on the whole set', () => {
    const quality = extractionQuality(taxonomy);
    expect(quality.precision).toBeGreaterThanOrEqual(0.85);
    expect(quality.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('reads the Lille exhibition call: every trade, and mediation as cultural mediation', () => {
    const lille = TENDER_TEXT_SET.find((t) => t.id === 'fr-lille-exposition-photo')!;
    const found = extractSkills(lille.text, taxonomy).map((s) => s.id);
    for (const skill of [
      'exhibition-design',
      'photography',
      'photo-editing',
      'graphic-design',
      'stage-lighting',
      'furniture-design',
      'camera-operation',
      'cultural-mediation',
    ]) {
      expect(found).toContain(skill);
    }
    expect(found).not.toContain('mediation-conflict');
    expect(found).not.toContain('wheel-throwing');
  });

  it('keeps conflict mediation and wheel throwing when the text says so', () => {
    const ids = (text: string) => extractSkills(text, taxonomy).map((s) => s.id);
    expect(ids('Médiation de conflits entre voisins')).toContain('mediation-conflict');
    expect(ids('Ateliers de tournage sur tour de potier')).toContain('wheel-throwing');
    expect(ids('Ateliers de tournage sur tour de potier')).not.toContain('camera-operation');
  });
});
