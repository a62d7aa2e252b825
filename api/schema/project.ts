import type { Member } from '../../domain/entities/member.js';
import { builder, PUBLIC } from './builder.js';
import { MemberRef, ProjectRef } from './refs.js';
import { DateTime } from './scalars.js';
import { keepVisible } from './visibleMembers.js';

const ProjectMember = builder.objectRef<{ member: Member; role: string }>('ProjectMember').implement({
  authScopes: PUBLIC,
  fields: (t) => ({
    member: t.field({ type: MemberRef, resolve: (p) => p.member }),
    role: t.exposeString('role'),
  }),
});

builder.node(ProjectRef, {
  authScopes: PUBLIC,
  description: 'A past or current collaboration between members',
  id: { resolve: (project) => project.id },
  loadOne: (id, context) => context.services.repositories.projects.get(id),
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    startedAt: t.field({ type: DateTime, resolve: (p) => p.startedAt }),
    endedAt: t.field({ type: DateTime, nullable: true, resolve: (p) => p.endedAt }),
    members: t.field({
      type: [ProjectMember],
      description: 'Who worked on it (members whose profile you may see)',
      resolve: async (project, _args, context) =>
        keepVisible(
          context,
          await context.services.repositories.projects.members(project.id),
          (p) => p.member,
        ),
    }),
  }),
});
