// The bounding-box pre-filter of geographic queries: a WHERE condition on
// `lat`/`lon` (nodes without coordinates drop out) and its parameters. A box
// that crosses the antimeridian keeps every longitude rather than wrapping.
import { BadUserInputError } from '../../domain/errors.js';
import type { BoundingBox, Point } from '../../domain/geo.js';
import type { CypherParams } from '../graphStore.js';

export const MAX_RADIUS_KM = 2000;

export function checkedRadius(radiusKm: number, path: (string | number)[] = ['radiusKm']): number {
  if (!Number.isFinite(radiusKm) || radiusKm <= 0 || radiusKm > MAX_RADIUS_KM) {
    throw BadUserInputError.at(path, `must be a number of kilometres above 0 and at most ${MAX_RADIUS_KM}`);
  }
  return radiusKm;
}

export function checkedCenter(center: Point): Point {
  if (!Number.isFinite(center.lat) || center.lat < -90 || center.lat > 90) {
    throw BadUserInputError.at(['lat'], 'must be between -90 and 90');
  }
  if (!Number.isFinite(center.lon) || center.lon < -180 || center.lon > 180) {
    throw BadUserInputError.at(['lon'], 'must be between -180 and 180');
  }
  return center;
}

function crossesAntimeridian(box: BoundingBox): boolean {
  return box.minLon < -180 || box.maxLon > 180;
}

/** `variable` is a fixed name from the query, never input. */
export function boxCondition(variable: string, box: BoundingBox): string {
  const lat = `${variable}.lat >= $minLat AND ${variable}.lat <= $maxLat`;
  if (crossesAntimeridian(box)) return `${lat} AND ${variable}.lon IS NOT NULL`;
  return `${lat} AND ${variable}.lon >= $minLon AND ${variable}.lon <= $maxLon`;
}

export function boxParameters(box: BoundingBox): CypherParams {
  if (crossesAntimeridian(box)) return { minLat: box.minLat, maxLat: box.maxLat };
  return { ...box };
}
