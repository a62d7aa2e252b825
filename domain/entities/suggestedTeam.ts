// The structure of a team suggestion, stored on it by the team solver: who
// fills which requirement (member → requirement skill) and the capped hop
// distance of every member pair, as the solver computed them. Readers take the
// roles and distances from here instead of re-deriving them; suggestions stored
// before it existed have none (`team` null) and are read tolerantly.
import { z } from 'zod';
import { TEAM_DISTANCE_CAP } from '../problems/team.js';

const memberId = z.string().min(1);

export const suggestedTeamSchema = z.object({
  /** Who fills which requirement slot; members counted in without a slot are absent. */
  assignment: z.array(z.object({ member: memberId, skill: z.string().min(1) })),
  /** Every unordered pair of the team's members, with min(hops, TEAM_DISTANCE_CAP). */
  pairs: z.array(
    z.object({
      a: memberId,
      b: memberId,
      distance: z.number().int().min(1).max(TEAM_DISTANCE_CAP),
    }),
  ),
});
export type SuggestedTeam = z.infer<typeof suggestedTeamSchema>;
export type TeamPair = SuggestedTeam['pairs'][number];
