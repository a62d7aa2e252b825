// A proposed filière: a community of the network that no filière covers, with
// what a conseiller needs to decide (size, cities, spaces, top skills, growth).
import { z } from 'zod';
import { epochMsSchema, labelsSchema } from './common.js';

export const proposedFiliereSchema = z.object({
  id: z.string().min(1),
  labels: labelsSchema,
  /** Characteristic skills, most characteristic first. */
  skills: z.array(z.string()),
  members: z.array(z.string()),
  cities: z.array(z.string()),
  spaces: z.array(z.string()),
  size: z.number().int().nonnegative(),
  /** Members who joined in the last year. */
  growth: z.number().int().nonnegative(),
  /** The filière created from it, once accepted. */
  filiereId: z.string().nullable(),
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
});
export type ProposedFiliere = z.infer<typeof proposedFiliereSchema>;
