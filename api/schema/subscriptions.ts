// Live updates over graphql-ws (api/plugins/subscriptions.ts): a job's progress,
// the viewer's new suggestions and bid invitations, a bid's changes. Each field
// listens to its event-bus topic, so an event raised by any worker or API
// instance reaches the subscriber. `refreshMySuggestions` enqueues a job to follow.
import { ForbiddenError, NotFoundError } from '../../domain/errors.js';
import { JOB_STATES } from '../../domain/jobState.js';
import { isAdmin, type Viewer } from '../../domain/policy/profileVisibility.js';
import type { Progress } from '../../domain/progress.js';
import {
  type BidEvent,
  type InvitationEvent,
  type JobProgressEvent,
  type Subscription,
  type SuggestionsEvent,
  topics,
} from '../../messaging/events/eventBus.js';
import type { BidMembershipCheck, Services } from '../../services/services.js';
import type { JobSnapshot } from '../../workers/jobQueue.js';
import type { RequestContext } from '../context.js';
import { BidStatus, InvitationStatus } from './bid.js';
import { builder } from './builder.js';
import { DateTime, JSONScalar } from './scalars.js';
import { upperCaseEnum } from './upperCaseEnum.js';

/** A job's progress: its requester (the member recorded in the payload) or an admin. */
export function canFollowJob(viewer: Viewer, job: Pick<JobSnapshot, 'data'>): boolean {
  if (isAdmin(viewer)) return true;
  const requestedBy = (job.data as { requestedBy?: unknown } | null)?.requestedBy;
  // Jobs record the member who asked, or the account when it has no member profile (a conseiller).
  return (
    typeof requestedBy === 'string' && (requestedBy === viewer.memberId || requestedBy === viewer.accountId)
  );
}

/** A bid's changes: the members of the bid (as the bids module says) or an admin. */
export async function canFollowBid(
  viewer: Viewer,
  bidId: string,
  isBidMember: BidMembershipCheck | undefined,
): Promise<boolean> {
  if (isAdmin(viewer)) return true;
  return isBidMember !== undefined && viewer.memberId !== null && (await isBidMember(viewer, bidId));
}

const TERMINAL_STATES = new Set(['completed', 'failed']);

function snapshotEvent(job: JobSnapshot): JobProgressEvent {
  return {
    jobId: job.id,
    queue: job.queue,
    state: job.state,
    progress: job.progress,
    result: job.result,
    error: job.error,
    at: job.finishedAt ?? job.createdAt,
  };
}

/** Events from the moment the bus listens, released when the consumer stops. */
async function* listen<T>(subscription: Subscription<T>): AsyncGenerator<T> {
  try {
    await subscription.ready;
    yield* subscription;
  } finally {
    await subscription.return();
  }
}

/**
 * The job's current state first (read once the bus listens, so nothing falls in
 * between), then every change, until the job completes or fails for good. Refused
 * (as not found, so ids are not probed) before any event when the viewer may not follow it.
 */
async function followJob(
  services: Services,
  viewer: Viewer,
  jobId: string,
): Promise<AsyncGenerator<JobProgressEvent>> {
  const subscription = services.events.subscribe(topics.jobProgress(jobId));
  try {
    await subscription.ready;
    const job = await services.jobs.getJob(jobId);
    if (!job || !canFollowJob(viewer, job)) throw new NotFoundError('Job', jobId);
    return jobEvents(subscription, job);
  } catch (error) {
    await subscription.return();
    throw error;
  }
}

async function* jobEvents(
  subscription: Subscription<JobProgressEvent>,
  job: JobSnapshot,
): AsyncGenerator<JobProgressEvent> {
  try {
    yield snapshotEvent(job);
    if (TERMINAL_STATES.has(job.state)) return;
    for await (const event of subscription) {
      yield event;
      if (TERMINAL_STATES.has(event.state)) return;
    }
  } finally {
    await subscription.return();
  }
}

function memberOf(context: RequestContext): string {
  if (!context.viewer.memberId) throw new ForbiddenError('Your account has no member profile');
  return context.viewer.memberId;
}

const JobStateEnum = builder.enumType('JobState', {
  description: 'waiting, delayed (scheduled or retrying), active, completed, failed (every attempt failed)',
  values: upperCaseEnum(JOB_STATES),
});

const JobProgressStep = builder.objectRef<Progress>('JobProgressStep').implement({
  description: 'How far a running job is: a phase and a count within it',
  authScopes: { signedIn: true },
  fields: (t) => ({
    phase: t.exposeString('phase'),
    done: t.exposeInt('done'),
    total: t.exposeInt('total'),
  }),
});

