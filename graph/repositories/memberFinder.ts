// Finds members by place and by skill: members near a point, and members who
// hold a skill or any narrower one, optionally within a radius. The query
// pre-filters on a bounding box; the exact great-circle distance, the ranking
// and the cut to the top N happen here, then the chosen members are loaded by
// id. Narrower skills are first read from the graph (BROADER*0..2: the taxonomy
// is three levels deep), then holders are matched with `s.id IN $skills`.
// Measured on Kùzu with 100k members (50 km, broad skills, ~1,250 candidate
// rows): p95 36 ms this way, 89 ms with the variable-length pattern in the
// holders query itself, and more with one query per narrower skill.
// With the privacy rule inside (SkillSearch.privacy), a viewer who works from
// spaces adds the shared-space EXISTS subquery, which Kùzu 0.11 plans as a hash
// join over every WORKS_FROM edge (PROFILE: 128k tuples, ~35 ms of a ~40 ms
// query on 100k members); a reversed pattern, COUNT { }, one EXISTS per space,
// OPTIONAL MATCH + count, and a separate query for shared members measured the
// same or slower, so the generated condition is kept as it is.
// Location is the member's effective location (domain/geo.ts): their own
// coordinates, else the spaces they work from. A second small query per search
// finds the members without coordinates through the spaces inside the box (a
// space table of a few dozen rows), so a newcomer who only chose a space is
// found like everyone else.
import type { Member } from '../../domain/entities/member.js';
import { BadUserInputError } from '../../domain/errors.js';
import { boundingBox, effectiveLocation, haversineKm, type Point } from '../../domain/geo.js';
import type { MemberCondition } from '../../domain/policy/privacyRule.js';
import type { GraphStore } from '../graphStore.js';
import { boxCondition, boxParameters, checkedCenter, checkedRadius } from './geoFilter.js';
import type { MemberRepository } from './memberRepository.js';
import { cypherCondition } from './privacyCypher.js';

export interface Radius extends Point {
  radiusKm: number;
}

export interface NearbyMember {
  member: Member;
  distanceKm: number;
}

/** Members without own coordinates, placed at their spaces: the Cypher pattern and condition. */
const AT_SPACES = '-[:WORKS_FROM]->(place:Space)';
const WITHOUT_OWN_POINT = '(m.lat IS NULL OR m.lon IS NULL)';

/** The nearest distance per member id among rows (a member at several spaces has several rows). */
function nearestById<T extends { id: string; distanceKm: number | null }>(
  rows: readonly T[],
): Map<string, T> {
  const nearest = new Map<string, T>();
  for (const row of rows) {
    const seen = nearest.get(row.id);
    if (!seen || (row.distanceKm ?? Number.POSITIVE_INFINITY) < (seen.distanceKm ?? Number.POSITIVE_INFINITY))
      nearest.set(row.id, row);
  }
  return nearest;
}

export interface SkilledMember {
  member: Member;
  /** The matching skill the member holds at the highest level (the asked skill or a narrower one). */
  skill: string;
  level: number;
  years: number;
  /** Null when no point was given. */
  distanceKm: number | null;
}

export interface SkillSearch {
  skill: string;
  near?: Radius;
  limit?: number;
  /** Only members this condition of the privacy rule lets through (domain/policy/privacyRule.ts). */
  privacy?: MemberCondition;
}

/** A type alias (not an interface) so it fits the store's `Row` constraint. */
type Candidate = {
  id: string;
  lat: number | null;
  lon: number | null;
  skill: string;
  level: number;
  years: number;
};

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 1000;

export class MemberFinder {
  constructor(
    private readonly store: GraphStore,
    private readonly members: MemberRepository,
  ) {}

  /** Members within the radius, nearest first (ties by id). */
  async near(
    area: Radius,
    options: { limit?: number; privacy?: MemberCondition } = {},
  ): Promise<NearbyMember[]> {
    const limit = checkedLimit(options.limit);
    const box = boundingBox(checkedCenter(area), checkedRadius(area.radiusKm));
    const privacy = options.privacy ? cypherCondition(options.privacy) : null;
    const allowed = privacy ? [privacy.text] : [];
    const params = { ...boxParameters(box), ...privacy?.params };
    const [own, atSpaces] = await Promise.all([
      this.store.read<{ id: string; lat: number; lon: number }>(
        `MATCH (m:Member) WHERE ${[boxCondition('m', box), ...allowed].join(' AND ')} ` +
          'RETURN m.id AS id, m.lat AS lat, m.lon AS lon',
        params,
      ),
      this.store.read<{ id: string; lat: number; lon: number }>(
        `MATCH (m:Member)${AT_SPACES} WHERE ${[WITHOUT_OWN_POINT, boxCondition('place', box), ...allowed].join(' AND ')} ` +
          'RETURN m.id AS id, place.lat AS lat, place.lon AS lon',
        params,
      ),
    ]);
    const located = [...own, ...atSpaces].map((row) => ({ id: row.id, distanceKm: haversineKm(area, row) }));
    const nearest = [...nearestById(located).values()]
      .filter((row) => row.distanceKm <= area.radiusKm)
      .sort((a, b) => a.distanceKm - b.distanceKm || a.id.localeCompare(b.id))
      .slice(0, limit);
    const members = await this.members.getMany(nearest.map((n) => n.id));
    return nearest.flatMap((n, i) => (members[i] ? [{ member: members[i], distanceKm: n.distanceKm }] : []));
  }

