// The team solver of the suggestions job (kind "team"): builds the tender's
// problem from the graph (TeamProblemBuilder), runs team formation with product
// scoring (communication cost + availability, distance to the tender and
// open-bid load), and explains each team as structured reasons
// (domain/entities/teamReasons.ts: members and skills by id, rendered in the
// reader's language when read): per member the requirement they fill, their
// level against the minimum, years of practice, projects and spaces shared with
// teammates, distance; per team the cost breakdown. When no team fills every
// slot, the best partial teams are proposed with, per requirement nobody
// covers, the radius or level that would cover it (when nobody covers anything
// and nobody is counted in, an empty team says just that). With `replace`, the team
// keeps everyone but the leaving member and the open slot gets the best swap
// (no replacement found: no suggestion). Each suggestion stores its structure
// (domain/entities/suggestedTeam.ts): who fills which requirement and every
// pair's capped hop distance, as the solver computed them; its targets list the
// members with a slot, then those without.

import type { SuggestedTeam } from '../../domain/entities/suggestedTeam.js';
import { storeTeamReasons, type TeamReason } from '../../domain/entities/teamReasons.js';
import type { Tender } from '../../domain/entities/tender.js';
import { BadUserInputError, InfeasibleError } from '../../domain/errors.js';
import type { Team, TeamProblem } from '../../domain/problems/team.js';
import type { Taxonomy } from '../../domain/taxonomy.js';
import type { GraphStore } from '../../graph/graphStore.js';
import { graphRepositories } from '../../graph/repositories/index.js';
import type { MemberPlaces } from '../../graph/repositories/teamRepository.js';
import {
  explainTeam,
  type ProductScoring,
  parseProductScoring,
  solveTeamOrPartial,
  type TeamSolutionWithGaps,
  type UncoveredRequirement,
} from '../matching/teamFormation/index.js';
import type { SuggestionDraft, SuggestionSolution } from '../processors/suggestions.js';
import type { SuggestionSolver } from './suggestionSolvers.js';
import { type CandidateFacts, TeamProblemBuilder } from './teamProblemBuilder.js';
import { type Relaxation, relaxationsFor } from './teamRelaxations.js';

export const TEAM_ALGORITHM_VERSION = 'team-product@2';

export function createTeamSolver(store: GraphStore, taxonomy: Taxonomy): SuggestionSolver<'team'> {
  const repositories = graphRepositories(store);
  const { tenders, teams } = repositories;
  const builder = new TeamProblemBuilder(repositories, taxonomy);
  return async (request, onProgress, signal) => {
    onProgress({ phase: 'candidates', done: 0, total: 3 });
    const tender = await tenders.require(request.tenderId);
    if (tender.requirements.length === 0) {
      throw BadUserInputError.at(
        ['tenderId'],
        `tender "${tender.id}" has no requirement yet: add some first`,
      );
    }
    const built = await builder.build(tender, request);
    if (built.problem.replace) excludeUnavailable(built.problem, built.candidates);
    signal.throwIfAborted();
    onProgress({ phase: 'solving', done: 1, total: 3 });
    const scoring = parseProductScoring(built.scoring);
    const solution = solveOrNothing(built.problem, scoring);
    signal.throwIfAborted();
    onProgress({ phase: 'explaining', done: 2, total: 3 });
    const relaxations = await relaxationsFor(repositories.memberFinder, tender, solution.uncovered);
    const places = await teams.places([...new Set(solution.teams.flatMap((t) => t.members))]);
    const context: DraftContext = {
      tender,
      problem: built.problem,
      candidates: built.candidates,
      scoring,
      places,
      leaving: request.replace?.member ?? null,
    };
    const suggestions = solution.teams.map((team) =>
      teamDraft(context, team, solution.uncovered, relaxations),
    );
    if (suggestions.length === 0 && solution.uncovered.length > 0) {
      // Nobody covers any requirement: a team of the members counted in (perhaps nobody), saying
      // what is missing and what relaxing would cover it: a readable result, never a failed job.
      const members = built.problem.mustInclude;
      suggestions.push({
        subjectId: tender.id,
        targetIds: [...members],
        score: 0,
        explanation: storeTeamReasons([
          { code: 'team', size: members.length, complete: false },
          ...members.map((member): TeamReason => ({ code: 'noSlot', member })),
          ...uncoveredReasons(solution.uncovered, relaxations),
        ]),
        team: {
          assignment: [],
          pairs: explainTeam(built.problem, { members, assignment: [] }).pairs,
        },
      });
    }
    onProgress({ phase: 'explaining', done: 3, total: 3 });
    const result: SuggestionSolution = { algorithmVersion: TEAM_ALGORITHM_VERSION, suggestions };
    return result;
  };
}

/**
 * Someone who replaces a member who dropped out must be able to start now: members
 * currently unavailable are left out of the free slot (in a new team they only weigh
 * on the score).
 */
function excludeUnavailable(problem: TeamProblem, candidates: Map<string, CandidateFacts>): void {
  const inTeam = new Set([...(problem.replace?.team.map((s) => s.member) ?? []), ...problem.mustInclude]);
  const excluded = new Set(problem.exclude);
  for (const [id, facts] of candidates) {
    if (facts.availability === 0 && !inTeam.has(id)) excluded.add(id);
  }
  problem.exclude = [...excluded];
}

