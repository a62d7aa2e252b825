// A mentoring matching round: who started it, the scope it covers, how many
// passes ran, and the mentees it could not match with the reason why.
import { z } from 'zod';
import { epochMsSchema } from './common.js';

export const UNMATCHED_MENTEE_REASONS = [
  'no shared language',
  'no mentor for that skill',
  'too far for an in-person meeting',
  'no mentor for that way of meeting',
  'every possible mentor declined',
  'capacity exhausted',
] as const;
export const unmatchedMenteeReasonSchema = z.enum(UNMATCHED_MENTEE_REASONS);
export type UnmatchedMenteeReason = z.infer<typeof unmatchedMenteeReasonSchema>;

export const unmatchedMenteeSchema = z.object({
  menteeId: z.string().min(1),
  reason: unmatchedMenteeReasonSchema,
});
export type UnmatchedMentee = z.infer<typeof unmatchedMenteeSchema>;

export const MENTORING_ROUND_STATUSES = ['queued', 'proposed', 'failed'] as const;
export const mentoringRoundStatusSchema = z.enum(MENTORING_ROUND_STATUSES);
export type MentoringRoundStatus = z.infer<typeof mentoringRoundStatusSchema>;

export const mentoringRoundSchema = z.object({
  id: z.string().min(1),
  /** The member or account that started the round. */
  createdBy: z.string().min(1),
  /** An admin's round covers the whole network; a conseiller's covers their filières and spaces. */
  scopeAll: z.boolean(),
  scopeFilieres: z.array(z.string()),
  scopeSpaces: z.array(z.string()),
  status: mentoringRoundStatusSchema,
  /** Matching passes run so far (the first proposes, later ones re-match declines). */
  passes: z.number().int().nonnegative(),
  jobId: z.string().nullable(),
  unmatched: z.array(unmatchedMenteeSchema),
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
});
export type MentoringRound = z.infer<typeof mentoringRoundSchema>;
