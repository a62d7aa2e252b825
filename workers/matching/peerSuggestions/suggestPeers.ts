// "People to meet": members close in the graph with similar or complementary
// skills, who do not collaborate yet. Score in [0, 1]:
//
//   proximity · A / (1 + A)  +  similarity · S  +  complementarity · min(1, C)
//
// A is Adamic–Adar over shared neighbours: Σ 1 / ln(degree) over shared
//   collaborators, plus Σ 1 / ln(size) over shared spaces (a small shared
//   workshop says more than a big one);
// S is the rarity-weighted share of the member's skills the peer also has
//   (Σ idf of shared skills / Σ idf of the member's skills);
// C is the rarity-weighted amount of skills the peer has that complement the
//   member's (complementary pairs, e.g. from the taxonomy's RELATED links) and
//   the member lacks, on the same scale.
//
// Candidates are found through shared collaborators, spaces, skills and
// complementary skills, so a query costs the size of those neighbourhoods, not
// of the network. The member, their collaborators, and excluded or opted-out
// members are never suggested. Ties keep the members' input order.
import { BadUserInputError } from '../../../domain/errors.js';
import type { PeerSuggestion } from '../../../domain/problems/peers.js';
import type { Incidence, PeerGraph } from './peerGraph.js';

export interface PeerWeights {
  proximity: number;
  similarity: number;
  complementarity: number;
}

export const DEFAULT_PEER_WEIGHTS: PeerWeights = { proximity: 0.5, similarity: 0.25, complementarity: 0.25 };

export interface SuggestPeersOptions {
  k?: number;
  /** Members not to suggest (e.g. dismissed suggestions). Unknown ids are ignored. */
  exclude?: Iterable<string>;
  /** Members who opted out of suggestions. Unknown ids are ignored. */
  optedOut?: Iterable<string>;
  weights?: Partial<PeerWeights>;
  /** Longest explanation lists (default 5). */
  maxReasons?: number;
}

/** Per-graph scratch arrays, reused across queries (stamps avoid clearing them). */
interface Scratch {
  stamp: number;
  blocked: Int32Array;
  seen: Int32Array;
  ownSkill: Int32Array;
  complementSeen: Int32Array;
  adamicAdar: Float64Array;
  similarity: Float64Array;
  complementarity: Float64Array;
  touched: Int32Array;
}

const scratchOf = new WeakMap<PeerGraph, Scratch>();

function scratchFor(graph: PeerGraph): Scratch {
  let scratch = scratchOf.get(graph);
  if (!scratch) {
    const n = graph.ids.length;
    const skills = graph.skills.names.length;
    scratch = {
      stamp: 0,
      blocked: new Int32Array(n),
      seen: new Int32Array(n),
      ownSkill: new Int32Array(skills),
      complementSeen: new Int32Array(skills),
      adamicAdar: new Float64Array(n),
      similarity: new Float64Array(n),
      complementarity: new Float64Array(n),
      touched: new Int32Array(n),
    };
    scratchOf.set(graph, scratch);
  }
  return scratch;
}

export function suggestPeers(
  graph: PeerGraph,
  member: string,
  options: SuggestPeersOptions = {},
): PeerSuggestion[] {
  const k = options.k ?? 10;
  if (!Number.isInteger(k) || k < 1) throw BadUserInputError.at(['k'], 'must be a whole number ≥ 1');
  const u = graph.index.get(member);
  if (u === undefined) throw BadUserInputError.at(['member'], `unknown member "${member}"`);
  const weights = { ...DEFAULT_PEER_WEIGHTS, ...options.weights };
  const s = scratchFor(graph);
  const stamp = ++s.stamp;
  const { offsets, targets } = graph.collaborations;

  s.blocked[u] = stamp;
  for (let e = offsets[u]!; e < offsets[u + 1]!; e++) s.blocked[targets[e]!] = stamp;
  for (const list of [options.exclude ?? [], options.optedOut ?? []]) {
    for (const id of list) {
      const v = graph.index.get(id);
      if (v !== undefined) s.blocked[v] = stamp;
    }
  }

  let touchedCount = 0;
  const touch = (c: number): boolean => {
    if (s.blocked[c] === stamp) return false;
    if (s.seen[c] !== stamp) {
      s.seen[c] = stamp;
      s.adamicAdar[c] = 0;
      s.similarity[c] = 0;
      s.complementarity[c] = 0;
      s.touched[touchedCount++] = c;
    }
    return true;
  };

  // Adamic–Adar through shared collaborators and shared spaces.
  for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
    const z = targets[e]!;
    const degree = offsets[z + 1]! - offsets[z]!;
    if (degree < 2) continue;
    const w = 1 / Math.log(degree);
    for (let f = offsets[z]!; f < offsets[z + 1]!; f++) {
      const c = targets[f]!;
      if (touch(c)) s.adamicAdar[c]! += w;
    }
  }
  const { spaces, skills, skillIdf } = graph;
  for (let k2 = spaces.memberStart[u]!; k2 < spaces.memberStart[u + 1]!; k2++) {
    const space = spaces.memberItems[k2]!;
    const size = spaces.itemStart[space + 1]! - spaces.itemStart[space]!;
    if (size < 2) continue;
    const w = 1 / Math.log(size);
    for (let f = spaces.itemStart[space]!; f < spaces.itemStart[space + 1]!; f++) {
      const c = spaces.itemMembers[f]!;
      if (touch(c)) s.adamicAdar[c]! += w;
    }
  }

  // Similar skills, then complementary skills the member lacks.
  let ownIdf = 0;
  for (let k2 = skills.memberStart[u]!; k2 < skills.memberStart[u + 1]!; k2++) {
    const skill = skills.memberItems[k2]!;
    s.ownSkill[skill] = stamp;
    const idf = skillIdf[skill]!;
    ownIdf += idf;
    if (idf === 0) continue;
    for (let f = skills.itemStart[skill]!; f < skills.itemStart[skill + 1]!; f++) {
      const c = skills.itemMembers[f]!;
      if (touch(c)) s.similarity[c]! += idf;
    }
  }
  for (let k2 = skills.memberStart[u]!; k2 < skills.memberStart[u + 1]!; k2++) {
    const skill = skills.memberItems[k2]!;
    for (let t = graph.complementStart[skill]!; t < graph.complementStart[skill + 1]!; t++) {
      const other = graph.complements[t]!;
      if (s.ownSkill[other] === stamp || s.complementSeen[other] === stamp) continue;
      s.complementSeen[other] = stamp;
      const idf = skillIdf[other]!;
      if (idf === 0) continue;
      for (let f = skills.itemStart[other]!; f < skills.itemStart[other + 1]!; f++) {
        const c = skills.itemMembers[f]!;
        if (touch(c)) s.complementarity[c]! += idf;
      }
    }
  }

  // The k best, kept sorted (score desc, index asc) in small arrays.
  const norm = ownIdf > 0 ? ownIdf : 1;
  const bestScore: number[] = [];
  const bestMember: number[] = [];
  for (let t = 0; t < touchedCount; t++) {
    const c = s.touched[t]!;
    const a = s.adamicAdar[c]!;
    const score =
      weights.proximity * (a / (1 + a)) +
      weights.similarity * (s.similarity[c]! / norm) +
      weights.complementarity * Math.min(1, s.complementarity[c]! / norm);
    if (!(score > 0)) continue;
    const full = bestScore.length === k;
    if (full && !ranksBefore(score, c, bestScore[k - 1]!, bestMember[k - 1]!)) continue;
    let at = full ? k - 1 : bestScore.length;
    if (!full) {
      bestScore.push(0);
      bestMember.push(0);
    }
    while (at > 0 && ranksBefore(score, c, bestScore[at - 1]!, bestMember[at - 1]!)) {
      bestScore[at] = bestScore[at - 1]!;
      bestMember[at] = bestMember[at - 1]!;
      at--;
    }
    bestScore[at] = score;
    bestMember[at] = c;
  }

  const maxReasons = options.maxReasons ?? 5;
  return bestMember.map((c, rank) => explain(graph, u, c, bestScore[rank]!, maxReasons));
}

