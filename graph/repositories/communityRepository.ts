// Communities (the cooperative, CAEs, coworking networks): lookups, their
// spaces (PART_OF) and how many members belong to them.
import type { Community } from '../../domain/entities/community.js';
import type { Space } from '../../domain/entities/space.js';
import type { GraphStore } from '../graphStore.js';
import { COMMUNITY_PROPERTIES, communityFromRow } from '../properties/communityProperties.js';
import { projection } from '../properties/projection.js';
import { SPACE_PROPERTIES, spaceFromRow } from '../properties/spaceProperties.js';

const COMMUNITY_COLUMNS = projection('c', COMMUNITY_PROPERTIES);

export class CommunityRepository {
  constructor(private readonly store: GraphStore) {}

  async get(id: string): Promise<Community | null> {
    const rows = await this.store.read(`MATCH (c:Community {id: $id}) RETURN ${COMMUNITY_COLUMNS}`, { id });
    return rows[0] ? communityFromRow(rows[0]) : null;
  }

  async list(): Promise<Community[]> {
    const rows = await this.store.read(
      `MATCH (c:Community) RETURN ${COMMUNITY_COLUMNS} ORDER BY c.name, c.id`,
    );
    return rows.map(communityFromRow);
  }

  /** Spaces whose main community this is. */
  async spaces(id: string): Promise<Space[]> {
    const rows = await this.store.read(
      `MATCH (s:Space)-[:PART_OF]->(c:Community {id: $id}) RETURN ${projection('s', SPACE_PROPERTIES)}, c.id AS community ORDER BY s.name, s.id`,
      { id },
    );
    return rows.map(spaceFromRow);
  }

  async membersCount(id: string): Promise<number> {
    const rows = await this.store.read<{ total: number }>(
      'MATCH (:Community {id: $id})<-[:MEMBER_OF]-(m:Member) RETURN count(m) AS total',
      { id },
    );
    return rows[0]?.total ?? 0;
  }
}
