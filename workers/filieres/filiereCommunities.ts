// Communities of the member network seen from the filières: Louvain over the
// member graph (collaborations, shared skills, shared spaces), labelled by
// their most characteristic skills (fr/en/nl), then compared with the existing
// filières. A community is covered by a filière when at least half of its
// characteristic skills are that filière's core skills or narrower ones, or
// when most of its members are already in a filière that has one of them as a
// core skill; an uncovered community is a candidate new filière.
import type { UiLanguage } from '../../domain/entities/common.js';
import type { Filiere } from '../../domain/entities/filiere.js';
import { NEWCOMER_PERIOD_MS } from '../../domain/entities/member.js';
import type { Taxonomy } from '../../domain/taxonomy.js';
import type { NetworkSnapshot } from '../../graph/repositories/networkSnapshotReader.js';
import { type CharacteristicSkill, detectMemberCommunities } from '../matching/communityDetection/index.js';

export interface FiliereCommunity {
  members: string[];
  size: number;
  skills: CharacteristicSkill[];
  label: Partial<Record<UiLanguage, string>>;
  /** The filière most of the community's members belong to, with that share. */
  dominantFiliere: { id: string; share: number } | null;
  /** The existing filière whose core skills cover the community's characteristic skills, if any. */
  coveredBy: string | null;
  /** Most frequent cities and spaces first (at most 5 each). */
  cities: string[];
  spaces: string[];
  /** Members who joined the cooperative in the last year. */
  growth: number;
}

export interface FiliereCommunitiesOptions {
  resolution?: number;
  now: number;
  /** Smallest community reported (default 5). */
  minSize?: number;
}

export function filiereCommunities(
  snapshot: NetworkSnapshot,
  filieres: readonly Filiere[],
  taxonomy: Taxonomy,
  options: FiliereCommunitiesOptions,
): { communities: FiliereCommunity[]; modularity: number } {
  const detected = detectMemberCommunities(
    {
      members: snapshot.members.map((m) => ({ id: m.id, skills: [...m.skills.keys()], spaces: m.spaces })),
      collaborations: snapshot.collaborations,
    },
    taxonomy,
    { resolution: options.resolution ?? 1, minSize: options.minSize ?? 5, topSkills: 3 },
  );
  const coverage = filieres.map((f) => ({
    id: f.id,
    skills: new Set(f.coreSkills.flatMap((s) => (taxonomy.has(s) ? taxonomy.selfAndDescendants(s) : [s]))),
  }));
  const communities = detected.communities.map((community): FiliereCommunity => {
    const members = community.members.map((id) => snapshot.byId.get(id)!);
    const skillIds = community.skills.map((s) => s.skill);
    const dominant = mostFrequent(members.flatMap((m) => m.filieres))[0];
    const organisedIn = dominant && dominant.count * 2 >= members.length ? dominant.key : null;
    const covering = coverage
      .map((f) => ({ id: f.id, hits: skillIds.filter((s) => f.skills.has(s)).length }))
      .filter((f) => f.hits > 0 && (f.hits * 2 >= skillIds.length || f.id === organisedIn))
      .sort(
        (a, b) =>
          Number(b.id === organisedIn) - Number(a.id === organisedIn) ||
          b.hits - a.hits ||
          a.id.localeCompare(b.id),
      );
    return {
      members: community.members,
      size: community.size,
      skills: community.skills,
      label: community.label,
      dominantFiliere: dominant ? { id: dominant.key, share: dominant.count / members.length } : null,
      coveredBy: covering[0]?.id ?? null,
      cities: mostFrequent(members.flatMap((m) => (m.city ? [m.city] : [])))
        .slice(0, 5)
        .map((c) => c.key),
      spaces: mostFrequent(members.flatMap((m) => m.spaces))
        .slice(0, 5)
        .map((c) => c.key),
      growth: members.filter((m) => m.joinedAt > options.now - NEWCOMER_PERIOD_MS).length,
    };
  });
  return { communities, modularity: detected.modularity };
}

/** Distinct values by count, most frequent first (ties by value). */
function mostFrequent(values: readonly string[]): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
