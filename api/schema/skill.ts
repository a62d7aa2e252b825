import type { Skill } from '../../domain/entities/skill.js';
import { builder, PUBLIC } from './builder.js';
import { SkillRef } from './refs.js';
import { Language } from './scalars.js';

const LabelsRef = builder.objectRef<Skill['labels']>('Labels').implement({
  authScopes: PUBLIC,
  description: 'A label in each language of the interface',
  fields: (t) => ({ fr: t.exposeString('fr'), en: t.exposeString('en'), nl: t.exposeString('nl') }),
});

export { LabelsRef };

builder.node(SkillRef, {
  authScopes: PUBLIC,
  description: 'A skill of the fr/en/nl taxonomy (SKOS-like: broader, narrower, related)',
  id: { resolve: (skill) => skill.id },
  loadMany: (ids, context) => Promise.all(ids.map((id) => context.loaders.skill.load(id))),
  fields: (t) => ({
    slug: t.exposeString('id', { description: 'Stable identifier, e.g. "ceramics"' }),
    label: t.string({
      description: 'Preferred label in the requested language (default: the request language)',
      args: { language: t.arg({ type: Language, required: false }) },
      resolve: (skill, args, context) => skill.labels[args.language ?? context.language],
    }),
    labels: t.field({ type: LabelsRef, resolve: (skill) => skill.labels }),
    altLabels: t.stringList({
      description: 'Synonyms and practitioner nouns in the requested language',
      args: { language: t.arg({ type: Language, required: false }) },
      resolve: (skill, args, context) => skill.altLabels[args.language ?? context.language],
    }),
    broader: t.field({
      type: SkillRef,
      nullable: true,
      resolve: (skill, _args, context) => (skill.broader ? context.loaders.skill.load(skill.broader) : null),
    }),
    narrower: t.field({
      type: [SkillRef],
      resolve: (skill, _args, context) => context.services.repositories.skills.narrower(skill.id),
    }),
    related: t.field({
      type: [SkillRef],
      resolve: async (skill, _args, context) =>
        (await context.loaders.skill.loadMany(skill.related)).filter(
          (s): s is Skill => s !== null && !(s instanceof Error),
        ),
    }),
  }),
});

builder.queryFields((t) => ({
  skill: t.field({
    authScopes: PUBLIC,
    type: SkillRef,
    nullable: true,
    args: { slug: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => context.loaders.skill.load(args.slug),
  }),
  skills: t.field({
    authScopes: PUBLIC,
    type: [SkillRef],
    description: 'The taxonomy, or only its top-level categories',
    args: { topLevelOnly: t.arg.boolean({ required: false }) },
    resolve: async (_root, args, context) => {
      const all = await context.services.repositories.skills.list();
      return args.topLevelOnly ? all.filter((s) => s.broader === null) : all;
    },
  }),
}));
