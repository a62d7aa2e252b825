import { z } from 'zod';
import { epochMsSchema } from './common.js';
import { suggestedTeamSchema } from './suggestedTeam.js';

export const SUGGESTION_KINDS = ['team', 'mentor', 'filiere', 'peer', 'tender_alert'] as const;
export const SUGGESTION_STATUSES = ['new', 'accepted', 'dismissed'] as const;

export const suggestionSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(SUGGESTION_KINDS),
  /** The member (or filière, or tender) the suggestion is for. */
  subjectId: z.string().min(1),
  /** The members, skills or communities suggested. */
  targetIds: z.array(z.string()),
  score: z.number(),
  /** Human-readable reasons, never a bare score. */
  explanation: z.string(),
  status: z.enum(SUGGESTION_STATUSES),
  algorithmVersion: z.string(),
  createdAt: epochMsSchema,
  /** Team suggestions: the assignment and pair distances the solver found (null for other kinds and older ones). */
  team: suggestedTeamSchema.nullable().optional(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;
