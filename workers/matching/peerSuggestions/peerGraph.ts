// The network prepared once for many peer-suggestion queries: collaborations in
// CSR form, member ↔ skill and member ↔ space incidences in both directions
// (typed arrays), the rarity (idf) of each skill, and complementary skills.
import { BadUserInputError, type FieldProblem } from '../../../domain/errors.js';
import { checkPeerNetwork, type PeerNetwork } from '../../../domain/problems/peers.js';
import { buildWeightedGraph, type WeightedGraph } from '../communityDetection/weightedGraph.js';

/** Members ↔ items (skills or spaces): item lists of each member and member lists of each item, sorted. */
export interface Incidence {
  names: string[];
  memberStart: Int32Array;
  memberItems: Int32Array;
  itemStart: Int32Array;
  itemMembers: Int32Array;
}

export interface PeerGraph {
  ids: string[];
  index: ReadonlyMap<string, number>;
  collaborations: WeightedGraph;
  skills: Incidence;
  spaces: Incidence;
  /** ln(N / holders) per skill; 0 for a skill nobody or everybody has. */
  skillIdf: Float64Array;
  /** Complementary skills of each skill (symmetric), as CSR over skill indices. */
  complementStart: Int32Array;
  complements: Int32Array;
}

function buildIncidence(lists: readonly (readonly string[])[], extraNames: Iterable<string> = []): Incidence {
  const itemIndex = new Map<string, number>();
  const names: string[] = [];
  const indexOf = (name: string) => {
    let i = itemIndex.get(name);
    if (i === undefined) {
      i = names.length;
      itemIndex.set(name, i);
      names.push(name);
    }
    return i;
  };
  const memberStart = new Int32Array(lists.length + 1);
  const items: number[] = [];
  lists.forEach((list, m) => {
    const own = [...new Set(list.map(indexOf))].sort((a, b) => a - b);
    items.push(...own);
    memberStart[m + 1] = items.length;
  });
  for (const name of extraNames) indexOf(name);
  const memberItems = Int32Array.from(items);
  const itemStart = new Int32Array(names.length + 1);
  for (const item of memberItems) itemStart[item + 1]!++;
  for (let i = 0; i < names.length; i++) itemStart[i + 1]! += itemStart[i]!;
  const fill = itemStart.slice(0, names.length);
  const itemMembers = new Int32Array(memberItems.length);
  for (let m = 0; m < lists.length; m++) {
    for (let k = memberStart[m]!; k < memberStart[m + 1]!; k++) itemMembers[fill[memberItems[k]!]!++] = m;
  }
  return { names, memberStart, memberItems, itemStart, itemMembers };
}

export function buildPeerGraph(network: PeerNetwork): PeerGraph {
  const problems: FieldProblem[] = [];
  const index = checkPeerNetwork(network, problems);
  if (problems.length > 0) throw new BadUserInputError(problems);
  const n = network.members.length;
  const ids = network.members.map((m) => m.id);

  const c = network.collaborations.length;
  const collaborations = buildWeightedGraph(
    n,
    Int32Array.from(network.collaborations, (e) => index.get(e.source)!),
    Int32Array.from(network.collaborations, (e) => index.get(e.target)!),
    // Any collaboration makes two members collaborators, whatever its weight.
    Float64Array.from({ length: c }, (_, e) => Math.max(network.collaborations[e]!.weight, Number.MIN_VALUE)),
  );

  const skills = buildIncidence(
    network.members.map((m) => m.skills),
    network.complementary.flat(),
  );
  const spaces = buildIncidence(network.members.map((m) => m.spaces));

  const skillCount = skills.names.length;
  const skillIdf = new Float64Array(skillCount);
  for (let s = 0; s < skillCount; s++) {
    const holders = skills.itemStart[s + 1]! - skills.itemStart[s]!;
    skillIdf[s] = holders > 0 ? Math.log(n / holders) : 0;
  }

  const skillIndex = new Map(skills.names.map((name, s) => [name, s]));
  const pairs = new Set<string>();
  const complementLists: number[][] = Array.from({ length: skillCount }, () => []);
  for (const [a, b] of network.complementary) {
    const x = skillIndex.get(a)!;
    const y = skillIndex.get(b)!;
    if (x === y || pairs.has(`${x},${y}`)) continue;
    pairs.add(`${x},${y}`);
    pairs.add(`${y},${x}`);
    complementLists[x]!.push(y);
    complementLists[y]!.push(x);
  }
  const complementStart = new Int32Array(skillCount + 1);
  complementLists.forEach((list, s) => {
    complementStart[s + 1] = complementStart[s]! + list.length;
  });
  const complements = Int32Array.from(complementLists.flat());

  return { ids, index, collaborations, skills, spaces, skillIdf, complementStart, complements };
}
