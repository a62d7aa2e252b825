// The places a person can pick to say "near …": the network's spaces and the
// towns of the offline gazetteer. A place is named by a key that survives in an
// address (`space:<slug>`, `town:<GeoNames id>`), so a directory search or a
// tender form can be shared and restored.
import type { Space } from '../../domain/entities/space.js';
import { BadUserInputError } from '../../domain/errors.js';
import { searchTowns, type Town, townById } from '../../domain/gazetteer.js';
import type { Point } from '../../domain/geo.js';
import { foldText } from '../../domain/taxonomy.js';

export type PlaceKind = 'space' | 'town';

export interface Place extends Point {
  key: string;
  kind: PlaceKind;
  name: string;
  /** The town of a space; the town itself for a town. */
  city: string | null;
  country: string;
}

export const MAX_PLACES = 20;

function spacePlace(space: Space & Point): Place {
  return {
    key: `space:${space.id}`,
    kind: 'space',
    name: space.name,
    city: space.city,
    country: space.country,
    lat: space.lat,
    lon: space.lon,
  };
}

function townPlace(town: Town): Place {
  return {
    key: `town:${town.id}`,
    kind: 'town',
    name: town.name,
    city: town.name,
    country: town.country,
    lat: town.lat,
    lon: town.lon,
  };
}

function located(space: Space): space is Space & Point {
  return space.lat !== null && space.lon !== null;
}

/** True when one of the words of `text` (accents and case ignored) starts with the folded query. */
function wordStarts(text: string | null, folded: string): boolean {
  if (!text) return false;
  const words = foldText(text);
  return words.startsWith(folded) || words.split(/[\s,-]+/).some((word) => word.startsWith(folded));
}

/**
 * Places whose name (or town, for a space) starts with what was typed: towns
 * of that exact name first (typing "Lille" offers Lille itself), then spaces,
 * then other towns, most populated first; towns of the network's countries
 * before others. At least one town is kept when any matches.
 */
export function findPlaces(query: string, spaces: readonly Space[], limit: number): Place[] {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PLACES) {
    throw BadUserInputError.at(['first'], `must be a whole number between 1 and ${MAX_PLACES}`);
  }
  const folded = foldText(query);
  if (folded.length === 0) return [];
  const countries = [...new Set(spaces.map((s) => s.country))];
  const towns = searchTowns(query, { limit, preferCountries: countries });
  const exactTowns = towns.filter((t) => foldText(t.name) === folded);
  const otherTowns = towns.filter((t) => foldText(t.name) !== folded);
  const matchingSpaces = spaces
    .filter(located)
    .filter((s) => wordStarts(s.name, folded) || wordStarts(s.city, folded))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const spaceRoom = Math.max(
    0,
    limit - exactTowns.length - (otherTowns.length > 0 && exactTowns.length === 0 ? 1 : 0),
  );
  return [
    ...exactTowns.map(townPlace),
    ...matchingSpaces.slice(0, spaceRoom).map(spacePlace),
    ...otherTowns.map(townPlace),
  ].slice(0, limit);
}

/** The place a key names, null when no such space or town exists; a malformed key is bad input. */
export function placeByKey(key: string, spaces: readonly Space[]): Place | null {
  const match = /^(space|town):(.+)$/.exec(key);
  if (!match) throw BadUserInputError.at(['key'], 'must be "space:<slug>" or "town:<GeoNames id>"');
  if (match[1] === 'space') {
    const space = spaces.find((s) => s.id === match[2]);
    return space && located(space) ? spacePlace(space) : null;
  }
  const id = Number(match[2]);
  if (!Number.isSafeInteger(id)) throw BadUserInputError.at(['key'], 'a town key ends with a GeoNames id');
  const town = townById(id);
  return town ? townPlace(town) : null;
}
