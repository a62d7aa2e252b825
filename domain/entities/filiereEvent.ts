// An event of a filière (date, place, description, optional capacity); members
// register for it.
import { z } from 'zod';
import { epochMsSchema } from './common.js';

export const filiereEventSchema = z.object({
  id: z.string().min(1),
  filiereId: z.string().min(1),
  title: z.string(),
  description: z.string(),
  place: z.string(),
  startsAt: epochMsSchema,
  /** Most registrations accepted; null: no limit. */
  capacity: z.number().int().min(1).nullable(),
  /** Account id of the conseiller or admin who created it. */
  createdBy: z.string().min(1),
  createdAt: epochMsSchema,
});
export type FiliereEvent = z.infer<typeof filiereEventSchema>;

/** An event with its registrations, (Member)-[:REGISTERED_FOR {at}]->(FiliereEvent): a dataset row. */
export const filiereEventRecordSchema = filiereEventSchema.extend({
  registrations: z.array(z.object({ member: z.string().min(1), at: epochMsSchema })),
});
export type FiliereEventRecord = z.infer<typeof filiereEventRecordSchema>;
