import type { Skill } from '../../domain/entities/skill.js';
import { builder, PUBLIC } from './builder.js';
import { membersConnection } from './memberConnection.js';
import { FiliereRef, SkillRef } from './refs.js';
import { Language } from './scalars.js';
import { LabelsRef } from './skill.js';

builder.node(FiliereRef, {
  authScopes: PUBLIC,
  description: 'A professional sector (filière) animated by conseillers',
  id: { resolve: (filiere) => filiere.id },
  loadMany: (ids, context) => Promise.all(ids.map((id) => context.loaders.filiere.load(id))),
  fields: (t) => ({
    slug: t.exposeString('id'),
    label: t.string({
      args: { language: t.arg({ type: Language, required: false }) },
      resolve: (filiere, args, context) => filiere.labels[args.language ?? context.language],
    }),
    labels: t.field({ type: LabelsRef, resolve: (filiere) => filiere.labels }),
    description: t.exposeString('description'),
    coreSkills: t.field({
      type: [SkillRef],
      resolve: async (filiere, _args, context) =>
        (await context.loaders.skill.loadMany(filiere.coreSkills)).filter(
          (s): s is Skill => s !== null && !(s instanceof Error),
        ),
    }),
    members: membersConnection(t, (filiere) => ({ filiere: filiere.id })),
  }),
});

builder.queryFields((t) => ({
  filiere: t.field({
    authScopes: PUBLIC,
    type: FiliereRef,
    nullable: true,
    args: { slug: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => context.loaders.filiere.load(args.slug),
  }),
  filieres: t.field({
    authScopes: PUBLIC,
    type: [FiliereRef],
    resolve: (_root, _args, context) => context.services.repositories.filieres.list(),
  }),
}));
