// A stored team suggestion read back as a team: who is in it with the
// requirement each one fills, and how many COLLABORATED_WITH hops apart each
// pair is, both as the solver stored them (domain/entities/suggestedTeam.ts).
// Suggestions stored before that structure existed are read tolerantly: roles
// from their `fills` reasons (none for free-text ones), and no pair distances.
import type { TeamPair } from '../../domain/entities/suggestedTeam.js';
import type { Suggestion } from '../../domain/entities/suggestion.js';
import { readTeamReasons, type TeamReason } from '../../domain/entities/teamReasons.js';

export interface SuggestedMember {
  memberId: string;
  /** The requirement's skill the member fills; null for a member without a slot. */
  role: string | null;
}

/** The team in suggestion order, each member with the requirement they fill. */
export function suggestedMembers(suggestion: Suggestion): SuggestedMember[] {
  const roles = new Map<string, string>();
  if (suggestion.team) {
    for (const slot of suggestion.team.assignment) roles.set(slot.member, slot.skill);
  } else {
    for (const r of teamReasons(suggestion)) if (r.code === 'fills') roles.set(r.member, r.skill);
  }
  return suggestion.targetIds.map((memberId) => ({ memberId, role: roles.get(memberId) ?? null }));
}

/** Every pair of members with its capped hop distance ([] for a suggestion stored without them). */
export function suggestedPairs(suggestion: Suggestion): TeamPair[] {
  return suggestion.team?.pairs ?? [];
}

/** The reasons of a team suggestion (empty for an older free-text one). */
export function teamReasons(suggestion: Suggestion): TeamReason[] {
  return readTeamReasons(suggestion.explanation) ?? [];
}

/** False for a partial team: some requirement is not covered (its "uncovered" reasons say which). */
export function isComplete(suggestion: Suggestion): boolean {
  return !teamReasons(suggestion).some((r) => r.code === 'uncovered');
}

/** For a replacement proposal, the member who drops out; null otherwise. */
export function leavingMember(suggestion: Suggestion): string | null {
  const replaces = teamReasons(suggestion).find((r) => r.code === 'replaces');
  return replaces?.code === 'replaces' ? replaces.leaving : null;
}

/** Every skill the reasons name: the requirements filled or uncovered, and the narrower skills filling them. */
export function skillsNamed(suggestion: Suggestion): string[] {
  const ids = new Set<string>();
  for (const r of teamReasons(suggestion)) {
    if (r.code === 'fills' || r.code === 'uncovered') ids.add(r.skill);
    if (r.code === 'fills' && r.via) ids.add(r.via);
  }
  return [...ids];
}
