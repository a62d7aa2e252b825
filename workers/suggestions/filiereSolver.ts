// The solver of filière suggestions. Without a filière: detect communities of
// the whole network and propose, for each one no filière covers, a new filière
// (stored as a ProposedFiliere with its size, cities, spaces, skills and
// growth; the suggestion targets the proposal). With a filière: the members to
// invite into it, one suggestion each, for the filière's conseillers.
import type { Filiere } from '../../domain/entities/filiere.js';
import type { ProposedFiliere } from '../../domain/entities/proposedFiliere.js';
import { NotFoundError } from '../../domain/errors.js';
import type { ProgressListener } from '../../domain/progress.js';
import type { Taxonomy } from '../../domain/taxonomy.js';
import type { GraphStore } from '../../graph/graphStore.js';
import { graphRepositories } from '../../graph/repositories/index.js';
import { NETWORK_SUBJECT } from '../../graph/repositories/proposedFiliereRepository.js';
import { type FiliereCommunity, filiereCommunities } from '../filieres/filiereCommunities.js';
import { invitationCandidates } from '../filieres/filiereInvitations.js';
import { payloadHash } from '../payloadHash.js';
import type { SuggestionDraft, SuggestionSolution, SuggestionsRequest } from '../processors/suggestions.js';
import { storeSuggestionReason } from './suggestionReasons.js';

export const FILIERE_PROPOSAL_VERSION = 'filiere-louvain@1';
export const FILIERE_INVITATION_VERSION = 'filiere-invite@1';

export interface FiliereSolverOptions {
  now?: () => number;
  /** Most invitations suggested per filière (default 50). */
  invitations?: number;
}

export type FiliereSolver = (
  input: SuggestionsRequest<'filiere'>,
  onProgress: ProgressListener,
  signal: AbortSignal,
) => Promise<SuggestionSolution>;

export function createFiliereSolver(
  store: GraphStore,
  taxonomy: Taxonomy,
  options: FiliereSolverOptions = {},
): FiliereSolver {
  const { filieres, filiereProposals: proposals, networkSnapshot } = graphRepositories(store);
  const now = options.now ?? Date.now;
  return async (input, onProgress, signal) => {
    onProgress({ phase: 'reading the network', done: 0, total: 3 });
    const [snapshot, all] = await Promise.all([networkSnapshot.read(), filieres.list()]);
    signal.throwIfAborted();
    if (input.filiereId !== null) {
      const filiere = all.find((f) => f.id === input.filiereId);
      if (!filiere) throw new NotFoundError('Filiere', input.filiereId);
      onProgress({ phase: 'ranking members to invite', done: 1, total: 3 });
      const candidates = invitationCandidates(snapshot, filiere, taxonomy, options.invitations ?? 50);
      onProgress({ phase: 'done', done: 3, total: 3 });
      return {
        algorithmVersion: FILIERE_INVITATION_VERSION,
        suggestions: candidates.map((c) => ({
          subjectId: filiere.id,
          targetIds: [c.memberId],
          score: c.score,
          explanation: invitationExplanation(c.coreSkills, c.collaboratorsInFiliere, filiere),
        })),
      };
    }
    onProgress({ phase: 'detecting communities', done: 1, total: 3 });
    const at = now();
    const { communities } = filiereCommunities(snapshot, all, taxonomy, {
      resolution: input.resolution,
      now: at,
    });
    signal.throwIfAborted();
    const uncovered = communities.filter((c) => c.coveredBy === null && c.skills.length > 0);
    const proposed = uncovered.map((c) => proposalOf(c, at));
    onProgress({ phase: 'storing proposals', done: 2, total: 3 });
    await proposals.upsert(proposed);
    onProgress({ phase: 'done', done: 3, total: 3 });
    const largest = Math.max(1, ...proposed.map((p) => p.size));
    const drafts: SuggestionDraft[] = proposed.map((p, i) => ({
      subjectId: NETWORK_SUBJECT,
      targetIds: [p.id],
      score: Math.round((p.size / largest) * 1e6) / 1e6,
      explanation: proposalExplanation(uncovered[i]!),
    }));
    return { algorithmVersion: FILIERE_PROPOSAL_VERSION, suggestions: drafts };
  };
}

/** Same characteristic skills, same proposal id: a dismissed proposal stays dismissed when detected again. */
export function proposalId(skills: readonly string[]): string {
  return `pf_${payloadHash([...skills].sort())}`;
}

function proposalOf(community: FiliereCommunity, at: number): ProposedFiliere {
  const skills = community.skills.map((s) => s.skill);
  return {
    id: proposalId(skills),
    labels: { fr: community.label.fr ?? '', en: community.label.en ?? '', nl: community.label.nl ?? '' },
    skills,
    members: community.members,
    cities: community.cities,
    spaces: community.spaces,
    size: community.size,
    growth: community.growth,
    filiereId: null,
    createdAt: at,
    updatedAt: at,
  };
}

/** The proposal's reason as a code with its parameters (rendered in the reader's language when read). */
function proposalExplanation(community: FiliereCommunity): string {
  return storeSuggestionReason({
    code: 'filiere-proposal',
    size: community.size,
    growth: community.growth,
    labels: community.label,
    cities: community.cities.slice(0, 3),
    spaces: community.spaces.slice(0, 3),
    dominantFiliere: community.dominantFiliere
      ? { id: community.dominantFiliere.id, percent: Math.round(community.dominantFiliere.share * 100) }
      : null,
  });
}

/** The invitation's reason as a code with its parameters. */
function invitationExplanation(
  held: readonly { skill: string; level: number }[],
  collaborators: number,
  filiere: Filiere,
): string {
  return storeSuggestionReason({
    code: 'filiere-invitation',
    filiere: filiere.id,
    skills: held.map((h) => ({ skill: h.skill, level: h.level })),
    collaboratorsInFiliere: collaborators,
  });
}
