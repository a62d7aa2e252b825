import { z } from 'zod';
import { epochMsSchema, nonEmptyText } from './common.js';

export const projectSchema = z.object({
  id: z.string().min(1),
  title: nonEmptyText(200),
  description: z.string().max(4000),
  startedAt: epochMsSchema,
  endedAt: epochMsSchema.nullable(),
});
export type Project = z.infer<typeof projectSchema>;

/** (Member)-[:WORKED_ON {role}]->(Project) */
export const workedOnSchema = z.object({ member: z.string(), project: z.string(), role: z.string().max(80) });
export type WorkedOn = z.infer<typeof workedOnSchema>;

/** (Member)-[:COLLABORATED_WITH {weight}]->(Member), derived from shared projects, bids and spaces. */
export const collaboratedWithSchema = z.object({
  source: z.string(),
  target: z.string(),
  weight: z.number().positive(),
});
export type CollaboratedWith = z.infer<typeof collaboratedWithSchema>;
