// Who is in a filière: members join and leave by themselves; conseillers add
// or remove members of a filière of their scope (domain/policy/
// filiereMembershipAccess.ts says which), audited. Hidden and unknown handles
// get the same NOT_FOUND, so handles cannot be enumerated, and a change never
// returns a profile the caller may not read.
import type { Filiere } from '../../domain/entities/filiere.js';
import type { Member } from '../../domain/entities/member.js';
import { BadUserInputError, NotFoundError } from '../../domain/errors.js';
import { mayChangeFiliereMembership } from '../../domain/policy/filiereMembershipAccess.js';
import { recordAction } from '../audit/recordAction.js';
import { actingMemberId, type UseCaseContext } from '../useCaseContext.js';
import { existingFiliere } from './filiereFields.js';

export async function joinFiliere(context: UseCaseContext, slug: string): Promise<Filiere> {
  const filiere = await existingFiliere(context, slug);
  await context.services.repositories.filiereManagement.addMembers(
    filiere.id,
    [actingMemberId(context)],
    Date.now(),
  );
  return filiere;
}

export async function leaveFiliere(context: UseCaseContext, slug: string): Promise<Filiere> {
  const filiere = await existingFiliere(context, slug);
  if (!(await context.services.repositories.filiereManagement.leave(filiere.id, actingMemberId(context))))
    throw BadUserInputError.at(['slug'], 'you are not in this filière', { code: 'filiere.notMember' });
  return filiere;
}

async function memberToChange(context: UseCaseContext, filiere: string, handle: string, add: boolean) {
  const { repositories } = context.services;
  const member = await repositories.members.getByHandle(handle);
  const spaceIds = async () =>
    member ? ((await repositories.memberBatches.spaceIds([member.id]))[0] ?? []) : [];
  const allowed =
    member !== null &&
    (await mayChangeFiliereMembership(context.viewer, member, filiere, add ? 'add' : 'remove', spaceIds));
  if (!allowed) throw new NotFoundError('Member', handle);
  return member;
}

/** A conseiller adds (`add`) or removes the member with this handle; the filière must exist. */
export async function changeFiliereMembership(
  context: UseCaseContext,
  filiere: string,
  handle: string,
  add: boolean,
): Promise<Member> {
  const { repositories } = context.services;
  if (!(await repositories.filieres.get(filiere)))
    throw BadUserInputError.at(['filiere'], `unknown filière "${filiere}"`, {
      code: 'filiere.unknown',
      params: { filiere },
    });
  const member = await memberToChange(context, filiere, handle, add);
  const current = (await repositories.neighbourhood.filieres(member.id)).map((f) => f.filiere.id);
  const next = add ? [...new Set([...current, filiere])] : current.filter((id) => id !== filiere);
  await repositories.members.update(member.id, { filieres: next });
  await recordAction(
    context,
    add ? 'filiere.member_added' : 'filiere.member_removed',
    { kind: 'Member', id: member.id },
    { filiere },
  );
  return member;
}