const JobProgress = builder.objectRef<JobProgressEvent>('JobProgress').implement({
  description: 'A job changed state or reported progress',
  authScopes: { signedIn: true },
  fields: (t) => ({
    jobId: t.exposeID('jobId'),
    queue: t.exposeString('queue'),
    state: t.field({ type: JobStateEnum, resolve: (event) => event.state }),
    progress: t.field({ type: JobProgressStep, nullable: true, resolve: (event) => event.progress }),
    result: t.field({
      type: JSONScalar,
      nullable: true,
      description: 'What the job produced, once completed',
      resolve: (event) => event.result ?? null,
    }),
    error: t.exposeString('error', { nullable: true }),
    at: t.field({ type: DateTime, resolve: (event) => event.at }),
  }),
});

const SuggestionsNotice = builder.objectRef<SuggestionsEvent>('SuggestionsNotice').implement({
  description: 'New suggestions for you were stored',
  authScopes: { member: true },
  fields: (t) => ({
    kind: t.exposeString('kind'),
    suggestionIds: t.exposeIDList('suggestionIds'),
    jobId: t.exposeID('jobId'),
    at: t.field({ type: DateTime, resolve: (event) => event.at }),
  }),
});

const InvitationNotice = builder.objectRef<InvitationEvent>('InvitationNotice').implement({
  description: 'You were invited into a bid, or your invitation changed',
  authScopes: { member: true },
  fields: (t) => ({
    bidId: t.exposeID('bidId'),
    tenderId: t.exposeID('tenderId'),
    status: t.field({ type: InvitationStatus, resolve: (event) => event.status }),
    at: t.field({ type: DateTime, resolve: (event) => event.at }),
  }),
});

const BidUpdate = builder.objectRef<BidEvent>('BidUpdate').implement({
  description: 'A bid changed status or team',
  authScopes: { signedIn: true },
  fields: (t) => ({
    bidId: t.exposeID('bidId'),
    status: t.field({ type: BidStatus, resolve: (event) => event.status }),
    updatedAt: t.field({ type: DateTime, resolve: (event) => event.updatedAt }),
  }),
});

builder.subscriptionType({
  description: 'Live updates over WebSocket (graphql-ws at /graphql), for signed-in users',
});

builder.subscriptionFields((t) => ({
  jobProgress: t.field({
    type: JobProgress,
    description: 'The current state of a job you requested, then each change until it ends',
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }) },
    subscribe: (_root, args, context) => followJob(context.services, context.viewer, String(args.id)),
    resolve: (event) => event,
  }),
  mySuggestions: t.field({
    type: SuggestionsNotice,
    description: 'Each time new suggestions for you are stored',
    authScopes: { member: true },
    subscribe: (_root, _args, context) =>
      listen(context.services.events.subscribe(topics.suggestions(memberOf(context)))),
    resolve: (event) => event,
  }),
  myInvitations: t.field({
    type: InvitationNotice,
    description: 'Each time you are invited into a bid or your invitation changes',
    authScopes: { member: true },
    subscribe: (_root, _args, context) =>
      listen(context.services.events.subscribe(topics.invitations(memberOf(context)))),
    resolve: (event) => event,
  }),
  bidUpdated: t.field({
    type: BidUpdate,
    description: 'Each change of a bid you take part in',
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }) },
    subscribe: async (_root, args, context) => {
      const bidId = String(args.id);
      if (!(await canFollowBid(context.viewer, bidId, context.services.isBidMember))) {
        throw new ForbiddenError('Only the members of this bid can follow it');
      }
      return listen(context.services.events.subscribe(topics.bid(bidId)));
    },
    resolve: (event) => event,
  }),
}));

/** One refresh per member per second: a double click asks once. */
const REFRESH_WINDOW_MS = 1000;

builder.mutationFields((t) => ({
  refreshMySuggestions: t.id({
    description: 'Computes your peer suggestions again; returns the job id to follow with jobProgress',
    authScopes: { member: true },
    resolve: async (_root, _args, context) => {
      const memberId = memberOf(context);
      const handle = await context.services.jobs.enqueue('suggestions', {
        kind: 'peer',
        requestedBy: memberId,
        memberId,
        revision: String(Math.floor(Date.now() / REFRESH_WINDOW_MS)),
      });
      return handle.id;
    },
  }),
}));
