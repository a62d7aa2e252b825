// Object references of the node types, declared apart from their fields so the
// type files can point at each other without import cycles.
import type { Community } from '../../domain/entities/community.js';
import type { Filiere } from '../../domain/entities/filiere.js';
import type { Member } from '../../domain/entities/member.js';
import type { Project } from '../../domain/entities/project.js';
import type { Skill } from '../../domain/entities/skill.js';
import type { Space } from '../../domain/entities/space.js';
import { builder } from './builder.js';

export const MemberRef = builder.objectRef<Member>('Member');
export const SkillRef = builder.objectRef<Skill>('Skill');
export const SpaceRef = builder.objectRef<Space>('Space');
export const CommunityRef = builder.objectRef<Community>('Community');
export const FiliereRef = builder.objectRef<Filiere>('Filiere');
export const ProjectRef = builder.objectRef<Project>('Project');