/** A replacement nobody can take ends with no suggestion, not a failed job. */
function solveOrNothing(problem: TeamProblem, scoring: ProductScoring): TeamSolutionWithGaps {
  try {
    return solveTeamOrPartial(problem, { scoring });
  } catch (error) {
    if (error instanceof InfeasibleError && problem.replace) {
      return { teams: [], solver: { method: 'exact', optimal: true, searchNodes: 0 }, uncovered: [] };
    }
    throw error;
  }
}

interface DraftContext {
  tender: Tender;
  problem: TeamProblem;
  candidates: Map<string, CandidateFacts>;
  scoring: ProductScoring;
  places: MemberPlaces;
  leaving: string | null;
}

function uncoveredReasons(
  uncovered: readonly UncoveredRequirement[],
  relaxations: readonly Relaxation[],
): TeamReason[] {
  return uncovered.map((u) => {
    const relaxed = relaxations.find((r) => r.skill === u.skill);
    return {
      code: 'uncovered',
      skill: u.skill,
      minLevel: u.minLevel,
      count: u.count,
      missing: u.missing,
      radiusKm: relaxed?.radiusKm ?? null,
      level: relaxed?.level ?? null,
    };
  });
}

function teamDraft(
  context: DraftContext,
  team: Team,
  uncovered: readonly UncoveredRequirement[],
  relaxations: readonly Relaxation[],
): SuggestionDraft {
  const { problem, candidates, scoring, places, leaving } = context;
  const explanation = explainTeam(problem, team);
  const slotted = team.assignment.map((s) => s.member);
  const targetIds = [...slotted, ...team.members.filter((id) => !slotted.includes(id))];
  const reasons: TeamReason[] = [];
  if (leaving) {
    const newcomers = targetIds.filter((id) => !problem.replace?.team.some((s) => s.member === id));
    reasons.push({ code: 'replaces', leaving, newcomers });
  }
  reasons.push({ code: 'team', size: targetIds.length, complete: uncovered.length === 0 });
  for (const id of targetIds) {
    const facts = candidates.get(id);
    const fills = explanation.members.find((m) => m.member === id)?.fills ?? null;
    if (fills) {
      const held = facts?.holds.get(fills.skill);
      reasons.push({
        code: 'fills',
        member: id,
        skill: fills.skill,
        via: held && held.skill !== fills.skill ? held.skill : null,
        level: fills.level,
        minLevel: fills.minLevel,
        years: held ? held.years : null,
      });
    } else reasons.push({ code: 'noSlot', member: id });
    const mates = targetIds.filter((other) => other !== id);
    for (const { mate, items } of sharedWith(places.projects, id, mates)) {
      reasons.push({ code: 'workedWith', member: id, mate, projects: items });
    }
    const matesBySpace = new Map<string, { name: string; mates: string[] }>();
    for (const { mate, items } of sharedWith(places.spaces, id, mates)) {
      for (const item of items) {
        const entry = matesBySpace.get(item.id) ?? { name: item.name, mates: [] };
        entry.mates.push(mate);
        matesBySpace.set(item.id, entry);
      }
    }
    for (const [space, entry] of matesBySpace) {
      reasons.push({ code: 'sharesSpace', member: id, space, spaceName: entry.name, mates: entry.mates });
    }
    if (facts?.distanceKm != null)
      reasons.push({ code: 'distance', member: id, km: Math.round(facts.distanceKm) });
    if (facts && facts.openBids > 0) reasons.push({ code: 'openBids', member: id, count: facts.openBids });
    if (facts && facts.availability < 1) {
      reasons.push({
        code: 'availability',
        member: id,
        availability: facts.availability === 0 ? 'unavailable' : 'limited',
      });
    }
  }
  reasons.push(...uncoveredReasons(uncovered, relaxations));
  const terms = penaltyTerms(targetIds, candidates, scoring);
  const far = explanation.pairs.filter((p) => p.distance > 1).length;
  reasons.push({
    code: 'cost',
    cost: explanation.cost,
    pairs: explanation.pairs.length,
    together: explanation.pairs.length - far,
    availability: round(terms.availability),
    distance: round(terms.distance),
    load: round(terms.load),
    score: round(team.score ?? team.cost),
  });
  const score = team.score ?? team.cost;
  const structure: SuggestedTeam = {
    assignment: team.assignment.map(({ member, skill }) => ({ member, skill })),
    pairs: explanation.pairs.map(({ a, b, distance }) => ({ a, b, distance })),
  };
  return {
    subjectId: context.tender.id,
    targetIds,
    score,
    explanation: storeTeamReasons(reasons),
    team: structure,
  };
}

function penaltyTerms(
  ids: readonly string[],
  candidates: Map<string, CandidateFacts>,
  scoring: ProductScoring,
) {
  const { weights } = scoring;
  const terms = { availability: 0, distance: 0, load: 0 };
  for (const id of ids) {
    const facts = candidates.get(id);
    if (!facts) continue;
    terms.availability += weights.availability * (1 - facts.availability);
    if (weights.distance > 0) {
      terms.distance +=
        (weights.distance * (facts.distanceKm ?? scoring.unknownDistanceKm)) / scoring.kmPerUnit;
    }
    terms.load += weights.load * facts.openBids;
  }
  return terms;
}

function sharedWith<T extends { id: string }>(
  byMember: Map<string, T[]>,
  id: string,
  mates: readonly string[],
): { mate: string; items: T[] }[] {
  const own = new Set((byMember.get(id) ?? []).map((item) => item.id));
  return mates.flatMap((mate) => {
    const items = (byMember.get(mate) ?? []).filter((item) => own.has(item.id));
    return items.length > 0 ? [{ mate, items }] : [];
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
