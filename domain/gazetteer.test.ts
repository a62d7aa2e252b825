import { describe, expect, it } from 'vitest';
import { placeTown, searchTowns, townById } from './gazetteer.js';
import { haversineKm } from './geo.js';

const LILLE = { lat: 50.633, lon: 3.059 };

describe('gazetteer', () => {
  it('places a typed town, the most populated of its name, or the one in the given country', () => {
    const lille = placeTown('Lille');
    expect(lille?.country).toBe('FR');
    expect(haversineKm(lille!, LILLE)).toBeLessThan(3);
    expect(placeTown('lille', 'BE')?.country).toBe('BE');
    expect(placeTown('Liege')?.name).toBe('Liège');
    expect(placeTown('Lille, France')?.country).toBe('FR');
    expect(placeTown('Nowhere-sur-Rien')).toBeNull();
    expect(placeTown('  ')).toBeNull();
  });

  it('knows the French and Dutch names of Belgian towns', () => {
    const brussels = placeTown('Brussels');
    expect(placeTown('Bruxelles')?.id).toBe(brussels?.id);
    expect(placeTown('Brussel')?.id).toBe(brussels?.id);
    expect(placeTown('Gand')?.id).toBe(placeTown('Gent')?.id);
  });

  it('suggests towns by prefix, exact names and preferred countries first, each town once', () => {
    const towns = searchTowns('lill', { limit: 5, preferCountries: ['FR', 'BE'] });
    expect(towns[0]?.name).toBe('Lille');
    expect(towns[0]?.country).toBe('FR');
    expect(new Set(towns.map((t) => t.id)).size).toBe(towns.length);
    expect(towns.length).toBeLessThanOrEqual(5);
    const exact = searchTowns('Lille', { limit: 3, preferCountries: ['BE'] });
    expect(exact[0]?.country).toBe('BE');
    expect(searchTowns('', { limit: 5 })).toEqual([]);
    expect(townById(towns[0]!.id)?.name).toBe('Lille');
  });
});
