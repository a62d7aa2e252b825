// Geo radius in SQLite: a bounding box on the indexed lat/lon narrows the rows,
// then the exact great-circle distance (a JS function registered once) decides.
import type Database from 'better-sqlite3';
import { boundingBox, haversineKm } from '../../domain/geo.js';
import type { GeoRadius } from '../searchQuery.js';

export function registerGeoFunctions(db: Database.Database): void {
  db.function('haversine_km', { deterministic: true }, (lat1, lon1, lat2, lon2) =>
    typeof lat1 === 'number' &&
    typeof lon1 === 'number' &&
    typeof lat2 === 'number' &&
    typeof lon2 === 'number'
      ? haversineKm({ lat: lat1, lon: lon1 }, { lat: lat2, lon: lon2 })
      : null,
  );
}

export interface GeoParams {
  lat: number;
  lon: number;
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
    radiusKm: near.radiusKm,
    minLat: box.minLat,
    maxLat: box.maxLat,
    minLon: wraps ? -180 : box.minLon,
    maxLon: wraps ? 180 : box.maxLon,
  };
}
