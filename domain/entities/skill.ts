import { z } from 'zod';
import { labelsSchema } from './common.js';

export const skillSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  labels: labelsSchema,
  altLabels: z.object({ fr: z.array(z.string()), en: z.array(z.string()), nl: z.array(z.string()) }),
  broader: z.string().nullable(),
  related: z.array(z.string()),
  filieres: z.array(z.string()),
});
export type Skill = z.infer<typeof skillSchema>;

export const skillLevelSchema = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be between 1 and 5')
  .max(5, 'must be between 1 and 5');

/** (Member)-[:HAS_SKILL {level, years}]->(Skill) */
export const hasSkillSchema = z.object({
  skill: z.string().min(1),
  level: skillLevelSchema,
  years: z.number().int('must be a whole number').min(0, 'must be ≥ 0').max(80, 'must be ≤ 80').default(0),
});
export type HasSkill = z.infer<typeof hasSkillSchema>;
