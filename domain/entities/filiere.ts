import { z } from 'zod';
import { labelsSchema } from './common.js';

export const filiereSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  labels: labelsSchema,
  description: z.string(),
  /** (Filiere)-[:CORE_SKILL]->(Skill) */
  coreSkills: z.array(z.string()).min(1, 'a filière needs at least one core skill'),
});
export type Filiere = z.infer<typeof filiereSchema>;

export const FILIERE_ROLES = ['member', 'animator'] as const;
/** (Member)-[:IN_FILIERE {role}]->(Filiere) */
export const filiereRoleSchema = z.enum(FILIERE_ROLES);
export type FiliereRole = z.infer<typeof filiereRoleSchema>;