  /**
   * Each member's effective location by id: their own point, else the space
   * they work from nearest to `from` (the first by id without `from`), else null.
   */
  async locate(members: readonly Member[], from?: Point): Promise<Map<string, Point | null>> {
    const unplaced = members.filter((m) => m.lat === null || m.lon === null).map((m) => m.id);
    const spaces = await this.store.readByKeys<{ id: string; lat: number | null; lon: number | null }>(
      `MATCH (:Member {id: $key})-[:WORKS_FROM]->(s:Space) RETURN s.id AS id, s.lat AS lat, s.lon AS lon ORDER BY id`,
      unplaced,
    );
    const spacesOf = new Map(unplaced.map((id, i) => [id, spaces[i] ?? []]));
    return new Map(members.map((m) => [m.id, effectiveLocation(m, spacesOf.get(m.id) ?? [], from)]));
  }

  /** Holders of the skill or a narrower one, highest level first, then nearest, then by id. */
  async holdingSkill(search: SkillSearch): Promise<SkilledMember[]> {
    const limit = checkedLimit(search.limit);
    if (!search.skill) throw BadUserInputError.at(['skill'], 'must name a skill');
    if (search.privacy?.op === 'none') return [];
    const privacy = search.privacy ? cypherCondition(search.privacy) : null;
    const conditions = privacy ? [privacy.text] : [];
    const spaceConditions = [...conditions];
    let params: Record<string, unknown> = { ...privacy?.params };
    const near = search.near;
    if (near) {
      const box = boundingBox(checkedCenter(near), checkedRadius(near.radiusKm));
      conditions.push(boxCondition('m', box));
      spaceConditions.push(boxCondition('place', box));
      params = { ...params, ...boxParameters(box) };
    }
    const skills = await this.store.read<{ id: string }>(
      'MATCH (:Skill {id: $skill})<-[:BROADER*0..2]-(s:Skill) RETURN s.id AS id',
      { skill: search.skill },
    );
    if (skills.length === 0) return [];
    const held = '[h:HAS_SKILL]-(m:Member)';
    const returned = 's.id AS skill, h.level AS level, h.years AS years';
    const skillParams = { ...params, skills: skills.map((s) => s.id) };
    const [own, atSpaces] = await Promise.all([
      this.store.read<Candidate>(
        `MATCH (s:Skill)<-${held} WHERE ${['s.id IN $skills', ...conditions].join(' AND ')} ` +
          `RETURN m.id AS id, m.lat AS lat, m.lon AS lon, ${returned}`,
        skillParams,
      ),
      near
        ? this.store.read<Candidate>(
            `MATCH (s:Skill)<-${held}${AT_SPACES} WHERE ${['s.id IN $skills', WITHOUT_OWN_POINT, ...spaceConditions].join(' AND ')} ` +
              `RETURN m.id AS id, place.lat AS lat, place.lon AS lon, ${returned}`,
            skillParams,
          )
        : Promise.resolve([]),
    ]);
    const best = new Map<string, Candidate & { distanceKm: number | null }>();
    const nearest = new Map<string, number>();
    for (const row of [...own, ...atSpaces]) {
      const distanceKm =
        near && row.lat !== null && row.lon !== null
          ? haversineKm(near, { lat: row.lat, lon: row.lon })
          : null;
      if (near && (distanceKm === null || distanceKm > near.radiusKm)) continue;
      if (distanceKm !== null) nearest.set(row.id, Math.min(distanceKm, nearest.get(row.id) ?? distanceKm));
      const seen = best.get(row.id);
      if (!seen || row.level > seen.level || (row.level === seen.level && row.years > seen.years)) {
        best.set(row.id, { ...row, distanceKm });
      }
    }
    for (const [id, km] of nearest) best.get(id)!.distanceKm = km;
    const ranked = [...best.values()]
      .sort(
        (a, b) => b.level - a.level || (a.distanceKm ?? 0) - (b.distanceKm ?? 0) || a.id.localeCompare(b.id),
      )
      .slice(0, limit);
    const members = await this.members.getMany(ranked.map((r) => r.id));
    return ranked.flatMap((r, i) => {
      const member = members[i];
      return member
        ? [{ member, skill: r.skill, level: r.level, years: r.years, distanceKm: r.distanceKm }]
        : [];
    });
  }
}

function checkedLimit(limit: number = DEFAULT_LIMIT): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw BadUserInputError.at(['limit'], `must be a whole number between 1 and ${MAX_LIMIT}`);
  }
  return limit;
}
