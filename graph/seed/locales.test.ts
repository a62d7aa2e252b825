import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../domain/random.js';
import { drawLanguages, drawNameStyle, regionOf } from './locales.js';

describe('regionOf', () => {
  it('splits Belgium along its language regions', () => {
    expect(regionOf({ country: 'BE', lat: 50.827, lon: 4.345 })).toBe('be-brussels');
    expect(regionOf({ country: 'BE', lat: 51.054, lon: 3.717 })).toBe('be-flanders');
    expect(regionOf({ country: 'BE', lat: 50.633, lon: 5.567 })).toBe('be-wallonia');
    expect(regionOf({ country: 'BE', lat: 50.63, lon: 6.031 })).toBe('be-east');
    expect(regionOf({ country: 'FR', lat: 50.63, lon: 3.06 })).toBe('fr');
    expect(regionOf({ country: 'PT', lat: 38.7, lon: -9.1 })).toBe('elsewhere');
  });
});

describe('names and languages', () => {
  it('mix Walloon, Flemish and international names in Brussels', () => {
    const random = mulberry32(3);
    const styles = new Map<string, number>();
    for (let i = 0; i < 2000; i++) {
      const s = drawNameStyle(random, 'be-brussels');
      styles.set(s, (styles.get(s) ?? 0) + 1);
    }
    expect(styles.get('be-fr')! / 2000).toBeGreaterThan(0.5);
    expect(styles.get('be-nl')! / 2000).toBeGreaterThan(0.18);
    expect(styles.size).toBeGreaterThan(4);
  });

  it('always include the native language and prefer an interface language the member speaks when possible', () => {
    const random = mulberry32(4);
    for (let i = 0; i < 500; i++) {
      const flemish = drawLanguages(random, 'be-flanders', 'be-nl');
      expect(flemish.languages[0]).toBe('nl');
      expect(flemish.languages).toContain(flemish.preferredLanguage);
      const french = drawLanguages(random, 'fr', 'fr');
      expect(french.preferredLanguage).toBe('fr');
      const swedish = drawLanguages(random, 'se', 'se');
      expect(swedish.languages[0]).toBe('sv');
      expect(['en', 'fr', 'nl']).toContain(swedish.preferredLanguage);
    }
  });
});
