// Where a lot is carried out, as one point for distance scoring: the town when
// it is a city Passerelle knows (a city of the network's spaces, or a NUTS
// region's main city), else the NUTS region's main city, else the country's.
import { haversineKm } from '../domain/geo.js';
import { loadReferenceData } from '../domain/referenceData.js';
import { countryAlpha2 } from './countryCodes.js';
import type { Lot } from './eforms/notice.js';
import { NUTS_REGIONS, nutsLevel, nutsRegion } from './nutsPlaces.js';
import { tokenize } from './text/tokens.js';

export interface LotLocation {
  lat: number;
  lon: number;
  /** The town or the region's main city the point stands for. */
  name: string;
  /** `town`: the notice's town; `nuts`: the main city of its NUTS region; `country`: the main city of its country. */
  source: 'town' | 'nuts' | 'country';
  /** The NUTS code the point stands for (the matched prefix of the notice's code), if any. */
  nuts: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
}

export interface KnownCity {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lat: number;
  lon: number;
}

/** A town farther than this from the point of its NUTS region is a namesake elsewhere. */
const TOWN_NUTS_TOLERANCE_KM = 200;
/** Two spaces of one city are a few kilometres apart; keep one point per city. */
const SAME_CITY_KM = 25;

let defaultCities: ReadonlyMap<string, readonly KnownCity[]> | undefined;

/** The cities of the reference spaces and of the NUTS table, by folded name. */
export function knownCities(): ReadonlyMap<string, readonly KnownCity[]> {
  if (defaultCities) return defaultCities;
  const cities: KnownCity[] = [];
  for (const space of loadReferenceData().spaces) {
    if (space.city && space.lat !== null && space.lon !== null) {
      cities.push({ name: space.city, country: space.country, lat: space.lat, lon: space.lon });
    }
  }
  for (const entry of NUTS_REGIONS) {
    cities.push({ name: entry.city, country: entry.code.slice(0, 2), lat: entry.lat, lon: entry.lon });
  }
  defaultCities = indexCities(cities);
  return defaultCities;
}

export function indexCities(cities: readonly KnownCity[]): Map<string, KnownCity[]> {
  const index = new Map<string, KnownCity[]>();
  for (const city of cities) {
    const key = cityKey(city.name);
    const list = index.get(key) ?? [];
    if (!list.some((known) => known.country === city.country && haversineKm(known, city) < SAME_CITY_KM)) {
      list.push(city);
    }
    index.set(key, list);
  }
  return index;
}

/** `Rouen Cedex 1` → `rouen`; `Saint-Servais (Namur)` → `saint servais`; `L'Île-Saint-Denis` → `l ile saint denis`. */
export function cityKey(name: string): string {
  const bare = name.replace(/\([^)]*\)/g, ' ').replace(/\bcedex\b.*$/i, ' ');
  return tokenize(bare)
    .map((token) => token.folded)
    .filter((word) => !/^\d+$/.test(word))
    .join(' ');
}

export function placeOf(
  lot: Pick<Lot, 'places'>,
  cities: ReadonlyMap<string, readonly KnownCity[]> = knownCities(),
): LotLocation | null {
  for (const place of lot.places) {
    const country = countryAlpha2(place.country) ?? null;
    const region = place.nuts ? nutsRegion(place.nuts) : undefined;
    const town = (place.town ? (cities.get(cityKey(place.town)) ?? []) : []).find(
      (city) =>
        (country === null || city.country === country) &&
        (!region || haversineKm(city, region) <= TOWN_NUTS_TOLERANCE_KM),
    );
    if (town) {
      return {
        lat: town.lat,
        lon: town.lon,
        name: town.name,
        source: 'town',
        nuts: region?.code ?? null,
        country: town.country,
      };
    }
  }
  for (const place of lot.places) {
    const region = place.nuts ? nutsRegion(place.nuts) : undefined;
    if (region) return fromRegion(region, nutsLevel(region.code) === 0 ? 'country' : 'nuts');
  }
  for (const place of lot.places) {
    const region = nutsRegion(countryAlpha2(place.country) ?? '');
    if (region) return fromRegion(region, 'country');
  }
  return null;
}

function fromRegion(region: (typeof NUTS_REGIONS)[number], source: 'nuts' | 'country'): LotLocation {
  return {
    lat: region.lat,
    lon: region.lon,
    name: region.city,
    source,
    nuts: region.code,
    country: region.code.slice(0, 2),
  };
}
