// Team suggestions of a tender as use cases: ask for teams (a job on the
// suggestions queue, kind "team"; its result is stored as suggestions), list
// the stored ones newest first, dismiss one and undo the dismissal. Only whoever
// manages the tender (its author, conseillers, admins) reads or changes them;
// to anyone else a suggestion does not exist.
import type { Suggestion } from '../../domain/entities/suggestion.js';
import type { Tender } from '../../domain/entities/tender.js';
import { ForbiddenError, NotFoundError } from '../../domain/errors.js';
import { canManageTender } from '../../domain/policy/profileVisibility.js';
import type { UseCaseContext } from '../useCaseContext.js';

/** Teams proposed per request when the caller does not say. */
export const DEFAULT_TEAMS = 3;

export interface TeamRequest {
  /** How many distinct teams. */
  k?: number | null;
  /** Count the viewer in (as a member of every team). */
  includeMe?: boolean | null;
}

/** Starts a team suggestion job for the tender; returns the job id (followed with jobProgress). */
export async function requestTeams(
  context: UseCaseContext,
  tenderId: string,
  request: TeamRequest,
): Promise<string> {
  const tender = await context.services.repositories.tenders.get(tenderId);
  if (!tender) throw new NotFoundError('tender', tenderId);
  const requestedBy = context.viewer.memberId ?? context.viewer.accountId;
  if (!requestedBy) throw new ForbiddenError();
  const me = context.viewer.memberId;
  const job = await context.services.jobs.enqueue('suggestions', {
    kind: 'team',
    requestedBy,
    tenderId,
    k: request.k ?? DEFAULT_TEAMS,
    mustInclude: request.includeMe && me ? [me] : [],
    revision: String(tender.updatedAt),
  });
  return job.id;
}

/** The tender's team suggestions (the dismissed ones when asked), newest first, then best; none for a non-manager. */
export async function teamSuggestionsOf(
  context: UseCaseContext,
  tender: Tender,
  dismissed: boolean,
): Promise<Suggestion[]> {
  if (!canManageTender(context.viewer, tender)) return [];
  const stored = await context.services.repositories.suggestions.listBySubject(tender.id, {
    kind: 'team',
    statuses: dismissed ? ['dismissed'] : ['new', 'accepted'],
  });
  return stored.sort((a, b) => b.createdAt - a.createdAt || a.score - b.score);
}

/** Hides a suggested team (undo with restoreTeamSuggestion). */
export async function dismissTeamSuggestion(context: UseCaseContext, suggestionId: string): Promise<true> {
  await managedTeamSuggestion(context, suggestionId);
  await context.services.repositories.suggestions.setStatus(suggestionId, 'dismissed');
  return true;
}

/** Undoes the dismissal of a suggested team. */
export async function restoreTeamSuggestion(context: UseCaseContext, suggestionId: string): Promise<true> {
  await managedTeamSuggestion(context, suggestionId);
  await context.services.repositories.suggestions.restore(suggestionId);
  return true;
}

/** The team suggestion, if the viewer manages its tender. */
async function managedTeamSuggestion(context: UseCaseContext, id: string): Promise<Suggestion> {
  const { suggestions, tenders } = context.services.repositories;
  const suggestion = await suggestions.get(id);
  const tender = suggestion?.kind === 'team' ? await tenders.get(suggestion.subjectId) : null;
  if (!suggestion || !tender || !canManageTender(context.viewer, tender))
    throw new NotFoundError('Suggestion', id);
  return suggestion;
}
