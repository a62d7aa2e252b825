// What relaxing a tender would cover a requirement nobody fills: the radius
// around the tender's place that would reach enough holders at the required
// level, and the lowest minimum level that enough holders within the radius
// reach. Computed from the graph for the partial teams of the team solver;
// holders count as the team problem counts candidates (the privacy rule's
// condition for bid suggestions, domain/policy/privacyRule.ts).
import type { Tender } from '../../domain/entities/tender.js';
import { EVERY_MEMBER, suggestCondition } from '../../domain/policy/privacyRule.js';
import { MAX_RADIUS_KM } from '../../graph/repositories/geoFilter.js';
import type { MemberFinder } from '../../graph/repositories/memberFinder.js';
import type { UncoveredRequirement } from '../matching/teamFormation/index.js';

/** Holders looked at per requirement (highest level first). */
const HOLDERS_LOOKED_AT = 1000;
/** Radii are proposed in steps of this many km. */
const RADIUS_STEP_KM = 5;

export interface Relaxation {
  skill: string;
  /** A radius (km) larger than the tender's that would reach `count` holders at minLevel; null when none within MAX_RADIUS_KM would. */
  radiusKm: number | null;
  /** The minimum level that `count` holders within the radius reach; null when fewer hold it at all. */
  level: number | null;
}

/** Who the team problem would take: the same condition as TeamProblemBuilder asks of the finder. */
const BID_CANDIDATES = suggestCondition(EVERY_MEMBER, 'bids');

export async function relaxationsFor(
  finder: MemberFinder,
  tender: Tender,
  uncovered: readonly UncoveredRequirement[],
): Promise<Relaxation[]> {
  const place = tender.lat !== null && tender.lon !== null ? { lat: tender.lat, lon: tender.lon } : null;
  return Promise.all(
    uncovered.map(async (u) => {
      const wider = place
        ? await finder.holdingSkill({
            skill: u.skill,
            near: { ...place, radiusKm: MAX_RADIUS_KM },
            limit: HOLDERS_LOOKED_AT,
            privacy: BID_CANDIDATES,
          })
        : [];
      const distances = wider
        .filter((h) => h.level >= u.minLevel && h.distanceKm !== null)
        .map((h) => h.distanceKm!)
        .sort((a, b) => a - b);
      const reach = distances[u.count - 1];
      const radiusKm =
        reach === undefined
          ? null
          : Math.max(RADIUS_STEP_KM, Math.ceil(reach / RADIUS_STEP_KM) * RADIUS_STEP_KM);

      const near = place && tender.radiusKm !== null ? { ...place, radiusKm: tender.radiusKm } : undefined;
      const within = await finder.holdingSkill({
        skill: u.skill,
        near,
        limit: HOLDERS_LOOKED_AT,
        privacy: BID_CANDIDATES,
      });
      const levels = within.map((h) => h.level).sort((a, b) => b - a);
      const level = levels[u.count - 1];
      return {
        skill: u.skill,
        radiusKm:
          radiusKm !== null && tender.radiusKm !== null && radiusKm > tender.radiusKm ? radiusKm : null,
        level: level !== undefined && level < u.minLevel ? level : null,
      };
    }),
  );
}
