// Mentoring rounds: a conseiller matches the open requests of their filières
// and spaces (an admin: everyone) as a job, one pass at a time; a later pass
// re-matches the mentees whose proposal was declined. A round is seen and
// re-run only by the conseiller who started it, or an admin.

import type { MentoringRound } from '../../domain/entities/mentoringRound.js';
import type { MentorshipRecord } from '../../domain/entities/mentorship.js';
import { ForbiddenError, NotFoundError } from '../../domain/errors.js';
import { canFollowMentoringRound, mentoringRoundOwnerId } from '../../domain/policy/mentoringRoundAccess.js';
import { isAdmin } from '../../domain/policy/profileVisibility.js';
import type { UseCaseContext } from '../useCaseContext.js';

function roundScope({
  viewer,
}: UseCaseContext): Pick<MentoringRound, 'scopeAll' | 'scopeFilieres' | 'scopeSpaces'> {
  if (isAdmin(viewer)) return { scopeAll: true, scopeFilieres: [], scopeSpaces: [] };
  if (viewer.scopeFilieres.length === 0 && viewer.scopeSpaces.length === 0) {
    throw new ForbiddenError('No filière or space is assigned to you: there is nobody to match', {
      code: 'mentoring.noScope',
    });
  }
  return { scopeAll: false, scopeFilieres: [...viewer.scopeFilieres], scopeSpaces: [...viewer.scopeSpaces] };
}

function requester({ viewer }: UseCaseContext): string {
  const id = mentoringRoundOwnerId(viewer);
  if (!id) throw new ForbiddenError();
  return id;
}

/** The round, for its creator or an admin. */
export async function mentoringRound(context: UseCaseContext, id: string): Promise<MentoringRound> {
  const round = await context.services.repositories.mentoring.getRound(id);
  if (!round) throw new NotFoundError('Mentoring round', id);
  if (!canFollowMentoringRound(context.viewer, round)) {
    throw new ForbiddenError('Only the conseiller who started this round (or an admin) sees it', {
      code: 'mentoring.roundOwnerOnly',
    });
  }
  return round;
}

/** The proposals of a round the viewer was given (by mentoringRound, which checked who may see it). */
export function roundMentorships(
  context: UseCaseContext,
  round: MentoringRound,
): Promise<MentorshipRecord[]> {
  return context.services.repositories.mentoring.mentorshipsOfRound(round.id);
}

/** Enqueues the round's next pass as a suggestions job (kind mentor) and records its id. */
async function enqueuePass(context: UseCaseContext, round: MentoringRound): Promise<MentoringRound> {
  const { services } = context;
  const job = await services.jobs.enqueue('suggestions', {
    kind: 'mentor',
    requestedBy: requester(context),
    roundId: round.id,
    revision: `pass-${round.passes + 1}`,
  });
  const at = Date.now();
  await services.repositories.mentoring.setRoundJob(round.id, job.id, at);
  return { ...round, jobId: job.id, status: 'queued', updatedAt: at };
}

/** Starts a round over the viewer's scope and queues its first pass. */
export async function startMentoringRound(context: UseCaseContext): Promise<MentoringRound> {
  const now = Date.now();
  const round = await context.services.repositories.mentoring.createRound({
    createdBy: requester(context),
    ...roundScope(context),
    status: 'queued',
    passes: 0,
    jobId: null,
    unmatched: [],
    createdAt: now,
    updatedAt: now,
  });
  return enqueuePass(context, round);
}

/** Runs another pass: re-matches declined mentees, keeping the pairs still in play. */
export async function rematchMentoringRound(context: UseCaseContext, id: string): Promise<MentoringRound> {
  return enqueuePass(context, await mentoringRound(context, id));
}
