// Per-request DataLoaders. Each batch function is one repository call, so the
// number of store calls for a page of members does not grow with the page size.
import DataLoader from 'dataloader';
import type { Community } from '../domain/entities/community.js';
import type { Filiere } from '../domain/entities/filiere.js';
import type { Member } from '../domain/entities/member.js';
import type { HasSkill, Skill } from '../domain/entities/skill.js';
import type { Space } from '../domain/entities/space.js';
import type { Taxonomy } from '../domain/taxonomy.js';
import type { GraphRepositories } from '../graph/repositories/index.js';

export interface Loaders {
  member: DataLoader<string, Member | null>;
  memberSkills: DataLoader<string, HasSkill[]>;
  memberSpaceIds: DataLoader<string, string[]>;
  memberCommunityIds: DataLoader<string, string[]>;
  space: DataLoader<string, Space | null>;
  skill: DataLoader<string, Skill | null>;
  community: DataLoader<string, Community | null>;
  filiere: DataLoader<string, Filiere | null>;
}

/** A loader over a small reference list (spaces, skills, communities, filières): read once per request. */
function wholeListLoader<T extends { id: string }>(list: () => Promise<T[]>): DataLoader<string, T | null> {
  let all: Promise<Map<string, T>> | undefined;
  return new DataLoader(async (ids) => {
    all ??= list().then((items) => new Map(items.map((item) => [item.id, item])));
    const byId = await all;
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * The taxonomy is shipped reference data, loaded once per process and never changed at run time (no
 * mutation writes skills), so skills come from memory: one store query less per request.
 */
export function createLoaders(repositories: GraphRepositories, taxonomy: Taxonomy): Loaders {
  const { members, memberBatches, spaces, communities, filieres } = repositories;
  return {
    member: new DataLoader((ids) => members.getMany(ids)),
    memberSkills: new DataLoader((ids) => memberBatches.skills(ids)),
    memberSpaceIds: new DataLoader((ids) => memberBatches.spaceIds(ids)),
    memberCommunityIds: new DataLoader((ids) => memberBatches.communityIds(ids)),
    space: wholeListLoader(() => spaces.list()),
    skill: new DataLoader(async (ids) => ids.map((id) => taxonomy.get(id) ?? null)),
    community: wholeListLoader(() => communities.list()),
    filiere: wholeListLoader(() => filieres.list()),
  };
}
