// Filière suggestions: a conseiller starts a job that proposes new filières
// (from communities no filière covers) or members to invite into a filière of
// their scope, then accepts or dismisses each suggestion. Accepting a proposed
// filière creates it (fields editable at that moment); accepting an invitation
// adds the member. Consent and visibility are checked as they are now, not as
// they were when the job ran.
import type { Filiere } from '../../domain/entities/filiere.js';
import type { Member } from '../../domain/entities/member.js';
import type { ProposedFiliere } from '../../domain/entities/proposedFiliere.js';
import type { Suggestion } from '../../domain/entities/suggestion.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../domain/errors.js';
import { slugify } from '../../domain/ids.js';
import { canActOnFiliereSuggestion } from '../../domain/policy/filiereSuggestionAccess.js';
import { mayInviteToFiliere } from '../../domain/policy/privacyRule.js';
import { canActOnFiliere } from '../../domain/policy/profileVisibility.js';
import { NETWORK_SUBJECT } from '../../graph/repositories/proposedFiliereRepository.js';
import { recordAction } from '../audit/recordAction.js';
import type { UseCaseContext } from '../useCaseContext.js';
import { createCheckedFiliere } from './filiereEditing.js';
import { checkedFiliereFields, existingFiliere } from './filiereFields.js';

export interface ProposalView {
  suggestion: Suggestion;
  proposal: ProposedFiliere;
}

export interface InvitationView {
  suggestion: Suggestion;
  member: Member;
}

const requester = ({ viewer }: UseCaseContext) => viewer.memberId ?? viewer.accountId ?? 'anonymous';

/** Starts a filière suggestions job (no filière: new filières; a filière: members to invite); returns its id. */
export async function requestFiliereSuggestions(
  context: UseCaseContext,
  filiereId: string | null,
): Promise<string> {
  if (filiereId !== null && !canActOnFiliere(context.viewer, filiereId)) throw new ForbiddenError();
  const job = await context.services.jobs.enqueue('suggestions', {
    kind: 'filiere',
    requestedBy: requester(context),
    filiereId,
    revision: String(Date.now()),
  });
  return job.id;
}

/** The new filières proposed and not accepted yet, best first. */
export async function proposedFilieres(context: UseCaseContext): Promise<ProposalView[]> {
  const { repositories } = context.services;
  const { suggestions } = repositories;
  const found = await suggestions.listBySubject(NETWORK_SUBJECT, { kind: 'filiere', statuses: ['new'] });
  const proposals = await Promise.all(found.map((s) => repositories.filiereProposals.get(s.targetIds[0]!)));
  return found.flatMap((suggestion, i) => {
    const proposal = proposals[i];
    return proposal && proposal.filiereId === null ? [{ suggestion, proposal }] : [];
  });
}

/** Members to invite into the filière who are not in it and may be invited now, best first. */
export async function filiereInvitations(
  context: UseCaseContext,
  filiereId: string,
): Promise<InvitationView[]> {
  const { repositories } = context.services;
  const { suggestions } = repositories;
  const [found, members] = await Promise.all([
    suggestions.listBySubject(filiereId, { kind: 'filiere', statuses: ['new'] }),
    repositories.filiereManagement.memberIds(filiereId),
  ]);
  const candidates = found.filter((s) => !members.has(s.targetIds[0]!));
  const people = await repositories.members.getMany(candidates.map((s) => s.targetIds[0]!));
  return candidates.flatMap((suggestion, i) => {
    const member = people[i];
    return member && mayInviteToFiliere(context.viewer, member, filiereId) ? [{ suggestion, member }] : [];
  });
}

/** A filière suggestion the viewer may act on, or NOT_FOUND / FORBIDDEN. */
async function filiereSuggestion(context: UseCaseContext, id: string): Promise<Suggestion> {
  const suggestion = await context.services.repositories.suggestions.get(id);
  if (suggestion?.kind !== 'filiere') throw new NotFoundError('Suggestion', id);
  const filiereId = suggestion.subjectId === NETWORK_SUBJECT ? null : suggestion.subjectId;
  if (!canActOnFiliereSuggestion(context.viewer, filiereId)) {
    throw new ForbiddenError('This suggestion is outside your filières', {
      code: 'filiere.suggestionOutsideScope',
    });
  }
  return suggestion;
}

/** A slug for a filière named `label` when the conseiller gave none. */
function slugFor(label: string): string {
  const slug = slugify(label);
  return slug.length >= 2 ? slug : `filiere-${Date.now()}`;
}

async function acceptInvitation(context: UseCaseContext, suggestion: Suggestion): Promise<Filiere> {
  const [view] = (await filiereInvitations(context, suggestion.subjectId)).filter(
    (v) => v.suggestion.id === suggestion.id,
  );
  // A member who hid or withdrew consent since: the same answer as for a suggestion that does not exist.
  if (!view) throw new NotFoundError('Suggestion', suggestion.id);
  const { services } = context;
  await services.repositories.filiereManagement.addMembers(
    suggestion.subjectId,
    [view.member.id],
    Date.now(),
  );
  await services.repositories.suggestions.setStatus(suggestion.id, 'accepted');
  await recordAction(
    context,
    'filiere.member_added',
    { kind: 'Member', id: view.member.id },
    { filiere: suggestion.subjectId, suggestion: suggestion.id },
  );
  return existingFiliere(context, suggestion.subjectId);
}

async function acceptProposal(
  context: UseCaseContext,
  suggestion: Suggestion,
  input: unknown,
): Promise<Filiere> {
  const { services } = context;
  const proposal = await services.repositories.filiereProposals.get(suggestion.targetIds[0]!);
  if (!proposal) throw new NotFoundError('ProposedFiliere', suggestion.targetIds[0]!);
  const { given, animatorIds } = await checkedFiliereFields(context, input);
  const filiere = await createCheckedFiliere(
    context,
    {
      slug: given.slug ?? slugFor(given.labels?.en ?? proposal.labels.en),
      labels: given.labels ?? proposal.labels,
      description: given.description ?? '',
      coreSkills: given.coreSkills ?? proposal.skills,
    },
    animatorIds,
  );
  await services.repositories.filiereProposals.markAccepted(proposal.id, filiere.id);
  await services.repositories.suggestions.setStatus(suggestion.id, 'accepted');
  return filiere;
}

/** Accepts a filière suggestion: creates the proposed filière, or adds the invited member. Audited. */
export async function acceptFiliereSuggestion(
  context: UseCaseContext,
  suggestionId: string,
  input: unknown,
): Promise<Filiere> {
  const suggestion = await filiereSuggestion(context, suggestionId);
  if (suggestion.status !== 'new')
    throw BadUserInputError.at(['suggestion'], `is already ${suggestion.status}`, {
      code: suggestion.status === 'accepted' ? 'suggestion.alreadyAccepted' : 'suggestion.alreadyDismissed',
    });
  return suggestion.subjectId === NETWORK_SUBJECT
    ? acceptProposal(context, suggestion, input)
    : acceptInvitation(context, suggestion);
}

/** Dismisses a filière suggestion: the same proposal never comes back. Audited. */
export async function dismissFiliereSuggestion(context: UseCaseContext, suggestionId: string): Promise<true> {
  const suggestion = await filiereSuggestion(context, suggestionId);
  await context.services.repositories.suggestions.setStatus(suggestion.id, 'dismissed');
  await recordAction(context, 'filiere.suggestion_dismissed', { kind: 'Suggestion', id: suggestion.id });
  return true;
}
