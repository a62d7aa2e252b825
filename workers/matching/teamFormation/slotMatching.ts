// Bipartite matchings between open slots and candidates (augmenting paths,
// Kuhn's algorithm). Used to decide feasibility exactly, to start the
// heuristic from a valid team, and to find an assignment for a member set.
import type { TeamInstance } from './teamInstance.js';

export interface FullMatching {
  /** Holder of each open slot, -1 when the slot could not be filled. */
  holder: Int32Array;
  /** How many slots fixed members hold: the most they can hold while every slot stays fillable. */
  fixedHolders: number;
  /** When a slot is left empty: the requirements (positions in instance.requirements) that compete for too few candidates. */
  blocking: number[] | undefined;
}

/**
 * A maximum matching that gives as many slots as possible to fixed members
 * (they cost nothing extra): first only fixed members, then everyone.
 * Augmenting from the slot side never unmatches a matched candidate, so the
 * fixed members' slots survive the second phase.
 */
export function matchOpenSlots(instance: TeamInstance): FullMatching {
  const slots = instance.slotRequirement.length;
  const n = instance.ids.length;
  const holder = new Int32Array(slots).fill(-1);
  const slotOf = new Int32Array(n).fill(-1);
  const stamp = new Int32Array(n);
  let round = 0;
  let fixedOnly = true;

  const augment = (s: number): boolean => {
    const eligible = instance.requirements[instance.slotRequirement[s]!]!.eligible;
    for (const c of eligible) {
      if ((fixedOnly && !instance.isFixed[c]) || stamp[c] === round || slotOf[c] !== -1) continue;
      stamp[c] = round;
      holder[s] = c;
      slotOf[c] = s;
      return true;
    }
    for (const c of eligible) {
      if ((fixedOnly && !instance.isFixed[c]) || stamp[c] === round) continue;
      stamp[c] = round;
      if (augment(slotOf[c]!)) {
        holder[s] = c;
        slotOf[c] = s;
        return true;
      }
    }
    return false;
  };

  for (let s = 0; s < slots; s++) {
    round++;
    augment(s);
  }
  let fixedHolders = 0;
  for (let s = 0; s < slots; s++) if (holder[s] !== -1) fixedHolders++;

  fixedOnly = false;
  let blocking: number[] | undefined;
  for (let s = 0; s < slots; s++) {
    if (holder[s] !== -1) continue;
    round++;
    if (augment(s) || blocking) continue;
    // The failed search visited a set of slots whose candidates are all taken
    // by those same slots: Hall's condition fails on their requirements.
    const involved = new Set<number>([instance.slotRequirement[s]!]);
    for (let c = 0; c < n; c++) {
      if (stamp[c] === round && slotOf[c] !== -1) involved.add(instance.slotRequirement[slotOf[c]!]!);
    }
    blocking = [...involved].sort((a, b) => a - b);
  }
  return { holder, fixedHolders, blocking };
}

/**
 * An assignment of the open slots to `members` in which every slot is filled
 * and every non-fixed member holds a slot, or null when none exists.
 * Returns the holder (candidate index) of each open slot.
 */
export function assignSlots(instance: TeamInstance, members: readonly number[]): Int32Array | null {
  const slots = instance.slotRequirement.length;
  const rCount = instance.requirements.length;
  const holder = new Int32Array(slots).fill(-1);
  const slotOfMember = new Int32Array(members.length).fill(-1);
  const seenSlot = new Uint8Array(slots);
  const seenMember = new Uint8Array(members.length);
  const fits = (m: number, s: number) =>
    instance.canFill[members[m]! * rCount + instance.slotRequirement[s]!] === 1;

  // Phase 1, from the members' side: every non-fixed member must hold a slot.
  const augmentMember = (m: number): boolean => {
    for (let s = 0; s < slots; s++) {
      if (seenSlot[s] || !fits(m, s)) continue;
      seenSlot[s] = 1;
      const other = holder[s]!;
      if (other === -1 || augmentMember(other)) {
        holder[s] = m;
        slotOfMember[m] = s;
        return true;
      }
    }
    return false;
  };
  for (let m = 0; m < members.length; m++) {
    if (instance.isFixed[members[m]!]) continue;
    seenSlot.fill(0);
    if (!augmentMember(m)) return null;
  }

  // Phase 2, from the slots' side: fill the remaining slots without unseating anyone.
  const augmentSlot = (s: number): boolean => {
    for (let m = 0; m < members.length; m++) {
      if (seenMember[m] || !fits(m, s)) continue;
      seenMember[m] = 1;
      const other = slotOfMember[m]!;
      if (other === -1 || augmentSlot(other)) {
        slotOfMember[m] = s;
        holder[s] = m;
        return true;
      }
    }
    return false;
  };
  for (let s = 0; s < slots; s++) {
    if (holder[s] !== -1) continue;
    seenMember.fill(0);
    if (!augmentSlot(s)) return null;
  }
  return holder.map((m) => members[m]!);
}
