import { z } from 'zod';
import { epochMsSchema, latitudeSchema, longitudeSchema, nonEmptyText } from './common.js';
import { skillLevelSchema } from './skill.js';

/** (Tender)-[:REQUIRES {minLevel, count}]->(Skill) */
export const requirementSchema = z.object({
  skill: z.string().min(1, 'must name a skill'),
  minLevel: skillLevelSchema,
  count: z.number().int('must be a whole number').min(1, 'must be at least 1').max(50, 'must be at most 50'),
});
export type Requirement = z.infer<typeof requirementSchema>;

export const TENDER_STATUSES = ['open', 'closed'] as const;

export const tenderSchema = z.object({
  id: z.string().min(1),
  title: nonEmptyText(300),
  buyer: z.string().max(300),
  description: z.string().max(20000),
  deadline: epochMsSchema.nullable(),
  lat: latitudeSchema.nullable(),
  lon: longitudeSchema.nullable(),
  radiusKm: z.number().positive().max(2000).nullable(),
  requirements: z.array(requirementSchema).min(1, 'a tender needs at least one requirement'),
  maxTeamSize: z.number().int().min(1).max(100).nullable(),
  budget: z.number().nonnegative().nullable(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  status: z.enum(TENDER_STATUSES),
  createdBy: z.string().nullable(),
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
});
export type Tender = z.infer<typeof tenderSchema>;
