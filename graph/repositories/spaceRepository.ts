// Shared workspaces: lookups, member counts, and spaces near a point (a
// bounding-box filter in the query, exact great-circle distance in JS).
import type { Space } from '../../domain/entities/space.js';
import { boundingBox, haversineKm, type Point } from '../../domain/geo.js';
import type { GraphStore } from '../graphStore.js';
import { projection } from '../properties/projection.js';
import { SPACE_PROPERTIES, spaceFromRow } from '../properties/spaceProperties.js';
import { boxCondition, boxParameters, checkedCenter, checkedRadius } from './geoFilter.js';

export interface SpaceDistance {
  space: Space;
  distanceKm: number;
}

/** The matched spaces `s` with their main community (PART_OF). */
function spacesReturning(match: string, order = 'ORDER BY s.name, s.id'): string {
  return `${match} OPTIONAL MATCH (s)-[:PART_OF]->(c:Community) RETURN ${projection('s', SPACE_PROPERTIES)}, c.id AS community ${order}`;
}

export class SpaceRepository {
  constructor(private readonly store: GraphStore) {}

  async get(id: string): Promise<Space | null> {
    const rows = await this.store.read(spacesReturning('MATCH (s:Space {id: $id})', ''), { id });
    return rows[0] ? spaceFromRow(rows[0]) : null;
  }

  async list(): Promise<Space[]> {
    return (await this.store.read(spacesReturning('MATCH (s:Space)'))).map(spaceFromRow);
  }

  async membersCount(id: string): Promise<number> {
    const rows = await this.store.read<{ total: number }>(
      'MATCH (:Space {id: $id})<-[:WORKS_FROM]-(m:Member) RETURN count(m) AS total',
      { id },
    );
    return rows[0]?.total ?? 0;
  }

  /** Spaces within `radiusKm` of `center`, nearest first. */
  async near(center: Point, radiusKm: number): Promise<SpaceDistance[]> {
    checkedCenter(center);
    checkedRadius(radiusKm);
    const box = boundingBox(center, radiusKm);
    const rows = await this.store.read(
      spacesReturning(`MATCH (s:Space) WHERE ${boxCondition('s', box)}`, ''),
      boxParameters(box),
    );
    return rows
      .map(spaceFromRow)
      .map((space) => ({
        space,
        distanceKm: haversineKm(center, { lat: space.lat ?? 0, lon: space.lon ?? 0 }),
      }))
      .filter((s) => s.distanceKm <= radiusKm)
      .sort((a, b) => a.distanceKm - b.distanceKm || a.space.id.localeCompare(b.space.id));
  }
}
