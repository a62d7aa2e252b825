// The product pipeline for filières: member graph (collaborations, shared
// skills, shared spaces) → Leiden → communities labelled by their most
// characteristic skills. Used to propose new filières and members to invite.
import type { UiLanguage } from '../../../domain/entities/common.js';
import type { Taxonomy } from '../../../domain/taxonomy.js';
import { communitiesOf, DEFAULT_COMMUNITY_SEED } from './detectCommunities.js';
import { type CommunityLabel, labelCommunities } from './labelCommunities.js';
import { leiden } from './leiden.js';
import { buildMemberGraph, type MemberGraphInput, type MemberGraphOptions } from './memberGraph.js';
import { modularity } from './modularity.js';

export interface MemberCommunitiesOptions {
  graph?: Partial<MemberGraphOptions>;
  resolution?: number;
  seed?: number;
  languages?: readonly UiLanguage[];
  /** Communities smaller than this are left out of the answer (default 3). */
  minSize?: number;
  topSkills?: number;
}

export interface MemberCommunity extends CommunityLabel {
  members: string[];
}

export interface MemberCommunities {
  communities: MemberCommunity[];
  modularity: number;
}

export function detectMemberCommunities(
  input: MemberGraphInput,
  taxonomy: Taxonomy,
  options: MemberCommunitiesOptions = {},
): MemberCommunities {
  const resolution = options.resolution ?? 1;
  const { ids, graph } = buildMemberGraph(input, options.graph);
  const { membership } = leiden(graph, { resolution, seed: options.seed ?? DEFAULT_COMMUNITY_SEED });
  const communities = communitiesOf(ids, membership).filter((c) => c.length >= (options.minSize ?? 3));
  const skills = new Map(input.members.map((m) => [m.id, m.skills]));
  const labels = labelCommunities(communities, skills, taxonomy, options.languages, {
    top: options.topSkills,
  });
  return {
    communities: labels.map((label) => ({ ...label, members: communities[label.index]! })),
    modularity: modularity(graph, membership, resolution),
  };
}
