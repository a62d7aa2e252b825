import { z } from 'zod';
import { epochMsSchema } from './common.js';

export const MENTORSHIP_STATUSES = ['proposed', 'active', 'ended', 'declined'] as const;

/** An active or ended mentorship is also a (Member)-[:MENTORS]->(Member) edge. */
export const mentorshipSchema = z.object({
  id: z.string().min(1),
  mentorId: z.string().min(1),
  menteeId: z.string().min(1),
  status: z.enum(MENTORSHIP_STATUSES),
  startedAt: epochMsSchema.nullable(),
  endedAt: epochMsSchema.nullable(),
  /** 1..5 given by the mentee when the mentorship ends. */
  feedback: z.number().int().min(1).max(5).nullable(),
});
export type Mentorship = z.infer<typeof mentorshipSchema>;

/** A mentorship with what its proposal carried; ad-hoc asks have no round. */
export const mentorshipRecordSchema = mentorshipSchema.extend({
  roundId: z.string().nullable(),
  /** null: not answered yet. */
  mentorAccepted: z.boolean().nullable(),
  menteeAccepted: z.boolean().nullable(),
  score: z.number().nullable(),
  explanation: z.string().nullable(),
  proposedAt: epochMsSchema.nullable(),
});
export type MentorshipRecord = z.infer<typeof mentorshipRecordSchema>;
