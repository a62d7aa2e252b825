// The solver of peer suggestions ("people to meet"), one job per member. The
// network is read in a few whole-table queries and prepared once
// (buildPeerGraph), then reused for the jobs of the next `maxSnapshotAgeMs`.
// Who may be suggested is the privacy rule's mayMeet
// (domain/policy/privacyRule.ts): never members who hide their profile or
// turned off filière and network suggestions, nor profiles visible to shared
// spaces only when no space is shared; never peers the member dismissed.
// Staleness of the cached network cannot leak a member who opted out since:
// the picks are checked against their current privacy before they are returned.
import { NotFoundError } from '../../domain/errors.js';
import { holds, mayMeet, suggestCondition } from '../../domain/policy/privacyRule.js';
import type { Viewer } from '../../domain/policy/profileVisibility.js';
import type { PeerSuggestion } from '../../domain/problems/peers.js';
import type { ProgressListener } from '../../domain/progress.js';
import type { Taxonomy } from '../../domain/taxonomy.js';
import type { GraphStore } from '../../graph/graphStore.js';
import { graphRepositories } from '../../graph/repositories/index.js';
import type { NetworkSnapshot, SnapshotMember } from '../../graph/repositories/networkSnapshotReader.js';
import { snapshotFacts } from '../filieres/filiereInvitations.js';
import {
  buildPeerGraph,
  complementarySkillPairs,
  type PeerGraph,
  suggestPeers,
} from '../matching/peerSuggestions/index.js';
import type { SuggestionSolution, SuggestionsRequest } from '../processors/suggestions.js';
import { storeSuggestionReason } from './suggestionReasons.js';

export const PEER_VERSION = 'peer-adamic-adar@1';

export interface PeerSolverOptions {
  now?: () => number;
  /** How long a prepared network serves further jobs (default 60 s). */
  maxSnapshotAgeMs?: number;
  /** Peers the member dismissed (default: dismissed peer suggestions in the store): never suggested again. */
  dismissedPeers?: (memberId: string) => Promise<readonly string[]>;
}

export type PeerSolver = (
  input: SuggestionsRequest<'peer'>,
  onProgress: ProgressListener,
  signal: AbortSignal,
) => Promise<SuggestionSolution>;

interface Prepared {
  at: number;
  snapshot: NetworkSnapshot;
  graph: PeerGraph;
  /** Members never suggested to anyone. */
  hidden: string[];
}

export function createPeerSolver(
  store: GraphStore,
  taxonomy: Taxonomy,
  options: PeerSolverOptions = {},
): PeerSolver {
  const now = options.now ?? Date.now;
  const maxAge = options.maxSnapshotAgeMs ?? 60_000;
  const { members, networkSnapshot: network, suggestions: stored } = graphRepositories(store);
  const complementary = complementarySkillPairs(taxonomy);
  const dismissedPeers =
    options.dismissedPeers ??
    (async (memberId: string) =>
      (await stored.listBySubject(memberId, { kind: 'peer', statuses: ['dismissed'] })).flatMap(
        (s) => s.targetIds,
      ));
  let prepared: Promise<Prepared> | null = null;
  let preparedAt = Number.NEGATIVE_INFINITY;

  const prepare = (force: boolean): Promise<Prepared> => {
    const at = now();
    if (force || !prepared || at - preparedAt > maxAge) {
      preparedAt = at;
      prepared = network.read().then((snapshot) => ({
        at,
        snapshot,
        graph: buildPeerGraph({
          members: snapshot.members.map((m) => ({
            id: m.id,
            skills: [...m.skills.keys()],
            spaces: m.spaces,
          })),
          collaborations: snapshot.collaborations,
          complementary: complementary.filter(([a, b]) => taxonomy.has(a) && taxonomy.has(b)),
        }),
        hidden: snapshot.members.filter((m) => !meetableByAnyone(m)).map((m) => m.id),
      }));
      prepared.catch(() => {
        prepared = null;
      });
    }
    return prepared;
  };

  return async (input, onProgress, signal) => {
    onProgress({ phase: 'reading the network', done: 0, total: 2 });
    let network = await prepare(false);
    if (!network.snapshot.byId.has(input.memberId)) network = await prepare(true);
    const me = network.snapshot.byId.get(input.memberId);
    if (!me) throw new NotFoundError('Member', input.memberId);
    signal.throwIfAborted();
    const dismissed = await dismissedPeers(input.memberId);
    onProgress({ phase: 'ranking peers', done: 1, total: 2 });
    // Ask for more than needed: some picks may be visible to shared spaces only, or have opted out since.
    const raw = suggestPeers(network.graph, me.id, {
      k: input.limit * 2 + 10,
      exclude: dismissed,
      optedOut: network.hidden,
    });
    const viewer = viewerOf(me);
    const byId = network.snapshot.byId;
    const visible = raw.filter((s) => {
      const peer = byId.get(s.member)!;
      return mayMeet(viewer, snapshotFacts(peer), peer.spaces);
    });
    const current = await members.getMany(visible.map((s) => s.member));
    const picks = visible
      .filter((_, i) => {
        const member = current[i];
        return member && mayMeet(viewer, member, byId.get(member.id)!.spaces);
      })
      .slice(0, input.limit);
    onProgress({ phase: 'done', done: 2, total: 2 });
    return {
      algorithmVersion: PEER_VERSION,
      suggestions: picks.map((s) => ({
        subjectId: me.id,
        targetIds: [s.member],
        score: s.score,
        explanation: peerExplanation(s),
      })),
    };
  };
}

function viewerOf(member: SnapshotMember): Viewer {
  return {
    accountId: null,
    memberId: member.id,
    roles: ['member'],
    spaceIds: member.spaces,
    scopeFilieres: [],
    scopeSpaces: [],
  };
}

/** Whether some member (one sharing all the member's spaces, the most the rule allows) may meet them. */
function meetableByAnyone(member: SnapshotMember): boolean {
  const closest = { kind: 'member' as const, memberId: null, spaceIds: member.spaces };
  return holds(suggestCondition(closest, 'peers'), snapshotFacts(member));
}

/** The suggestion's reason as a code with its parameters (rendered in the reader's language when read). */
export function peerExplanation(s: PeerSuggestion): string {
  return storeSuggestionReason({
    code: 'peer',
    sharedNeighbours: s.sharedNeighbours.length,
    sharedSpaces: s.sharedSpaces,
    sharedSkills: s.sharedSkills.slice(0, 3),
    complementary: s.complementarySkills.slice(0, 3).map((c) => ({ theirs: c.theirs, mine: c.mine })),
  });
}
