// Geo radius in SQLite: a bounding box on the indexed lat/lon narrows the rows,
// then the exact great-circle (haversine) distance, computed in SQL with
// SQLite's math functions — a JS function would cost a call per row.
import { boundingBox } from '../../domain/geo.js';
import type { GeoRadius } from '../searchQuery.js';

/** The mean Earth radius used by domain/geo.ts, so both give the same distances. */
const EARTH_DIAMETER_KM = 2 * 6371.0088;

/** Haversine distance in km from (:lat, :lon) to the row's columns; `:cosLat` is cos(:lat), bound once. */
export function haversineSql(latColumn: string, lonColumn: string): string {
  return `(${EARTH_DIAMETER_KM} * asin(min(1.0, sqrt(
    pow(sin(radians(${latColumn} - :lat) / 2), 2)
    + :cosLat * cos(radians(${latColumn})) * pow(sin(radians(${lonColumn} - :lon) / 2), 2)))))`;
}

export interface GeoParams {
  lat: number;
  lon: number;
  cosLat: number;
  radiusKm: number;
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

/** Named parameters for a radius query; a box that crosses the antimeridian falls back to every longitude. */
export function geoParams(near: GeoRadius): GeoParams {
  const box = boundingBox(near, near.radiusKm);
  const wraps = box.minLon < -180 || box.maxLon > 180;
  return {
    lat: near.lat,
    lon: near.lon,
    cosLat: Math.cos((near.lat * Math.PI) / 180),
    radiusKm: near.radiusKm,
    minLat: box.minLat,
    maxLat: box.maxLat,
    minLon: wraps ? -180 : box.minLon,
    maxLon: wraps ? 180 : box.maxLon,
  };
}
