// Shared scalars, enums and small object types.
import { LANGUAGES } from '../../domain/entities/common.js';
import { builder, PUBLIC } from './builder.js';
import { upperCaseEnum } from './upperCaseEnum.js';

/** Times are epoch milliseconds in the stores and ISO 8601 strings on the wire. */
export const DateTime = builder.scalarType('DateTime', {
  description: 'An instant, as an ISO 8601 string (UTC)',
  serialize: (value) => new Date(value as number).toISOString(),
  parseValue: (value) => {
    const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(ms)) throw new TypeError('must be an ISO 8601 date-time string');
    return ms;
  },
});

export const Language = builder.enumType('Language', {
  description: 'A language of the interface and of the skills taxonomy',
  values: upperCaseEnum(LANGUAGES),
});

export interface GeoPointShape {
  lat: number;
  lon: number;
}

export const GeoPoint = builder.objectRef<GeoPointShape>('GeoPoint').implement({
  authScopes: PUBLIC,
  description: 'Approximate coordinates (city centre for spaces and members)',
  fields: (t) => ({ lat: t.exposeFloat('lat'), lon: t.exposeFloat('lon') }),
});

export function geoPoint(entity: { lat: number | null; lon: number | null }): GeoPointShape | null {
  return entity.lat === null || entity.lon === null ? null : { lat: entity.lat, lon: entity.lon };
}

export const GeoRadiusInput = builder.inputType('GeoRadiusInput', {
  description: 'A circle on the map: a centre and a radius in kilometres',
  fields: (t) => ({
    lat: t.float({ required: true }),
    lon: t.float({ required: true }),
    radiusKm: t.float({ required: true }),
  }),
});

export const JSONScalar = builder.scalarType('JSON', {
  description: 'A JSON value',
  serialize: (value) => value,
  parseValue: (value) => value,
});
