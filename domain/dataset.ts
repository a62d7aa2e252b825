// A whole network as plain data: what the seed generator produces, what bulk
// loads write into a graph store, and what `export` of a store gives back.
import type { Community } from './entities/community.js';
import type { Filiere } from './entities/filiere.js';
import type { MemberRecord } from './entities/member.js';
import type { Mentorship } from './entities/mentorship.js';
import type { CollaboratedWith, Project } from './entities/project.js';
import type { Skill } from './entities/skill.js';
import type { Space } from './entities/space.js';

export interface ProjectRecord extends Project {
  /** (Member)-[:WORKED_ON {role}]->(Project) */
  members: { member: string; role: string }[];
}

export interface NetworkDataset {
  skills: Skill[];
  spaces: Space[];
  communities: Community[];
  filieres: Filiere[];
  /** Members with their HAS_SKILL, WORKS_FROM, MEMBER_OF and IN_FILIERE (role "member") links. */
  members: MemberRecord[];
  projects: ProjectRecord[];
  /** COLLABORATED_WITH, stored once per unordered pair (source < target). */
  collaborations: CollaboratedWith[];
  /** Active or ended mentorships become MENTORS edges. */
  mentorships: Mentorship[];
}
