import { z } from 'zod';
import { countrySchema, latitudeSchema, longitudeSchema } from './common.js';

export const SPACE_KINDS = ['tiers-lieu', 'coworking', 'artist-space', 'office', 'fablab', 'other'] as const;

export const spaceSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(SPACE_KINDS),
  city: z.string().nullable(),
  country: countrySchema,
  lat: latitudeSchema.nullable(),
  lon: longitudeSchema.nullable(),
  /** (Space)-[:PART_OF]->(Community) */
  community: z.string().nullable(),
  relatedCommunities: z.array(z.string()),
  description: z.string(),
});
export type Space = z.infer<typeof spaceSchema>;
