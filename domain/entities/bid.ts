import { z } from 'zod';
import { epochMsSchema } from './common.js';

/** `cancelled`: the lead gave up before submitting (its invitees are told). */
export const BID_STATUSES = ['draft', 'inviting', 'formed', 'submitted', 'won', 'lost', 'cancelled'] as const;
export const bidStatusSchema = z.enum(BID_STATUSES);

/** (Bid)-[:FOR]->(Tender) */
export const bidSchema = z.object({
  id: z.string().min(1),
  tenderId: z.string().min(1),
  leadId: z.string().min(1),
  status: bidStatusSchema,
  /** The lead's personal message to the people invited ('' when none). */
  message: z.string().max(2000).optional(),
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
});
export type Bid = z.infer<typeof bidSchema>;

export const INVITATION_STATUSES = ['invited', 'accepted', 'declined', 'withdrawn'] as const;
/** (Member)-[:IN_BID {role, status}]->(Bid): role is the requirement's skill the member fills, or "lead". */
export const inBidSchema = z.object({
  member: z.string(),
  bid: z.string(),
  role: z.string(),
  status: z.enum(INVITATION_STATUSES),
});
export type InBid = z.infer<typeof inBidSchema>;
