import { describe, expect, it } from 'vitest';
import { countryAlpha2 } from './countryCodes.js';
import type { Place } from './eforms/notice.js';
import { parseNotice } from './eforms/parseNotice.js';
import { NUTS_REGIONS, nutsLevel, nutsRegion } from './nutsPlaces.js';
import { cityKey, indexCities, placeOf } from './placeOf.js';
import { readExample } from './testing/sharedData.js';

const place = (fields: Partial<Place>): Place => ({
  nuts: null,
  town: null,
  postalCode: null,
  country: null,
  region: null,
  description: {},
  ...fields,
});

/** Generous boxes around each country (metropolitan France), to catch swapped or mistyped coordinates. */
const COUNTRY_BOXES: Record<string, [number, number, number, number]> = {
  BE: [49.4, 51.6, 2.5, 6.5],
  FR: [41.3, 51.2, -5.2, 9.6],
  LU: [49.4, 50.2, 5.7, 6.6],
  NL: [50.7, 53.6, 3.3, 7.3],
};

describe('NUTS regions', () => {
  it('gives every region a parent at each level above it, and a point inside its country', () => {
    const codes = new Set(NUTS_REGIONS.map((region) => region.code));
    expect(codes.size).toBe(NUTS_REGIONS.length);
    for (const region of NUTS_REGIONS) {
      for (let length = 2; length < region.code.length; length++)
        expect(codes).toContain(region.code.slice(0, length));
      const box = COUNTRY_BOXES[region.code.slice(0, 2)]!;
      if (region.code.startsWith('FRY')) continue;
      const [minLat, maxLat, minLon, maxLon] = box;
      expect(region.lat, region.code).toBeGreaterThanOrEqual(minLat);
      expect(region.lat, region.code).toBeLessThanOrEqual(maxLat);
      expect(region.lon, region.code).toBeGreaterThanOrEqual(minLon);
      expect(region.lon, region.code).toBeLessThanOrEqual(maxLon);
    }
  });

  it('lists the NUTS-2 regions of the four countries', () => {
    const level2 = NUTS_REGIONS.filter((region) => nutsLevel(region.code) === 2);
    const count = (country: string) => level2.filter((region) => region.code.startsWith(country)).length;
    expect([count('BE'), count('FR'), count('LU'), count('NL')]).toEqual([11, 27, 1, 12]); // France: 22 metropolitan + 5 overseas;
  });

  it.each([
    ['FRD22', 'FRD2', 'Rouen'],
    ['FRL04', 'FRL0', 'Marseille'],
    ['FR102', 'FR10', 'Paris'],
    ['BE100', 'BE10', 'Bruxelles'],
    ['BE234', 'BE23', 'Gent'],
    ['BE32', 'BE32', 'Mons'],
    ['LU000', 'LU00', 'Luxembourg'],
    ['NL329', 'NL32', 'Amsterdam'],
    ['nl414', 'NL41', 'Eindhoven'],
    ['NL36', 'NL3', 'Amsterdam'],
    ['FRZZZ', 'FR', 'Paris'],
    ['BE', 'BE', 'Bruxelles'],
  ])('%s → %s (%s)', (code, region, city) => {
    expect(nutsRegion(code)).toMatchObject({ code: region, city });
  });

  it('knows nothing of other countries or malformed codes', () => {
    expect(nutsRegion('DE123')).toBeUndefined();
    expect(nutsRegion('UKM82')).toBeUndefined();
    expect(nutsRegion('F')).toBeUndefined();
    expect(nutsRegion('FR-10')).toBeUndefined();
  });
});

describe('placeOf', () => {
  it('uses the NUTS region when the town is unknown or missing', () => {
    expect(placeOf({ places: [place({ nuts: 'FRD22', country: 'FRA' })] })).toEqual({
      lat: 49.4432,
      lon: 1.0999,
      name: 'Rouen',
      source: 'nuts',
      nuts: 'FRD2',
      country: 'FR',
    });
  });

  it("prefers a town of the network's spaces", () => {
    expect(placeOf({ places: [place({ town: 'Lille', nuts: 'FRE11', country: 'FRA' })] })).toMatchObject({
      name: 'Lille',
      source: 'town',
      nuts: 'FRE1',
      country: 'FR',
    });
    expect(placeOf({ places: [place({ town: 'GENT', country: 'BEL' })] })).toMatchObject({
      name: 'Gent',
      source: 'town',
    });
  });

  it('reads a town written with a Cedex and a postal number', () => {
    expect(placeOf({ places: [place({ town: 'Rouen Cedex 1', country: 'FRA' })] })).toMatchObject({
      name: 'Rouen',
      source: 'town',
    });
  });

  it('refuses a namesake town far from the NUTS region', () => {
    const cities = indexCities([{ name: 'Valence', country: 'FR', lat: 44.933, lon: 4.892 }]);
    expect(
      placeOf({ places: [place({ town: 'Valence', nuts: 'FRI14', country: 'FRA' })] }, cities),
    ).toMatchObject({
      name: 'Bordeaux',
      source: 'nuts',
    });
  });

  it('falls back to the country, then to nothing', () => {
    expect(placeOf({ places: [place({ country: 'NLD' })] })).toMatchObject({
      name: 'Amsterdam',
      source: 'country',
    });
    expect(placeOf({ places: [place({ town: 'London', country: 'GBR' })] })).toBeNull();
    expect(placeOf({ places: [] })).toBeNull();
  });

  it('places the lots of the example notices', () => {
    const minimal = parseNotice(readExample('cn_24_minimal.xml'));
    expect(placeOf(minimal.lots[0]!)).toMatchObject({ name: 'Rouen', source: 'nuts', nuts: 'FRD2' });
    const maximal = parseNotice(readExample('cn_24_maximal.xml'));
    expect(placeOf(maximal.lots[0]!)).toMatchObject({ name: 'Luxembourg', source: 'town', country: 'LU' });
    const defence = parseNotice(readExample('cn_81_FRA.xml'));
    expect(placeOf(defence.lots[0]!)).toBeNull();
  });
});

describe('city names and countries', () => {
  it.each([
    ['Rouen Cedex 1', 'rouen'],
    ['Saint-Servais (Namur)', 'saint servais'],
    ["L'Île-Saint-Denis", 'l ile saint denis'],
    ['Molenbeek-Saint-Jean', 'molenbeek saint jean'],
  ])('%s → %s', (name, key) => {
    expect(cityKey(name)).toBe(key);
  });

  it('converts eForms alpha-3 country codes', () => {
    expect(countryAlpha2('FRA')).toBe('FR');
    expect(countryAlpha2('nld')).toBe('NL');
    expect(countryAlpha2('BE')).toBe('BE');
    expect(countryAlpha2('XYZ')).toBeUndefined();
    expect(countryAlpha2(null)).toBeUndefined();
  });
});
