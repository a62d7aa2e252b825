// The fields of a filière as a conseiller gives them (create, edit, or accept a
// proposal): checked against the taxonomy, animators resolved from handles,
// every problem named by its field under `input`.
import { z } from 'zod';
import type { Filiere } from '../../domain/entities/filiere.js';
import { BadUserInputError, NotFoundError } from '../../domain/errors.js';
import { slugSchema } from '../../domain/ids.js';
import { parseInput, userText } from '../../domain/validation.js';
import { unknownSkills } from '../unknownSkills.js';
import type { UseCaseContext } from '../useCaseContext.js';

const label = userText(120).pipe(z.string().min(1, 'must not be empty'));

export const filiereInputSchema = z.object({
  slug: slugSchema.optional(),
  labels: z.object({ fr: label, en: label, nl: label }).optional(),
  description: userText(4000).optional(),
  coreSkills: z.array(z.string()).min(1, 'a filière needs at least one core skill').max(30).optional(),
  animators: z.array(z.string()).max(20).optional(),
});

export type FiliereFields = z.infer<typeof filiereInputSchema>;

export interface CheckedFiliereFields {
  given: FiliereFields;
  /** The animators' member ids, when animators were given. */
  animatorIds: string[] | undefined;
}

/** Parses the input (absent and null fields are left out), checks skills and resolves animator handles. */
export async function checkedFiliereFields(
  context: UseCaseContext,
  raw: unknown,
): Promise<CheckedFiliereFields> {
  const { services } = context;
  const given = parseInput(
    filiereInputSchema,
    Object.fromEntries(
      Object.entries((raw ?? {}) as object).filter(([, v]) => v !== null && v !== undefined),
    ),
    ['input'],
  );
  const problems = unknownSkills(services.taxonomy, given.coreSkills ?? [], ['input', 'coreSkills']);
  const animators = await Promise.all(
    (given.animators ?? []).map((handle) => services.repositories.members.getByHandle(handle)),
  );
  animators.forEach((member, i) => {
    if (!member)
      problems.push({
        path: ['input', 'animators', i],
        message: `unknown member "${given.animators![i]}"`,
        reason: { code: 'member.unknown', params: { member: given.animators![i]! } },
      });
  });
  if (problems.length > 0) throw new BadUserInputError(problems);
  return { given, animatorIds: given.animators ? animators.map((m) => m!.id) : undefined };
}

/** The filière, or NOT_FOUND naming its slug. */
export async function existingFiliere(context: UseCaseContext, slug: string): Promise<Filiere> {
  const filiere = await context.services.repositories.filieres.get(slug);
  if (!filiere) throw new NotFoundError('Filiere', slug);
  return filiere;
}
