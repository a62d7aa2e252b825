// Great-circle distance and bounding boxes, shared by graph queries, search and scoring.

const EARTH_RADIUS_KM = 6371.0088;

export interface Point {
  lat: number;
  lon: number;
}

export function haversineKm(a: Point, b: Point): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLon = (b.lon - a.lon) * toRad;
  const s =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

/** A box that contains every point within `radiusKm` of `center` (a cheap pre-filter before haversine). */
export function boundingBox(center: Point, radiusKm: number): BoundingBox {
  const dLat = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  const cosLat = Math.cos((center.lat * Math.PI) / 180);
  const dLon = cosLat < 1e-9 ? 180 : Math.min(180, dLat / cosLat);
  return {
    minLat: Math.max(-90, center.lat - dLat),
    maxLat: Math.min(90, center.lat + dLat),
    minLon: center.lon - dLon,
    maxLon: center.lon + dLon,
  };
}

/** A place that may have coordinates (a member, a space). */
export interface MaybeLocated {
  lat: number | null;
  lon: number | null;
}

function pointOf(place: MaybeLocated): Point | null {
  return place.lat === null || place.lon === null ? null : { lat: place.lat, lon: place.lon };
}

/**
 * Where a member is, for every distance and radius: their own coordinates
 * (given, or those of the town they typed), else the space they work from
 * nearest to `from` (the first located one when there is no `from`), else
 * nowhere. A newcomer who only chose a space is found around that space.
 */
export function effectiveLocation(
  own: MaybeLocated,
  spaces: readonly MaybeLocated[],
  from?: Point,
): Point | null {
  const point = pointOf(own);
  if (point) return point;
  let best: Point | null = null;
  let bestKm = Number.POSITIVE_INFINITY;
  for (const space of spaces) {
    const at = pointOf(space);
    if (!at) continue;
    if (!from) return at;
    const km = haversineKm(from, at);
    if (km < bestKm) {
      best = at;
      bestKm = km;
    }
  }
  return best;
}
