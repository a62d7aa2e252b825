// Validation of GeoRadiusInput: errors name near.lat, near.lon or near.radiusKm.
import { z } from 'zod';
import { latitudeSchema, longitudeSchema } from '../../domain/entities/common.js';

export const radiusSchema = z.object({
  lat: latitudeSchema,
  lon: longitudeSchema,
  radiusKm: z.number().positive('must be > 0').max(2000, 'must be ≤ 2000'),
});
