import { describe, expect, it } from 'vitest';
import { requirementSchema } from '../domain/entities/tender.js';
import { parseNotice } from './eforms/parseNotice.js';
import { lotRequirements, MAX_REQUIREMENTS } from './lotRequirements.js';
import { lotFixture } from './testing/lotFixture.js';
import { readExample } from './testing/sharedData.js';

describe('lotRequirements', () => {
  it('turns the minimal notice lot into one slot of two developers (48 months is a long lot)', () => {
    const notice = parseNotice(readExample('cn_24_minimal.xml'));
    const requirements = lotRequirements(notice.lots[0]!);
    expect(requirements).toEqual([{ skill: 'software-development', minLevel: 3, count: 2 }]);
    for (const requirement of requirements) expect(requirementSchema.parse(requirement)).toEqual(requirement);
  });

  it('keeps the narrower skill named in the text, with the support of the broader CPV skill', () => {
    const lot = lotFixture({
      cpv: { main: '79961000', additional: [] },
      title: { FRA: 'Photographes de mariage et traducteurs pour la cérémonie' },
    });
    expect(lotRequirements(lot)).toEqual([
      { skill: 'event-photography', minLevel: 3, count: 1 },
      { skill: 'translation', minLevel: 2, count: 1 },
    ]);
  });

  it('asks two people for the main skills of a lot worth at least 500,000 euros', () => {
    const lot = lotFixture({
      cpv: { main: '79530000', additional: ['79540000'] },
      estimatedValue: { amount: 750_000, currency: 'EUR' },
    });
    expect(lotRequirements(lot)).toEqual([
      { skill: 'translation', minLevel: 3, count: 2 },
      { skill: 'interpreting', minLevel: 3, count: 1 },
    ]);
    const small = lotFixture({ ...lot, estimatedValue: { amount: 40_000, currency: 'EUR' } });
    expect(lotRequirements(small).map((requirement) => requirement.count)).toEqual([1, 1]);
  });

  it('reads the notice CPV codes for a lot that has none', () => {
    const lot = lotFixture({ cpv: { main: null, additional: [] } });
    expect(lotRequirements(lot)).toEqual([]);
    expect(lotRequirements(lot, { fallbackCpv: { main: '92312230', additional: [] } })).toEqual([
      { skill: 'sculpture', minLevel: 3, count: 1 },
    ]);
  });

  it('suggests nothing for a lot outside the network, and at most 8 slots', () => {
    const defence = parseNotice(readExample('cn_24_maximal.xml'));
    expect(lotRequirements(defence.lots[0]!)).toEqual([]);
    const crowded = lotFixture({
      description: {
        ENG: 'Photographers, translators, interpreters, carpenters, plumbers, electricians, masons, dancers, singers, jugglers',
      },
    });
    const requirements = lotRequirements(crowded);
    expect(requirements).toHaveLength(MAX_REQUIREMENTS);
    expect(requirements.every((requirement) => requirement.minLevel === 2 && requirement.count === 1)).toBe(
      true,
    );
  });
});
