// Decides, before any search, whether a team exists at all, and if not says
// which requirement cannot be filled and why. The test is exact: a team exists
// iff every open slot can get a distinct eligible member AND the smallest such
// team (fixed members filling as many slots as they can) fits maxTeamSize.
import { InfeasibleError } from '../../../domain/errors.js';
import { type FullMatching, matchOpenSlots } from './slotMatching.js';
import type { OpenRequirement, TeamInstance } from './teamInstance.js';

function describe(r: OpenRequirement): string {
  const slots = r.open === 1 ? '1 slot' : `${r.open} slots`;
  return `requirement "${r.skill}" (minLevel ${r.minLevel}, ${slots})`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Throws InfeasibleError naming the failing requirement; returns a matching that fills every open slot. */
export function assertFeasible(instance: TeamInstance): FullMatching {
  const { problem } = instance;
  const excluded = new Set(problem.exclude);
  for (const r of instance.requirements) {
    if (r.eligible.length >= r.open) continue;
    const qualified = problem.candidates.filter((c) => (c.skills[r.skill] ?? 0) >= r.minLevel);
    const leftOut = qualified.filter(
      (c) => excluded.has(c.id) || !r.eligible.includes(instance.indexOf.get(c.id)!),
    );
    const why =
      qualified.length === 0
        ? `no candidate has "${r.skill}" at level ≥ ${r.minLevel}`
        : `only ${plural(r.eligible.length, 'eligible candidate')} for ${plural(r.open, 'slot')}` +
          (leftOut.length
            ? ` (${leftOut.map((c) => c.id).join(', ')} excluded, leaving or already in a slot)`
            : '');
    throw new InfeasibleError(`${describe(r)} cannot be filled: ${why}`);
  }

  const matching = matchOpenSlots(instance);
  if (matching.blocking) {
    const involved = matching.blocking.map((i) => instance.requirements[i]!);
    const need = involved.reduce((sum, r) => sum + r.open, 0);
    const pool = new Set<number>();
    for (const r of involved) for (const c of r.eligible) pool.add(c);
    throw new InfeasibleError(
      `${involved.map(describe).join(', ')} cannot all be filled: they need ${plural(need, 'distinct member')} ` +
        `but only ${plural(pool.size, 'candidate')} can fill any of them, and a member fills at most one slot`,
    );
  }

  const slots = instance.slotRequirement.length;
  const smallest = instance.fixed.length + slots - matching.fixedHolders;
  if (smallest > instance.maxTeamSize) {
    const fixedNote = instance.fixed.length
      ? ` (${plural(instance.fixed.length, 'member')} always in the team, ${matching.fixedHolders} of them filling slots)`
      : '';
    throw new InfeasibleError(
      `maxTeamSize ${instance.maxTeamSize} is too small: filling the ${plural(slots, 'open slot')} of ` +
        `${instance.requirements.map((r) => `"${r.skill}"`).join(', ')} needs at least ${smallest} members${fixedNote}`,
    );
  }
  return matching;
}
