import { z } from 'zod';
import { epochMsSchema } from './common.js';

/** One adviser/admin action. Erasure leaves events whose actor or target is "erased". */
export const auditEventSchema = z.object({
  id: z.string().min(1),
  actorId: z.string(),
  action: z.string().min(1),
  targetKind: z.string(),
  targetId: z.string(),
  at: epochMsSchema,
  /** JSON without personal data. */
  details: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