function ranksBefore(score: number, member: number, otherScore: number, otherMember: number): boolean {
  return score > otherScore || (score === otherScore && member < otherMember);
}

function sortedIntersection(
  a: Int32Array,
  aFrom: number,
  aTo: number,
  b: Int32Array,
  bFrom: number,
  bTo: number,
) {
  const out: number[] = [];
  while (aFrom < aTo && bFrom < bTo) {
    const x = a[aFrom]!;
    const y = b[bFrom]!;
    if (x === y) {
      out.push(x);
      aFrom++;
      bFrom++;
    } else if (x < y) aFrom++;
    else bFrom++;
  }
  return out;
}

function itemsOf(incidence: Incidence, m: number): [Int32Array, number, number] {
  return [incidence.memberItems, incidence.memberStart[m]!, incidence.memberStart[m + 1]!];
}

function hasItem(incidence: Incidence, m: number, item: number): boolean {
  let lo = incidence.memberStart[m]!;
  let hi = incidence.memberStart[m + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = incidence.memberItems[mid]!;
    if (x === item) return true;
    if (x < item) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function explain(graph: PeerGraph, u: number, c: number, score: number, maxReasons: number): PeerSuggestion {
  const { offsets, targets } = graph.collaborations;
  const degree = (z: number) => offsets[z + 1]! - offsets[z]!;
  const sharedNeighbours = sortedIntersection(
    targets,
    offsets[u]!,
    offsets[u + 1]!,
    targets,
    offsets[c]!,
    offsets[c + 1]!,
  )
    .sort((a, b) => degree(a) - degree(b) || a - b)
    .slice(0, maxReasons)
    .map((z) => graph.ids[z]!);
  const sharedSpaces = sortedIntersection(...itemsOf(graph.spaces, u), ...itemsOf(graph.spaces, c))
    .slice(0, maxReasons)
    .map((space) => graph.spaces.names[space]!);
  const sharedSkills = sortedIntersection(...itemsOf(graph.skills, u), ...itemsOf(graph.skills, c))
    .sort((a, b) => graph.skillIdf[b]! - graph.skillIdf[a]! || a - b)
    .slice(0, maxReasons)
    .map((skill) => graph.skills.names[skill]!);
  const complementarySkills: { mine: string; theirs: string }[] = [];
  const given = new Set<number>();
  const [own, from, to] = itemsOf(graph.skills, u);
  for (let k = from; k < to && complementarySkills.length < maxReasons; k++) {
    const mine = own[k]!;
    for (let t = graph.complementStart[mine]!; t < graph.complementStart[mine + 1]!; t++) {
      const theirs = graph.complements[t]!;
      if (given.has(theirs) || hasItem(graph.skills, u, theirs) || !hasItem(graph.skills, c, theirs))
        continue;
      given.add(theirs);
      complementarySkills.push({ mine: graph.skills.names[mine]!, theirs: graph.skills.names[theirs]! });
      if (complementarySkills.length === maxReasons) break;
    }
  }
  return {
    member: graph.ids[c]!,
    score: Math.round(score * 1e6) / 1e6,
    sharedNeighbours,
    sharedSpaces,
    sharedSkills,
    complementarySkills,
  };
}
