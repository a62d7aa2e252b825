// A tender alert: what a member follows among procurement notices (CPV codes,
// skills, NUTS regions), optionally on behalf of a filière they animate.
import { z } from 'zod';
import { epochMsSchema } from './common.js';

export const tenderAlertSchema = z.object({
  id: z.string().min(1),
  /** The member who receives the alerts (a conseiller following for a filière is a member too). */
  memberId: z.string().min(1),
  /** The filière followed for, when a conseiller follows on its behalf. */
  filiereId: z.string().nullable(),
  /** CPV codes as given (8 digits, check digit dropped); a code covers its narrower codes. */
  cpv: z.array(z.string()),
  /** Skill slugs; a skill covers its narrower skills. */
  skills: z.array(z.string()),
  /** NUTS codes; a region covers the regions whose code it prefixes. */
  regions: z.array(z.string()),
  createdAt: epochMsSchema,
});
export type TenderAlert = z.infer<typeof tenderAlertSchema>;
