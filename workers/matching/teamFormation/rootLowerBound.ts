// A proven lower bound on the objective of any team, computed without the
// exact search (whose dense distance matrix is too large on big pools): the
// fixed members' own cost and penalties, plus for each requirement the
// cheapest ways to fill its open slots (a candidate's distances to the fixed
// members plus its penalty, 0 for a fixed member who can take the slot), plus
// one hop for each pair of members still to come. The same bound as the exact
// search's at its root, so heuristic-only answers still report a gap.
import type { DistanceRows } from './hopDistances.js';
import type { TeamInstance } from './teamInstance.js';

export function rootLowerBound(instance: TeamInstance, rows: DistanceRows): number {
  const { fixed, penalty } = instance;
  const penaltyOf = (c: number) => (penalty ? penalty[c]! : 0);
  const fixedRows = fixed.map((f) => rows.from(f));
  let bound = 0;
  for (let i = 0; i < fixed.length; i++) {
    bound += penaltyOf(fixed[i]!);
    for (let j = i + 1; j < fixed.length; j++) bound += fixedRows[i]![fixed[j]!]!;
  }
  let open = 0;
  for (const requirement of instance.requirements) {
    const q = requirement.open;
    open += q;
    const cheapest: number[] = [];
    for (const c of requirement.eligible) {
      let value = 0;
      if (!instance.isFixed[c]) {
        value = penaltyOf(c);
        for (const row of fixedRows) value += row[c]!;
      }
      if (cheapest.length === q && value >= cheapest[q - 1]!) continue;
      let at = cheapest.length < q ? cheapest.length : q - 1;
      cheapest[at] = value;
      while (at > 0 && cheapest[at - 1]! > value) {
        cheapest[at] = cheapest[at - 1]!;
        cheapest[--at] = value;
      }
    }
    for (const value of cheapest) bound += value;
  }
  const R = instance.requirements.length;
  let freeFixed = 0;
  for (const f of fixed) {
    for (let r = 0; r < R; r++) {
      if (instance.canFill[f * R + r]) {
        freeFixed++;
        break;
      }
    }
  }
  const newMembers = Math.max(0, open - freeFixed);
  return bound + (newMembers * (newMembers - 1)) / 2;
}
