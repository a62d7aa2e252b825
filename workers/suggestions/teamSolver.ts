// The team solver of the suggestions job (kind "team"): builds the tender's
// problem from the graph (TeamProblemBuilder), runs team formation with product
// scoring (communication cost + availability, distance to the tender and
// open-bid load), and explains each team in words: per member the requirement
// they fill, their level against the minimum, years of practice, projects and
// spaces shared with teammates, distance; per team the cost breakdown. With
// `replace`, the team keeps everyone but the leaving member and the open slot
// gets the best swap. Suggestion targets list the team in slot order
// (requirements in skill order, `count` slots each), then members without a slot.
import type { Tender } from '../../domain/entities/tender.js';
import { BadUserInputError } from '../../domain/errors.js';
import type { Team, TeamProblem } from '../../domain/problems/team.js';
import type { Taxonomy } from '../../domain/taxonomy.js';
import type { GraphStore } from '../../graph/graphStore.js';
import { TenderRepository } from '../../graph/repositories/tenderRepository.js';
import {
  explainTeam,
  type ProductScoring,
  parseProductScoring,
  solveTeam,
} from '../matching/teamFormation/index.js';
import type { SuggestionDraft, SuggestionSolution } from '../processors/suggestions.js';
import type { SuggestionSolver } from './suggestionSolvers.js';
import { type CandidateFacts, TeamProblemBuilder } from './teamProblemBuilder.js';

export const TEAM_ALGORITHM_VERSION = 'team-product@1';

interface SharedPlaces {
  projects: Map<string, { id: string; title: string }[]>;
  spaces: Map<string, { id: string; name: string }[]>;
}

export function createTeamSolver(store: GraphStore, taxonomy: Taxonomy): SuggestionSolver<'team'> {
  const tenders = new TenderRepository(store);
  const builder = new TeamProblemBuilder(store, taxonomy);
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
    signal.throwIfAborted();
    onProgress({ phase: 'solving', done: 1, total: 3 });
    const scoring = parseProductScoring(built.scoring);
    const solution = solveTeam(built.problem, { scoring });
    signal.throwIfAborted();
    onProgress({ phase: 'explaining', done: 2, total: 3 });
    const places = await sharedPlaces(store, [...new Set(solution.teams.flatMap((t) => t.members))]);
    const suggestions = solution.teams.map((team) => {
      const leaving = request.replace?.member ?? null;
      return teamDraft(tender, built.problem, team, built.candidates, scoring, places, taxonomy, leaving);
    });
    onProgress({ phase: 'explaining', done: 3, total: 3 });
    const result: SuggestionSolution = { algorithmVersion: TEAM_ALGORITHM_VERSION, suggestions };
    return result;
  };
}

function teamDraft(
  tender: Tender,
  problem: TeamProblem,
  team: Team,
  candidates: Map<string, CandidateFacts>,
  scoring: ProductScoring,
  places: SharedPlaces,
  taxonomy: Taxonomy,
  leaving: string | null,
): SuggestionDraft {
  const explanation = explainTeam(problem, team);
  const slotted = team.assignment.map((s) => s.member);
  const targetIds = [...slotted, ...team.members.filter((id) => !slotted.includes(id))];
  const name = (id: string) => candidates.get(id)?.member.name ?? id;
  const skillLabel = (id: string) => (taxonomy.has(id) ? taxonomy.label(id, 'en') : id);
  const lines: string[] = [];
  if (leaving) {
    const newcomers = targetIds.filter((id) => !problem.replace?.team.some((s) => s.member === id));
    lines.push(
      `Replaces ${name(leaving)} with ${newcomers.map(name).join(', ') || 'nobody new'}; everyone else stays.`,
    );
  }
  lines.push(`Team of ${targetIds.length} for "${tender.title}":`);
  for (const id of targetIds) {
    const facts = candidates.get(id);
    const fills = explanation.members.find((m) => m.member === id)?.fills ?? null;
    const parts: string[] = [];
    if (fills) {
      const held = facts?.holds.get(fills.skill);
      const via = held && held.skill !== fills.skill ? ` through ${skillLabel(held.skill)}` : '';
      parts.push(
        `fills ${skillLabel(fills.skill)}${via}: level ${fills.level} for ${fills.minLevel} required` +
          (held ? `, ${held.years} year${held.years === 1 ? '' : 's'} of practice` : ''),
      );
    } else parts.push('in the team without a slot (asked for)');
    const mates = targetIds.filter((other) => other !== id);
    const projects = sharedWith(places.projects, id, mates);
    if (projects.length > 0) {
      parts.push(
        `worked with ${projects.map((p) => `${name(p.mate)} on ${p.items.map((i) => i.title).join(', ')}`).join('; ')}`,
      );
    }
    const spaces = sharedWith(places.spaces, id, mates);
    if (spaces.length > 0) {
      const matesBySpace = new Map<string, string[]>();
      for (const { mate, items } of spaces) {
        for (const item of items)
          matesBySpace.set(item.name, [...(matesBySpace.get(item.name) ?? []), name(mate)]);
      }
      parts.push(
        `shares ${[...matesBySpace].map(([space, who]) => `${space} with ${who.join(', ')}`).join('; ')}`,
      );
    }
    if (facts?.distanceKm != null) parts.push(`${Math.round(facts.distanceKm)} km from the tender`);
    if (facts && facts.openBids > 0)
      parts.push(`already in ${facts.openBids} open bid${facts.openBids === 1 ? '' : 's'}`);
    if (facts && facts.availability < 1)
      parts.push(facts.availability === 0 ? 'currently unavailable' : 'limited availability');
    lines.push(`- ${name(id)} ${parts.join('; ')}.`);
  }
  const terms = penaltyTerms(targetIds, candidates, scoring);
  const far = explanation.pairs.filter((p) => p.distance > 1).length;
  lines.push(
    `Communication cost ${explanation.cost} over ${explanation.pairs.length} pairs ` +
      `(${explanation.pairs.length - far} already worked together, ${far} further apart); ` +
      `availability +${round(terms.availability)}, distance +${round(terms.distance)}, ` +
      `open bids +${round(terms.load)}: score ${round(team.score ?? team.cost)} (lower is better).`,
  );
  return { subjectId: tender.id, targetIds, score: team.score ?? team.cost, explanation: lines.join('\n') };
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

/** Projects and spaces of the suggested members (one point query each). */
async function sharedPlaces(store: GraphStore, ids: readonly string[]): Promise<SharedPlaces> {
  if (ids.length === 0) return { projects: new Map(), spaces: new Map() };
  const [projects, spaces] = await Promise.all([
    store.readByKeys<{ id: string; title: string }>(
      'MATCH (:Member {id: $key})-[:WORKED_ON]->(p:Project) RETURN p.id AS id, p.title AS title',
      ids,
    ),
    store.readByKeys<{ id: string; name: string }>(
      'MATCH (:Member {id: $key})-[:WORKS_FROM]->(s:Space) RETURN s.id AS id, s.name AS name',
      ids,
    ),
  ]);
  return {
    projects: new Map(ids.map((id, i) => [id, projects[i]!])),
    spaces: new Map(ids.map((id, i) => [id, spaces[i]!])),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
