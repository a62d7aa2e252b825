// Conseillers create and edit filières (labels, core skills from the taxonomy,
// animators). A conseiller who creates a filière animates it from then on: it
// joins their scope. Every change is audited.
import type { Filiere } from '../../domain/entities/filiere.js';
import { BadUserInputError } from '../../domain/errors.js';
import { isAdmin } from '../../domain/policy/profileVisibility.js';
import { recordAction } from '../audit/recordAction.js';
import type { UseCaseContext } from '../useCaseContext.js';
import { checkedFiliereFields, existingFiliere, type FiliereFields } from './filiereFields.js';

async function addToScope(context: UseCaseContext, filiereId: string): Promise<void> {
  const { viewer, services } = context;
  if (isAdmin(viewer) || !viewer.accountId) return;
  const account = await services.accounts.get(viewer.accountId);
  if (!account || account.scopeFilieres.includes(filiereId)) return;
  await services.accounts.setScope(account.id, {
    roles: account.roles,
    scopeFilieres: [...account.scopeFilieres, filiereId],
    scopeSpaces: account.scopeSpaces,
  });
}

/** Creates a filière from checked fields (slug, labels and core skills required). */
export async function createCheckedFiliere(
  context: UseCaseContext,
  fields: FiliereFields,
  animatorIds: readonly string[] = [],
): Promise<Filiere> {
  if (!fields.slug)
    throw BadUserInputError.at(['input', 'slug'], 'is required to create a filière', {
      code: 'value.requiredToCreateFiliere',
    });
  if (!fields.labels)
    throw BadUserInputError.at(['input', 'labels'], 'are required to create a filière', {
      code: 'value.requiredToCreateFiliere',
    });
  if (!fields.coreSkills)
    throw BadUserInputError.at(['input', 'coreSkills'], 'are required to create a filière', {
      code: 'value.requiredToCreateFiliere',
    });
  const filiere: Filiere = {
    id: fields.slug,
    labels: fields.labels,
    description: fields.description ?? '',
    coreSkills: [...new Set(fields.coreSkills)],
  };
  await context.services.repositories.filiereManagement.create(filiere, animatorIds, Date.now());
  await addToScope(context, filiere.id);
  await recordAction(
    context,
    'filiere.created',
    { kind: 'Filiere', id: filiere.id },
    { coreSkills: filiere.coreSkills },
  );
  return existingFiliere(context, filiere.id);
}

/** createFiliere: the input as the conseiller gave it. */
export async function createFiliere(context: UseCaseContext, input: unknown): Promise<Filiere> {
  const { given, animatorIds } = await checkedFiliereFields(context, input);
  return createCheckedFiliere(context, given, animatorIds);
}

/** updateFiliere: only the fields given change; the slug never does. */
export async function updateFiliere(context: UseCaseContext, slug: string, input: unknown): Promise<Filiere> {
  const { given, animatorIds } = await checkedFiliereFields(context, input);
  if (given.slug !== undefined && given.slug !== slug)
    throw BadUserInputError.at(['input', 'slug'], 'cannot change', { code: 'value.cannotChange' });
  await existingFiliere(context, slug);
  await context.services.repositories.filiereManagement.update(
    slug,
    { labels: given.labels, description: given.description, coreSkills: given.coreSkills, animatorIds },
    Date.now(),
  );
  await recordAction(
    context,
    'filiere.updated',
    { kind: 'Filiere', id: slug },
    { fields: Object.keys(given) },
  );
  return existingFiliere(context, slug);
}
