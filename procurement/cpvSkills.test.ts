import { describe, expect, it } from 'vitest';
import { loadReferenceData } from '../domain/referenceData.js';
import { cpvAncestors, normalizeCpv } from './cpvCode.js';
import { CPV_SKILL_ENTRIES, cpvToSkills } from './cpvSkills.js';
import { readCpvLabels } from './testing/sharedData.js';

describe('the CPV → skills table', () => {
  const cpvLabels = readCpvLabels();
  const skillIds = new Set(loadReferenceData().skills.map((skill) => skill.id));

  it('reads the whole official CPV list', () => {
    expect(cpvLabels.size).toBe(9454);
    expect(cpvLabels.get('03000000')).toBe('Agricultural, farming, fishing, forestry and related products');
  });

  it('lists only codes of the official CPV list, each with its English label', () => {
    const wrong = CPV_SKILL_ENTRIES.filter((entry) => cpvLabels.get(entry.code) !== entry.label).map(
      (entry) => `${entry.code} "${entry.label}" (official: "${cpvLabels.get(entry.code)}")`,
    );
    expect(wrong).toEqual([]);
  });

  it('lists each code once and maps to skills of the taxonomy only', () => {
    const codes = CPV_SKILL_ENTRIES.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    const unknown = CPV_SKILL_ENTRIES.flatMap((entry) =>
      entry.skills.filter((skill) => !skillIds.has(skill)),
    );
    expect(unknown).toEqual([]);
    expect(CPV_SKILL_ENTRIES.length).toBeGreaterThan(250);
  });

  it('marks a code as outside only under a listed trade (otherwise the entry would change nothing)', () => {
    const listed = new Map(CPV_SKILL_ENTRIES.map((entry) => [entry.code, entry]));
    const pointless = CPV_SKILL_ENTRIES.filter((entry) => entry.skills.length === 0)
      .filter((entry) => {
        const parent = cpvAncestors(entry.code)
          .slice(1)
          .map((code) => listed.get(code))
          .find((found) => found !== undefined);
        return !parent || parent.skills.length === 0;
      })
      .map((entry) => entry.code);
    expect(pointless).toEqual([]);
  });
});

describe('cpvToSkills', () => {
  it.each([
    ['79961000', ['photography']],
    ['79961100', ['product-photography']],
    ['79961320', ['photography']],
    ['79961200', ['drone-photography']],
    ['79530000', ['translation']],
    ['79540000', ['interpreting']],
    ['79822500', ['graphic-design']],
    ['79822300', ['typography', 'editorial-design']],
    ['79952100', ['event-production', 'cultural-management']],
    ['79953000', ['festival-management']],
    ['79932000', ['interior-design', 'space-planning']],
    ['71221000', ['architecture']],
    ['71420000', ['landscape-design']],
    ['72230000', ['software-development']],
    ['72413000', ['web-development', 'ux-ui-design']],
    ['72260000', ['software-development']],
    ['80580000', ['language-teaching']],
    ['80511000', ['adult-training']],
    ['80533100', ['digital-mediation', 'adult-training']],
    ['45421151', ['joinery', 'cabinetmaking']],
    ['45421131', ['joinery']],
    ['45442110', ['painting-decorating']],
    ['45262511', ['masonry', 'sculpture']],
    ['45410000', ['decorative-finishes']],
    ['92312230', ['sculpture']],
    ['92111210', ['corporate-video']],
    ['92370000', ['sound-engineering', 'live-sound']],
    ['92342000', ['dance']],
    ['98321100', ['hairdressing']],
    ['98333000', ['massage']],
    ['55520000', ['catering']],
    ['03221100', ['market-gardening']],
    ['39143121', ['cabinetmaking', 'furniture-design']],
    ['37313400', ['instrument-making']],
    ['79961000-4', ['photography']],
  ])('%s → %j', (code, skills) => {
    const match = cpvToSkills(code);
    expect(match.skills).toEqual(skills);
    expect(match.inNetwork).toBe(true);
  });

  it.each([
    ['79961340', '79961340'],
    ['72415000', '72410000'],
    ['80411000', '80411000'],
    ['79812000', '79812000'],
    ['92222000', '92222000'],
    ['80512000', '80512000'],
    ['85311300', '85311000'],
  ])('%s is outside the network (under the excluded %s)', (code, matchedCode) => {
    expect(cpvToSkills(code)).toMatchObject({ skills: [], inNetwork: false, matchedCode });
  });

  it('reports codes with no listed ancestor as outside the network', () => {
    expect(cpvToSkills('79710000')).toEqual({
      code: '79710000',
      matchedCode: null,
      matchedLabel: null,
      skills: [],
      inNetwork: false,
    });
    expect(cpvToSkills('50300000').inNetwork).toBe(false);
  });

  it('says which listed ancestor the answer comes from', () => {
    expect(cpvToSkills('79961320')).toEqual({
      code: '79961320',
      matchedCode: '79961000',
      matchedLabel: 'Photographic services',
      skills: ['photography'],
      inNetwork: true,
    });
  });

  it('treats a malformed code as outside', () => {
    expect(cpvToSkills('7996')).toMatchObject({ code: '7996', inNetwork: false, matchedCode: null });
  });
});

describe('CPV codes', () => {
  it('climbs the hierarchy by trailing zeros', () => {
    expect(cpvAncestors('79961000')).toEqual(['79961000', '79960000', '79900000', '79000000']);
    expect(cpvAncestors('45421151')).toEqual([
      '45421151',
      '45421150',
      '45421100',
      '45421000',
      '45420000',
      '45400000',
      '45000000',
    ]);
    expect(cpvAncestors('03000000')).toEqual(['03000000']);
  });

  it('normalises the optional check digit and keeps leading zeros', () => {
    expect(normalizeCpv('03221000-6')).toBe('03221000');
    expect(normalizeCpv(' 79530000 ')).toBe('79530000');
    expect(normalizeCpv('7953000')).toBeUndefined();
    expect(normalizeCpv('79530000-88')).toBeUndefined();
  });
});
