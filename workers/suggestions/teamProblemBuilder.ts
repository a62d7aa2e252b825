// Builds the canonical team problem of a tender from the graph, with what the
// explanations need. Candidates are members the privacy rule lets be suggested
// for bids (domain/policy/privacyRule.ts: they allowed it, and every member may
// see their profile, since a suggestion names them to whoever leads the bid),
// and who hold a required skill (or a narrower one) at the required
// level or above, within the tender's radius: the best CANDIDATES_PER_REQUIREMENT of each
// requirement (highest level, then nearest). Members named by the request
// (mustInclude, the team of a replacement) are added as they are. Edges are
// the COLLABORATED_WITH links among candidates (graph/repositories/teamRepository.ts).
// Distances use each candidate's effective location: their own point, else their
// nearest space.
import type { Availability, Member } from '../../domain/entities/member.js';
import type { Tender } from '../../domain/entities/tender.js';
import { BadUserInputError } from '../../domain/errors.js';
import { haversineKm, type Point } from '../../domain/geo.js';
import { EVERY_MEMBER, suggestCondition } from '../../domain/policy/privacyRule.js';
import type { SlotAssignment, TeamProblem } from '../../domain/problems/team.js';
import type { Taxonomy } from '../../domain/taxonomy.js';
import type { GraphRepositories } from '../../graph/repositories/index.js';
import type { ProductScoringInput } from '../matching/teamFormation/index.js';
import type { SuggestionsRequest } from '../processors/suggestions.js';

/** Enough choice per slot for the solver; keeps the problem small on a 100,000-member network. */
export const CANDIDATES_PER_REQUIREMENT = 200;

/** Product scoring weights, in hops of the communication cost. */
export const TEAM_SCORING_WEIGHTS = { availability: 1, distance: 1, load: 0.5 } as const;
/** km that count as one hop of distance. */
export const KM_PER_UNIT = 50;

const AVAILABILITY: Record<Availability, number> = { available: 1, limited: 0.5, unavailable: 0 };

/** The skill a candidate holds for one requirement (the required one or a narrower one). */
export interface HeldSkill {
  skill: string;
  level: number;
  years: number;
}

export interface CandidateFacts {
  member: Member;
  /** Per required skill: what the candidate holds for it. */
  holds: Map<string, HeldSkill>;
  /** Own coordinates, else those of the candidate's space nearest to the tender. */
  location: Point | null;
  distanceKm: number | null;
  availability: number;
  openBids: number;
}

export interface BuiltTeamProblem {
  tender: Tender;
  problem: TeamProblem;
  scoring: ProductScoringInput;
  candidates: Map<string, CandidateFacts>;
}

type TeamRequest = SuggestionsRequest<'team'>;

type TeamReads = Pick<GraphRepositories, 'members' | 'memberFinder' | 'bids' | 'teams'>;

export class TeamProblemBuilder {
  constructor(
    private readonly repositories: TeamReads,
    private readonly taxonomy: Taxonomy,
  ) {}

  async build(tender: Tender, request: TeamRequest): Promise<BuiltTeamProblem> {
    const place = tender.lat !== null && tender.lon !== null ? { lat: tender.lat, lon: tender.lon } : null;
    const near = place && tender.radiusKm !== null ? { ...place, radiusKm: tender.radiusKm } : undefined;
    const candidates = new Map<string, CandidateFacts>();
    const add = (member: Member, requirement: string, held: HeldSkill) => {
      let facts = candidates.get(member.id);
      if (!facts) {
        facts = {
          member,
          holds: new Map(),
          location: null,
          distanceKm: null,
          availability: AVAILABILITY[member.availability],
          openBids: 0,
        };
        candidates.set(member.id, facts);
      }
      facts.holds.set(requirement, held);
    };

    const found = await Promise.all(
      tender.requirements.map((r) =>
        this.repositories.memberFinder.holdingSkill({
          skill: r.skill,
          near,
          limit: CANDIDATES_PER_REQUIREMENT,
          privacy: suggestCondition(EVERY_MEMBER, 'bids'),
        }),
      ),
    );
    tender.requirements.forEach((r, i) => {
      for (const holder of found[i]!) {
        if (holder.level >= r.minLevel) {
          add(holder.member, r.skill, holder);
        }
      }
    });
    const named = [
      ...new Set([
        ...request.mustInclude,
        ...(request.replace ? [...request.replace.team, request.replace.member] : []),
      ]),
    ];
    await this.addNamedMembers(tender, named, candidates, add);
    await this.addOpenBids(candidates);
    await this.addLocations(candidates, place);

    const ids = [...candidates.keys()].sort();
    const edges = await this.repositories.teams.collaborationEdgesAmong(ids);
    const present = (id: string) => candidates.has(id);
    const problem: TeamProblem = {
      candidates: ids.map((id) => {
        const facts = candidates.get(id)!;
        const skills: Record<string, number> = {};
        for (const [skill, held] of facts.holds) skills[skill] = held.level;
        return {
          id,
          skills,
          availability: facts.availability,
          ...(facts.location ? { location: facts.location } : {}),
        };
      }),
      edges,
      requirements: tender.requirements,
      maxTeamSize: request.maxTeamSize ?? tender.maxTeamSize ?? undefined,
      mustInclude: request.mustInclude.filter(present),
      exclude: request.exclude.filter((id) => present(id) && !request.mustInclude.includes(id)),
      k: request.k,
      ...(request.replace
        ? {
            replace: {
              team: await this.currentAssignment(tender, request.replace),
              leaving: request.replace.member,
            },
          }
        : {}),
    };
    const openBids: Record<string, number> = {};
    for (const [id, facts] of candidates) if (facts.openBids > 0) openBids[id] = facts.openBids;
    const scoring: ProductScoringInput = {
      weights: { ...TEAM_SCORING_WEIGHTS, distance: place ? TEAM_SCORING_WEIGHTS.distance : 0 },
      ...(place ? { place } : {}),
      openBids,
      kmPerUnit: KM_PER_UNIT,
    };
    return { tender, problem, scoring, candidates };
  }

