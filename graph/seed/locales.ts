// Where a synthetic member lives decides the name they carry and the languages
// they speak: Flemish names and Dutch in Flanders, French in Wallonia, a mix
// (and some newcomers from elsewhere in Europe) in Brussels, and so on.
import type { UiLanguage } from '../../domain/entities/common.js';
import type { Space } from '../../domain/entities/space.js';
import { haversineKm } from '../../domain/geo.js';
import { chance, pick, type Random } from '../../domain/random.js';
import { INTERNATIONAL_STYLES, type NameStyle } from './names.js';

export type Region =
  | 'be-brussels'
  | 'be-flanders'
  | 'be-wallonia'
  | 'be-east'
  | 'fr'
  | 'de'
  | 'at'
  | 'es'
  | 'it'
  | 'se'
  | 'hu'
  | 'elsewhere';

const BRUSSELS = { lat: 50.846, lon: 4.352 };
const BRUSSELS_RADIUS_KM = 12;
/** Belgium's language border runs roughly along this latitude. */
const FLANDERS_MIN_LAT = 50.75;
/** East of this longitude lies the German-speaking community (Eupen, Sankt Vith). */
const EAST_BELGIUM_MIN_LON = 5.9;

export function regionOf(space: Pick<Space, 'country' | 'lat' | 'lon'>): Region {
  switch (space.country) {
    case 'BE': {
      if (space.lat === null || space.lon === null) return 'be-wallonia';
      if (haversineKm(BRUSSELS, { lat: space.lat, lon: space.lon }) < BRUSSELS_RADIUS_KM)
        return 'be-brussels';
      if (space.lat >= FLANDERS_MIN_LAT) return 'be-flanders';
      if (space.lon >= EAST_BELGIUM_MIN_LON) return 'be-east';
      return 'be-wallonia';
    }
    case 'FR':
      return 'fr';
    case 'DE':
      return 'de';
    case 'AT':
      return 'at';
    case 'ES':
      return 'es';
    case 'IT':
      return 'it';
    case 'SE':
      return 'se';
    case 'HU':
      return 'hu';
    default:
      return 'elsewhere';
  }
}

const NATIVE_LANGUAGE: Record<NameStyle, string> = {
  'be-nl': 'nl',
  'be-fr': 'fr',
  'be-de': 'de',
  fr: 'fr',
  de: 'de',
  at: 'de',
  es: 'es',
  it: 'it',
  se: 'sv',
  hu: 'hu',
};

const REGION_STYLE: Record<Exclude<Region, 'be-brussels' | 'elsewhere'>, NameStyle> = {
  'be-flanders': 'be-nl',
  'be-wallonia': 'be-fr',
  'be-east': 'be-de',
  fr: 'fr',
  de: 'de',
  at: 'at',
  es: 'es',
  it: 'it',
  se: 'se',
  hu: 'hu',
};

export function drawNameStyle(random: Random, region: Region): NameStyle {
  if (region === 'be-brussels') {
    const r = random();
    if (r < 0.6) return 'be-fr';
    if (r < 0.85) return 'be-nl';
    return pick(random, INTERNATIONAL_STYLES);
  }
  if (region === 'elsewhere') return pick(random, INTERNATIONAL_STYLES);
  return REGION_STYLE[region];
}

export interface SpokenLanguages {
  languages: string[];
  preferredLanguage: UiLanguage;
}

/** Probability of speaking French, Dutch and English on top of one's native language, per region. */
const SECOND_LANGUAGES: Record<Region, { fr: number; nl: number; en: number }> = {
  'be-brussels': { fr: 0.85, nl: 0.35, en: 0.75 },
  'be-flanders': { fr: 0.45, nl: 0, en: 0.75 },
  'be-wallonia': { fr: 0, nl: 0.15, en: 0.45 },
  'be-east': { fr: 0.8, nl: 0.1, en: 0.5 },
  fr: { fr: 0, nl: 0.02, en: 0.4 },
  de: { fr: 0.15, nl: 0.03, en: 0.75 },
  at: { fr: 0.1, nl: 0.02, en: 0.7 },
  es: { fr: 0.15, nl: 0.01, en: 0.5 },
  it: { fr: 0.2, nl: 0.01, en: 0.55 },
  se: { fr: 0.08, nl: 0.02, en: 0.95 },
  hu: { fr: 0.05, nl: 0.01, en: 0.7 },
  elsewhere: { fr: 0.3, nl: 0.05, en: 0.9 },
};

export function drawLanguages(random: Random, region: Region, style: NameStyle): SpokenLanguages {
  const native = NATIVE_LANGUAGE[style];
  const odds = SECOND_LANGUAGES[region];
  const languages = [native];
  for (const language of ['fr', 'nl', 'en'] as const) {
    if (language !== native && chance(random, odds[language])) languages.push(language);
  }
  return { languages, preferredLanguage: preferredOf(random, native, languages) };
}

function preferredOf(random: Random, native: string, languages: string[]): UiLanguage {
  if (native === 'fr' || native === 'nl' || native === 'en') {
    // Some Dutch speakers still use the French or English interface, when they speak it.
    if (native === 'nl' && chance(random, 0.1)) {
      if (languages.includes('fr')) return 'fr';
      if (languages.includes('en')) return 'en';
    }
    return native;
  }
  if (languages.includes('fr') && (!languages.includes('en') || chance(random, 0.5))) return 'fr';
  if (languages.includes('nl') && !languages.includes('en')) return 'nl';
  return 'en';
}
