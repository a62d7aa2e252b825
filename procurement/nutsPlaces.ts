// A representative point for the NUTS regions of Belgium, France, Luxembourg
// and the Netherlands: the region's main city (its capital or largest city) and
// approximate coordinates, written by hand from public knowledge. NUTS-2 codes
// (NUTS 2016/2021) are listed with their NUTS-1 and NUTS-0 parents; a NUTS-3
// code (`FRD22`) resolves to its NUTS-2 prefix (`FRD2`), and a code missing
// from the table (a later NUTS revision, an extra-regio code) to the closest
// listed prefix. Precision is regional: good enough to rank members by distance.

export interface NutsRegion {
  code: string;
  name: string;
  city: string;
  lat: number;
  lon: number;
}

const region = (code: string, name: string, city: string, lat: number, lon: number): NutsRegion => ({
  code,
  name,
  city,
  lat,
  lon,
});

export const NUTS_REGIONS: readonly NutsRegion[] = [
  // Belgium
  region('BE', 'Belgique/België', 'Bruxelles', 50.8467, 4.3525),
  region('BE1', 'Région de Bruxelles-Capitale', 'Bruxelles', 50.8467, 4.3525),
  region('BE10', 'Région de Bruxelles-Capitale', 'Bruxelles', 50.8467, 4.3525),
  region('BE2', 'Vlaams Gewest', 'Antwerpen', 51.2194, 4.4025),
  region('BE21', 'Prov. Antwerpen', 'Antwerpen', 51.2194, 4.4025),
  region('BE22', 'Prov. Limburg (BE)', 'Hasselt', 50.9307, 5.3325),
  region('BE23', 'Prov. Oost-Vlaanderen', 'Gent', 51.0543, 3.7174),
  region('BE24', 'Prov. Vlaams-Brabant', 'Leuven', 50.8798, 4.7005),
  region('BE25', 'Prov. West-Vlaanderen', 'Brugge', 51.2093, 3.2247),
  region('BE3', 'Région wallonne', 'Namur', 50.4674, 4.872),
  region('BE31', 'Prov. Brabant wallon', 'Wavre', 50.7171, 4.6014),
  region('BE32', 'Prov. Hainaut', 'Mons', 50.4542, 3.9523),
  region('BE33', 'Prov. Liège', 'Liège', 50.6326, 5.5797),
  region('BE34', 'Prov. Luxembourg (BE)', 'Arlon', 49.6833, 5.8167),
  region('BE35', 'Prov. Namur', 'Namur', 50.4674, 4.872),
  // France
  region('FR', 'France', 'Paris', 48.8566, 2.3522),
  region('FR1', 'Ile-de-France', 'Paris', 48.8566, 2.3522),
  region('FR10', 'Ile-de-France', 'Paris', 48.8566, 2.3522),
  region('FRB', 'Centre — Val de Loire', 'Orléans', 47.903, 1.9093),
  region('FRB0', 'Centre — Val de Loire', 'Orléans', 47.903, 1.9093),
  region('FRC', 'Bourgogne-Franche-Comté', 'Dijon', 47.322, 5.0415),
  region('FRC1', 'Bourgogne', 'Dijon', 47.322, 5.0415),
  region('FRC2', 'Franche-Comté', 'Besançon', 47.2378, 6.0241),
  region('FRD', 'Normandie', 'Rouen', 49.4432, 1.0999),
  region('FRD1', 'Basse-Normandie', 'Caen', 49.1829, -0.3707),
  region('FRD2', 'Haute-Normandie', 'Rouen', 49.4432, 1.0999),
  region('FRE', 'Hauts-de-France', 'Lille', 50.6292, 3.0573),
  region('FRE1', 'Nord-Pas-de-Calais', 'Lille', 50.6292, 3.0573),
  region('FRE2', 'Picardie', 'Amiens', 49.8941, 2.2958),
  region('FRF', 'Grand Est', 'Strasbourg', 48.5734, 7.7521),
  region('FRF1', 'Alsace', 'Strasbourg', 48.5734, 7.7521),
  region('FRF2', 'Champagne-Ardenne', 'Reims', 49.2583, 4.0317),
  region('FRF3', 'Lorraine', 'Metz', 49.1193, 6.1757),
  region('FRG', 'Pays de la Loire', 'Nantes', 47.2184, -1.5536),
  region('FRG0', 'Pays de la Loire', 'Nantes', 47.2184, -1.5536),
  region('FRH', 'Bretagne', 'Rennes', 48.1173, -1.6778),
  region('FRH0', 'Bretagne', 'Rennes', 48.1173, -1.6778),
  region('FRI', 'Nouvelle-Aquitaine', 'Bordeaux', 44.8378, -0.5792),
  region('FRI1', 'Aquitaine', 'Bordeaux', 44.8378, -0.5792),
  region('FRI2', 'Limousin', 'Limoges', 45.8336, 1.2611),
  region('FRI3', 'Poitou-Charentes', 'Poitiers', 46.5802, 0.3404),
  region('FRJ', 'Occitanie', 'Toulouse', 43.6047, 1.4442),
  region('FRJ1', 'Languedoc-Roussillon', 'Montpellier', 43.6108, 3.8767),
  region('FRJ2', 'Midi-Pyrénées', 'Toulouse', 43.6047, 1.4442),
  region('FRK', 'Auvergne-Rhône-Alpes', 'Lyon', 45.764, 4.8357),
  region('FRK1', 'Auvergne', 'Clermont-Ferrand', 45.7772, 3.087),
  region('FRK2', 'Rhône-Alpes', 'Lyon', 45.764, 4.8357),
  region('FRL', "Provence-Alpes-Côte d'Azur", 'Marseille', 43.2965, 5.3698),
  region('FRL0', "Provence-Alpes-Côte d'Azur", 'Marseille', 43.2965, 5.3698),
  region('FRM', 'Corse', 'Ajaccio', 41.9192, 8.7386),
  region('FRM0', 'Corse', 'Ajaccio', 41.9192, 8.7386),
  region(
    'FRY',
    'RUP FR — Régions ultrapériphériques françaises',
    'Saint-Denis (La Réunion)',
    -20.8823,
    55.4504,
  ),
  region('FRY1', 'Guadeloupe', 'Pointe-à-Pitre', 16.2411, -61.5331),
  region('FRY2', 'Martinique', 'Fort-de-France', 14.6161, -61.0588),
  region('FRY3', 'Guyane', 'Cayenne', 4.9224, -52.3135),
  region('FRY4', 'La Réunion', 'Saint-Denis (La Réunion)', -20.8823, 55.4504),
  region('FRY5', 'Mayotte', 'Mamoudzou', -12.7806, 45.2279),
  // Luxembourg
  region('LU', 'Luxembourg', 'Luxembourg', 49.6116, 6.1319),
  region('LU0', 'Luxembourg', 'Luxembourg', 49.6116, 6.1319),
  region('LU00', 'Luxembourg', 'Luxembourg', 49.6116, 6.1319),
  // Netherlands
  region('NL', 'Nederland', 'Amsterdam', 52.3676, 4.9041),
  region('NL1', 'Noord-Nederland', 'Groningen', 53.2194, 6.5665),
  region('NL11', 'Groningen', 'Groningen', 53.2194, 6.5665),
  region('NL12', 'Friesland (NL)', 'Leeuwarden', 53.2012, 5.7999),
  region('NL13', 'Drenthe', 'Assen', 52.9925, 6.5649),
  region('NL2', 'Oost-Nederland', 'Arnhem', 51.9851, 5.8987),
  region('NL21', 'Overijssel', 'Zwolle', 52.5168, 6.083),
  region('NL22', 'Gelderland', 'Arnhem', 51.9851, 5.8987),
  region('NL23', 'Flevoland', 'Lelystad', 52.5185, 5.4714),
  region('NL3', 'West-Nederland', 'Amsterdam', 52.3676, 4.9041),
  region('NL31', 'Utrecht', 'Utrecht', 52.0907, 5.1214),
  region('NL32', 'Noord-Holland', 'Amsterdam', 52.3676, 4.9041),
  region('NL33', 'Zuid-Holland', 'Rotterdam', 51.9244, 4.4777),
  region('NL34', 'Zeeland', 'Middelburg', 51.4988, 3.6136),
  region('NL4', 'Zuid-Nederland', 'Eindhoven', 51.4416, 5.4697),
  region('NL41', 'Noord-Brabant', 'Eindhoven', 51.4416, 5.4697),
  region('NL42', 'Limburg (NL)', 'Maastricht', 50.8514, 5.691),
];

const BY_CODE = new Map(NUTS_REGIONS.map((entry) => [entry.code, entry]));

/** 0 for a country (`FR`), 1 for `FRD`, 2 for `FRD2`, 3 for `FRD22`. */
export function nutsLevel(code: string): number {
  return code.length - 2;
}

/** The region a NUTS code of any level falls in: the code's NUTS-2 prefix, else its NUTS-1, else its country. */
export function nutsRegion(code: string): NutsRegion | undefined {
  const normalized = code.trim().toUpperCase();
  if (!/^[A-Z]{2}[0-9A-Z]{0,3}$/.test(normalized)) return undefined;
  for (const length of [4, 3, 2]) {
    if (normalized.length < length) continue;
    const found = BY_CODE.get(normalized.slice(0, length));
    if (found) return found;
  }
  return undefined;
}