  /** Members the request names: their skills are read whatever their distance and consent. */
  private async addNamedMembers(
    tender: Tender,
    ids: readonly string[],
    candidates: Map<string, CandidateFacts>,
    add: (member: Member, requirement: string, held: HeldSkill) => void,
  ): Promise<void> {
    // Every named member's skills are read again: one found for one requirement may fill another.
    const missing = [...ids];
    if (missing.length === 0) return;
    const [members, skills] = await Promise.all([
      this.repositories.members.getMany(missing),
      this.repositories.teams.heldSkills(missing),
    ]);
    missing.forEach((id, i) => {
      const member = members[i];
      if (!member) throw BadUserInputError.at(['members', id], `unknown member "${id}"`);
      for (const r of tender.requirements) {
        if (candidates.get(id)?.holds.has(r.skill)) continue;
        const accepted = new Set(this.taxonomy.selfAndDescendants(r.skill));
        const best = skills[i]!.filter((s) => accepted.has(s.skill)).sort((a, b) => b.level - a.level)[0];
        add(member, r.skill, best ?? { skill: r.skill, level: 0, years: 0 });
      }
      // A named member who holds none of the skills still joins the problem (e.g. the lead).
      const facts = candidates.get(id)!;
      for (const [skill, held] of facts.holds) if (held.level === 0) facts.holds.delete(skill);
    });
  }

  private async addLocations(candidates: Map<string, CandidateFacts>, place: Point | null): Promise<void> {
    const all = [...candidates.values()];
    const locations = await this.repositories.memberFinder.locate(
      all.map((facts) => facts.member),
      place ?? undefined,
    );
    for (const facts of all) {
      facts.location = locations.get(facts.member.id) ?? null;
      facts.distanceKm = place && facts.location ? haversineKm(place, facts.location) : null;
    }
  }

  private async addOpenBids(candidates: Map<string, CandidateFacts>): Promise<void> {
    const load = await this.repositories.bids.openBidLoad();
    for (const [id, bids] of load) {
      const facts = candidates.get(id);
      if (facts) facts.openBids = bids;
    }
  }

  /**
   * Who fills which slot in the team someone leaves: the roles of a bid for this
   * tender that holds the whole team (the requirement skill each one was invited for).
   */
  private async currentAssignment(
    tender: Tender,
    replace: NonNullable<TeamRequest['replace']>,
  ): Promise<SlotAssignment[]> {
    const team = new Set([...replace.team, replace.member]);
    const rows = await this.repositories.bids.rolesForTender(tender.id);
    const byBid = new Map<string, Map<string, string>>();
    for (const row of rows) {
      const roles = byBid.get(row.bid) ?? new Map<string, string>();
      roles.set(row.member, row.role);
      byBid.set(row.bid, roles);
    }
    const required = new Set(tender.requirements.map((r) => r.skill));
    for (const roles of byBid.values()) {
      if (![...team].every((id) => roles.has(id))) continue;
      return [...team]
        .filter((id) => required.has(roles.get(id)!))
        .map((member) => ({ member, skill: roles.get(member)! }));
    }
    throw BadUserInputError.at(['replace', 'team'], `no bid for tender "${tender.id}" holds this team`);
  }
}
