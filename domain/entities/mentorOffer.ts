// A mentor's offer of places: one per member, keyed by the member.
import { z } from 'zod';
import { epochMsSchema } from './common.js';
import { mentoringModeSchema } from './mentoringMode.js';

export const MENTOR_OFFER_STATUSES = ['open', 'withdrawn'] as const;
export const mentorOfferStatusSchema = z.enum(MENTOR_OFFER_STATUSES);
export type MentorOfferStatus = z.infer<typeof mentorOfferStatusSchema>;

export const mentorOfferSchema = z.object({
  memberId: z.string().min(1),
  /** Skills the mentor can pass on (taxonomy ids). */
  skills: z.array(z.string()),
  /** Mentees at once, 1..10. */
  capacity: z.number().int().min(1).max(10),
  languages: z.array(z.string()),
  mode: mentoringModeSchema,
  status: mentorOfferStatusSchema,
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
});
export type MentorOffer = z.infer<typeof mentorOfferSchema>;
